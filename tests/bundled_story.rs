//! The bundled story: the scenario "The proposal's story" of the bundled
//! session tells the proposal's story faithfully, step by step, in both
//! languages, every step saying where it comes from and which of its
//! figures are made up, in words that are not the essay's.

mod support;

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use peacemap::io::{BUNDLED_SESSION_RON, load_bytes_with_warnings, load_str, to_ron_string};
use peacemap::model::rules::{GateState, convene_gate, cumulative_progress, stage_lock};
use peacemap::model::{
    Board, Lang, MilestoneId, RatificationStatus, Role, Scenario, ScenarioId, Session, Source,
    StageStatus, Step, TrackId, TrackStatus,
};

/// The id of the bundled story.
const STORY: &str = "story-proposal";

/// Where the essay's six-word runs are kept as fingerprints (no essay text).
const ESSAY_RUNS: &str = "tests/essay/six-word-runs.txt";

/// How many words in a row a story text may share with the essay, plus one.
const RUN: usize = 6;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn bundled() -> Session {
    load_str(BUNDLED_SESSION_RON).unwrap_or_else(|e| panic!("the bundled session parses: {e}"))
}

/// The bundled session and every `.ron` in `saves/`, loaded, named by path.
fn shipped() -> Vec<(String, Session)> {
    let mut out = vec![("assets/default_session.ron".to_owned(), bundled())];
    for (path, text) in support::save_files() {
        let name = path
            .strip_prefix(root())
            .unwrap_or(&path)
            .display()
            .to_string();
        let session = load_str(&text).unwrap_or_else(|e| panic!("{name} parses: {e}"));
        out.push((name, session));
    }
    out
}

/// Every scenario of every shipped file: (file, session, scenario index).
fn shipped_scenarios() -> Vec<(String, Session, usize)> {
    let mut out = Vec::new();
    for (name, session) in shipped() {
        for index in 0..session.scenarios.len() {
            out.push((name.clone(), session.clone(), index));
        }
    }
    assert!(out.len() >= 2, "only {} shipped scenarios", out.len());
    out
}

fn story(session: &Session) -> &Scenario {
    session
        .scenario(&ScenarioId::new(STORY))
        .unwrap_or_else(|| panic!("the bundled session has no scenario {STORY}"))
}

/// The steps of the bundled story, with their session.
fn steps() -> (Session, Vec<Step>) {
    let session = bundled();
    let steps = story(&session).steps.clone();
    (session, steps)
}

fn state<'a>(step: &'a Step, track: &str) -> &'a peacemap::model::TrackState {
    step.board
        .track(&TrackId::new(track))
        .unwrap_or_else(|| panic!("{}: no board entry for {track}", step.id))
}

fn progress(step: &Step, track: &str) -> f32 {
    state(step, track).progress_pct
}

/// Whether the milestone `id` of `track` is passed on `step`'s board.
fn reached(session: &Session, step: &Step, track: &str, id: &str) -> bool {
    let milestone = session
        .track(&TrackId::new(track))
        .unwrap_or_else(|| panic!("no track {track}"))
        .milestones
        .iter()
        .find(|m| m.id == MilestoneId::new(id))
        .unwrap_or_else(|| panic!("{track} has no milestone {id}"));
    milestone.is_reached(progress(step, track))
}

fn unlocked_stages(session: &Session, board: &Board) -> Vec<String> {
    session
        .sanctions
        .iter()
        .filter(|s| stage_lock(session, board, s).is_unlocked())
        .map(|s| s.id.to_string())
        .collect()
}

fn regional_gate(session: &Session, step: &Step) -> GateState {
    convene_gate(session, &step.board, &TrackId::new("track-6"))
}

fn has_hangul(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c) || ('\u{1100}'..='\u{11FF}').contains(&c))
}

/// Sentences in English prose: runs ended by `.`, `?` or `!` before a
/// space or the end.
fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.trim().chars().collect();
    (0..chars.len())
        .filter(|&i| {
            matches!(chars[i], '.' | '?' | '!')
                && chars.get(i + 1).is_none_or(|c| c.is_whitespace())
        })
        .count()
}

