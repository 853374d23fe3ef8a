//! The app's file handling, driven as a user would: menus and shortcuts
//! ask for dialogs (answered here instead of by a real dialog), prompts are
//! clicked by their labels, and files on disk are checked byte for byte.

#![allow(
    clippy::float_cmp,
    reason = "progress values here are whole numbers, exact in f32"
)]

mod support;

use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use peacemap::app::{AppDirs, PeacemapApp, PendingAction};
use peacemap::file_dialog::{DialogReply, DialogRequest};
use peacemap::ui::modals::Modal;
use support::{LAPTOP, harness_for, lane};

fn app_in(dir: &tempfile::TempDir) -> PeacemapApp {
    PeacemapApp::with_bundled_session().with_dirs(AppDirs {
        config: Some(dir.path().join("config")),
        data: Some(dir.path().join("data")),
    })
}

fn nudge_nuclear(harness: &mut egui_kittest::Harness<'_, PeacemapApp>) {
    harness
        .get_by_role_and_label(Role::Slider, "Nuclear security progress")
        .set_value_accesskit(55.0);
    harness.run();
}

#[test]
fn save_as_then_save_writes_the_file_and_clears_the_mark() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_for(app_in(&dir), LAPTOP);
    assert!(!harness.state().is_dirty());
    nudge_nuclear(&mut harness);
    assert!(harness.state().is_dirty());
    assert!(
        harness.state().window_title().starts_with("● "),
        "{}",
        harness.state().window_title()
    );

    // Ctrl+S on an unsaved session asks where to save.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let request = harness.state_mut().dialog_request.take();
    assert!(
        matches!(request, Some(DialogRequest::SaveAs { .. })),
        "{request:?}"
    );
    let path = dir.path().join("briefing.ron");
    harness
        .state_mut()
        .dialog_finished(DialogReply::SaveAs(path.clone()));
    harness.run();

    assert!(!harness.state().is_dirty());
    assert!(
        harness
            .state()
            .window_title()
            .starts_with("briefing.ron — "),
        "{}",
        harness.state().window_title()
    );
    let saved = peacemap::io::load_file(&path).unwrap();
    assert_eq!(saved, harness.state().session);
    assert_eq!(lane(&saved, "track-3").progress_pct, 55.0);
    assert_eq!(harness.state().recent.paths().first(), Some(&path));

    // A second change and Ctrl+S writes in place, keeping a backup.
    harness
        .get_by_role_and_label(Role::Slider, "Nuclear security progress")
        .set_value_accesskit(65.0);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.state().dialog_request.is_none());
    assert_eq!(
        lane(&peacemap::io::load_file(&path).unwrap(), "track-3").progress_pct,
        65.0
    );
    assert!(peacemap::io::backup_path(&path).exists());

    // Undo back past the save marks it unsaved again; redo makes it clean.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().is_dirty());
    harness.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
    harness.run();
    assert!(!harness.state().is_dirty());
}

#[test]
fn unsaved_changes_prompt_cancel_discard_and_save() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.ron");
    std::fs::copy("saves/stalled-nuclear.ron", &other).unwrap();

    let mut harness = harness_for(app_in(&dir), LAPTOP);
    nudge_nuclear(&mut harness);
    let edited = harness.state().session.clone();

    // Opening another file asks first; Cancel keeps everything.
    harness
        .state_mut()
        .request(PendingAction::Open(Some(other.clone())));
    harness.run();
    harness.get_by_label("Save changes?");
    harness
        .get_by_role_and_label(Role::Button, "Cancel")
        .click();
    harness.run();
    assert!(harness.state().modal.is_none());
    assert_eq!(harness.state().session, edited);
    assert!(harness.state().is_dirty());

    // Don't save: the other file opens and the edits are gone.
    harness
        .state_mut()
        .request(PendingAction::Open(Some(other.clone())));
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Don't save")
        .click();
    harness.run();
    assert_eq!(harness.state().path.as_deref(), Some(other.as_path()));
    assert_eq!(
        harness.state().session,
        peacemap::io::load_file(&other).unwrap()
    );
    assert!(!harness.state().is_dirty());

    // Save: with a file, saves in place and then starts the new session.
    nudge_nuclear(&mut harness);
    let edited = harness.state().session.clone();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Save").click();
    harness.run();
    assert_eq!(peacemap::io::load_file(&other).unwrap(), edited);
    assert!(
        harness.state().path.is_none(),
        "New starts an unsaved session"
    );
    assert_eq!(
        harness.state().session,
        peacemap::io::bundled_session().unwrap()
    );
}

#[test]
fn unsaved_prompt_on_new_without_a_file_goes_through_save_as() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_for(app_in(&dir), LAPTOP);
    nudge_nuclear(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Save").click();
    harness.run();
    assert!(matches!(
        harness.state_mut().dialog_request.take(),
        Some(DialogRequest::SaveAs { .. })
    ));
    let path = dir.path().join("kept.ron");
    harness
        .state_mut()
        .dialog_finished(DialogReply::SaveAs(path.clone()));
    harness.run();
    assert_eq!(
        lane(&peacemap::io::load_file(&path).unwrap(), "track-3").progress_pct,
        55.0
    );
    // …and then the new session started.
    assert!(harness.state().path.is_none());
    assert_eq!(lane(&harness.state().session, "track-3").progress_pct, 10.0);
}

