//! The bundled session and the example files in `saves/` credit the essay
//! they map, say where every item comes from, speak both languages, and keep
//! the corrections of issue 7 (a read against the essay and the domain
//! notes).

mod support;

use std::path::{Path, PathBuf};

use peacemap::io::{bundled_session, load_str};
use peacemap::model::rules::stage_lock;
use peacemap::model::{BorderOptionKind, Lang, Role, Session, Source, Text, TrackId};

/// The essay's section headings, in order: every `Work` source names one.
const ESSAY_PARTS: [&str; 4] = [
    "The next stage",
    "Why broader is better",
    "A six-track proposal",
    "The political potential of a peace process",
];

/// The date the essay appeared (month precision); context dated after it
/// is news to the essay.
const ESSAY_MONTH: &str = "2018-07";

fn bundled() -> Session {
    bundled_session().unwrap_or_else(|e| panic!("the bundled session parses: {e}"))
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled session and every `.ron` in `saves/`: path and text.
fn shipped_files() -> Vec<(PathBuf, String)> {
    let bundled = root().join("assets/default_session.ron");
    let text = std::fs::read_to_string(&bundled)
        .unwrap_or_else(|e| panic!("{} is readable: {e}", bundled.display()));
    let saves = support::save_files();
    assert!(saves.len() >= 3, "saves/ holds {} files", saves.len());
    std::iter::once((bundled, text)).chain(saves).collect()
}

/// Every shipped file, loaded.
fn shipped_sessions() -> Vec<(String, Session)> {
    shipped_files()
        .into_iter()
        .map(|(path, text)| {
            let name = path
                .strip_prefix(root())
                .unwrap_or(&path)
                .display()
                .to_string();
            let session = load_str(&text).unwrap_or_else(|e| panic!("{name} parses: {e}"));
            (name, session)
        })
        .collect()
}

fn load_save(name: &str) -> Session {
    let path = root().join("saves").join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} is readable: {e}", path.display()));
    load_str(&text).unwrap_or_else(|e| panic!("{} parses: {e}", path.display()))
}

/// Every item that must say where it comes from: tracks, milestones,
/// precedents, relief stages, border options and seats, each with a name
/// for messages.
fn sourced_items(session: &Session) -> Vec<(String, &Source)> {
    let mut items = Vec::new();
    for track in &session.tracks {
        items.push((format!("track {}", track.id), &track.source));
        for milestone in &track.milestones {
            items.push((
                format!("milestone {} of {}", milestone.id, track.id),
                &milestone.source,
            ));
        }
        for (index, precedent) in track.precedents.iter().enumerate() {
            items.push((
                format!("precedent {} of {}", index + 1, track.id),
                &precedent.source,
            ));
        }
    }
    for stage in &session.sanctions {
        items.push((format!("stage {}", stage.id), &stage.source));
    }
    for option in &session.border.options {
        items.push((format!("border option {}", option.id), &option.source));
    }
    for state in &session.board.tracks {
        for seat in &state.seats {
            items.push((
                format!("seat {} on {}", seat.participant, state.track),
                &seat.source,
            ));
        }
    }
    items
}