/// Every source a step carries: its own and each of its board's seats'.
fn step_sources(step: &Step) -> Vec<(String, &Source)> {
    let mut out = vec![(format!("{}", step.id), &step.source)];
    for state in &step.board.tracks {
        for seat in &state.seats {
            out.push((
                format!("{}: seat {} on {}", step.id, seat.participant, state.track),
                &seat.source,
            ));
        }
    }
    out
}

/// Every piece of English a reader of the story sees, named for messages.
fn story_english(scenario: &Scenario) -> Vec<(String, String)> {
    let mut out = vec![("scenario name".to_owned(), scenario.name.en.clone())];
    for step in &scenario.steps {
        for (field, text) in [
            ("title", &step.title),
            ("date", &step.date),
            ("notes", &step.notes),
        ] {
            out.push((format!("{} {field}", step.id), text.en.clone()));
        }
        for (what, source) in step_sources(step) {
            let text = match source {
                Source::Work { detail, .. } => &detail.en,
                Source::Context { citation, .. } => &citation.en,
                Source::Illustrative { note } => &note.en,
                Source::Unstated => continue,
            };
            out.push((format!("{what}: source"), text.clone()));
        }
    }
    out
}

// --- Six-word runs --------------------------------------------------------

/// The words of `text` for comparing wordings: lower case, apostrophes
/// dropped ("Washington's" → "washingtons"), split at anything that is not
/// a letter or a digit (hyphens, dashes, punctuation).
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '\'' | '\u{2018}' | '\u{2019}'))
        .collect::<String>()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// 64-bit FNV-1a: a fixed, documented hash, so the fingerprints written
/// once stay valid on every machine and Rust version.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Each run of [`RUN`] words of `text`, as it reads and as its fingerprint.
fn runs(text: &str) -> Vec<(String, u64)> {
    words(text)
        .windows(RUN)
        .map(|run| {
            let run = run.join(" ");
            let hash = fnv1a(&run);
            (run, hash)
        })
        .collect()
}

/// The essay's text, where this machine has it: `$PEACEMAP_ESSAY`, or the
/// team's shared copy beside the repository.
fn essay_text() -> Option<(PathBuf, String)> {
    let path = std::env::var_os("PEACEMAP_ESSAY").map_or_else(
        || root().join("../shared/seed/six-track-article.txt"),
        PathBuf::from,
    );
    std::fs::read_to_string(&path).ok().map(|text| (path, text))
}

/// The fingerprints kept in [`ESSAY_RUNS`] (one hexadecimal hash a line;
/// `#` starts a comment).
fn stored_essay_runs() -> BTreeSet<u64> {
    let path = root().join(ESSAY_RUNS);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} is readable: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            u64::from_str_radix(line, 16)
                .unwrap_or_else(|e| panic!("{}: {line:?} is not a hash: {e}", path.display()))
        })
        .collect()
}

fn essay_runs_file(hashes: &BTreeSet<u64>) -> String {
    let mut out = String::from(
        "# Fingerprints of every run of six words in the essay the bundled session\n\
         # maps (Zelikow, Foreign Affairs, July 2018): 64-bit FNV-1a of the words,\n\
         # lower case, apostrophes dropped, joined by single spaces. They let\n\
         # tests/bundled_story.rs check that the story is in its own words without\n\
         # shipping the essay. Rewrite with PEACEMAP_WRITE_ESSAY_RUNS=1 and the\n\
         # essay at $PEACEMAP_ESSAY.\n",
    );
    out.extend(hashes.iter().map(|hash| format!("{hash:016x}\n")));
    out
}

