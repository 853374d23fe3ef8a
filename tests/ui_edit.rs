//! Everything a drag does on the board, done instead by keyboard (focus and
//! key presses) or as a screen reader does (AccessKit actions on widgets
//! found by role and label); adding and removing tracks and participants,
//! with the confirmation that says what a removal takes with it. Each test
//! checks the document and the screen, then undoes and checks that the
//! document is exactly what it was.

#![allow(
    clippy::float_cmp,
    reason = "progress values here are whole numbers, exact in f32"
)]
mod support;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use peacemap::app::PeacemapApp;
use peacemap::command::{Command, ScenarioEdit};
use peacemap::model::{
    ParticipantId, ParticipantKind, Role as SeatRole, ScenarioId, Session, Text, TrackId,
};
use peacemap::ui::Theme;
use peacemap::ui::modals::Modal;
use peacemap::ui::ui_command::UiCommand;
use support::{PROJECTOR, app_harness, harness_for, lane, track};

type App = Harness<'static, PeacemapApp>;

/// Opens the inspector on the track named `name` by its lane header, as a
/// screen reader's "click" does.
fn inspect(harness: &mut App, name: &str) {
    harness
        .get_by_role_and_label(Role::Button, name)
        .click_accesskit();
    harness.run();
}

/// Scrolls the widget into view and clicks it as a screen reader does.
fn press(harness: &mut App, role: Role, label: &str) {
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click_accesskit();
    harness.run();
}

/// Puts the keyboard on the widget and presses `key`, as a keyboard user
/// does after tabbing to it.
fn focus_and_press(harness: &mut App, role: Role, label: &str, key: Key) {
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).focus();
    harness.run();
    harness.key_press(key);
    harness.run();
}

fn undo_by_keyboard(harness: &mut App) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

/// Asserts the app's document is exactly `expected`, naming the part that
/// differs (a whole session printed is thousands of lines).
fn assert_document(harness: &App, expected: &Session, what: &str) {
    let now = harness.state().session();
    if now == expected {
        return;
    }
    let parts = [
        ("participants", now.participants == expected.participants),
        ("tracks", now.tracks == expected.tracks),
        ("relief stages", now.sanctions == expected.sanctions),
        ("live board", now.board == expected.board),
        ("scenarios", now.scenarios == expected.scenarios),
    ];
    let differ: Vec<_> = parts
        .iter()
        .filter(|(_, same)| !same)
        .map(|(p, _)| *p)
        .collect();
    panic!(
        "{what}: the document differs in {differ:?}; undo label now {:?}; \
         live seats now {:?}",
        harness.state().document.undo_label().map(|l| l.en.clone()),
        now.board
            .tracks
            .iter()
            .map(|t| (t.track.to_string(), t.seats.len()))
            .collect::<Vec<_>>()
    );
}

fn session(harness: &App) -> Session {
    harness.state().session().clone()
}

fn seat_ids(session: &Session, id: &str) -> Vec<String> {
    lane(session, id)
        .seats
        .iter()
        .map(|s| s.participant.to_string())
        .collect()
}

fn lane_order(session: &Session) -> Vec<String> {
    session.tracks.iter().map(|t| t.id.to_string()).collect()
}

/// The bundled session without its stories, so that what a removal lists
/// does not follow the bundled story's edits.
fn bundled_without_stories() -> Session {
    let mut session = peacemap::io::bundled_session()
        .unwrap_or_else(|e| panic!("the bundled session loads: {e}"));
    session.scenarios.clear();
    session
}

/// The bundled session with one scenario, "Story", of one captured step:
/// the live board as it is (the bundled stories taken out).
fn session_with_a_step() -> (Session, ScenarioId) {
    let mut session = bundled_without_stories();
    Command::from(ScenarioEdit::AddScenario {
        name: Text::both("Story", "이야기"),
    })
    .apply(&mut session)
    .unwrap_or_else(|e| panic!("a scenario is added: {e}"));
    let scenario = session.scenarios[0].id.clone();
    Command::from(ScenarioEdit::CaptureStep {
        scenario: scenario.clone(),
        after: None,
        title: Text::en("Start"),
        date: Text::en("2019"),
        board: Box::new(session.board.clone()),
    })
    .apply(&mut session)
    .unwrap_or_else(|e| panic!("a step is captured: {e}"));
    (session, scenario)
}

