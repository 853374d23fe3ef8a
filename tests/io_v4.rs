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

use peacemap::io::{load_str, to_ron_string};
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
