//! File format version 4: scenarios of steps, each step a whole board, are
//! saved in the file. The golden files of every older version migrate to
//! exactly the expected version-4 files, version 4 is written back byte for
//! byte, a step's bilingual text, sources and seats are written on one line
//! like the live board's, and `scenarios` is required.

#![allow(
    clippy::expect_used,
    reason = "helpers outside #[test] functions; a failure there is a test failure"
)]

use std::fs;
use std::path::{Path, PathBuf};

use peacemap::io::{LoadErrorKind, TextPosition, load_str, to_ron_string};
use peacemap::model::{
    BoardRef, CURRENT_VERSION, Lang, ScenarioId, Source, StepId, Text, TrackStatus,
};

fn golden(name: &str) -> String {
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn this_build_writes_version_4() {
    assert_eq!(
        CURRENT_VERSION, 4,
        "a new version needs its own golden files"
    );
}

#[test]
fn golden_v1_v2_and_v2_as_v3_migrate_to_exactly_golden_v2_as_v4() {
    let expected_text = golden("v2-as-v4.ron");
    assert!(expected_text.contains("\n    version: 4,\n"));
    let expected = load_str(&expected_text).expect("v2-as-v4 opens");
    for older in ["v1.ron", "v2.ron", "v2-as-v3.ron"] {
        let session = load_str(&golden(older)).unwrap_or_else(|e| panic!("{older}: {e}"));
        assert_eq!(session, expected, "{older}");
        assert_eq!(
            to_ron_string(&session).expect("writes"),
            expected_text,
            "{older} is written as the expected file"
        );
    }
    assert!(expected.scenarios.is_empty());
}

#[test]
fn golden_v4_is_written_back_byte_for_byte() {
    let text = golden("v4.ron");
    let session = load_str(&text).expect("v4 opens");
    assert_eq!(to_ron_string(&session).expect("writes"), text);
}

#[test]
fn golden_v4_has_two_scenarios_of_bilingual_steps_with_every_kind_of_source() {
    let session = load_str(&golden("v4.ron")).expect("v4 opens");
    assert_eq!(session.scenarios.len(), 2);
    let steps: Vec<_> = session.scenarios.iter().flat_map(|s| &s.steps).collect();
    assert_eq!(
        session
            .scenarios
            .iter()
            .map(|s| s.steps.len())
            .collect::<Vec<_>>(),
        [3, 3]
    );
    assert_eq!(session.scenarios[1].name, Text::both("", "만약에"));
    let first = &session.scenarios[0].steps[0];
    assert_eq!(first.title, Text::both("The talks open", "회담 개시"));
    assert_eq!(first.date, Text::both("late 2018", "2018년 말"));
    assert_eq!(
        first.notes,
        Text::both("Both Koreas sit down.", "남북이 마주 앉는다.")
    );
    assert_eq!(
        session.scenarios[0].steps[1].notes.ko, "두 줄에 걸친\n메모.",
        "notes over several lines"
    );
    let kinds = [
        steps
            .iter()
            .any(|s| matches!(&s.source, Source::Work { detail, .. } if !detail.is_empty())),
        steps
            .iter()
            .any(|s| matches!(&s.source, Source::Work { detail, .. } if detail.is_empty())),
        steps
            .iter()
            .any(|s| matches!(s.source, Source::Context { .. })),
        steps
            .iter()
            .any(|s| matches!(&s.source, Source::Illustrative { note } if !note.is_empty())),
        steps
            .iter()
            .any(|s| matches!(&s.source, Source::Illustrative { note } if note.is_empty())),
        steps.iter().any(|s| s.source.is_unstated()),
    ];
    assert_eq!(kinds, [true; 6], "every kind of source on a step");
    // The boards differ from step to step and from the live board.
    let on = |scenario: &str, step: &str| BoardRef::Step {
        scenario: ScenarioId::new(scenario),
        step: StepId::new(step),
    };
    let third = session
        .board_at(&on("scenario-1", "step-3"))
        .expect("step 3");
    assert_eq!(third.tracks[0].status, TrackStatus::Stalled);
    assert!(third.regional_gate.is_some());
    assert_eq!(third.ratifications.len(), 1);
    let second = session
        .board_at(&on("scenario-1", "step-2"))
        .expect("step 2");
    assert_eq!(second.tracks[1].seats.len(), 2, "a participant moved");
    assert!(steps.iter().all(|s| s.board != session.board));
    assert_eq!(first.title.get(Lang::Ko), "회담 개시");
}

#[test]
fn a_steps_text_sources_and_seats_are_written_on_one_line() {
    let text = to_ron_string(&load_str(&golden("v4.ron")).expect("v4 opens")).expect("writes");
    for line in [
        "                    title: (en: \"The talks open\", ko: \"회담 개시\"),\n",
        "                    date: (en: \"late 2018\", ko: \"2018년 말\"),\n",
        "                    source: Context(citation: (en: \"Talks in Hanoi end without a deal\", ko: \"하노이 회담 결렬\"), date: \"2019-02-28\"),\n",
        "                    source: Illustrative(note: (en: \"Invented.\", ko: \"지어냄.\")),\n",
        "                                    (participant: \"dprk\", role: Negotiator, source: Work(part: \"Two tracks\", detail: \"moved\")),\n",
        "            name: (ko: \"만약에\"),\n",
    ] {
        assert!(text.contains(line), "{line}");
    }
    // A ratification keeps its fields on their own lines, as on the live board.
    assert!(text.contains(
        "                        ratifications: [\n                            (\n                                participant: \"unsc\",\n"
    ));
}

#[test]
fn a_version_4_file_must_say_scenarios_even_when_there_are_none() {
    let text = golden("v3-as-v4.ron");
    let without = text.replacen("    scenarios: [],\n", "", 1);
    assert_ne!(without, text);
    let error = load_str(&without).expect_err("scenarios is required");
    assert!(
        error.to_string().contains("`scenarios` is missing"),
        "{error}"
    );
}

/// The version-4 session refuses fields it does not have, and names them
/// all, `scenarios` last.
#[test]
fn a_misspelt_session_field_lists_scenarios() {
    let text = golden("v4.ron").replacen("    scenarios: [\n", "    scenario: [\n", 1);
    let error = load_str(&text).expect_err("misspelt");
    assert!(
        error
            .to_string()
            .contains("there is no field `scenario` here;")
            && error.to_string().contains("`board` or `scenarios`"),
        "{error}"
    );
}

/// `text` with the first `from` after `marker` replaced by `to`.
fn replace_after(text: &str, marker: &str, from: &str, to: &str) -> String {
    let start = text.find(marker).expect("the marker is in the file");
    let at = start + text[start..].find(from).expect("found after the marker");
    format!("{}{to}{}", &text[..at], &text[at + from.len()..])
}

/// The line and column of `key` on the first line at or after `marker`
/// that holds `line_holding`.
fn position_after(text: &str, marker: &str, line_holding: &str, key: &str) -> TextPosition {
    let start = text.find(marker).expect("the marker is in the file");
    let line_start = start + text[start..].find(line_holding).expect("the line");
    let line_start = text[..line_start].rfind('\n').map_or(0, |n| n + 1);
    let line = text[line_start..].lines().next().expect("a line");
    let at = line.find(key).expect("the key is on the line");
    TextPosition {
        line: text[..line_start].matches('\n').count() + 1,
        column: line[..at].chars().count() + 1,
    }
}

/// Each rule of scenarios and steps, broken once in the golden file: the
/// one problem, worded with its step, and where it is written.
#[test]
fn each_broken_scenario_rule_is_reported_where_it_is_written() {
    let golden = golden("v4.ron");
    // (after this, replace this, by this; the problem's line holds this,
    // at this key; the message)
    let cases: &[(&str, &str, &str, &str, &str, &str)] = &[
        (
            "id: \"step-2\"",
            "(participant: \"dprk\", role: Negotiator",
            "(participant: \"nobody\", role: Negotiator",
            "participant: \"nobody\"",
            "participant",
            "step \"step-2\" of scenario \"scenario-1\": seat 1 of track \"track-2\": there is no participant \"nobody\"",
        ),
        (
            "id: \"step-3\"",
            "participant: \"unsc\",\n",
            "participant: \"un\",\n",
            "participant: \"un\"",
            "participant",
            "step \"step-3\" of scenario \"scenario-1\": border ratification 1: there is no participant \"un\"",
        ),
        (
            "id: \"step-3\"",
            "track: \"track-2\",\n                            threshold_pct",
            "track: \"track-7\",\n                            threshold_pct",
            "track: \"track-7\"",
            "track",
            "step \"step-3\" of scenario \"scenario-1\": the regional gate: there is no track \"track-7\"",
        ),
        (
            "id: \"step-4\"",
            "progress_pct: 100.0,",
            "progress_pct: 100.5,",
            "progress_pct: 100.5",
            "progress_pct",
            "step \"step-4\" of scenario \"what-if\": track \"track-2\" (Economic measures): progress_pct 100.5 is outside 0–100",
        ),
        (
            "id: \"step-5\"",
            "(participant: \"rok\", role: Negotiator",
            "(participant: \"dprk\", role: Ratifier",
            "(participant: \"dprk\", role: Ratifier",
            "participant",
            "step \"step-5\" of scenario \"what-if\": track \"track-1\" (Inter-Korean relations): participant \"dprk\" is seated twice",
        ),
        (
            "id: \"step-6\"",
            "border_options: [\n                            (\n                                option: \"border-mdl\",\n                                status: Agreed,\n                            ),\n                        ],",
            "border_options: [],",
            "border_options: [],",
            "border_options",
            "step \"step-6\" of scenario \"what-if\": the board has no entry for option \"border-mdl\"; each needs exactly one",
        ),
        (
            "id: \"step-3\"",
            "id: \"what-if\",",
            "id: \"scenario-1\",",
            "id: \"scenario-1\"",
            "id",
            "two scenarios have the id \"scenario-1\"; ids must differ",
        ),
        (
            "id: \"step-4\"",
            "id: \"step-5\",",
            "id: \"step-2\",",
            "id: \"step-2\"",
            "id",
            "two steps of the session have the id \"step-2\"; ids must differ",
        ),
        (
            "    scenarios: [",
            "name: (ko: \"만약에\")",
            "name: (en: \" \", ko: \"\")",
            "name: (en: \" \"",
            "name",
            "scenario \"what-if\": name is empty",
        ),
        (
            "id: \"step-2\"",
            "source: Work(part: \"The border\")",
            "source: Work(part: \"The borders\")",
            "source: Work(part: \"The borders\")",
            "part",
            "step \"step-2\" (Relief is asked for): its source names the part \"The borders\" of the source work, which the attribution's parts do not list",
        ),
        (
            "    scenarios: [",
            "id: \"step-4\",",
            "id: \"\",",
            "id: \"\",",
            "id",
            "step 1 of scenario \"what-if\" has an empty id",
        ),
    ];
    for &(marker, from, to, line_holding, key, message) in cases {
        let text = replace_after(&golden, marker, from, to);
        let error = load_str(&text).expect_err("the file is refused");
        assert!(
            matches!(error.kind, LoadErrorKind::Invalid { .. }),
            "{to}: {error}"
        );
        assert_eq!(
            error.problems(Lang::En),
            [(
                Some(position_after(&text, marker, line_holding, key)),
                message.to_owned()
            )],
            "{to}"
        );
    }
}

/// A step whose board names a track the session does not have: the error
/// is at that reference, and the track it should have named is missing.
#[test]
fn a_step_naming_an_unknown_track_is_refused_at_the_reference() {
    let text = replace_after(
        &golden("v4.ron"),
        "id: \"step-2\"",
        "track: \"track-2\",",
        "track: \"track-9\",",
    );
    let error = load_str(&text).expect_err("the file is refused");
    assert_eq!(
        error.problems(Lang::En),
        [
            (
                Some(position_after(&text, "id: \"step-2\"", "tracks: [", "tracks")),
                "step \"step-2\" of scenario \"scenario-1\": the board has no entry for track \"track-2\"; each needs exactly one".to_owned()
            ),
            (
                Some(position_after(&text, "id: \"step-2\"", "track: \"track-9\"", "track")),
                "step \"step-2\" of scenario \"scenario-1\": board entry 2 of the tracks: there is no track \"track-9\"".to_owned()
            ),
        ]
    );
    assert_eq!(
        error.problems(Lang::Ko)[1].1,
        "시나리오 \"scenario-1\"의 단계 \"step-2\": 보드의 트랙 항목 2: \"track-9\"라는 트랙이 없습니다"
    );
}

/// A mistake the parser finds inside a step is placed by the scenario and
/// step it is in, in words, in both languages.
#[test]
fn a_parse_error_in_a_step_names_the_step_and_scenario() {
    let text = replace_after(
        &golden("v4.ron"),
        "id: \"step-5\"",
        "progress_pct: 50.0,",
        "progress_pct: \"half\",",
    );
    let error = load_str(&text).expect_err("the file is refused");
    let problems = error.problems(Lang::En);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        problems[0].0,
        Some(position_after(
            &text,
            "id: \"step-5\"",
            "\"half\"",
            "\"half\""
        ))
    );
    assert!(
        problems[0]
            .1
            .ends_with("for progress_pct of track 1 of board of step 2 of scenario 2"),
        "{}",
        problems[0].1
    );
    let korean = &error.problems(Lang::Ko)[0].1;
    assert!(korean.contains("시나리오 2의 단계 2"), "{korean}");
}
