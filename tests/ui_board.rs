//! Interaction tests on the real app: find widgets by their accessible
//! role and label, click, type and drag them, and check the document.

#![allow(
    clippy::float_cmp,
    reason = "progress values here are whole numbers, exact in f32"
)]
mod support;

use egui::accesskit::Role;
use egui::{Key, Modifiers, Vec2};
use egui_kittest::kittest::Queryable;
use peacemap::model::rules::{cumulative_progress, stage_lock};
use peacemap::model::{BorderOptionId, BorderStatus, Lang, ParticipantId, Role as SeatRole};
use support::{LAPTOP, PROJECTOR, app_harness, click_in_view, lane, track};

#[test]
fn slider_moves_progress_and_the_gauge_and_unlocks_a_stage() {
    // The header's precise slider needs lanes of full height: at laptop
    // size the timeline leaves the lanes too short for it.
    let mut harness = app_harness(PROJECTOR);
    let before = cumulative_progress(harness.state().session(), &harness.state().session().board);
    harness.get_by_label(&format!("Cumulative progress, {before:.0}%"));
    let stage_2 = harness.state().session().sanctions[1].clone();
    assert!(
        !stage_lock(
            harness.state().session(),
            &harness.state().session().board,
            &stage_2
        )
        .is_unlocked(),
        "stage 2 starts locked"
    );

    // Stage 2 needs inter-Korean relations at its minimum and enough overall progress.
    harness
        .get_by_role_and_label(Role::Slider, "Inter-Korean relations progress")
        .set_value_accesskit(90.0);
    harness.run();
    harness
        .get_by_role_and_label(Role::Slider, "Economic measures progress")
        .set_value_accesskit(80.0);
    harness.run();

    let session = harness.state().session();
    assert_eq!(lane(session, "track-1").progress_pct, 90.0);
    assert_eq!(lane(session, "track-2").progress_pct, 80.0);
    let after = cumulative_progress(session, &session.board);
    assert!(
        after > before + 20.0,
        "gauge moved from {before} to {after}"
    );
    // The gauge shows the new figure, and stage 2 reads as unlocked.
    harness.get_by_label(&format!("Cumulative progress, {after:.0}%"));
    let stage_2_label = format!("Stage 2: {}, unlocked", stage_2.name.en);
    harness.get_by_label(&stage_2_label);
    assert!(
        stage_lock(
            harness.state().session(),
            &harness.state().session().board,
            &stage_2
        )
        .is_unlocked()
    );
}

#[test]
fn slider_follows_the_arrow_keys() {
    // The header's precise slider needs lanes of full height: at laptop
    // size the timeline leaves the lanes too short for it.
    let mut harness = app_harness(PROJECTOR);
    let before = lane(harness.state().session(), "track-3").progress_pct;
    harness
        .get_by_role_and_label(Role::Slider, "Nuclear security progress")
        .focus();
    harness.run();
    harness.key_press(Key::ArrowRight);
    harness.run();
    assert_eq!(
        lane(harness.state().session(), "track-3").progress_pct,
        before + 1.0
    );
}

#[test]
fn dragging_the_vehicle_sets_progress() {
    let mut harness = app_harness(LAPTOP);
    let before = lane(harness.state().session(), "track-3").progress_pct;
    let marker_label = format!("Nuclear security progress, {before:.0}%");
    let start = harness
        .get_by_role_and_label(Role::Slider, &marker_label)
        .rect()
        .center();
    harness.hover_at(start);
    harness.run();
    harness.drag_at(start);
    harness.run();
    for step in 1..=10 {
        harness.hover_at(start + Vec2::new(20.0 * step as f32, 0.0));
        harness.run();
    }
    harness.drop_at(start + Vec2::new(200.0, 0.0));
    harness.run();

    let after = lane(harness.state().session(), "track-3").progress_pct;
    assert!(
        after > before + 20.0,
        "dragging 200 px right moved {before}% to {after}%"
    );
    assert_eq!(after, after.round(), "dragging snaps to whole percents");
    // The marker's accessible name follows.
    harness.get_by_role_and_label(
        Role::Slider,
        &format!("Nuclear security progress, {after:.0}%"),
    );
    // One drag is one undo step.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        lane(harness.state().session(), "track-3").progress_pct,
        before
    );
}