#[test]
fn a_chip_moves_to_another_lane_from_the_inspector() {
    let mut harness = app_harness(PROJECTOR);
    let original = session(&harness);
    inspect(&mut harness, "Nuclear security");

    // Lanes where the US already sits are offered but disabled.
    press(&mut harness, Role::ComboBox, "Move US to track");
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "2 Economic measures")
            .accesskit_node()
            .is_disabled(),
        "the US already sits at Economic measures"
    );
    press(&mut harness, Role::Button, "5 Humanitarian and cultural");

    let now = session(&harness);
    assert_eq!(seat_ids(&now, "track-3"), ["dprk", "rok"]);
    assert_eq!(seat_ids(&now, "track-5"), ["rok", "dprk", "us"]);
    let moved = lane(&now, "track-5").seat(&ParticipantId::new("us"));
    assert_eq!(
        moved.map(|s| s.role),
        Some(SeatRole::Negotiator),
        "the seat keeps its role"
    );
    harness.get_by_label("US, negotiator on Humanitarian and cultural");
    assert_eq!(
        harness.state().document.undo_label().map(|l| l.en.as_str()),
        Some("Move US to Humanitarian and cultural")
    );

    undo_by_keyboard(&mut harness);
    assert_document(&harness, &original, "undo restores the document exactly");
}

#[test]
fn a_chip_moves_along_its_table_by_keyboard() {
    let mut harness = app_harness(PROJECTOR);
    let original = session(&harness);
    inspect(&mut harness, "Nuclear security");
    // The first seat cannot go earlier; the last cannot go later.
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "Move US earlier")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "Move ROK later")
            .accesskit_node()
            .is_disabled()
    );

    focus_and_press(&mut harness, Role::Button, "Move US later", Key::Enter);
    assert_eq!(
        seat_ids(&session(&harness), "track-3"),
        ["dprk", "us", "rok"]
    );
    focus_and_press(&mut harness, Role::Button, "Move ROK earlier", Key::Space);
    assert_eq!(
        seat_ids(&session(&harness), "track-3"),
        ["dprk", "rok", "us"]
    );
    // The inspector lists the seats in their new order.
    let labels: Vec<String> = harness
        .query_all_by_role(Role::ComboBox)
        .filter_map(|node| node.accesskit_node().label())
        .filter(|label| label.ends_with(" role") && !label.starts_with("Role"))
        .collect();
    assert_eq!(labels, ["DPRK role", "ROK role", "US role"]);

    undo_by_keyboard(&mut harness);
    undo_by_keyboard(&mut harness);
    assert_document(&harness, &original, "undo restores the document exactly");
}

#[test]
fn a_participant_is_seated_from_the_inspector() {
    let mut harness = app_harness(PROJECTOR);
    let original = session(&harness);
    inspect(&mut harness, "Nuclear security");
    press(&mut harness, Role::ComboBox, "Participant to add");
    press(&mut harness, Role::Button, "China");
    press(&mut harness, Role::Button, "Add participant");

    let now = session(&harness);
    assert_eq!(seat_ids(&now, "track-3"), ["us", "dprk", "rok", "china"]);
    harness.get_by_label("China, negotiator on Nuclear security");

    undo_by_keyboard(&mut harness);
    assert_document(&harness, &original, "undo restores the document exactly");
    assert!(
        harness
            .query_by_label("China, negotiator on Nuclear security")
            .is_none(),
        "the chip is gone again"
    );
}

