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