#[test]
fn the_essay_fingerprints_match_the_essay() {
    let Some((path, essay)) = essay_text() else {
        eprintln!(
            "skipped: the essay is not on this machine (set PEACEMAP_ESSAY to its text); \
             the story is still checked against the stored fingerprints"
        );
        return;
    };
    let hashes: BTreeSet<u64> = runs(&essay).into_iter().map(|(_, hash)| hash).collect();
    assert!(
        hashes.len() > 2000,
        "{}: only {} runs",
        path.display(),
        hashes.len()
    );
    if std::env::var_os("PEACEMAP_WRITE_ESSAY_RUNS").is_some() {
        let out = root().join(ESSAY_RUNS);
        std::fs::write(&out, essay_runs_file(&hashes))
            .unwrap_or_else(|e| panic!("{} is writable: {e}", out.display()));
    }
    assert!(
        stored_essay_runs() == hashes,
        "{ESSAY_RUNS} is not the fingerprint of {}; rewrite it with PEACEMAP_WRITE_ESSAY_RUNS=1",
        path.display()
    );
}

#[test]
fn no_step_text_shares_six_words_with_the_essay() {
    let essay = stored_essay_runs();
    assert!(essay.len() > 2000, "only {} fingerprints", essay.len());
    // The check can see a copied phrase: one from the essay's track 1.
    let copied = "as the two Koreas reach an agreement, it should be ratified";
    assert!(runs(copied).iter().any(|(_, hash)| essay.contains(hash)));
    let mut copied_runs = Vec::new();
    for (name, session, index) in shipped_scenarios() {
        let texts = story_english(&session.scenarios[index]);
        assert!(texts.len() > 10, "{name}: only {} story texts", texts.len());
        for (what, text) in texts {
            for (run, hash) in runs(&text) {
                if essay.contains(&hash) {
                    copied_runs.push(format!("{name}: {what}: \"{run}\""));
                }
            }
        }
    }
    assert!(
        copied_runs.is_empty(),
        "six words in a row from the essay; say it in other words:\n{}",
        copied_runs.join("\n")
    );
}

// --- The story's shape ----------------------------------------------------

#[test]
fn the_story_has_five_or_six_steps() {
    let (session, steps) = steps();
    assert!(
        (5..=6).contains(&steps.len()),
        "{} steps, not five or six",
        steps.len()
    );
    assert_eq!(story(&session).name.en, "The proposal's story");
    for step in &steps {
        assert!(
            session
                .find_step(&step.id)
                .is_some_and(|(s, _)| s.id.as_str() == STORY),
            "{} is found in the story",
            step.id
        );
    }
}

#[test]
fn every_story_step_speaks_both_languages_and_marks_its_figures() {
    for (name, session, index) in shipped_scenarios() {
        let scenario = &session.scenarios[index];
        for lang in Lang::ALL {
            assert!(
                !scenario.name.is_missing(lang),
                "{name}: {}'s name in {lang:?}",
                scenario.id
            );
        }
        assert!(has_hangul(&scenario.name.ko), "{name}: {}", scenario.id);
        assert!(
            !scenario.steps.is_empty(),
            "{name}: {} has no steps",
            scenario.id
        );
        let mut ids = HashSet::new();
        for step in session.scenarios.iter().flat_map(|s| &s.steps) {
            assert!(
                ids.insert(step.id.clone()),
                "{name}: step {} twice",
                step.id
            );
        }
        for step in &scenario.steps {
            let at = format!("{name}: {}", step.id);
            for (field, text) in [
                ("title", &step.title),
                ("date", &step.date),
                ("notes", &step.notes),
            ] {
                assert!(!text.en.trim().is_empty(), "{at} {field}: no English");
                assert!(!text.ko.trim().is_empty(), "{at} {field}: no Korean");
                assert!(
                    !has_hangul(&text.en),
                    "{at} {field}: Hangul in the English: {:?}",
                    text.en
                );
                assert!(
                    has_hangul(&text.ko),
                    "{at} {field}: the Korean is not Korean: {:?}",
                    text.ko
                );
            }
            let count = sentences(&step.notes.en);
            assert!(
                (2..=4).contains(&count),
                "{at}: {count} sentences of notes, not 2–4"
            );
            // Korean prose in the plain declarative style the file uses.
            assert!(
                step.notes.ko.trim_end().ends_with("다."),
                "{at}: {:?}",
                step.notes.ko
            );
            // Each step says plainly that its numbers are made up.
            assert!(
                ["made up", "made-up", "invented", "illustrative"]
                    .iter()
                    .any(|w| step.notes.en.contains(w)),
                "{at}: the notes do not say which figures are made up: {}",
                step.notes.en
            );
            assert!(
                ["임의", "예시"].iter().any(|w| step.notes.ko.contains(w)),
                "{at}: {}",
                step.notes.ko
            );
        }
    }
}