#[test]
fn a_chip_is_removed_by_keyboard() {
    let mut harness = app_harness(PROJECTOR);
    let original = session(&harness);
    inspect(&mut harness, "Nuclear security");
    focus_and_press(&mut harness, Role::Button, "Remove US", Key::Enter);

    assert_eq!(seat_ids(&session(&harness), "track-3"), ["dprk", "rok"]);
    assert!(
        harness
            .query_by_label("US, negotiator on Nuclear security")
            .is_none()
    );

    undo_by_keyboard(&mut harness);
    assert_document(&harness, &original, "undo restores the document exactly");
    harness.get_by_label("US, negotiator on Nuclear security");
}

#[test]
fn lanes_are_reordered_by_keyboard_without_taking_the_track_keys() {
    let mut harness = app_harness(PROJECTOR);
    let original = session(&harness);
    inspect(&mut harness, "Nuclear security");

    harness.key_press_modifiers(Modifiers::ALT | Modifiers::SHIFT, Key::ArrowUp);
    harness.run();
    let now = session(&harness);
    assert_eq!(
        lane_order(&now),
        [
            "track-1", "track-3", "track-2", "track-4", "track-5", "track-6"
        ]
    );
    // Still the same track in the inspector, now lane 2, on screen too.
    assert_eq!(harness.state().selected, Some(TrackId::new("track-3")));
    harness.get_by_label("Track 2");
    harness.get_by_label_contains("Lane 2: Nuclear security");
    assert_eq!(
        harness.state().document.undo_label().map(|l| l.en.as_str()),
        Some("Move Nuclear security to lane 2")
    );

    // Alt+↓ alone still selects the next track and moves nothing.
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().selected, Some(TrackId::new("track-2")));
    assert_eq!(lane_order(&session(&harness)), lane_order(&now));

    // The inspector's buttons do the same: Economic measures goes back up.
    focus_and_press(&mut harness, Role::Button, "Move lane up", Key::Enter);
    assert_eq!(lane_order(&session(&harness)), lane_order(&original));

    undo_by_keyboard(&mut harness);
    undo_by_keyboard(&mut harness);
    assert_document(&harness, &original, "undo restores the document exactly");
}

#[test]
fn the_vehicle_moves_to_a_milestone_from_the_inspector() {
    let mut harness = app_harness(PROJECTOR);
    let original = session(&harness);
    assert_eq!(lane(&original, "track-3").progress_pct, 10.0);
    inspect(&mut harness, "Nuclear security");
    press(
        &mut harness,
        Role::Button,
        "Move the vehicle to milestone 2",
    );

    assert_eq!(lane(&session(&harness), "track-3").progress_pct, 30.0);
    harness.get_by_role_and_label(Role::Slider, "Nuclear security progress, 30%");
    harness.get_by_label("Milestone 2 reached");
    // Already there: the button says so and does nothing.
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "Move the vehicle to milestone 2")
            .accesskit_node()
            .is_disabled()
    );

    undo_by_keyboard(&mut harness);
    assert_document(&harness, &original, "undo restores the document exactly");
    harness.get_by_label("Milestone 2 not reached yet");
}

#[test]
fn a_track_is_added_below_the_selected_one_on_every_board() {
    let (start, scenario) = session_with_a_step();
    let mut harness = harness_for(PeacemapApp::new(start.clone()), PROJECTOR);
    inspect(&mut harness, "Nuclear security");
    press(&mut harness, Role::Button, "Add track below");

    let now = session(&harness);
    assert_eq!(now.tracks.len(), 7);
    let added = &now.tracks[3];
    assert_eq!(added.id, TrackId::new("track-7"));
    assert_eq!(added.name.get(peacemap::model::Lang::En), "New track 1");
    let step = &now.scenario(&scenario).expect("the scenario").steps[0];
    let state = step
        .board
        .track(&added.id)
        .expect("the step has the new track");
    assert!(state.seats.is_empty() && state.progress_pct == 0.0);
    assert!(now.board.track(&added.id).is_some());
    // Selected, its name field has the keyboard: typing names it at once.
    assert_eq!(harness.state().selected, Some(added.id.clone()));
    harness.get_by_label("Track 4");
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Track name")
            .is_focused(),
        "the new track's name field has the keyboard"
    );
    harness
        .get_by_role_and_label(Role::TextInput, "Track name")
        .type_text(" for trade");
    harness.run();
    assert_eq!(
        track(&session(&harness), "track-7").name.en,
        "New track 1 for trade"
    );
    harness.get_by_role_and_label(Role::Button, "New track 1 for trade");

    harness.state_mut().run_ui_command(UiCommand::Undo);
    harness.state_mut().run_ui_command(UiCommand::Undo);
    harness.run();
    assert_document(&harness, &start, "undo restores the document exactly");
    assert_eq!(
        harness.state().selected,
        None,
        "the gone track is not selected"
    );
}