/// Every piece of session text that a reader sees, with a name for
/// messages and whether it may be left empty (source details and notes).
fn texts(session: &Session) -> Vec<(String, &Text, bool)> {
    let mut out: Vec<(String, &Text, bool)> = Vec::new();
    let mut required = |what: String, text| out.push((what, text, false));
    required("title".into(), &session.title);
    required("description".into(), &session.description);
    let a = &session.attribution;
    for (field, text) in [
        ("author", &a.author),
        ("title", &a.title),
        ("published", &a.published),
        ("standing", &a.standing),
        ("summary", &a.summary),
        ("board_is", &a.board_is),
    ] {
        required(format!("attribution {field}"), text);
    }
    for p in &session.participants {
        required(format!("{} short label", p.id), &p.short_label);
        required(format!("{} full name", p.id), &p.full_name);
    }
    for t in &session.tracks {
        required(format!("{} name", t.id), &t.name);
        required(format!("{} summary", t.id), &t.summary);
        required(format!("{} format", t.id), &t.format);
        required(format!("{} format explained", t.id), &t.format_explained);
        required(format!("{} notes", t.id), &t.notes);
        for m in &t.milestones {
            required(format!("{} milestone {}", t.id, m.id), &m.name);
        }
        for (index, p) in t.precedents.iter().enumerate() {
            required(format!("{} precedent {}", t.id, index + 1), &p.text);
        }
    }
    for s in &session.sanctions {
        required(format!("{} name", s.id), &s.name);
        required(format!("{} acting body", s.id), &s.acting_body);
        for (index, m) in s.measures.iter().enumerate() {
            required(format!("{} measure {}", s.id, index + 1), m);
        }
    }
    for o in &session.border.options {
        required(format!("{} name", o.id), &o.name);
        required(format!("{} summary", o.id), &o.summary);
        required(format!("{} precedent", o.id), &o.precedent);
    }
    required(
        "armistice question".into(),
        &session.border.armistice.question,
    );
    required("armistice notes".into(), &session.border.armistice.notes);
    for (what, source) in sourced_items(session) {
        match source {
            Source::Work { detail, .. } => out.push((format!("{what}: detail"), detail, true)),
            Source::Context { citation, .. } => {
                out.push((format!("{what}: citation"), citation, false));
            }
            Source::Illustrative { note } => out.push((format!("{what}: note"), note, true)),
            Source::Unstated => {}
        }
    }
    out
}

fn has_hangul(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c) || ('\u{1100}'..='\u{11FF}').contains(&c))
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day.
fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize, range: std::ops::RangeInclusive<u32>| {
        s.len() == len
            && s.chars().all(|c| c.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|n| range.contains(&n))
    };
    match parts.as_slice() {
        [y] => number(y, 4, 1800..=2100),
        [y, m] => number(y, 4, 1800..=2100) && number(m, 2, 1..=12),
        [y, m, d] => number(y, 4, 1800..=2100) && number(m, 2, 1..=12) && number(d, 2, 1..=31),
        _ => false,
    }
}

fn track<'a>(session: &'a Session, id: &str) -> &'a peacemap::model::Track {
    session
        .track(&TrackId::new(id))
        .unwrap_or_else(|| panic!("track {id} exists"))
}

fn seats_of<'a>(session: &'a Session, id: &str) -> &'a [peacemap::model::Seat] {
    &session
        .board
        .track(&TrackId::new(id))
        .unwrap_or_else(|| panic!("{id} is on the board"))
        .seats
}

#[test]
fn every_bundled_item_has_a_source() {
    for (name, session) in shipped_sessions() {
        let items = sourced_items(&session);
        // 6 tracks, ~26 milestones, ~16 precedents, 4 stages, 2 options, ~25 seats.
        assert!(items.len() > 60, "{name}: only {} items", items.len());
        let unstated: Vec<&String> = items
            .iter()
            .filter(|(_, source)| source.is_unstated())
            .map(|(what, _)| what)
            .collect();
        assert!(unstated.is_empty(), "{name}: no source for {unstated:#?}");
    }
}

#[test]
fn work_sources_name_a_part_of_the_essay() {
    for (name, session) in shipped_sessions() {
        let english: Vec<&str> = session
            .attribution
            .parts
            .iter()
            .map(|part| part.exact(Lang::En))
            .collect();
        assert_eq!(english, ESSAY_PARTS, "{name}: the essay's headings");
        for part in &session.attribution.parts {
            assert!(
                !part.is_missing(Lang::Ko),
                "{name}: the part {:?} has no Korean name",
                part.en
            );
        }
        let mut works = 0;
        for (what, source) in sourced_items(&session) {
            if let Source::Work { part, .. } = source {
                works += 1;
                assert!(
                    session.attribution.part(part).is_some(),
                    "{name}: {what} cites {part:?}, which is not a part of the essay"
                );
            }
        }
        assert!(works > 20, "{name}: only {works} items from the essay");
    }
}