#[test]
fn opening_a_broken_file_shows_line_and_column_and_keeps_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    let good = std::fs::read_to_string("saves/default.ron").unwrap();
    // Break a number on a known line.
    let broken_text = good.replacen("progress_pct: 10.0", "progress_pct: ten", 1);
    let line = broken_text
        .lines()
        .position(|l| l.contains("progress_pct: ten"))
        .unwrap()
        + 1;
    std::fs::write(&broken, &broken_text).unwrap();

    let mut harness = harness_for(app_in(&dir), LAPTOP);
    nudge_nuclear(&mut harness);
    let before = harness.state().session.clone();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    // Unsaved changes: don't save, then pick the broken file.
    harness
        .get_by_role_and_label(Role::Button, "Don't save")
        .click();
    harness.run();
    assert!(matches!(
        harness.state_mut().dialog_request.take(),
        Some(DialogRequest::Open { .. })
    ));
    harness
        .state_mut()
        .dialog_finished(DialogReply::Open(broken.clone()));
    harness.run();

    let Some(Modal::Error { message, .. }) = harness.state().modal.clone() else {
        panic!("expected an error, got {:?}", harness.state().modal);
    };
    assert!(message.contains(&format!("line {line}")), "{message}");
    assert!(message.contains("column"), "{message}");
    assert!(message.contains("broken.ron"), "{message}");
    harness.get_by_label_contains("Could not open the session");
    assert_eq!(
        harness.state().session,
        before,
        "the open session is untouched"
    );
    assert!(harness.state().path.is_none());
    harness.get_by_role_and_label(Role::Button, "OK").click();
    harness.run();
    assert!(harness.state().modal.is_none());
    assert_eq!(harness.state().session, before);
}

#[test]
fn recent_files_persist_in_the_config_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    std::fs::copy("saves/toll-road.ron", &path).unwrap();
    let mut app = app_in(&dir);
    app.open_file(&path);
    assert_eq!(app.recent.paths().first(), Some(&path));
    let reopened = app_in(&dir);
    assert_eq!(reopened.recent.paths().first(), Some(&path));
}

#[test]
fn crash_recovery_copy_is_offered_and_removed_only_after_a_choice() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_for(app_in(&dir), LAPTOP);
    nudge_nuclear(&mut harness);
    // 30 s after the last change the recovery copy is written.
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .autosave_if_due(&ctx, Instant::now() + Duration::from_secs(31));
    let copy = dir.path().join("data").join("recovery.ron");
    assert!(copy.exists(), "recovery copy written");
    let edited = harness.state().session.clone();
    drop(harness); // the "crash": the app goes away without saving

    let mut harness = harness_for(app_in(&dir), LAPTOP);
    harness.get_by_label("Restore unsaved work?");
    assert!(copy.exists(), "kept until the user chooses");
    harness
        .get_by_role_and_label(Role::Button, "Restore")
        .click();
    harness.run();
    assert_eq!(harness.state().session, edited);
    assert!(
        harness.state().is_dirty(),
        "restored work is not saved anywhere yet"
    );
    assert!(!copy.exists(), "removed once the user chose");

    // Discard also removes it, and keeps the bundled session.
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .autosave_if_due(&ctx, Instant::now() + Duration::from_secs(31));
    assert!(copy.exists());
    drop(harness);
    let mut harness = harness_for(app_in(&dir), LAPTOP);
    harness
        .get_by_role_and_label(Role::Button, "Discard")
        .click();
    harness.run();
    assert!(!copy.exists());
    assert_eq!(
        harness.state().session,
        peacemap::io::bundled_session().unwrap()
    );
}

#[test]
fn autosave_never_writes_over_the_users_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.ron");
    std::fs::copy("saves/default.ron", &path).unwrap();
    let original = std::fs::read(&path).unwrap();
    let mut harness = harness_for(app_in(&dir).with_file(&path), LAPTOP);
    nudge_nuclear(&mut harness);
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .autosave_if_due(&ctx, Instant::now() + Duration::from_secs(31));
    assert_eq!(std::fs::read(&path).unwrap(), original);
    assert!(dir.path().join("data").join("recovery.ron").exists());
}

/// The window's close button, as the windowing system reports it.
fn press_close_button(harness: &mut egui_kittest::Harness<'_, PeacemapApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    harness.run();
}

fn close_commands(harness: &egui_kittest::Harness<'_, PeacemapApp>) -> Vec<egui::ViewportCommand> {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_for(app_in(&dir), LAPTOP);

    nudge_nuclear(&mut harness);
    press_close_button(&mut harness);
    harness.get_by_label("Save changes?");
    // Cancel: the window stays, the work stays.
    harness
        .get_by_role_and_label(Role::Button, "Cancel")
        .click();
    harness.run();
    assert!(harness.state().is_dirty());
    assert_eq!(lane(&harness.state().session, "track-3").progress_pct, 55.0);

    // Don't save: the window is told to close.
    press_close_button(&mut harness);
    harness
        .get_by_role_and_label(Role::Button, "Don't save")
        .click();
    harness.step();
    let mut closed = close_commands(&harness).contains(&egui::ViewportCommand::Close);
    harness.step();
    closed |= close_commands(&harness).contains(&egui::ViewportCommand::Close);
    assert!(closed, "the app asked the window to close");
}