#[test]
fn every_step_says_where_it_comes_from() {
    for (name, session, index) in shipped_scenarios() {
        for step in &session.scenarios[index].steps {
            check_sources(&name, &session, step);
        }
    }
    let (_, steps) = steps();
    let from_the_essay = steps
        .iter()
        .filter(|s| matches!(s.source, Source::Work { .. }))
        .count();
    assert!(
        from_the_essay >= 4,
        "only {from_the_essay} steps from the essay"
    );
    // The stall is a what-if, not something the essay reports.
    assert!(steps[3].source.is_illustrative(), "{:?}", steps[3].source);
}

/// Every source of `step` (its own and its seats') is stated, and a `Work`
/// names a part of the essay.
fn check_sources(name: &str, session: &Session, step: &Step) {
    for (what, source) in step_sources(step) {
        let what = format!("{name}: {what}");
        match source {
            Source::Unstated => panic!("{what} has no source"),
            Source::Work { part, detail } => {
                assert!(
                    session.attribution.part(part).is_some(),
                    "{what} cites {part:?}, which is not a part of the essay"
                );
                assert!(
                    !detail.en.trim().is_empty() && has_hangul(&detail.ko),
                    "{what}: the detail in both languages: {detail:?}"
                );
            }
            Source::Illustrative { note } => assert!(
                !note.en.trim().is_empty() && has_hangul(&note.ko),
                "{what}: an illustrative step says why, in both languages: {note:?}"
            ),
            Source::Context { citation, date } => {
                assert!(
                    !citation.en.trim().is_empty() && has_hangul(&citation.ko),
                    "{what}: no citation"
                );
                assert!(
                    date.len() >= 4 && date[..4].chars().all(|c| c.is_ascii_digit()),
                    "{what}: dated {date:?}"
                );
            }
        }
    }
}

#[test]
fn every_step_board_is_whole_and_consistent() {
    for (name, session, index) in shipped_scenarios() {
        let scenario = &session.scenarios[index];
        assert!(
            !scenario.steps.is_empty(),
            "{name}: {} has no steps",
            scenario.id
        );
        check_boards(&session, &scenario.steps);
    }
}

/// Each step's board has every track, stage, border option and ratifier of
/// the session, known participants only, relief sought only when unlocked,
/// and no lane losing ground from one step to the next.
fn check_boards(session: &Session, steps: &[Step]) {
    let known: HashSet<&str> = session.participants.iter().map(|p| p.id.as_str()).collect();
    for step in steps {
        let board = &step.board;
        let tracks: Vec<&TrackId> = board.tracks.iter().map(|t| &t.track).collect();
        let defined: Vec<&TrackId> = session.tracks.iter().map(|t| &t.id).collect();
        assert_eq!(
            tracks, defined,
            "{}: a state for every track, in lane order",
            step.id
        );
        for state in &board.tracks {
            assert!(
                (0.0..=100.0).contains(&state.progress_pct),
                "{}: {} at {}",
                step.id,
                state.track,
                state.progress_pct
            );
            let mut seated = HashSet::new();
            for seat in &state.seats {
                assert!(
                    known.contains(seat.participant.as_str()),
                    "{}: {}",
                    step.id,
                    seat.participant
                );
                assert!(
                    seated.insert(&seat.participant),
                    "{}: {} twice",
                    step.id,
                    seat.participant
                );
            }
        }
        assert_eq!(
            board.stages.iter().map(|s| &s.stage).collect::<Vec<_>>(),
            session.sanctions.iter().map(|s| &s.id).collect::<Vec<_>>(),
            "{}",
            step.id
        );
        assert_eq!(
            board
                .border_options
                .iter()
                .map(|o| &o.option)
                .collect::<Vec<_>>(),
            session
                .border
                .options
                .iter()
                .map(|o| &o.id)
                .collect::<Vec<_>>(),
            "{}",
            step.id
        );
        assert_eq!(
            board
                .ratifications
                .iter()
                .map(|r| r.participant.as_str())
                .collect::<Vec<_>>(),
            ["us", "china"],
            "{}",
            step.id
        );
        assert_eq!(
            board.regional_gate, session.board.regional_gate,
            "{}",
            step.id
        );
        // Relief is sought or granted only once the rules unlock it.
        for stage in &session.sanctions {
            let status = board.stage_status(&stage.id);
            if matches!(status, Some(StageStatus::Requested | StageStatus::Granted)) {
                assert!(
                    stage_lock(session, board, stage).is_unlocked(),
                    "{}: {} is {status:?} while locked",
                    step.id,
                    stage.id
                );
            }
        }
    }
    // The story moves forward: no lane loses ground from one step to the next.
    for pair in steps.windows(2) {
        for state in &pair[1].board.tracks {
            let before = progress(&pair[0], state.track.as_str());
            assert!(
                state.progress_pct >= before,
                "{}: {} falls from {before} to {}",
                pair[1].id,
                state.track,
                state.progress_pct
            );
        }
    }
}

