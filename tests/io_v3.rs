//! File format version 3: bilingual text, a source on every item and an
//! attribution. The golden files of every version migrate to exactly the
//! expected sessions, version 3 migrates to the expected version-4 file,
//! bilingual sessions survive a save, and every broken source rule is
//! reported where it is written.

#![allow(
    clippy::expect_used,
    reason = "helpers outside #[test] functions; a failure there is a test failure"
)]

use std::fs;
use std::path::{Path, PathBuf};

use peacemap::io::{
    LoadError, LoadErrorKind, TextPosition, load_file, load_str, save_file, to_ron_string, validate,
};
use peacemap::model::generate::stress_session;
use peacemap::model::{Attribution, Lang, Session, Source, Text};

fn golden(name: &str) -> String {
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every text of `session`, sources and attribution included, mutably.
fn each_text(session: &mut Session, f: &mut dyn FnMut(&mut Text)) {
    fn source(source: &mut Source, f: &mut dyn FnMut(&mut Text)) {
        match source {
            Source::Work { detail, .. } => f(detail),
            Source::Context { citation, .. } => f(citation),
            Source::Illustrative { note } => f(note),
            Source::Unstated => {}
        }
    }
    let a = &mut session.attribution;
    for text in [
        &mut session.title,
        &mut session.description,
        &mut a.author,
        &mut a.title,
        &mut a.published,
        &mut a.standing,
        &mut a.summary,
        &mut a.board_is,
    ] {
        f(text);
    }
    for p in &mut session.participants {
        f(&mut p.short_label);
        f(&mut p.full_name);
    }
    for t in &mut session.tracks {
        for text in [
            &mut t.name,
            &mut t.summary,
            &mut t.format,
            &mut t.format_explained,
            &mut t.notes,
        ] {
            f(text);
        }
        source(&mut t.source, f);
        for m in &mut t.milestones {
            f(&mut m.name);
            source(&mut m.source, f);
        }
        for p in &mut t.precedents {
            f(&mut p.text);
            source(&mut p.source, f);
        }
    }
    for s in &mut session.sanctions {
        f(&mut s.name);
        f(&mut s.acting_body);
        s.measures.iter_mut().for_each(&mut *f);
        source(&mut s.source, f);
    }
    for o in &mut session.border.options {
        f(&mut o.name);
        f(&mut o.summary);
        f(&mut o.precedent);
        source(&mut o.source, f);
    }
    f(&mut session.border.armistice.question);
    f(&mut session.border.armistice.notes);
    for t in &mut session.board.tracks {
        for seat in &mut t.seats {
            source(&mut seat.source, f);
        }
    }
}

/// Every source of `session`.
fn sources(session: &Session) -> Vec<&Source> {
    let tracks = session.tracks.iter().flat_map(|t| {
        std::iter::once(&t.source)
            .chain(t.milestones.iter().map(|m| &m.source))
            .chain(t.precedents.iter().map(|p| &p.source))
    });
    let seats = session
        .board
        .tracks
        .iter()
        .flat_map(|t| t.seats.iter().map(|s| &s.source));
    tracks
        .chain(session.sanctions.iter().map(|s| &s.source))
        .chain(session.border.options.iter().map(|o| &o.source))
        .chain(seats)
        .collect()
}

#[test]
fn golden_v1_and_v2_migrate_to_exactly_golden_v2_as_v3() {
    let expected_text = golden("v2-as-v3.ron");
    assert!(
        expected_text.contains("\n    version: 3,\n"),
        "the expected file is itself of version 3"
    );
    let mut expected = load_str(&expected_text).expect("v2-as-v3 opens");
    assert_eq!(load_str(&golden("v2.ron")).expect("v2 opens"), expected);
    assert_eq!(load_str(&golden("v1.ron")).expect("v1 opens"), expected);

    // What the migration adds: no attribution, no sources, English only.
    assert_eq!(expected.attribution, Attribution::default());
    assert!(sources(&expected).iter().all(|s| s.is_unstated()));
    // 6 tracks, 26 milestones, 11 precedents, 4 stages, 3 options, 25 seats.
    assert_eq!(sources(&expected).len(), 6 + 26 + 11 + 4 + 3 + 25);
    let mut korean = 0;
    each_text(&mut expected, &mut |text| korean += text.ko.len());
    assert_eq!(korean, 0, "a migrated session has no Korean text");
}

#[test]
fn golden_v3_has_both_languages_an_attribution_and_every_kind_of_source() {
    let session = load_str(&golden("v3.ron")).expect("v3 opens");
    assert_eq!(
        session.attribution.parts,
        [Text::en("Two tracks"), Text::en("The border")]
    );
    assert!(!session.attribution.is_empty());
    let all = sources(&session);
    let kinds = [
        all.iter()
            .any(|s| matches!(s, Source::Work { detail, .. } if !detail.is_empty())),
        all.iter()
            .any(|s| matches!(s, Source::Work { detail, .. } if detail.is_empty())),
        all.iter().any(|s| matches!(s, Source::Context { .. })),
        all.iter()
            .any(|s| matches!(s, Source::Illustrative { note } if !note.is_empty())),
        all.iter()
            .any(|s| matches!(s, Source::Illustrative { note } if note.is_empty())),
        all.iter().any(|s| s.is_unstated()),
    ];
    assert_eq!(
        kinds, [true; 6],
        "work with and without detail, context, illustrative with and without note, unstated"
    );
    let milestone = &session.tracks[0].milestones[1];
    assert_eq!(milestone.name, Text::both("", "경계 합의"), "Korean only");
    assert_eq!(
        milestone.name.get(Lang::En),
        "경계 합의",
        "shown in English too"
    );
    assert_eq!(
        session.tracks[0].name,
        Text::both("Inter-Korean relations", "남북관계")
    );
    assert_eq!(session.tracks[1].name, Text::en("Economic measures"));
    assert_eq!(
        session.tracks[0].notes.ko, "두 줄에 걸친\n메모.",
        "text over several lines"
    );
}

/// Version 3 is read by its frozen loader and migrated; the expected
/// result is a golden file of the current version.
#[test]
fn golden_v3_migrates_to_exactly_golden_v3_as_v4() {
    let expected_text = golden("v3-as-v4.ron");
    let session = load_str(&golden("v3.ron")).expect("v3 opens");
    assert_eq!(session, load_str(&expected_text).expect("v3-as-v4 opens"));
    assert!(session.scenarios.is_empty(), "version 3 had no scenarios");
    assert_eq!(to_ron_string(&session).expect("writes"), expected_text);
}

#[test]
fn bilingual_text_and_sources_are_written_on_one_line() {
    let session = load_str(&golden("v3.ron")).expect("v3 opens");
    let text = to_ron_string(&session).expect("writes");
    for line in [
        "    title: (en: \"Golden file, version 3\", ko: \"골든 파일, 버전 3\"),\n",
        "            source: Work(part: \"Two tracks\", detail: (en: \"track 1\", ko: \"1번 트랙\")),\n",
        "                    name: (ko: \"경계 합의\"),\n",
        "                    source: Illustrative(note: (en: \"An invented step.\", ko: \"지어낸 단계.\")),\n",
        "                (en: \"Medicine\", ko: \"의약품\"),\n",
        "                    (participant: \"rok\", role: Negotiator, source: Work(part: \"Two tracks\", detail: \"track 1\")),\n",
    ] {
        assert!(text.contains(line), "{line}");
    }
}

#[test]
fn korean_only_bilingual_and_mixed_sessions_survive_a_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mixed = load_str(&golden("v3.ron")).expect("v3 opens");
    let mut korean_only = mixed.clone();
    each_text(&mut korean_only, &mut |text| {
        let korean = if text.ko.is_empty() {
            text.en.clone()
        } else {
            text.ko.clone()
        };
        *text = Text::both("", korean);
    });
    let mut both = mixed.clone();
    each_text(&mut both, &mut |text| {
        *text = Text::both(format!("{} (en)", text.en), format!("{} (한)", text.ko));
    });
    for (name, session) in [("mixed", mixed), ("korean", korean_only), ("both", both)] {
        assert!(
            validate(&session).is_empty(),
            "{name}: {:?}",
            validate(&session)
        );
        let path = dir.path().join(format!("{name}.ron"));
        save_file(&path, &session).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(load_file(&path).expect("loads"), session, "{name}");
        let text = fs::read_to_string(&path).expect("read");
        assert_eq!(to_ron_string(&session).expect("writes"), text, "{name}");
    }
}

