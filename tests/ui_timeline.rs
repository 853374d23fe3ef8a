//! The timeline as a user meets it: capture a step, jump between steps by
//! click and by ← / →, rename, re-date, annotate, reorder (by dragging a
//! card and by the keyboard) and delete steps, edit a step's board, and
//! make, copy, rename and delete scenarios. Each edit is then undone and
//! must give back exactly the session it started from.

#![allow(
    clippy::float_cmp,
    reason = "progress values here are whole numbers, exact in f32"
)]
mod support;

use egui::accesskit::Role;
use egui::{Key, Modifiers, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use peacemap::app::PeacemapApp;
use peacemap::command::ScenarioEdit;
use peacemap::model::{BoardRef, ScenarioId, Session, Source, StepId, Text, TrackId};
use support::{LAPTOP, harness_for};

/// The steps of the test story: title, date label, notes, where the
/// nuclear lane stands.
const STORY: [(&str, &str, &str, f32); 5] = [
    (
        "The triangle",
        "July 2018",
        "Two sets of talks, kept in step.",
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
        "Six tables meet; the first relief.",
        30.0,
    ),
    (
        "Nuclear lane stalls",
        "2020",
        "The other lanes keep moving.",
        35.0,
    ),
    (
        "Regional venue",
        "2021",
        "Breadth helps the nuclear file.",
        60.0,
    ),
];

/// The bundled session without its own scenarios, plus one scenario
/// "Story" of the five steps above, built with scenario edits as a user
/// would (the third step marked illustrative). The live board is left as
/// bundled.
fn story_session() -> Session {
    let mut session = peacemap::io::bundled_session()
        .unwrap_or_else(|e| panic!("the bundled session loads: {e}"));
    session.scenarios.clear();
    ScenarioEdit::AddScenario {
        name: Text::both("Story", "이야기"),
    }
    .apply(&mut session)
    .unwrap_or_else(|e| panic!("a scenario is added: {e}"));
    let scenario = session.scenarios[0].id.clone();
    let nuclear = TrackId::new("track-3");
    let mut after = None;
    for (title, date, notes, progress) in STORY {
        let mut board = session.board.clone();
        board
            .track_mut(&nuclear)
            .unwrap_or_else(|| panic!("the nuclear lane is on the board"))
            .progress_pct = progress;
        ScenarioEdit::CaptureStep {
            scenario: scenario.clone(),
            after: after.clone(),
            title: Text::en(title),
            date: Text::en(date),
            board: Box::new(board),
        }
        .apply(&mut session)
        .unwrap_or_else(|e| panic!("a step is captured: {e}"));
        let step = session.scenarios[0]
            .steps
            .last()
            .unwrap_or_else(|| panic!("the step"))
            .id
            .clone();
        ScenarioEdit::EditStep {
            scenario: scenario.clone(),
            step: step.clone(),
            field: peacemap::command::StepField::Notes,
            lang: peacemap::model::Lang::En,
            text: notes.to_owned(),
        }
        .apply(&mut session)
        .unwrap_or_else(|e| panic!("notes are written: {e}"));
        after = Some(step);
    }
    session.scenarios[0].steps[2].source = Source::illustrative();
    session
}

fn story_harness() -> Harness<'static, PeacemapApp> {
    harness_for(PeacemapApp::new(story_session()), LAPTOP)
}

fn session<'a>(harness: &'a Harness<'static, PeacemapApp>) -> &'a Session {
    harness.state().session()
}

/// The story's steps' titles, in order.
fn titles(harness: &Harness<'static, PeacemapApp>) -> Vec<String> {
    session(harness).scenarios[0]
        .steps
        .iter()
        .map(|s| s.title.en.clone())
        .collect()
}

fn step_id(harness: &Harness<'static, PeacemapApp>, index: usize) -> StepId {
    session(harness).scenarios[0].steps[index].id.clone()
}

