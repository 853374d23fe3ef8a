//! The app shell's layout as a keyboard or screen-reader user meets it.

mod support;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable};
use peacemap::app::PeacemapApp;
use peacemap::file_dialog::DialogRequest;
use peacemap::preferences::Preferences;
use support::{LAPTOP, app_harness, harness_for};

#[allow(
    clippy::redundant_closure_for_method_calls,
    reason = "the node type lives in a crate this one does not depend on"
)]
/// Presses Tab `times` times and returns the label of the focused widget
/// after each press.
fn tab_through(
    harness: &mut egui_kittest::Harness<'_, peacemap::app::PeacemapApp>,
    times: usize,
) -> Vec<String> {
    let mut visited = Vec::new();
    for _ in 0..times {
        harness.key_press(Key::Tab);
        harness.run();
        let focused = harness
            .query_by(|node| node.is_focused())
            .map(|node| node.accesskit_node().label().unwrap_or_default())
            .unwrap_or_default();
        visited.push(focused);
    }
    visited
}

/// Bug 10 (first half): Tab went through the menus, then the whole relief
/// and border panel, and reached the board last.
#[test]
fn tab_reaches_the_lanes_before_the_side_panel() {
    let mut harness = app_harness(LAPTOP);
    let visited = tab_through(&mut harness, 90);
    let position = |what: &str, matches: &dyn Fn(&str) -> bool| {
        visited
            .iter()
            .position(|label| matches(label))
            .unwrap_or_else(|| panic!("Tab never reached {what}: {visited:#?}"))
    };
    assert_eq!(
        visited[..4],
        ["File", "Edit", "View", "Help"],
        "{visited:#?}"
    );
    let first_lane = position("lane 1", &|l| l.starts_with("Lane 1: "));
    let last_lane = position("lane 6", &|l| l.starts_with("Lane 6: "));
    let side = position("the relief or border panel", &|l| {
        l.contains("ratification") || l.starts_with("Interim border")
    });
    // Then the language toggle at the menu bar's end, the attribution
    // strip's About button above the board, the palette's "Add
    // participant…" (its chips are no Tab stops), the side panel's resize
    // handle, and the lanes.
    assert!(
        visited[4].starts_with("Language: "),
        "the language toggle ends the menu bar: {visited:#?}"
    );
    let about = position("About this map", &|l| l == "About this map");
    let palette = position("the palette", &|l| l == "Add participant…");
    assert!(
        about < palette && palette < first_lane && first_lane <= 8,
        "the first lane comes right after the menu bar and the strip: {visited:#?}"
    );
    assert!(
        last_lane < side,
        "every lane comes before the side panel: {visited:#?}"
    );
}

#[test]
fn zoom_and_last_folder_are_kept_between_runs() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lesson.ron");
    std::fs::copy("saves/toll-road.ron", &file).unwrap();

    // First run: open a file (its folder becomes the last folder), zoom in.
    let app = PeacemapApp::with_bundled_session()
        .with_preferences(Preferences::load(None))
        .with_file(&file);
    let mut harness = harness_for(app, LAPTOP);
    harness.get_by_role_and_label(Role::Button, "View").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Zoom in Ctrl+Plus")
        .click();
    harness.run();
    let zoomed = harness.ctx.zoom_factor();
    assert!(zoomed > 1.0, "{zoomed}");
    let mut storage = peacemap::preferences::MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    drop(harness);

    // Next run, no file open: the zoom is back and Open starts in that folder.
    let app =
        PeacemapApp::with_bundled_session().with_preferences(Preferences::load(Some(&storage)));
    let mut harness = harness_for(app, LAPTOP);
    assert!((harness.ctx.zoom_factor() - zoomed).abs() < 1e-6);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    assert_eq!(
        harness.state_mut().take_dialog_request(),
        Some(DialogRequest::Open {
            folder: Some(dir.path().to_path_buf())
        })
    );
}