#[test]
fn every_context_has_a_citation_and_a_date() {
    for (name, session) in shipped_sessions() {
        let mut contexts = 0;
        for (what, source) in sourced_items(&session) {
            if let Source::Context { citation, date } = source {
                contexts += 1;
                assert!(
                    !citation.en.trim().is_empty() && !citation.ko.trim().is_empty(),
                    "{name}: {what} has no citation"
                );
                assert!(
                    is_iso_date(date),
                    "{name}: {what} is dated {date:?}, not YYYY[-MM[-DD]]"
                );
            }
        }
        assert!(contexts >= 5, "{name}: only {contexts} context items");
    }
}

#[test]
fn the_attribution_credits_the_essay_and_calls_the_board_hypothetical() {
    for (name, session) in shipped_sessions() {
        let a = &session.attribution;
        assert_eq!(a.author.en, "Philip Zelikow", "{name}");
        assert_eq!(
            a.title.en, "How Diplomacy With North Korea Can Work",
            "{name}"
        );
        assert!(
            a.title.ko.contains(&a.title.en),
            "{name}: the Korean cites the title"
        );
        assert_eq!(a.published.en, "Foreign Affairs, July 2018", "{name}");
        assert!(a.published.ko.contains("2018년 7월"), "{name}");
        assert!(
            a.standing.en.contains("opinion essay")
                && a.standing.en.contains("never became an official process"),
            "{name}: {}",
            a.standing.en
        );
        assert!(
            a.standing.ko.contains("기고문") && a.standing.ko.contains("공식"),
            "{name}: {}",
            a.standing.ko
        );
        for needle in [
            "hypothetical",
            "illustrative",
            "thresholds",
            "dates",
            "milestones",
        ] {
            assert!(
                a.board_is.en.contains(needle),
                "{name}: board_is lacks {needle}"
            );
        }
        assert!(
            a.board_is.ko.contains("가상") && a.board_is.ko.contains("예시"),
            "{name}: {}",
            a.board_is.ko
        );
        // The summary names the idea and the six tracks in both languages.
        for needle in ["toll road", "highway", "opening statement", "six tracks"] {
            assert!(
                a.summary.en.contains(needle),
                "{name}: summary lacks {needle}"
            );
        }
        for needle in ["유료도로", "고속도로", "출범 성명", "여섯 트랙"] {
            assert!(
                a.summary.ko.contains(needle),
                "{name}: summary lacks {needle}"
            );
        }
    }
}

#[test]
fn every_text_has_both_languages() {
    for (name, session) in shipped_sessions() {
        let all = texts(&session);
        assert!(all.len() > 150, "{name}: only {} texts", all.len());
        for (what, text, optional) in all {
            if optional && text.is_empty() {
                continue;
            }
            assert!(!text.en.trim().is_empty(), "{name}: {what} has no English");
            assert!(!text.ko.trim().is_empty(), "{name}: {what} has no Korean");
            // Only an acronym (OPCW) may read the same in both languages.
            let acronym = text.ko == text.en && !text.en.chars().any(char::is_lowercase);
            assert!(
                has_hangul(&text.ko) || acronym,
                "{name}: {what}'s Korean is not Korean: {:?}",
                text.ko
            );
            assert!(
                !has_hangul(&text.en),
                "{name}: {what}'s English holds Hangul: {:?}",
                text.en
            );
        }
    }
}

#[test]
fn no_text_calls_the_ratifiers_other_signatories() {
    // The US and China ratify because they signed the 1953 armistice (the
    // ROK never did): they are not "the other signatories".
    let mut files = shipped_files();
    for lang in ["en", "ko"] {
        let dir = root().join("assets/i18n").join(lang);
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{} can be listed: {e}", dir.display()));
        for entry in entries {
            let path = entry
                .unwrap_or_else(|e| panic!("a readable entry: {e}"))
                .path();
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{} is readable: {e}", path.display()));
            files.push((path, text));
        }
    }
    for (path, text) in files {
        let lower = text.to_lowercase();
        for wrong in [
            "other signator",
            "fellow signator",
            "다른 서명국",
            "나머지 서명국",
        ] {
            assert!(!lower.contains(wrong), "{} says {wrong:?}", path.display());
        }
    }
    // And the ratifiers' reason is stated where the format is explained.
    let session = bundled();
    let inter_korean = &track(&session, "track-1").format_explained;
    assert!(inter_korean.en.contains("signed the 1953 armistice"));
    assert!(inter_korean.en.contains("The ROK never signed"));
    assert!(inter_korean.ko.contains("한국은 서명하지 않았다"));
}