#[test]
fn step_1_is_the_triangle_with_only_two_lanes_moving() {
    let (session, steps) = steps();
    let first = &steps[0];
    assert!(first.date.en.contains("July 2018"), "{}", first.date.en);
    assert!(first.date.ko.contains("2018년 7월"), "{}", first.date.ko);
    let moving: Vec<&str> = first
        .board
        .tracks
        .iter()
        .filter(|t| t.progress_pct > 0.0 || t.status != TrackStatus::NotStarted)
        .map(|t| t.track.as_str())
        .collect();
    assert_eq!(
        moving,
        ["track-1", "track-3"],
        "only the two sides of the triangle move"
    );
    for id in ["track-1", "track-3"] {
        assert_eq!(state(first, id).status, TrackStatus::UnderWay, "{id}");
        assert!(progress(first, id) > 0.0, "{id}");
    }
    // Two bilateral tables: Seoul is not at the nuclear one yet.
    let seated = |id: &str| -> Vec<&str> {
        state(first, id)
            .seats
            .iter()
            .map(|s| s.participant.as_str())
            .collect()
    };
    assert_eq!(seated("track-1"), ["rok", "dprk"]);
    assert_eq!(seated("track-3"), ["us", "dprk"]);
    assert!(matches!(&first.source, Source::Work { part, .. } if part == "Why broader is better"));
    assert!(
        !reached(&session, first, "track-1", "m-1-2"),
        "no opening statement yet"
    );
    assert!(unlocked_stages(&session, &first.board).is_empty());
}

#[test]
fn the_opening_statement_is_reached_from_step_2_on() {
    let (session, steps) = steps();
    for (index, step) in steps.iter().enumerate() {
        assert_eq!(
            reached(&session, step, "track-1", "m-1-2"),
            index >= 1,
            "{}: opening statement reached",
            step.id
        );
    }
    let second = &steps[1];
    assert!(
        second.date.en.to_lowercase().contains("late 2018"),
        "{}",
        second.date.en
    );
    assert!(second.date.ko.contains("2018년 말"), "{}", second.date.ko);
    assert!(
        matches!(&second.source, Source::Work { part, detail }
            if part == "A six-track proposal" && detail.en.contains("end of 2018")),
        "{:?}",
        second.source
    );
    // The tracks are laid out: five at work, the regional one held back,
    // and every table set as on the live board.
    for id in ["track-1", "track-2", "track-3", "track-4", "track-5"] {
        assert_eq!(state(second, id).status, TrackStatus::UnderWay, "{id}");
    }
    assert_eq!(state(second, "track-6").status, TrackStatus::Deferred);
    for live in &session.board.tracks {
        assert_eq!(
            state(second, live.track.as_str()).seats,
            live.seats,
            "{}",
            live.track
        );
    }
}