#[test]
fn the_generated_stress_session_is_valid_and_round_trips() {
    let session = stress_session(12, 6, 5);
    assert!(validate(&session).is_empty(), "{:?}", validate(&session));
    let all = sources(&session);
    assert!(all.iter().any(|s| matches!(s, Source::Work { .. })));
    assert!(all.iter().any(|s| matches!(s, Source::Context { .. })));
    assert!(all.iter().any(|s| s.is_illustrative()));
    assert!(all.iter().any(|s| s.is_unstated()));
    let text = to_ron_string(&session).expect("writes");
    assert!(text.contains("ko: \"생성된 트랙 1\""));
    assert_eq!(load_str(&text).expect("loads"), session);
}

/// The line and column of `key` in the line of `text` that holds
/// `line_holding`: the only such line, or the last of two (an item
/// written twice is reported where it is written the second time).
fn position_of(text: &str, line_holding: &str, key: &str) -> TextPosition {
    let found: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| line.contains(line_holding))
        .collect();
    assert!(matches!(found.len(), 1 | 2), "{line_holding}: {found:?}");
    let (index, line) = found[found.len() - 1];
    let at = line.find(key).expect("the key is on the line");
    TextPosition {
        line: index + 1,
        column: line[..at].chars().count() + 1,
    }
}