#[test]
fn confederation_is_a_topic_of_track_1_not_a_border_option() {
    for (name, session) in shipped_sessions() {
        let kinds: Vec<BorderOptionKind> = session.border.options.iter().map(|o| o.kind).collect();
        assert_eq!(
            kinds,
            [BorderOptionKind::PermanentMdl, BorderOptionKind::Interim],
            "{name}"
        );
        assert_eq!(session.board.border_options.len(), 2, "{name}");
        let summary = &track(&session, "track-1").summary;
        assert!(
            summary.en.contains("confederation or unification"),
            "{name}"
        );
        assert!(summary.ko.contains("남북연합이나 통일"), "{name}");
        // The MDL option is the essay's European-style possibility, with
        // Helsinki only as added context.
        let mdl = &session.border.options[0];
        assert!(
            mdl.name.en.contains("inviolable"),
            "{name}: {}",
            mdl.name.en
        );
        assert!(
            matches!(&mdl.source, Source::Work { detail, .. } if detail.en.contains("European precedent")),
            "{name}: {:?}",
            mdl.source
        );
        assert!(
            mdl.precedent
                .en
                .contains("Added context: the Helsinki Final Act (1975)")
        );
    }
}

#[test]
fn helsinki_and_german_unification_are_added_context() {
    let session = bundled();
    let inter_korean = track(&session, "track-1");
    for (needle, date) in [
        ("Helsinki", "1975-08-01"),
        ("German unification", "1990-09-12"),
    ] {
        let precedent = inter_korean
            .precedents
            .iter()
            .find(|p| p.text.en.contains(needle))
            .unwrap_or_else(|| panic!("track 1 cites {needle}"));
        assert!(
            matches!(&precedent.source, Source::Context { date: d, .. } if d == date),
            "{needle}: {:?}",
            precedent.source
        );
    }
    assert!(
        inter_korean
            .precedents
            .iter()
            .any(|p| p.text.en.starts_with("European precedent")
                && matches!(p.source, Source::Work { .. })),
        "the essay's own European precedent stays the essay's"
    );
}

#[test]
fn vietnam_is_opening_with_political_repression() {
    let session = bundled();
    let economic = track(&session, "track-2");
    let vietnam = economic
        .precedents
        .iter()
        .find(|p| p.text.en.contains("Vietnam"))
        .expect("track 2 cites Vietnam");
    assert!(
        vietnam
            .text
            .en
            .contains("economic opening combined with political repression"),
        "{}",
        vietnam.text.en
    );
    assert!(
        vietnam.text.ko.contains("정치적 억압"),
        "{}",
        vietnam.text.ko
    );
}

#[test]
fn general_security_shows_the_essays_recommendation_and_no_opcw_seat() {
    let session = bundled();
    let general = track(&session, "track-4");
    assert!(general.format_explained.en.contains("names no format"));
    assert!(general.format_explained.en.contains("recommends"));
    assert!(
        general
            .notes
            .en
            .contains("the essay's recommendation, not an agreed position")
    );
    assert!(
        general
            .notes
            .en
            .contains("guidance for negotiators, not parties at the table")
    );
    assert!(general.notes.ko.contains("권고"));
    assert!(
        general
            .precedents
            .iter()
            .any(|p| p.text.en.contains("Germans to decide")),
        "the US end-of-Cold-War position on forces in Germany"
    );
    assert!(
        seats_of(&session, "track-4")
            .iter()
            .all(|s| s.source.is_illustrative()),
        "the essay names no format, so every seat is an assumption"
    );
    for (name, session) in shipped_sessions() {
        for state in &session.board.tracks {
            assert!(
                state.seats.iter().all(|s| s.participant.as_str() != "opcw"),
                "{name}: the OPCW is seated on {}",
                state.track
            );
        }
    }
}