#[test]
fn a_relief_stage_is_unlocked_by_rule_from_step_3_on() {
    let (session, steps) = steps();
    for (index, step) in steps.iter().enumerate() {
        let unlocked = unlocked_stages(&session, &step.board);
        if index < 2 {
            assert!(unlocked.is_empty(), "{}: {unlocked:?} unlocked", step.id);
        } else {
            assert!(
                unlocked.contains(&"stage-1".to_owned()),
                "{}: {unlocked:?}",
                step.id
            );
        }
    }
    let third = &steps[2];
    assert!(third.date.en.contains("2019"), "{}", third.date.en);
    assert_eq!(
        third.board.stage_status(&session.sanctions[0].id),
        Some(StageStatus::Granted),
        "the first stage is granted"
    );
    // No stage is granted before the rules allow it.
    for step in &steps[..2] {
        for stage in &step.board.stages {
            assert_eq!(
                stage.status,
                StageStatus::Planned,
                "{}: {}",
                step.id,
                stage.stage
            );
        }
    }
}

#[test]
fn the_nuclear_lane_stalls_in_step_4_while_cumulative_progress_rises() {
    let (session, steps) = steps();
    let (third, fourth) = (&steps[2], &steps[3]);
    assert_eq!(state(fourth, "track-3").status, TrackStatus::Stalled);
    assert!(
        (progress(fourth, "track-3") - progress(third, "track-3")).abs() < f32::EPSILON,
        "the stalled lane holds its ground"
    );
    for id in ["track-1", "track-2", "track-4", "track-5"] {
        assert_ne!(state(fourth, id).status, TrackStatus::Stalled, "{id}");
        assert!(
            progress(fourth, id) > progress(third, id),
            "{id} keeps moving"
        );
    }
    assert!(
        cumulative_progress(&session, &fourth.board) > cumulative_progress(&session, &third.board),
        "cumulative progress rises although the nuclear lane is stalled"
    );
    // Only this step stalls it.
    for step in steps.iter().filter(|s| s.id != fourth.id) {
        assert_ne!(
            state(step, "track-3").status,
            TrackStatus::Stalled,
            "{}",
            step.id
        );
    }
}

#[test]
fn the_regional_gate_opens_in_step_5_and_not_before() {
    let (session, steps) = steps();
    for (index, step) in steps.iter().enumerate() {
        let gate = regional_gate(&session, step);
        if index < 4 {
            assert!(gate.is_closed(), "{}: {gate:?}", step.id);
            assert!(
                progress(step, "track-6").abs() < f32::EPSILON,
                "{}",
                step.id
            );
            assert!(
                matches!(
                    state(step, "track-6").status,
                    TrackStatus::NotStarted | TrackStatus::Deferred
                ),
                "{}",
                step.id
            );
        } else {
            assert_eq!(gate, GateState::Open, "{}", step.id);
        }
    }
    let (fourth, fifth) = (&steps[3], &steps[4]);
    // The six parties meet...
    assert!(
        reached(&session, fifth, "track-6", "m-6-1"),
        "the six parties convene"
    );
    assert_eq!(state(fifth, "track-6").status, TrackStatus::UnderWay);
    assert_eq!(state(fifth, "track-6").seats.len(), 6);
    // ...and breadth has helped the nuclear file move again.
    assert_eq!(state(fifth, "track-3").status, TrackStatus::UnderWay);
    assert!(progress(fifth, "track-3") > progress(fourth, "track-3"));
    assert!(
        matches!(&fifth.source, Source::Work { detail, .. } if detail.en.contains("track 6")),
        "{:?}",
        fifth.source
    );
}

#[test]
fn the_us_and_china_ratify_in_the_last_step_and_not_before() {
    let (session, steps) = steps();
    let last = steps.len() - 1;
    for (index, step) in steps.iter().enumerate() {
        let expected = if index == last {
            RatificationStatus::Ratified
        } else {
            RatificationStatus::Pending
        };
        for ratification in &step.board.ratifications {
            assert_eq!(
                ratification.status, expected,
                "{}: {}",
                step.id, ratification.participant
            );
        }
        // The inter-Korean lane shows it too.
        assert_eq!(
            reached(&session, step, "track-1", "m-1-5"),
            index == last,
            "{}: the ratification milestone",
            step.id
        );
    }
    let final_step = &steps[last];
    assert!(
        matches!(&final_step.source, Source::Work { part, detail }
            if part == "A six-track proposal" && detail.en.contains("two plus two")),
        "{:?}",
        final_step.source
    );
    // The US and China ratify as the inter-Korean table's ratifiers.
    for seat in &state(final_step, "track-1").seats {
        if ["us", "china"].contains(&seat.participant.as_str()) {
            assert_eq!(seat.role, Role::Ratifier);
        }
    }
}