fn refused(text: &str) -> LoadError {
    load_str(text).expect_err("the file is refused")
}

/// Each source rule, broken once in the golden file: the one problem and
/// where it is written.
#[test]
fn each_broken_source_rule_is_reported_where_it_is_written() {
    let golden = golden("v3.ron");
    let cases = [
        (
            "source: Work(part: \"Two tracks\", detail: (en",
            "source: Work(part: \"Three tracks\", detail: (en",
            "part: \"Three tracks\"",
            "part:",
            "track \"track-1\" (Inter-Korean relations): its source names the part \"Three tracks\" of the source work, which the attribution's parts do not list",
        ),
        (
            "source: Work(part: \"The border\"),",
            "source: Work(part: \"The borders\"),",
            "part: \"The borders\"",
            "part:",
            "precedent 2 of track \"track-1\": its source names the part \"The borders\" of the source work, which the attribution's parts do not list",
        ),
        (
            "role: Negotiator, source: Work(part: \"Two tracks\"",
            "role: Negotiator, source: Work(part: \"two tracks\"",
            "part: \"two tracks\"",
            "part:",
            "seat 1 of track \"track-1\": its source names the part \"two tracks\" of the source work, which the attribution's parts do not list",
        ),
        (
            "Work(part: \"The border\", detail: \"second paragraph\")",
            "Work(part: \"\", detail: \"second paragraph\")",
            "detail: \"second paragraph\"",
            "part:",
            "border option \"border-mdl\": its source names the part \"\" of the source work, which the attribution's parts do not list",
        ),
        (
            "citation: (en: \"Inter-Korean liaison office opened in Kaesong\", ko: \"개성 남북공동연락사무소 개소\")",
            "citation: (en: \" \", ko: \"\")",
            "citation: (en: \" \"",
            "citation",
            "milestone 1 (\"Liaison office opens\") of track \"track-1\": its source is added context but gives no citation",
        ),
        (
            "date: \"1975-08-01\"",
            "date: \" \"",
            "date: \" \"",
            "date",
            "precedent 1 of track \"track-1\": its source is added context but gives no date",
        ),
        (
            "            source: Illustrative(),\n            measures",
            "            source: Context(citation: \"A resolution\", date: \"\"),\n            measures",
            "A resolution",
            "date",
            "sanctions stage \"stage-1\" (Humanitarian exemptions): its source is added context but gives no date",
        ),
        (
            "            \"The border\",\n        ],",
            "            \"The border\",\n            \"Two tracks\",\n        ],",
            "            \"Two tracks\",",
            "\"Two tracks\"",
            "the attribution lists the part \"Two tracks\" twice; parts must differ",
        ),
        (
            "            \"The border\",\n        ],",
            "            \"The border\",\n            \"  \",\n        ],",
            "        parts: [",
            "parts",
            "part 3 of the attribution is empty",
        ),
        (
            "name: (ko: \"경계 합의\")",
            "name: (en: \" \", ko: \"\")",
            "name: (en: \" \"",
            "name",
            "milestone 2 (\" \") of track \"track-1\": name is empty",
        ),
    ];
    for (from, to, line_holding, key, message) in cases {
        assert_eq!(golden.matches(from).count(), 1, "{from}");
        let text = golden.replacen(from, to, 1);
        let error = refused(&text);
        assert!(
            matches!(error.kind, LoadErrorKind::Invalid { .. }),
            "{to}: {error}"
        );
        assert_eq!(
            error.problems(Lang::En),
            [(
                Some(position_of(&text, line_holding, key)),
                message.to_owned()
            )],
            "{to}"
        );
    }
}