#[test]
fn humanitarian_track_has_no_format_and_no_japanese_observer() {
    for (name, session) in shipped_sessions() {
        let humanitarian = track(&session, "track-5");
        assert!(
            humanitarian.format_explained.en.contains("names no format"),
            "{name}"
        );
        assert!(
            humanitarian
                .format_explained
                .en
                .contains("The wider international community is concerned too, Japan above all"),
            "{name}: {}",
            humanitarian.format_explained.en
        );
        for seat in seats_of(&session, "track-5") {
            assert_ne!(seat.participant.as_str(), "japan", "{name}");
            assert_ne!(seat.role, Role::Observer, "{name}");
        }
        for text in [&humanitarian.notes, &humanitarian.format_explained] {
            assert!(!text.en.contains("observer"), "{name}: {}", text.en);
            assert!(!text.en.contains("raised beside"), "{name}: {}", text.en);
        }
    }
}

#[test]
fn the_opening_statement_is_the_first_step() {
    for (name, session) in shipped_sessions() {
        let inter_korean = track(&session, "track-1");
        let opening = inter_korean
            .milestones
            .iter()
            .find(|m| m.name.en == "Opening statement")
            .unwrap_or_else(|| panic!("{name}: no opening-statement milestone"));
        assert!(opening.name.ko.contains("출범 성명"), "{name}");
        assert!(
            matches!(&opening.source, Source::Work { part, detail }
                if part == "A six-track proposal" && detail.en.contains("late in 2018")),
            "{name}: {:?}",
            opening.source
        );
        // It comes before anything the process itself agrees; only dated
        // context that happened before it may sit earlier on the lane.
        for earlier in inter_korean
            .milestones
            .iter()
            .filter(|m| m.position_pct < opening.position_pct)
        {
            assert!(
                matches!(&earlier.source, Source::Context { date, .. } if date.as_str() < "2019"),
                "{name}: {} comes before the opening statement",
                earlier.name.en
            );
        }
        // The formal end of the war is a different, later milestone.
        let end_of_war = inter_korean
            .milestones
            .iter()
            .find(|m| m.name.en.contains("end of war"))
            .unwrap_or_else(|| panic!("{name}: no end-of-war milestone"));
        assert!(end_of_war.position_pct > opening.position_pct, "{name}");
    }
    // Drawn on track 1, it opens every lane: the notes say so.
    let session = bundled();
    let notes = &track(&session, "track-1").notes;
    assert!(notes.en.contains("launches all six lanes"), "{}", notes.en);
    assert!(notes.ko.contains("여섯 트랙 모두의 출발점"), "{}", notes.ko);
}

#[test]
fn real_events_after_the_essay_are_dated_context_and_invented_steps_illustrative() {
    let session = bundled();
    let expect_context = |track_id: &str, name: &str, date: &str| {
        let milestone = track(&session, track_id)
            .milestones
            .iter()
            .find(|m| m.name.en == name)
            .unwrap_or_else(|| panic!("{track_id} has {name}"));
        match &milestone.source {
            Source::Context { date: d, citation } => {
                assert_eq!(d, date, "{name}");
                assert!(d.as_str() > ESSAY_MONTH, "{name} is after the essay");
                assert!(citation.en.contains("after the essay"), "{name}");
                assert!(citation.ko.contains("기고문 이후"), "{name}");
            }
            other => panic!("{name} should be dated context, is {other:?}"),
        }
    };
    expect_context("track-1", "Liaison office opens", "2018-09-14");
    expect_context("track-5", "Family reunions resume", "2018-08-20");
    expect_context("track-4", "Military agreement signed", "2018-09-19");
    // Every other milestone is either the essay's or marked illustrative,
    // and most are illustrative: the board's steps are invented.
    let milestones: Vec<&Source> = session
        .tracks
        .iter()
        .flat_map(|t| t.milestones.iter().map(|m| &m.source))
        .collect();
    let illustrative = milestones.iter().filter(|s| s.is_illustrative()).count();
    assert!(
        illustrative * 2 > milestones.len(),
        "{illustrative} of {} milestones illustrative",
        milestones.len()
    );
    // Relief stages are illustrative in every file: the essay proposes
    // staged relief but names no stage.
    for (name, session) in shipped_sessions() {
        for stage in &session.sanctions {
            assert!(stage.source.is_illustrative(), "{name}: {}", stage.id);
        }
    }
}

