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

/// Mid-drag: China's chip held over General security, the lane outlined
/// and the insertion line before the DPRK, the chip following the pointer,
/// its place on Inter-Korean relations faded, the remove area outlined.
#[test]
fn chip_mid_drag_at_laptop_size() {
    let mut harness = app_harness(LAPTOP);
    let role = egui::accesskit::Role::Button;
    let china = harness
        .get_by_role_and_label(role, "China, ratifier on Inter-Korean relations")
        .rect()
        .center();
    let over = harness
        .get_by_role_and_label(role, "DPRK, negotiator on General security")
        .rect()
        .center()
        - egui::Vec2::new(8.0, 0.0);
    harness.hover_at(china);
    harness.run();
    harness.drag_at(china);
    harness.run();
    for step in 1..=8 {
        harness.hover_at(china + (over - china) * (step as f32 / 8.0));
        harness.run();
    }
    harness.snapshot("drag_chip_1280x720");
}

#[test]
fn timeline_with_the_bundled_story_at_laptop_size() {
    let mut harness = app_harness(LAPTOP);
    let steps = harness
        .state()
        .session()
        .scenarios
        .first()
        .map_or(0, |s| s.steps.len());
    assert!(steps >= 5, "the bundled story has {steps} steps");
    harness
        .get_by_label_contains("Step 4: The nuclear lane stalls")
        .click();
    harness.run();
    harness.get_by_label_contains("Editing step 4 of");
    harness.snapshot("timeline_1280x720");
}

#[test]
fn baseline_comparison_at_projector_size() {
    use peacemap::model::{
        BoardRef, ParticipantId, Role, Scenario, ScenarioId, Seat, Source, Step, StepId, TrackId,
        TrackStatus,
    };
    // A story of two steps: the bundled board, then an illustrative one
    // where the nuclear lane stalls back and China joins Economic measures.
    let mut app = peacemap::app::PeacemapApp::with_bundled_session();
    let mut session = app.session().clone();
    session.scenarios.clear();
    let start = session.board.clone();
    let mut stall = start.clone();
    if let Some(nuclear) = stall.track_mut(&TrackId::new("track-3")) {
        nuclear.progress_pct = 4.0;
        nuclear.status = TrackStatus::Stalled;
    }
    if let Some(economy) = stall.track_mut(&TrackId::new("track-2")) {
        economy.progress_pct = 35.0;
        economy.seats.push(Seat {
            participant: ParticipantId::new("japan"),
            role: Role::Observer,
            source: Source::illustrative(),
        });
    }
    let step = |id: &str, title: &str, source: Source, board| Step {
        id: StepId::new(id),
        title: title.into(),
        date: "2019".into(),
        notes: peacemap::model::Text::default(),
        source,
        board,
    };
    session.scenarios.push(Scenario {
        id: ScenarioId::new("scenario-1"),
        name: "What if the nuclear lane stalls".into(),
        steps: vec![
            step("step-1", "Start", Source::Unstated, start),
            step("step-2", "Stall", Source::illustrative(), stall),
        ],
    });
    app = peacemap::app::PeacemapApp::new(session);
    app.on = BoardRef::Step {
        scenario: ScenarioId::new("scenario-1"),
        step: StepId::new("step-2"),
    };
    app.baseline.step = Some(StepId::new("step-1"));
    let mut harness = support::harness_for(app, PROJECTOR);
    harness.get_by_label("Nuclear security: from 10% to 4%, stalled");
    harness.get_by_label("Japan joins Economic measures as observer");
    harness.snapshot("baseline_1920x1080");
}