#[test]
fn focused_vehicle_moves_with_arrow_keys() {
    let mut harness = app_harness(LAPTOP);
    let before = lane(harness.state().session(), "track-4").progress_pct;
    harness
        .get_by_role_and_label(
            Role::Slider,
            &format!("General security progress, {before:.0}%"),
        )
        .click();
    harness.run();
    harness.key_press(Key::ArrowRight);
    harness.run();
    harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    harness.run();
    assert_eq!(
        lane(harness.state().session(), "track-4").progress_pct,
        before + 11.0
    );
    harness.key_press(Key::ArrowLeft);
    harness.run();
    assert_eq!(
        lane(harness.state().session(), "track-4").progress_pct,
        before + 10.0
    );
}

#[test]
fn border_option_status_switches_in_place() {
    let mut harness = app_harness(LAPTOP);
    let interim = BorderOptionId::new("border-interim");
    let status = |h: &egui_kittest::Harness<'_, peacemap::app::PeacemapApp>| {
        h.state().session().board.border_status(&interim)
    };
    assert_eq!(status(&harness), Some(BorderStatus::OnTable));
    click_in_view(&mut harness, Role::RadioButton, "Interim border: Preferred");
    harness.run();
    assert_eq!(status(&harness), Some(BorderStatus::Preferred));
    harness.get_by_label("Border option: Interim border, preferred");
    click_in_view(&mut harness, Role::RadioButton, "Interim border: Rejected");
    harness.run();
    assert_eq!(status(&harness), Some(BorderStatus::Rejected));
}

#[test]
fn ratification_chip_toggles() {
    let mut harness = app_harness(PROJECTOR);
    harness
        .get_by_role_and_label(Role::CheckBox, "US ratification: pending")
        .click();
    harness.run();
    let us = ParticipantId::new("us");
    let ratified = harness
        .state()
        .session()
        .board
        .ratifications
        .iter()
        .find(|r| r.participant == us)
        .map(|r| r.status);
    assert_eq!(
        ratified,
        Some(peacemap::model::RatificationStatus::Ratified)
    );
    harness.get_by_role_and_label(Role::CheckBox, "US ratification: ratified");
}

#[test]
fn selecting_a_track_opens_the_inspector_and_renames_it() {
    let mut harness = app_harness(LAPTOP);
    harness
        .get_by_role_and_label(Role::Button, "Nuclear security")
        .click();
    harness.run();
    assert_eq!(
        harness
            .state()
            .selected
            .as_ref()
            .map(peacemap::model::TrackId::as_str),
        Some("track-3")
    );

    let name_field = harness.get_by_role_and_label(Role::TextInput, "Track name");
    name_field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Track name")
        .type_text("Nuclear and missiles");
    harness.run();
    assert_eq!(
        track(harness.state().session(), "track-3").name.en,
        "Nuclear and missiles"
    );
    // The lane header shows the new name.
    harness.get_by_role_and_label(Role::Button, "Nuclear and missiles");

    // Esc leaves the text field; a second Esc closes the inspector.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().selected.is_none());

    // Typing the whole name was one undo step.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        track(harness.state().session(), "track-3").name.en,
        "Nuclear security"
    );
    harness.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
    harness.run();
    assert_eq!(
        track(harness.state().session(), "track-3").name.en,
        "Nuclear and missiles"
    );
}

#[test]
fn inspector_edits_participants_and_milestones() {
    let mut harness = app_harness(PROJECTOR);
    harness
        .get_by_role_and_label(Role::Button, "Nuclear security")
        .click();
    harness.run();

    // Change the ROK's role from implementer to negotiator.
    harness.get_by_label("ROK role").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Negotiator")
        .click();
    harness.run();
    let rok = ParticipantId::new("rok");
    assert_eq!(
        lane(harness.state().session(), "track-3")
            .seat(&rok)
            .map(|s| s.role),
        Some(SeatRole::Negotiator)
    );

    // Seat China as an observer.
    harness.get_by_label("Participant to add").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "China").click();
    harness.run();
    harness.get_by_label("Role of participant to add").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Observer")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Add participant")
        .click();
    harness.run();
    let china = ParticipantId::new("china");
    assert_eq!(
        lane(harness.state().session(), "track-3")
            .seat(&china)
            .map(|s| s.role),
        Some(SeatRole::Observer)
    );
    // Its chip is on the lane.
    harness.get_by_role_and_label(Role::Button, "China, observer on Nuclear security");

    // Remove the US.
    harness
        .get_by_role_and_label(Role::Button, "Remove US")
        .click();
    harness.run();
    assert!(
        lane(harness.state().session(), "track-3")
            .seat(&ParticipantId::new("us"))
            .is_none()
    );

    // Add a milestone.
    let milestones_before = track(harness.state().session(), "track-3").milestones.len();
    harness
        .get_by_role_and_label(Role::TextInput, "New milestone name")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "New milestone name")
        .type_text("Warheads counted");
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Add milestone")
        .click();
    harness.run();
    let milestones = &track(harness.state().session(), "track-3").milestones;
    assert_eq!(milestones.len(), milestones_before + 1);
    assert!(milestones.iter().any(|m| m.name.en == "Warheads counted"));
}

