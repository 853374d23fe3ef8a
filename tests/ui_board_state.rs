//! What format 2 changed for a user: the armistice notes are edited in
//! place, and a milestone is reached by the vehicle, never by a checkbox.

mod support;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use support::{PROJECTOR, app_harness, lane};

#[test]
fn typing_armistice_notes_edits_the_session_in_one_undo_step() {
    let mut harness = app_harness(PROJECTOR);
    let before = harness.state().session().border.armistice.notes.clone();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Armistice notes")
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Armistice notes")
        .type_text("Keep the armistice until a peace treaty is ratified.");
    harness.run();
    // The field edits the current language (English); the Korean notes stay.
    let notes = &harness.state().session().border.armistice.notes;
    assert_eq!(
        notes.en,
        "Keep the armistice until a peace treaty is ratified."
    );
    assert_eq!(notes.ko, before.ko);
    // Leave the field, then undo: the whole burst of typing goes at once.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().session().border.armistice.notes, before);
}

#[test]
fn a_milestone_is_reached_when_the_vehicle_passes_it() {
    let mut harness = app_harness(PROJECTOR);
    harness
        .get_by_role_and_label(Role::Button, "Nuclear security")
        .click();
    harness.run();
    // Nuclear security stands at 10 %; its second sign is at 30 %.
    assert!((lane(harness.state().session(), "track-3").progress_pct - 10.0).abs() < 0.01);
    harness.get_by_label("Milestone 2 not reached yet");
    // Reached is shown, not set: there is no checkbox for it any more.
    assert!(
        harness
            .query_by_role_and_label(Role::CheckBox, "Milestone 2 reached")
            .is_none(),
        "no milestone checkbox"
    );
    harness
        .get_by_role_and_label(Role::Slider, "Nuclear security progress")
        .set_value_accesskit(30.0);
    harness.run();
    harness.get_by_label("Milestone 2 reached");
    harness.get_by_label("Milestone 3 not reached yet");
}