#[test]
fn removing_a_track_says_what_goes_and_cancel_keeps_it() {
    let (start, scenario) = session_with_a_step();
    let mut harness = harness_for(PeacemapApp::new(start.clone()), PROJECTOR);
    inspect(&mut harness, "Nuclear security");
    press(&mut harness, Role::Button, "Remove track…");

    let Some(Modal::ConfirmRemoval { .. }) = harness.state().modal() else {
        panic!("a confirmation is shown");
    };
    harness.get_by_label("Remove the track “Nuclear security”?");
    harness.get_by_label("Lane 3, “Nuclear security”, goes, and with it:");
    harness.get_by_label("• its place on the live board (10 %) and its 3 seats: US, DPRK, ROK");
    harness.get_by_label("• its entries in 1 step of “Story”, with 3 seats in all");
    harness
        .get_by_label("• its minimum in 2 relief stages: Civilian trade, Investment and finance");
    press(&mut harness, Role::Button, "Cancel");
    assert!(harness.state().modal().is_none());
    assert_document(&harness, &start, "Cancel changes nothing");

    press(&mut harness, Role::Button, "Remove track…");
    press(&mut harness, Role::Button, "Remove track");
    let now = session(&harness);
    let gone = TrackId::new("track-3");
    assert!(now.track(&gone).is_none());
    assert!(now.board.track(&gone).is_none());
    let step = &now.scenario(&scenario).expect("the scenario").steps[0];
    assert!(
        step.board.track(&gone).is_none(),
        "the step's board loses it"
    );
    assert!(
        now.sanctions
            .iter()
            .all(|s| s.track_minimums.iter().all(|m| m.track != gone))
    );
    assert_eq!(harness.state().selected, None);
    assert!(harness.query_by_label("Nuclear security").is_none());

    undo_by_keyboard(&mut harness);
    assert_document(&harness, &start, "undo restores the document exactly");
    harness.get_by_role_and_label(Role::Button, "Nuclear security");
}

/// Opens Edit ▸ Participants… as a screen reader does.
fn open_participants(harness: &mut App) {
    press(harness, Role::Button, "Edit");
    press(harness, Role::Button, "Participants…");
    harness.get_by_label("New participant's short label");
}