#[test]
fn toll_road_relief_hangs_on_the_nuclear_lane_alone() {
    let session = load_save("toll-road.ron");
    let nuclear = TrackId::new("track-3");
    // What the notes and the description say...
    assert!(
        session
            .description
            .en
            .contains("relief hangs on nuclear steps alone")
    );
    assert!(
        track(&session, "track-2")
            .notes
            .en
            .contains("Relief hangs on nuclear steps alone")
    );
    // ...is what the stages do: no cumulative threshold, a nuclear minimum only.
    for stage in &session.sanctions {
        assert!(
            stage.threshold_pct.abs() < f32::EPSILON,
            "{} needs {}% cumulative progress",
            stage.id,
            stage.threshold_pct
        );
        assert!(
            !stage.track_minimums.is_empty()
                && stage.track_minimums.iter().all(|m| m.track == nuclear),
            "{}: {:?}",
            stage.id,
            stage.track_minimums
        );
    }
    // Every other lane at 100% unlocks nothing...
    let mut others_done = session.board.clone();
    for state in &mut others_done.tracks {
        if state.track != nuclear {
            state.progress_pct = 100.0;
        }
    }
    for stage in &session.sanctions {
        assert!(
            !stage_lock(&session, &others_done, stage).is_unlocked(),
            "{} unlocks without the nuclear lane",
            stage.id
        );
    }
    // ...and the nuclear lane alone at 100% unlocks everything.
    let mut nuclear_done = session.board.clone();
    for state in &mut nuclear_done.tracks {
        state.progress_pct = if state.track == nuclear { 100.0 } else { 0.0 };
    }
    for stage in &session.sanctions {
        assert!(
            stage_lock(&session, &nuclear_done, stage).is_unlocked(),
            "{} needs more than the nuclear lane",
            stage.id
        );
    }
}

#[test]
fn the_examples_share_the_bundled_definitions() {
    let bundled = bundled();
    for file in ["stalled-nuclear.ron", "toll-road.ron"] {
        let session = load_save(file);
        assert_eq!(session.attribution, bundled.attribution, "{file}");
        assert_eq!(session.participants, bundled.participants, "{file}");
        assert_eq!(session.border, bundled.border, "{file}");
        assert_eq!(session.tracks.len(), bundled.tracks.len(), "{file}");
        for (mine, theirs) in session.tracks.iter().zip(&bundled.tracks) {
            // A scenario may change a lane's notes, nothing else of it.
            let mut same = mine.clone();
            same.notes = theirs.notes.clone();
            assert_eq!(&same, theirs, "{file}: {}", mine.id);
        }
        for (state, theirs) in session.board.tracks.iter().zip(&bundled.board.tracks) {
            assert_eq!(state.seats, theirs.seats, "{file}: {}", state.track);
        }
        // Relief stages keep their names and measures (the toll road
        // changes only what unlocks them and says so in their source).
        for (mine, theirs) in session.sanctions.iter().zip(&bundled.sanctions) {
            assert_eq!(
                (&mine.id, &mine.name, &mine.measures, &mine.acting_body),
                (
                    &theirs.id,
                    &theirs.name,
                    &theirs.measures,
                    &theirs.acting_body
                ),
                "{file}"
            );
        }
    }
    let stalled = load_save("stalled-nuclear.ron");
    assert_eq!(stalled.sanctions, bundled.sanctions);
    // Each file's own description says its board is hypothetical.
    for session in [&bundled, &stalled, &load_save("toll-road.ron")] {
        assert!(
            session.description.en.contains("hypothetical"),
            "{}",
            session.description.en
        );
        assert!(
            session.description.ko.contains("가상"),
            "{}",
            session.description.ko
        );
    }
}