#[test]
fn every_drawn_part_has_an_accessible_name() {
    let harness = app_harness(PROJECTOR);
    let session = harness.state().session().clone();
    for (number, track) in (1..).zip(&session.tracks) {
        let state = lane(&session, track.id.as_str());
        harness.get_by_label_contains(&format!("Lane {number}: {}", track.name.en));
        harness.get_by_role_and_label(
            Role::Slider,
            &format!("{} progress, {:.0}%", track.name.en, state.progress_pct),
        );
        for seat in &state.seats {
            let participant = session
                .participant(&seat.participant)
                .expect("known participant");
            harness.get_by_role_and_label(
                Role::Button,
                &format!(
                    "{}, {} on {}",
                    participant.short_label.en,
                    peacemap::i18n::message(Lang::En, seat.role.message_id(), None).to_lowercase(),
                    track.name.en
                ),
            );
        }
        for (index, milestone) in track.milestones.iter().enumerate() {
            harness.get_by_label_contains(&format!(
                "Milestone {}: {}",
                index + 1,
                milestone.name.en
            ));
        }
    }
    for (index, stage) in session.sanctions.iter().enumerate() {
        harness.get_by_label_contains(&format!("Stage {}: {}", index + 1, stage.name.en));
    }
    for option in &session.border.options {
        harness.get_by_label_contains(&format!("Border option: {}", option.name.en));
    }
}

#[test]
fn relief_stages_are_editable_in_place() {
    let mut harness = app_harness(PROJECTOR);
    let stage_3 = harness.state().session().sanctions[2].clone();
    click_in_view(&mut harness, Role::Button, "Edit Stage 3");
    harness.run();

    // Rename it.
    harness
        .get_by_role_and_label(Role::TextInput, "Stage 3 name")
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Stage 3 name")
        .type_text("Light industry");
    harness.run();
    assert_eq!(
        harness.state().session().sanctions[2].name.en,
        "Light industry"
    );
    assert_eq!(harness.state().session().sanctions[2].id, stage_3.id);

    // Drop the nuclear condition: with it gone, only cumulative progress is missing.
    let nuclear = harness
        .state()
        .session()
        .track(&peacemap::model::TrackId::new("track-3"))
        .map(|t| t.name.en.clone());
    let nuclear = nuclear.expect("bundled session has track 3");
    click_in_view(
        &mut harness,
        Role::Button,
        &format!("Remove Stage 3 minimum on {nuclear}"),
    );
    harness.run();
    let stage = harness.state().session().sanctions[2].clone();
    assert!(
        stage.track_minimums.is_empty(),
        "{:?}",
        stage.track_minimums
    );
    match stage_lock(
        harness.state().session(),
        &harness.state().session().board,
        &stage,
    ) {
        peacemap::model::rules::StageLock::Locked(missing) => {
            assert_eq!(missing.len(), 1, "{missing:?}");
        }
        peacemap::model::rules::StageLock::Unlocked => {
            panic!("stage 3 should still need cumulative progress")
        }
    }

    // Remove the stage altogether, then undo.
    let stages = harness.state().session().sanctions.len();
    click_in_view(&mut harness, Role::Button, "Remove Stage 3");
    harness.run();
    assert_eq!(harness.state().session().sanctions.len(), stages - 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().session().sanctions.len(), stages);
}

#[test]
fn adding_a_stage_opens_its_editor() {
    let mut harness = app_harness(PROJECTOR);
    let stages = harness.state().session().sanctions.len();
    // Below the fold of the side panel: scrolled to as a user would.
    click_in_view(&mut harness, Role::Button, "Add relief stage");
    harness.run();
    assert_eq!(harness.state().session().sanctions.len(), stages + 1);
    harness.get_by_role_and_label(Role::TextInput, &format!("Stage {} name", stages + 1));
}

#[test]
fn screen_readers_can_set_and_step_the_vehicle() {
    let mut harness = app_harness(LAPTOP);
    let label = "Humanitarian and cultural progress, 20%";
    harness
        .get_by_role_and_label(Role::Slider, label)
        .set_value_accesskit(64.4);
    harness.run();
    assert_eq!(
        lane(harness.state().session(), "track-5").progress_pct,
        64.0
    );
    harness
        .get_by_role_and_label(Role::Slider, "Humanitarian and cultural progress, 64%")
        .increment_accesskit();
    harness.run();
    assert_eq!(
        lane(harness.state().session(), "track-5").progress_pct,
        65.0
    );
    harness
        .get_by_role_and_label(Role::Slider, "Humanitarian and cultural progress, 65%")
        .decrement_accesskit();
    harness.run();
    assert_eq!(
        lane(harness.state().session(), "track-5").progress_pct,
        64.0
    );
}