#[test]
fn a_participant_is_added_from_the_participants_window() {
    let mut harness = app_harness(PROJECTOR);
    let original = session(&harness);
    open_participants(&mut harness);
    // Every participant is listed, with name, kind and where it sits.
    harness.get_by_label(
        "China: People's Republic of China, State. Sits at: 1 Inter-Korean relations, \
         2 Economic measures, 6 Regional security",
    );
    harness.get_by_label("OPCW: Organisation for the Prohibition of Chemical Weapons, International body. Sits at no track of the live board");

    let label = harness.get_by_role_and_label(Role::TextInput, "New participant's short label");
    label.focus();
    label.type_text("EU");
    harness.run();
    let full = harness.get_by_role_and_label(Role::TextInput, "New participant's full name");
    full.focus();
    full.type_text("European Union");
    harness.run();
    press(&mut harness, Role::ComboBox, "New participant's kind");
    press(&mut harness, Role::Button, "International body");
    press(&mut harness, Role::Button, "Colour 3, not used yet");
    press(&mut harness, Role::Button, "Add new participant");

    let now = session(&harness);
    assert_eq!(now.participants.len(), original.participants.len() + 1);
    let added = now.participants.last().expect("a participant");
    assert_eq!(added.id, ParticipantId::new("participant-1"));
    assert_eq!(added.short_label.en, "EU");
    assert_eq!(added.full_name.en, "European Union");
    assert_eq!(added.kind, ParticipantKind::InternationalBody);
    assert_eq!(added.colour, Theme::PARTICIPANT_PALETTE[2]);
    harness
        .get_by_label("EU: European Union, International body. Sits at no track of the live board");
    // It can be seated at once, from the inspector's list.
    assert_eq!(
        harness
            .get_by_role_and_label(Role::Button, "Colour 3, used by EU")
            .accesskit_node()
            .label()
            .as_deref(),
        Some("Colour 3, used by EU")
    );

    harness.state_mut().run_ui_command(UiCommand::Undo);
    harness.run();
    assert_document(&harness, &original, "undo restores the document exactly");
}

#[test]
fn removing_a_seated_participant_says_where_it_sits_and_cancel_keeps_it() {
    let (start, _) = session_with_a_step();
    let mut harness = harness_for(PeacemapApp::new(start.clone()), PROJECTOR);
    open_participants(&mut harness);
    press(&mut harness, Role::Button, "Remove China from the session…");

    harness.get_by_label("Remove China?");
    harness.get_by_label(
        "China sits at: 1 Inter-Korean relations, 2 Economic measures, 6 Regional security; \
         and in 1 step of “Story”",
    );
    harness.get_by_label(
        "China ratifies the border agreement (on 2 boards); that ratification goes too.",
    );
    press(&mut harness, Role::Button, "Cancel");
    assert!(harness.state().modal().is_none());
    assert_document(&harness, &start, "Cancel changes nothing");

    press(&mut harness, Role::Button, "Remove China from the session…");
    press(&mut harness, Role::Button, "Remove China from the session");
    let now = session(&harness);
    let china = ParticipantId::new("china");
    assert!(now.participant(&china).is_none());
    for board in now.boards() {
        assert!(board.tracks.iter().all(|t| t.seat(&china).is_none()));
        assert!(board.ratification(&china).is_none());
    }
    assert!(harness.query_by_label_contains("China:").is_none());

    undo_by_keyboard(&mut harness);
    assert_document(&harness, &start, "undo restores the document exactly");
}

#[test]
fn a_participant_seated_nowhere_goes_at_once_and_undo_brings_it_back() {
    let mut harness = harness_for(PeacemapApp::new(bundled_without_stories()), PROJECTOR);
    let original = session(&harness);
    open_participants(&mut harness);
    press(&mut harness, Role::Button, "Remove OPCW from the session…");

    assert!(
        harness.state().modal().is_none(),
        "nothing else goes: no question"
    );
    assert!(
        session(&harness)
            .participant(&ParticipantId::new("opcw"))
            .is_none()
    );
    harness.get_by_label("Removed OPCW, who sat nowhere. Undo brings it back.");

    undo_by_keyboard(&mut harness);
    assert_document(&harness, &original, "undo restores the document exactly");
}

/// The label of the widget that has the keyboard.
#[expect(
    clippy::redundant_closure_for_method_calls,
    reason = "the method path is not general enough over the node's lifetime"
)]
fn focused_label(harness: &App) -> Option<String> {
    harness
        .query_by(|node| node.is_focused())
        .and_then(|node| node.accesskit_node().label())
}

