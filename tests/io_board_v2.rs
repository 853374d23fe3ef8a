//! Version 2 keeps the board apart from the tracks: every track, relief
//! stage and border option needs exactly one board entry, and milestone
//! ids must differ within a track. Each broken rule is refused with the
//! line and column of the entry at fault.

#![allow(
    clippy::expect_used,
    reason = "helpers outside #[test] functions; a failure there is a test failure"
)]

use std::path::Path;

use peacemap::io::{Item, ItemKind, LoadErrorKind, ProblemKind, load_str};
use peacemap::model::Text;

fn golden_v2() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v2.ron"))
        .expect("golden v2")
}

/// The 1-based line of the first line of `text` containing `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle in text")
        + 1
}

/// Loads `text`, expects it refused as invalid, and returns each problem's
/// kind with its line.
fn problems(text: &str) -> Vec<(ProblemKind, Option<usize>)> {
    let error = load_str(text).expect_err("refused");
    match error.kind {
        LoadErrorKind::Invalid { problems } => problems
            .into_iter()
            .map(|p| (p.kind, p.position.map(|at| at.line)))
            .collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn a_board_entry_naming_an_unknown_track_is_refused_at_its_line() {
    let text = golden_v2().replacen("track: \"track-2\",", "track: \"track-9\",", 1);
    let found = problems(&text);
    assert!(
        found.contains(&(
            ProblemKind::UnknownTrack {
                item: Item::BoardTrackEntry { number: 2 },
                id: "track-9".to_owned(),
            },
            Some(line_of(&text, "track: \"track-9\"")),
        )),
        "{found:?}"
    );
    // And track 2, now without an entry, is reported too.
    assert!(
        found.iter().any(|(kind, _)| *kind
            == ProblemKind::MissingBoardEntry {
                what: ItemKind::Track,
                id: "track-2".to_owned(),
            }),
        "{found:?}"
    );
}

#[test]
fn two_board_entries_for_one_track_are_refused_at_the_second() {
    let text = golden_v2().replacen("track: \"track-2\",", "track: \"track-1\",", 1);
    let found = problems(&text);
    // Stage minimums name tracks too: count entries from the board on.
    let board = text.find("\n    board:").expect("a board");
    let second = text[board..]
        .match_indices("track: \"track-1\",")
        .nth(1)
        .map(|(at, _)| text[..board + at].lines().count())
        .expect("two entries");
    assert!(
        found.contains(&(
            ProblemKind::DuplicateBoardEntry {
                what: ItemKind::Track,
                id: "track-1".to_owned(),
            },
            Some(second),
        )),
        "{found:?}"
    );
}

#[test]
fn a_stage_without_a_board_entry_is_refused() {
    let text = golden_v2().replacen("stage: \"stage-2\",", "stage: \"stage-7\",", 1);
    let found = problems(&text);
    assert!(
        found.contains(&(
            ProblemKind::UnknownBoardEntry {
                what: ItemKind::SanctionsStage,
                id: "stage-7".to_owned(),
            },
            Some(line_of(&text, "stage: \"stage-7\"")),
        )),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(kind, _)| *kind
            == ProblemKind::MissingBoardEntry {
                what: ItemKind::SanctionsStage,
                id: "stage-2".to_owned(),
            }),
        "{found:?}"
    );
}

#[test]
fn two_milestones_of_one_track_with_one_id_are_refused_at_the_second() {
    let text = golden_v2().replacen("id: \"m-3-3\",", "id: \"m-3-2\",", 1);
    let found = problems(&text);
    let second = text
        .match_indices("id: \"m-3-2\",")
        .nth(1)
        .map(|(at, _)| text[..at].lines().count())
        .expect("two ids");
    assert!(
        found.contains(&(
            ProblemKind::DuplicateId {
                what: ItemKind::Milestone,
                id: "m-3-2".to_owned(),
            },
            Some(second),
        )),
        "{found:?}"
    );
}

#[test]
fn progress_out_of_range_on_the_board_points_at_the_board_entry() {
    let text = golden_v2().replacen("progress_pct: 15.0,", "progress_pct: 150.0,", 1);
    let found = problems(&text);
    assert_eq!(
        found,
        [(
            ProblemKind::OutOfRange {
                item: Item::Named {
                    kind: ItemKind::Track,
                    id: "track-2".to_owned(),
                    name: Text::en("Economic measures"),
                },
                field: "progress_pct",
                value: 150.0,
            },
            Some(line_of(&text, "progress_pct: 150.0")),
        )]
    );
}