#[test]
fn a_quick_flick_still_moves_the_vehicle_and_a_click_does_not() {
    let mut harness = app_harness(LAPTOP);
    let before = lane(harness.state().session(), "track-4").progress_pct;
    let label = format!("General security progress, {before:.0}%");
    let start = harness
        .get_by_role_and_label(Role::Slider, &label)
        .rect()
        .center();

    // A click (press and release in place) only focuses the vehicle.
    harness.hover_at(start);
    harness.run();
    harness.drag_at(start);
    harness.drop_at(start);
    harness.run();
    assert_eq!(
        lane(harness.state().session(), "track-4").progress_pct,
        before
    );

    // Press and move far within a single frame, then release.
    harness.drag_at(start);
    harness.hover_at(start + Vec2::new(150.0, 0.0));
    harness.run();
    harness.drop_at(start + Vec2::new(150.0, 0.0));
    harness.run();
    let after = lane(harness.state().session(), "track-4").progress_pct;
    assert!(after > before + 15.0, "flick moved {before}% to {after}%");
}

#[test]
fn help_menu_explains_roles_and_keys() {
    let mut harness = app_harness(LAPTOP);
    harness.get_by_role_and_label(Role::Button, "Help").click();
    harness.run();
    harness.get_by_label("Roles on the chips");
    harness.get_by_label("Move a focused vehicle by 1 %");
}

#[test]
fn right_clicking_a_lane_stalls_it() {
    let mut harness = app_harness(LAPTOP);
    harness
        .get_by_label_contains("Lane 3: Nuclear security")
        .click_secondary();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Stalled")
        .click();
    harness.run();
    assert_eq!(
        lane(harness.state().session(), "track-3").status,
        peacemap::model::TrackStatus::Stalled
    );
    harness.get_by_label_contains("Lane 3: Nuclear security, stalled");
}

#[test]
fn clearing_a_track_name_warns_before_saving_fails() {
    // The bundled names are bilingual, and a name is empty only when it is
    // blank in both languages: give track 3 an English name alone, then
    // clear it.
    let mut session = peacemap::app::PeacemapApp::with_bundled_session()
        .session()
        .clone();
    let nuclear = session
        .tracks
        .iter_mut()
        .find(|t| t.id.as_str() == "track-3")
        .expect("bundled session has track 3");
    nuclear.name.ko.clear();
    let mut harness = support::harness_for(peacemap::app::PeacemapApp::new(session), LAPTOP);
    harness
        .get_by_role_and_label(Role::Button, "Nuclear security")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Track name")
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    harness.run();
    assert_eq!(track(harness.state().session(), "track-3").name.en, "");
    harness.get_by_label_contains("A name is empty");
    // Saving is refused with a message that names the track, and nothing is written.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.ron");
    harness.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
    harness.run();
    assert!(harness.state_mut().take_dialog_request().is_some());
    harness
        .state_mut()
        .dialog_finished(peacemap::file_dialog::DialogReply::SaveAs(path.clone()));
    harness.run();
    assert!(!path.exists());
    let Some(peacemap::ui::modals::Modal::Error { message, .. }) = harness.state().modal().cloned()
    else {
        panic!("expected an error");
    };
    let message = message.get(Lang::En);
    assert!(message.contains("track-3"), "{message}");
}

/// A board whose progress is not a whole number (a hand-edited file, the
/// board between two steps) is shown as it is: the header slider, which
/// rounds what it shows, must not turn its rounding into an edit.
#[test]
fn a_fractional_progress_is_shown_without_an_edit() {
    let mut session = peacemap::io::bundled_session().expect("the bundled session loads");
    session.board.tracks[0].progress_pct = 12.4;
    session.board.tracks[1].progress_pct = 57.6;
    let before = session.clone();
    let mut harness = support::harness_for(peacemap::app::PeacemapApp::new(session), PROJECTOR);
    for _ in 0..4 {
        harness.run();
    }
    assert!(
        harness.state().document.undo_label().is_none(),
        "no edit was recorded: {:?}",
        harness.state().document.undo_label()
    );
    assert!(!harness.state().document.is_dirty());
    assert_eq!(harness.state().session(), &before);
}