fn scenario_id(harness: &Harness<'static, PeacemapApp>) -> ScenarioId {
    session(harness).scenarios[0].id.clone()
}

/// The board of the step at `index` of the story.
fn on_step(harness: &Harness<'static, PeacemapApp>, index: usize) -> BoardRef {
    BoardRef::Step {
        scenario: scenario_id(harness),
        step: step_id(harness, index),
    }
}

/// The accessible name of the card of the story's step at `index` (from 0).
fn card(index: usize) -> String {
    let (title, date, _, _) = STORY[index];
    format!("Step {}: {title}, {date}", index + 1)
}

fn click(harness: &mut Harness<'static, PeacemapApp>, role: Role, label: &str) {
    harness.get_by_role_and_label(role, label).click();
    harness.run();
}

fn press(harness: &mut Harness<'static, PeacemapApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

fn undo(harness: &mut Harness<'static, PeacemapApp>) {
    press(harness, Modifiers::COMMAND, Key::Z);
}

/// Selects all of a text field's text and types `text` over it.
fn retype(harness: &mut Harness<'static, PeacemapApp>, field: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, field)
        .focus();
    harness.run();
    press(harness, Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, field)
        .type_text(text);
    harness.run();
}

/// Selects all of the step notes' text and types `text` over it.
fn retype_notes(harness: &mut Harness<'static, PeacemapApp>, text: &str) {
    let field = "Step notes";
    harness
        .get_by_role_and_label(Role::MultilineTextInput, field)
        .focus();
    harness.run();
    press(harness, Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::MultilineTextInput, field)
        .type_text(text);
    harness.run();
}

#[test]
fn capture_records_the_board_on_screen_right_after_the_current_step() {
    let mut harness = story_harness();
    let before = session(&harness).clone();
    click(&mut harness, Role::Button, &card(1));
    click(&mut harness, Role::Button, "Capture step");

    let story = &session(&harness).scenarios[0];
    assert_eq!(story.steps.len(), 6);
    let captured = &story.steps[2];
    assert_eq!(captured.title.en, "Step 3");
    assert_eq!(
        captured.date.en, "late 2018",
        "dated like the step it follows"
    );
    assert_eq!(captured.board, story.steps[1].board, "the board on screen");
    assert_eq!(
        titles(&harness)[3..],
        ["Tracks open", "Nuclear lane stalls", "Regional venue"]
    );
    // The new step is on screen, and the banner and the strip say so.
    assert_eq!(harness.state().on, on_step(&harness, 2));
    harness.get_by_label("Editing step 3 of 6: \"Step 3\" — changes go to this step");
    harness.get_by_role_and_label(Role::Button, "Step 3: Step 3, late 2018");

    // Undo gives back the session exactly, and the timeline no longer
    // points at the step that is gone.
    undo(&mut harness);
    assert_eq!(*session(&harness), before);
    assert_eq!(harness.state().on, BoardRef::Live);
    harness.get_by_label("Live board — not part of a scenario");
}

#[test]
fn capture_from_the_live_board_records_it_after_the_last_step() {
    let mut harness = story_harness();
    harness
        .get_by_role_and_label(Role::Slider, "Economic measures progress, 15%")
        .set_value_accesskit(77.0);
    harness.run();
    press(
        &mut harness,
        Modifiers::COMMAND.plus(Modifiers::SHIFT),
        Key::C,
    );
    let story = &session(&harness).scenarios[0];
    let last = story.steps.last().unwrap_or_else(|| panic!("a step"));
    assert_eq!(story.steps.len(), 6);
    assert_eq!(last.title.en, "Step 6");
    assert_eq!(last.date.en, "2021");
    assert_eq!(last.board, session(&harness).board);
    assert_eq!(
        last.board
            .track(&TrackId::new("track-2"))
            .map(|t| t.progress_pct),
        Some(77.0)
    );
    assert_eq!(harness.state().on, on_step(&harness, 5));
}

#[test]
fn capture_without_a_scenario_starts_one() {
    let mut session_without = peacemap::io::bundled_session()
        .unwrap_or_else(|e| panic!("the bundled session loads: {e}"));
    session_without.scenarios.clear();
    let before = session_without.clone();
    let mut harness = harness_for(PeacemapApp::new(session_without), LAPTOP);
    harness.get_by_label("No scenario yet: set up the board, then \"Capture step\" starts one.");
    click(&mut harness, Role::Button, "Capture step");

    let scenarios = &session(&harness).scenarios;
    assert_eq!(scenarios.len(), 1);
    assert_eq!(scenarios[0].name, Text::both("Scenario 1", "시나리오 1"));
    assert_eq!(scenarios[0].steps.len(), 1);
    assert_eq!(scenarios[0].steps[0].title, Text::both("Step 1", "단계 1"));
    assert_eq!(scenarios[0].steps[0].board, before.board);
    harness.get_by_label("Editing step 1 of 1: \"Step 1\" — changes go to this step");
    // Two undo steps: the capture, then the new scenario.
    undo(&mut harness);
    undo(&mut harness);
    assert_eq!(*session(&harness), before);
    assert_eq!(harness.state().scenario, None);
}

#[test]
fn cards_jump_by_click_and_the_arrow_keys_step() {
    let mut harness = story_harness();
    harness.get_by_label("Live board — not part of a scenario");
    click(&mut harness, Role::Button, &card(3));
    assert_eq!(harness.state().on, on_step(&harness, 3));
    harness.get_by_label("Editing step 4 of 5: \"Nuclear lane stalls\" — changes go to this step");
    // The board shows the step's progress.
    harness.get_by_role_and_label(Role::Slider, "Nuclear security progress, 35%");

    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(harness.state().on, on_step(&harness, 4));
    // At the end, → stays and says so.
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(harness.state().on, on_step(&harness, 4));
    harness.get_by_label("This is the last step of Story.");
    for _ in 0..4 {
        press(&mut harness, Modifiers::NONE, Key::ArrowLeft);
    }
    assert_eq!(harness.state().on, on_step(&harness, 0));
    // Before the first step comes the live board.
    press(&mut harness, Modifiers::NONE, Key::ArrowLeft);
    assert_eq!(harness.state().on, BoardRef::Live);
    click(&mut harness, Role::Button, &card(2));
    click(&mut harness, Role::Button, "Live board");
    assert_eq!(harness.state().on, BoardRef::Live);

    // The View menu has both, with their keys shown.
    click(&mut harness, Role::Button, "View");
    click(&mut harness, Role::Button, "Next step Right");
    assert_eq!(harness.state().on, on_step(&harness, 0));
    // Jumping is not an edit.
    assert!(!harness.state().document.is_dirty());
}

#[test]
fn arrows_stay_with_a_focused_vehicle() {
    let mut harness = story_harness();
    click(&mut harness, Role::Button, &card(1));
    harness
        .get_by_role_and_label(Role::Slider, "Nuclear security progress, 20%")
        .click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(harness.state().on, on_step(&harness, 1), "no jump");
    let board = &session(&harness).scenarios[0].steps[1].board;
    assert_eq!(
        board
            .track(&TrackId::new("track-3"))
            .map(|t| t.progress_pct),
        Some(21.0),
        "the vehicle took the key"
    );
}

#[test]
fn a_focused_card_steps_with_the_arrows_and_focus_follows() {
    let mut harness = story_harness();
    click(&mut harness, Role::Button, &card(0));
    harness
        .get_by_role_and_label(Role::Button, &card(0))
        .focus();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(harness.state().on, on_step(&harness, 2));
    assert!(
        harness
            .get_by_role_and_label(Role::Button, &card(2))
            .is_focused(),
        "focus follows the step on screen"
    );
}

#[test]
fn a_steps_title_date_and_notes_are_edited_one_undo_step_each() {
    let mut harness = story_harness();
    click(&mut harness, Role::Button, &card(1));
    let before = session(&harness).clone();
    retype(&mut harness, "Step title", "Joint statement");
    retype(&mut harness, "Step date label", "autumn 2018");
    retype_notes(&mut harness, "Both leaders sign.");
    press(&mut harness, Modifiers::NONE, Key::Escape);

    let step = &session(&harness).scenarios[0].steps[1];
    assert_eq!(step.title.en, "Joint statement");
    assert_eq!(step.date.en, "autumn 2018");
    assert_eq!(step.notes.en, "Both leaders sign.");
    // The card shows it.
    harness.get_by_role_and_label(Role::Button, "Step 2: Joint statement, autumn 2018");
    harness.get_by_label("Editing step 2 of 5: \"Joint statement\" — changes go to this step");

    // One undo step per field, newest first.
    undo(&mut harness);
    assert_eq!(session(&harness).scenarios[0].steps[1].notes.en, STORY[1].2);
    assert_eq!(
        session(&harness).scenarios[0].steps[1].date.en,
        "autumn 2018"
    );
    undo(&mut harness);
    assert_eq!(session(&harness).scenarios[0].steps[1].date.en, "late 2018");
    assert_eq!(
        session(&harness).scenarios[0].steps[1].title.en,
        "Joint statement"
    );
    undo(&mut harness);
    assert_eq!(*session(&harness), before);
}

#[test]
fn dragging_a_card_moves_the_step() {
    let mut harness = story_harness();
    let before = session(&harness).clone();
    let from = harness
        .get_by_role_and_label(Role::Button, &card(0))
        .rect()
        .center();
    let target = harness.get_by_role_and_label(Role::Button, &card(2)).rect();
    // Onto the right half of step 3: the step goes after it.
    let to = target.center() + Vec2::new(target.width() / 4.0, 0.0);
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=10 {
        harness.hover_at(from + (to - from) * (step as f32 / 10.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();

    assert_eq!(
        titles(&harness),
        [
            "Opening statement",
            "Tracks open",
            "The triangle",
            "Nuclear lane stalls",
            "Regional venue"
        ]
    );
    // Only the order changed: same steps, same boards.
    let mut moved = session(&harness).scenarios[0].steps.clone();
    moved.sort_by(|a, b| a.id.cmp(&b.id));
    let mut original = before.scenarios[0].steps.clone();
    original.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(moved, original);
    assert_eq!(
        harness.state().document.undo_label().map(|l| l.en.clone()),
        Some("Move the step The triangle".to_owned())
    );
    undo(&mut harness);
    assert_eq!(*session(&harness), before);
}

#[test]
fn move_buttons_reorder_the_steps_by_keyboard() {
    let mut harness = story_harness();
    let before = session(&harness).clone();
    click(&mut harness, Role::Button, &card(3));
    click(&mut harness, Role::Button, "Move earlier");
    click(&mut harness, Role::Button, "Move earlier");
    assert_eq!(
        titles(&harness),
        [
            "The triangle",
            "Nuclear lane stalls",
            "Opening statement",
            "Tracks open",
            "Regional venue"
        ]
    );
    // The moved step stays on screen, now second.
    harness.get_by_label("Editing step 2 of 5: \"Nuclear lane stalls\" — changes go to this step");
    click(&mut harness, Role::Button, "Move later");
    assert_eq!(titles(&harness)[2], "Nuclear lane stalls");
    undo(&mut harness);
    undo(&mut harness);
    undo(&mut harness);
    assert_eq!(*session(&harness), before);
}

#[test]
fn deleting_a_step_shows_the_one_before_and_undo_brings_it_back() {
    let mut harness = story_harness();
    let before = session(&harness).clone();
    click(&mut harness, Role::Button, &card(2));
    click(&mut harness, Role::Button, "Delete step");
    assert_eq!(
        titles(&harness),
        [
            "The triangle",
            "Opening statement",
            "Nuclear lane stalls",
            "Regional venue"
        ]
    );
    assert_eq!(harness.state().on, on_step(&harness, 1));
    harness.get_by_label("Deleted the step \"Tracks open\". Undo (Ctrl+Z) brings it back.");
    assert!(
        harness
            .query_by_role_and_label(Role::Button, &card(2))
            .is_none(),
        "its card is gone"
    );
    undo(&mut harness);
    assert_eq!(*session(&harness), before);
    harness.get_by_role_and_label(Role::Button, &card(2));
}

#[test]
fn board_edits_on_a_step_change_that_step_only() {
    let mut harness = story_harness();
    let before = session(&harness).clone();
    click(&mut harness, Role::Button, &card(1));
    harness.get_by_label("Editing step 2 of 5: \"Opening statement\" — changes go to this step");
    harness
        .get_by_role_and_label(Role::Slider, "Economic measures progress, 15%")
        .set_value_accesskit(64.0);
    harness.run();

    let after = session(&harness);
    let progress = |board: &peacemap::model::Board| {
        board
            .track(&TrackId::new("track-2"))
            .map(|t| t.progress_pct)
    };
    assert_eq!(progress(&after.scenarios[0].steps[1].board), Some(64.0));
    assert_eq!(after.board, before.board, "the live board is untouched");
    for index in [0, 2, 3, 4] {
        assert_eq!(
            after.scenarios[0].steps[index].board,
            before.scenarios[0].steps[index].board
        );
    }
    // Back on the live board, the edit is not there.
    click(&mut harness, Role::Button, "Live board");
    harness.get_by_label("Live board — not part of a scenario");
    assert_ne!(
        harness
            .state()
            .shown_board()
            .track(&TrackId::new("track-2"))
            .map(|t| t.progress_pct),
        Some(64.0)
    );
    undo(&mut harness);
    assert_eq!(*session(&harness), before);
}

#[test]
fn scenarios_are_made_copied_renamed_and_deleted() {
    let mut harness = story_harness();
    let before = session(&harness).clone();

    // Duplicate: a copy right after it, in both languages, shown.
    click(&mut harness, Role::Button, &card(1));
    click(&mut harness, Role::Button, "Duplicate");
    let scenarios = &session(&harness).scenarios;
    assert_eq!(scenarios.len(), 2);
    assert_eq!(
        scenarios[1].name,
        Text::both("Story (copy)", "이야기 (사본)")
    );
    assert_eq!(scenarios[1].steps.len(), 5);
    assert_eq!(harness.state().scenario.as_ref(), Some(&scenarios[1].id));
    assert_eq!(
        harness.state().on,
        BoardRef::Step {
            scenario: scenarios[1].id.clone(),
            step: scenarios[1].steps[1].id.clone()
        },
        "the copy of the step on screen"
    );
    let copy = session(&harness).clone();

    // Rename the copy in place.
    click(&mut harness, Role::Button, "Rename");
    retype(&mut harness, "Scenario name", "Stalled story");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(session(&harness).scenarios[1].name.en, "Stalled story");
    assert_eq!(session(&harness).scenarios[1].name.ko, "이야기 (사본)");
    harness.get_by_role_and_label(Role::ComboBox, "Scenario");
    undo(&mut harness);
    assert_eq!(*session(&harness), copy, "the rename was one undo step");

    // Delete it: no question, the status bar says how to undo.
    click(&mut harness, Role::Button, "Delete");
    assert_eq!(session(&harness).scenarios.len(), 1);
    harness.get_by_label(
        "Deleted the scenario \"Story (copy)\" and its 5 steps. Undo (Ctrl+Z) brings it back.",
    );
    assert_eq!(harness.state().on, BoardRef::Live);
    assert_eq!(harness.state().scenario, Some(scenario_id(&harness)));
    undo(&mut harness);
    assert_eq!(*session(&harness), copy);
    undo(&mut harness);
    assert_eq!(*session(&harness), before);

    // New: an empty scenario, shown, with its name ready to type.
    click(&mut harness, Role::Button, "New");
    let scenarios = &session(&harness).scenarios;
    assert_eq!(scenarios.len(), 2);
    assert_eq!(scenarios[1].name.en, "Scenario 2");
    assert!(scenarios[1].steps.is_empty());
    assert_eq!(harness.state().scenario.as_ref(), Some(&scenarios[1].id));
    harness.get_by_label("No steps yet: set up the board, then \"Capture step\" records it.");
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Scenario name")
            .is_focused()
    );
    press(&mut harness, Modifiers::NONE, Key::Escape);
    undo(&mut harness);
    assert_eq!(*session(&harness), before);
}

#[test]
fn the_picker_switches_scenarios() {
    let mut harness = story_harness();
    click(&mut harness, Role::Button, &card(0));
    click(&mut harness, Role::Button, "Duplicate");
    click(&mut harness, Role::ComboBox, "Scenario");
    click(&mut harness, Role::Button, "Story");
    let first = scenario_id(&harness);
    assert_eq!(harness.state().scenario, Some(first));
    // A step of the other scenario is no longer on screen.
    assert_eq!(harness.state().on, BoardRef::Live);
}

#[test]
fn the_strip_scrolls_to_the_step_on_screen() {
    let mut harness = story_harness();
    let editor_left = LAPTOP[0] - peacemap::ui::Theme::screen().step_editor_width;
    let last = harness.get_by_role_and_label(Role::Button, &card(4)).rect();
    assert!(
        last.right() > editor_left,
        "the last card starts out of view: {last:?}"
    );
    for _ in 0..5 {
        press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    }
    assert_eq!(harness.state().on, on_step(&harness, 4));
    let last = harness.get_by_role_and_label(Role::Button, &card(4)).rect();
    assert!(
        last.left() >= 0.0 && last.right() < editor_left,
        "the card on screen is scrolled into view: {last:?}"
    );
}

#[test]
fn a_cards_menu_moves_and_deletes_that_step() {
    let mut harness = story_harness();
    let before = session(&harness).clone();
    harness
        .get_by_role_and_label(Role::Button, &card(0))
        .click_secondary();
    harness.run();
    click(&mut harness, Role::Button, "Move later");
    assert_eq!(titles(&harness)[..2], ["Opening statement", "The triangle"]);
    // The last card is past the strip's edge: scroll to it first.
    let last = "Step 5: Regional venue, 2021";
    harness
        .get_by_role_and_label(Role::Button, last)
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, last)
        .click_secondary();
    harness.run();
    click(&mut harness, Role::Button, "Delete step");
    assert_eq!(titles(&harness).len(), 4);
    assert!(!titles(&harness).contains(&"Regional venue".to_owned()));
    // The live board stays on screen: the deleted step was not shown.
    assert_eq!(harness.state().on, BoardRef::Live);
    undo(&mut harness);
    undo(&mut harness);
    assert_eq!(*session(&harness), before);
}

#[test]
fn the_timeline_speaks_korean() {
    let mut harness = story_harness();
    peacemap::i18n::set_lang(&harness.ctx, peacemap::model::Lang::Ko);
    harness.run();
    harness.get_by_label("현재 보드 — 시나리오에 속하지 않습니다");
    // Steps written only in English show in English under Korean words.
    click(
        &mut harness,
        Role::Button,
        "단계 2: Opening statement, late 2018",
    );
    harness
        .get_by_label("단계 2/5 편집 중: \"Opening statement\" — 변경 사항은 이 단계에 저장됩니다");
    click(&mut harness, Role::Button, "단계 기록");
    assert_eq!(
        session(&harness).scenarios[0].steps[2].title,
        Text::both("Step 3", "단계 3")
    );
    harness.get_by_role_and_label(Role::Button, "단계 3: 단계 3, late 2018");
}