/// In version 3 every item must say where it comes from, and the session
/// whose work it maps: a forgotten source or attribution is a mistake in
/// the file, reported where it is.
#[test]
fn a_forgotten_source_or_attribution_is_refused_with_its_place() {
    let golden = golden("v3.ron");
    let cases = [
        (
            "            source: Unstated,\n            format: \"Two plus UNSC\",\n",
            "            format: \"Two plus UNSC\",\n",
            "the field `source` is missing in track 2",
        ),
        (
            "(participant: \"dprk\", role: Negotiator, source: Unstated)",
            "(participant: \"dprk\", role: Negotiator)",
            "the field `source` is missing in seat 2 of track 1 of board",
        ),
    ];
    for (from, to, message) in cases {
        assert_eq!(golden.matches(from).count(), 1, "{from}");
        let error = refused(&golden.replacen(from, to, 1));
        let problems = error.problems(Lang::En);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].0.is_some(), "{message}: has a place");
        assert!(problems[0].1.contains(message), "{}", problems[0].1);
    }
    let start = golden.find("    attribution: (").expect("attribution");
    let end = golden.find("    participants: [").expect("participants");
    let without = format!("{}{}", &golden[..start], &golden[end..]);
    let error = refused(&without);
    assert!(
        error.to_string().contains("`attribution` is missing"),
        "{error}"
    );
}

/// A bilingual text may only have `en` and `ko`; anything else is a
/// mistake with its place.
#[test]
fn bilingual_text_with_another_language_is_refused_with_its_place() {
    let text = golden("v3.ron").replacen("ko: \"남북관계\"", "kr: \"남북관계\"", 1);
    let error = refused(&text);
    let problems = error.problems(Lang::En);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        problems[0].0.map(|p| p.line),
        Some(position_of(&text, "kr: \"남북관계\"", "kr").line),
        "{}",
        problems[0].1
    );
    assert!(
        problems[0].1.ends_with(
            "there is no field `kr` here; the fields are `en` or `ko` in name of track 1"
        ),
        "the place is the text the field was written in: {}",
        problems[0].1
    );
}

/// The version-3 session refuses fields it does not have; the message
/// names the field once, and the place it was written (here: the whole
/// session). Version 3 had no `scenarios`.
#[test]
fn a_misspelt_session_field_is_named_once() {
    let text = golden("v3.ron").replacen("    title: (en: \"Golden", "    titel: (en: \"Golden", 1);
    let problems = refused(&text).problems(Lang::En);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, Some(TextPosition { line: 4, column: 5 }));
    assert!(
        problems[0].1.starts_with("there is no field `titel` here;")
            && problems[0].1.ends_with("`border` or `board`"),
        "{}",
        problems[0].1
    );
}