// --- The file -------------------------------------------------------------

#[test]
fn the_bundled_file_loads_without_warnings_and_round_trips() {
    let mut files = vec![(
        root().join("assets/default_session.ron"),
        BUNDLED_SESSION_RON.to_owned(),
    )];
    files.extend(support::save_files());
    for (path, text) in files {
        let name = path.display();
        let loaded = load_bytes_with_warnings(text.as_bytes())
            .unwrap_or_else(|e| panic!("{name} loads: {e}"));
        assert!(loaded.warnings.is_empty(), "{name}: {:?}", loaded.warnings);
        let written = to_ron_string(&loaded.session).unwrap_or_else(|e| panic!("{name}: {e}"));
        let again = load_str(&written).unwrap_or_else(|e| panic!("{name} written reloads: {e}"));
        assert_eq!(again, loaded.session, "{name} round-trips");
        for scenario in &loaded.session.scenarios {
            assert!(
                !scenario.steps.is_empty(),
                "{name}: {} has steps",
                scenario.id
            );
        }
    }
}

#[test]
fn the_default_save_is_the_bundled_file_byte_for_byte() {
    let path = root().join("saves/default.ron");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} is readable: {e}", path.display()));
    assert!(
        text == BUNDLED_SESSION_RON,
        "saves/default.ron differs from assets/default_session.ron; copy it over"
    );
}

#[test]
fn the_story_and_the_live_board_share_their_definitions() {
    // A step is only a board: the story cannot name a track, stage or
    // participant the session does not define (as the live board cannot).
    for (name, session, index) in shipped_scenarios() {
        for step in &session.scenarios[index].steps {
            let mut live = session.clone();
            live.board = step.board.clone();
            live.scenarios.clear();
            let problems = peacemap::io::validate(&live);
            assert!(problems.is_empty(), "{name}: {}: {problems:?}", step.id);
        }
    }
}

#[test]
fn the_stalled_example_reaches_its_board_in_a_short_story() {
    let (bundled_session, _) = steps();
    let path = root().join("saves/stalled-nuclear.ron");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} is readable: {e}", path.display()));
    let session = load_str(&text).unwrap_or_else(|e| panic!("{} parses: {e}", path.display()));
    let [scenario] = session.scenarios.as_slice() else {
        panic!("one scenario, not {}", session.scenarios.len());
    };
    let steps = &scenario.steps;
    assert!((2..=3).contains(&steps.len()), "{} steps", steps.len());
    // Its step ids do not clash with the bundled story's.
    for step in steps {
        assert!(bundled_session.find_step(&step.id).is_none(), "{}", step.id);
        assert_eq!(
            state(step, "track-3").status,
            TrackStatus::Stalled,
            "{}",
            step.id
        );
    }
    // The nuclear lane never moves, yet the process as a whole does...
    for pair in steps.windows(2) {
        assert!(
            (progress(&pair[1], "track-3") - progress(&pair[0], "track-3")).abs() < f32::EPSILON
        );
        assert!(
            cumulative_progress(&session, &pair[1].board)
                > cumulative_progress(&session, &pair[0].board),
            "{}",
            pair[1].id
        );
    }
    // ...until the six parties meet, in the last step only...
    let last = steps.len() - 1;
    for (index, step) in steps.iter().enumerate() {
        assert_eq!(
            regional_gate(&session, step) == GateState::Open,
            index == last,
            "{}",
            step.id
        );
    }
    // ...which is where the file's own board stands.
    assert_eq!(steps[last].board, session.board);
}
