//! Image snapshots of the board, compared against `tests/snapshots/*.png`.
//!
//! They need a GPU driver (Mesa lavapipe in CI), so they only build with
//! `--features snapshots`. Refresh them with
//! `UPDATE_SNAPSHOTS=1 cargo test --features snapshots --test ui_snapshots`.

#![cfg(feature = "snapshots")]

mod support;

use egui_kittest::kittest::Queryable;
use support::{LAPTOP, PROJECTOR, app_harness};

#[test]
fn default_board_at_laptop_size() {
    let mut harness = app_harness(LAPTOP);
    harness.snapshot("board_1280x720");
}

#[test]
fn default_board_at_projector_size() {
    let mut harness = app_harness(PROJECTOR);
    harness.snapshot("board_1920x1080");
}

#[test]
fn inspector_open_at_laptop_size() {
    let mut harness = app_harness(LAPTOP);
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Nuclear security")
        .click();
    harness.run();
    harness.snapshot("inspector_1280x720");
}

#[test]
fn board_in_korean_at_projector_size() {
    let mut harness = app_harness(PROJECTOR);
    peacemap::i18n::set_lang(&harness.ctx, peacemap::model::Lang::Ko);
    harness.run();
    // Hangul comes from the bundled font, not from the system.
    assert!(peacemap::ui::fonts::is_installed(&harness.ctx));
    harness.get_by_label("가상 시나리오");
    harness.snapshot("board_ko_1920x1080");
}

#[test]
fn timeline_with_a_story_at_laptop_size() {
    use peacemap::command::{ScenarioEdit, StepField};
    use peacemap::model::{Lang, Source, Text, TrackId};
    // A story of six steps, built as a user would with scenario edits; the
    // third is illustrative (its card is marked ≈).
    let steps = [
        (
            "The triangle",
            "July 2018",
            "Two sets of talks kept in step.",
            10.0,
        ),
        (
            "Opening statement",
            "late 2018",
            "A joint statement opens every track.",
            20.0,
        ),
        (
            "Tracks open",
            "2019",
            "Six tables meet; the first staged relief.",
            30.0,
        ),
        (
            "Nuclear lane stalls",
            "2020",
            "The other lanes keep moving.",
            32.0,
        ),
        (
            "Regional venue",
            "2021",
            "Breadth helps the nuclear file.",
            55.0,
        ),
        (
            "Ratification",
            "2022",
            "The United States and China ratify.",
            70.0,
        ),
    ];
    let mut session = peacemap::io::bundled_session()
        .unwrap_or_else(|e| panic!("the bundled session loads: {e}"));
    session.scenarios.clear();
    ScenarioEdit::AddScenario {
        name: Text::both("Story", "이야기"),
    }
    .apply(&mut session)
    .unwrap_or_else(|e| panic!("a scenario is added: {e}"));
    let scenario = session.scenarios[0].id.clone();
    let mut after = None;
    for (title, date, notes, progress) in steps {
        let mut board = session.board.clone();
        if let Some(nuclear) = board.track_mut(&TrackId::new("track-3")) {
            nuclear.progress_pct = progress;
        }
        let step = session.fresh_step_id();
        ScenarioEdit::CaptureStep {
            scenario: scenario.clone(),
            after: after.take(),
            title: Text::en(title),
            date: Text::en(date),
            board: Box::new(board),
        }
        .apply(&mut session)
        .unwrap_or_else(|e| panic!("a step is captured: {e}"));
        ScenarioEdit::EditStep {
            scenario: scenario.clone(),
            step: step.clone(),
            field: StepField::Notes,
            lang: Lang::En,
            text: notes.to_owned(),
        }
        .apply(&mut session)
        .unwrap_or_else(|e| panic!("notes are written: {e}"));
        after = Some(step);
    }
    session.scenarios[0].steps[2].source = Source::illustrative();
    let mut harness = support::harness_for(peacemap::app::PeacemapApp::new(session), LAPTOP);
    harness
        .get_by_role_and_label(
            egui::accesskit::Role::Button,
            "Step 4: Nuclear lane stalls, 2020",
        )
        .click();
    harness.run();
    harness.get_by_label("Editing step 4 of 6: \"Nuclear lane stalls\" — changes go to this step");
    harness.snapshot("timeline_1280x720");
}