#[test]
fn the_new_controls_are_reached_with_tab_in_order() {
    let mut harness = app_harness(PROJECTOR);
    inspect(&mut harness, "Nuclear security");
    harness
        .get_by_role_and_label(Role::Button, "Move lane up")
        .focus();
    harness.run();
    let mut reached = vec![focused_label(&harness)];
    for _ in 0..3 {
        harness.key_press(Key::Tab);
        harness.run();
        reached.push(focused_label(&harness));
    }
    assert_eq!(
        reached,
        [
            "Move lane up",
            "Move lane down",
            "Add track below",
            "Remove track…"
        ]
        .map(|l| Some(l.to_owned()))
    );

    // A seat's row: role, Remove, then its moves.
    harness
        .get_by_role_and_label(Role::ComboBox, "DPRK role")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::ComboBox, "DPRK role")
        .focus();
    harness.run();
    let mut reached = vec![focused_label(&harness)];
    for _ in 0..4 {
        harness.key_press(Key::Tab);
        harness.run();
        reached.push(focused_label(&harness));
    }
    assert_eq!(
        reached,
        [
            "DPRK role",
            "Remove DPRK",
            "Move DPRK to track",
            "Move DPRK earlier",
            "Move DPRK later"
        ]
        .map(|l| Some(l.to_owned()))
    );
    // Enter on Remove track… asks, as a click does.
    harness
        .get_by_role_and_label(Role::Button, "Remove track…")
        .focus();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(matches!(
        harness.state().modal(),
        Some(Modal::ConfirmRemoval { .. })
    ));
}

#[test]
fn the_bundled_story_is_named_where_a_participant_sits() {
    let session = peacemap::io::bundled_session()
        .unwrap_or_else(|e| panic!("the bundled session loads: {e}"));
    let china = ParticipantId::new("china");
    let steps = session
        .scenarios
        .iter()
        .find(|s| s.name.en == "The proposal's story")
        .map(|story| {
            story
                .steps
                .iter()
                .filter(|step| step.board.tracks.iter().any(|t| t.seat(&china).is_some()))
                .count()
        });
    let Some(steps) = steps.filter(|n| *n > 0) else {
        eprintln!("skipped: the bundled session no longer seats China in “The proposal's story”");
        return;
    };
    let sentence =
        peacemap::ui::participants::where_it_sits(&session, &china, peacemap::model::Lang::En);
    assert_eq!(
        sentence.as_deref(),
        Some(
            format!(
                "China sits at: 1 Inter-Korean relations, 2 Economic measures, 6 Regional security; \
                 and in {steps} steps of “The proposal's story”"
            )
            .as_str()
        )
    );
    // In Korean too, with the story's Korean name.
    let korean =
        peacemap::ui::participants::where_it_sits(&session, &china, peacemap::model::Lang::Ko)
            .unwrap_or_default();
    assert!(korean.contains("“제안의 줄거리”"), "{korean}");
}

#[test]
fn on_a_step_the_inspectors_seat_moves_edit_that_step() {
    let (start, scenario) = session_with_a_step();
    let step = start.scenarios[0].steps[0].id.clone();
    let mut app = PeacemapApp::new(start.clone());
    app.on = peacemap::model::BoardRef::Step {
        scenario: scenario.clone(),
        step: step.clone(),
    };
    let mut harness = harness_for(app, PROJECTOR);
    inspect(&mut harness, "Nuclear security");
    press(&mut harness, Role::ComboBox, "Move US to track");
    press(&mut harness, Role::Button, "5 Humanitarian and cultural");

    let now = session(&harness);
    let on_step = &now.scenarios[0].steps[0].board;
    let seats = |board: &peacemap::model::Board, id: &str| -> Vec<String> {
        board
            .track(&TrackId::new(id))
            .map(|t| t.seats.iter().map(|s| s.participant.to_string()).collect())
            .unwrap_or_default()
    };
    assert_eq!(seats(on_step, "track-5"), ["rok", "dprk", "us"]);
    assert_eq!(now.board, start.board, "the live board is untouched");

    undo_by_keyboard(&mut harness);
    assert_document(&harness, &start, "undo restores the document exactly");
}
