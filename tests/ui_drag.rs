//! Drag and drop on the real app, driven as a user would: find the chip,
//! lane header, palette chip or vehicle by its accessible role and label,
//! press, move in steps, release; then check the document changed exactly
//! as expected, and that one undo (Ctrl+Z) restores it exactly.

#![allow(
    clippy::float_cmp,
    reason = "progress values here are whole numbers, exact in f32"
)]
mod support;

use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use peacemap::app::PeacemapApp;
use peacemap::model::{Lang, ParticipantId, Role as SeatRole, Session, TrackId};
use peacemap::ui::Theme;
use peacemap::ui::lane::LaneGeometry;
use support::{LAPTOP, app_harness, lane};

type App = Harness<'static, PeacemapApp>;

/// The centre of the widget with `role` and `label`.
fn centre_of(harness: &App, role: Role, label: &str) -> Pos2 {
    harness.get_by_role_and_label(role, label).rect().center()
}

/// The rect of the lane whose accessible name starts "Lane `number`:".
fn lane_rect(harness: &App, number: usize) -> egui::Rect {
    let prefix = format!("Lane {number}: ");
    harness
        .query_all_by_role(Role::Button)
        .find(|node| {
            node.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(&prefix))
        })
        .unwrap_or_else(|| panic!("no lane {number}"))
        .rect()
}

/// Presses at `from`, moves to `to` in steps (frames between), and leaves
/// the pointer there, still pressed.
fn drag_to(harness: &mut App, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=8 {
        harness.hover_at(from + (to - from) * (step as f32 / 8.0));
        harness.run();
    }
}

/// A whole drag from `from` to `to`, released there.
fn drag_and_drop(harness: &mut App, from: Pos2, to: Pos2) {
    drag_to(harness, from, to);
    harness.drop_at(to);
    harness.run();
}

fn undo(harness: &mut App) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

fn seated(session: &Session, track: &str) -> Vec<(String, SeatRole)> {
    lane(session, track)
        .seats
        .iter()
        .map(|s| (s.participant.to_string(), s.role))
        .collect()
}

fn undo_label(harness: &App) -> String {
    harness
        .state()
        .document
        .undo_label()
        .map(|l| l.get(Lang::En).to_owned())
        .unwrap_or_default()
}

/// Asserts one undo brings the session back exactly to `original`.
fn undo_restores(harness: &mut App, original: &Session) {
    undo(harness);
    assert!(
        harness.state().session() == original,
        "one undo restores the session exactly"
    );
}

#[test]
fn a_chip_dragged_to_another_lane_moves_there_keeping_its_role() {
    let mut harness = app_harness(LAPTOP);
    let original = harness.state().session().clone();
    let china = centre_of(
        &harness,
        Role::Button,
        "China, ratifier on Inter-Korean relations",
    );
    // Onto General security (lane 4), before its second chip (DPRK).
    let dprk_on_4 = centre_of(
        &harness,
        Role::Button,
        "DPRK, negotiator on General security",
    );
    drag_and_drop(&mut harness, china, dprk_on_4 - Vec2::new(8.0, 0.0));

    let session = harness.state().session();
    assert_eq!(
        seated(session, "track-4"),
        [
            ("rok".to_owned(), SeatRole::Negotiator),
            ("china".to_owned(), SeatRole::Ratifier),
            ("dprk".to_owned(), SeatRole::Negotiator),
            ("us".to_owned(), SeatRole::Negotiator),
        ]
    );
    assert!(
        lane(session, "track-1")
            .seat(&ParticipantId::new("china"))
            .is_none()
    );
    // Only that seat moved: everything else is as it was.
    let mut expected = original.clone();
    let moved = expected.board.tracks[0].seats.remove(3);
    expected.board.tracks[3].seats.insert(1, moved);
    assert!(session == &expected, "nothing else changed");
    // On screen, under its new lane's name; the undo menu says what it was.
    harness.get_by_role_and_label(Role::Button, "China, ratifier on General security");
    assert_eq!(undo_label(&harness), "Move China to General security");
    undo_restores(&mut harness, &original);
    harness.get_by_role_and_label(Role::Button, "China, ratifier on Inter-Korean relations");
}

#[test]
fn a_chip_dragged_along_its_lane_changes_places() {
    let mut harness = app_harness(LAPTOP);
    let original = harness.state().session().clone();
    // Lane 1: ROK, DPRK, US, China. Drag ROK past US.
    let rok = centre_of(
        &harness,
        Role::Button,
        "ROK, negotiator on Inter-Korean relations",
    );
    let us = harness
        .get_by_role_and_label(Role::Button, "US, ratifier on Inter-Korean relations")
        .rect();
    drag_and_drop(&mut harness, rok, us.right_center() - Vec2::new(3.0, 0.0));
    let order: Vec<String> = seated(harness.state().session(), "track-1")
        .into_iter()
        .map(|(who, _)| who)
        .collect();
    assert_eq!(order, ["dprk", "us", "rok", "china"]);
    undo_restores(&mut harness, &original);
}

#[test]
fn the_undo_menu_names_the_move() {
    let mut harness = app_harness(LAPTOP);
    let china = centre_of(
        &harness,
        Role::Button,
        "China, ratifier on Inter-Korean relations",
    );
    // Right of the ROK's chip on Nuclear security (lane 3).
    let rok_on_3 = centre_of(
        &harness,
        Role::Button,
        "ROK, implementer on Nuclear security",
    );
    drag_and_drop(&mut harness, china, rok_on_3 + Vec2::new(120.0, 0.0));
    harness.get_by_role_and_label(Role::Button, "Edit").click();
    harness.run();
    let label = undo_label(&harness);
    assert_eq!(label, "Move China to Nuclear security");
    harness.get_by_label(&format!("Undo: {label}"));
}

#[test]
fn a_participant_dragged_from_the_palette_is_seated_where_dropped() {
    let mut harness = app_harness(LAPTOP);
    let original = harness.state().session().clone();
    let japan = centre_of(&harness, Role::Button, "Japan, in the palette");
    // Onto Nuclear security (lane 3: US, DPRK, ROK), before the DPRK.
    let dprk_on_3 = centre_of(
        &harness,
        Role::Button,
        "DPRK, negotiator on Nuclear security",
    );
    drag_and_drop(&mut harness, japan, dprk_on_3 - Vec2::new(8.0, 0.0));

    let mut expected = original.clone();
    expected.board.tracks[2].seats.insert(
        1,
        peacemap::model::Seat {
            participant: ParticipantId::new("japan"),
            role: SeatRole::Negotiator,
            source: peacemap::model::Source::Unstated,
        },
    );
    assert!(
        harness.state().session() == &expected,
        "Japan sits second on Nuclear security, as a negotiator: {:?}",
        seated(harness.state().session(), "track-3")
    );
    harness.get_by_role_and_label(Role::Button, "Japan, negotiator on Nuclear security");
    assert_eq!(undo_label(&harness), "Seat Japan at Nuclear security");
    undo_restores(&mut harness, &original);
}

#[test]
fn a_chip_dropped_on_the_remove_area_leaves_its_track() {
    let mut harness = app_harness(LAPTOP);
    let original = harness.state().session().clone();
    let us = centre_of(
        &harness,
        Role::Button,
        "US, implementer on Economic measures",
    );
    let bin = centre_of(
        &harness,
        Role::Label,
        "Drop a chip here to remove it from its track",
    );
    drag_and_drop(&mut harness, us, bin);
    let mut expected = original.clone();
    expected.board.tracks[1].seats.remove(3);
    assert!(
        harness.state().session() == &expected,
        "only the US left Economic measures"
    );
    assert!(
        harness
            .query_by_label("US, implementer on Economic measures")
            .is_none()
    );
    assert_eq!(undo_label(&harness), "Remove US from Economic measures");
    undo_restores(&mut harness, &original);
}

#[test]
fn a_chip_dropped_off_the_board_leaves_its_track() {
    let mut harness = app_harness(LAPTOP);
    let original = harness.state().session().clone();
    let rok = centre_of(
        &harness,
        Role::Button,
        "ROK, implementer on Nuclear security",
    );
    // Over the side panel, right of the board.
    let off = Pos2::new(LAPTOP[0] - 60.0, rok.y);
    drag_and_drop(&mut harness, rok, off);
    let mut expected = original.clone();
    expected.board.tracks[2].seats.remove(2);
    assert!(
        harness.state().session() == &expected,
        "only the ROK left Nuclear security"
    );
    undo_restores(&mut harness, &original);
}

#[test]
fn a_lane_dragged_by_its_name_moves() {
    let mut harness = app_harness(LAPTOP);
    let original = harness.state().session().clone();
    let name = centre_of(&harness, Role::Button, "Economic measures");
    // Down past General security (lane 4), into the gap above lane 5.
    let lane_4 = lane_rect(&harness, 4);
    let lane_5 = lane_rect(&harness, 5);
    let gap = Pos2::new(name.x, f32::midpoint(lane_4.bottom(), lane_5.top()));
    drag_and_drop(&mut harness, name, gap);
    let order: Vec<String> = harness
        .state()
        .session()
        .tracks
        .iter()
        .map(|t| t.id.to_string())
        .collect();
    assert_eq!(
        order,
        [
            "track-1", "track-3", "track-4", "track-2", "track-5", "track-6"
        ]
    );
    // On screen: lane 4 is Economic measures now.
    assert!(
        harness.query_all_by_role(Role::Button).any(|n| n
            .accesskit_node()
            .label()
            .is_some_and(|l| l.starts_with("Lane 4: Economic measures"))),
        "lane 4 reads Economic measures"
    );
    assert_eq!(undo_label(&harness), "Move Economic measures to lane 4");
    undo_restores(&mut harness, &original);
}

#[test]
fn a_click_on_a_lane_name_still_selects_it() {
    let mut harness = app_harness(LAPTOP);
    harness
        .get_by_role_and_label(Role::Button, "Economic measures")
        .click();
    harness.run();
    assert_eq!(harness.state().selected, Some(TrackId::new("track-2")));
}

/// Where the vehicle of lane `number` (progress `pct`) is, and the x of
/// `target_pct` on that lane.
fn vehicle_and_x(
    harness: &App,
    number: usize,
    track: &str,
    pct: f32,
    target_pct: f32,
) -> (Pos2, f32) {
    let vehicle = centre_of(
        harness,
        Role::Slider,
        &format!("{track} progress, {pct:.0}%"),
    );
    let geometry = LaneGeometry::new(lane_rect(harness, number), &Theme::screen());
    // Measured from where the vehicle is, as the drag is relative.
    let x = vehicle.x + geometry.x_of(target_pct) - geometry.x_of(pct);
    (vehicle, x)
}

#[test]
fn the_vehicle_snaps_to_a_milestone_it_is_let_go_near() {
    let mut harness = app_harness(LAPTOP);
    let original = harness.state().session().clone();
    // Nuclear security at 10 %; its second milestone is at 30 %.
    let (vehicle, x) = vehicle_and_x(&harness, 3, "Nuclear security", 10.0, 28.0);
    drag_and_drop(&mut harness, vehicle, Pos2::new(x, vehicle.y));
    assert_eq!(
        lane(harness.state().session(), "track-3").progress_pct,
        30.0
    );
    let mut expected = original.clone();
    expected.board.tracks[2].progress_pct = 30.0;
    assert!(harness.state().session() == &expected);
    harness.get_by_role_and_label(Role::Slider, "Nuclear security progress, 30%");
    // The drag and its snap are one undo step.
    undo_restores(&mut harness, &original);
}

#[test]
fn holding_shift_places_the_vehicle_freely() {
    let mut harness = app_harness(LAPTOP);
    let original = harness.state().session().clone();
    let (vehicle, x) = vehicle_and_x(&harness, 3, "Nuclear security", 10.0, 28.0);
    harness.event(egui::Event::ModifiersChanged(Modifiers::SHIFT));
    drag_to(&mut harness, vehicle, Pos2::new(x, vehicle.y));
    harness.drop_at(Pos2::new(x, vehicle.y));
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
    let placed = lane(harness.state().session(), "track-3").progress_pct;
    assert!(
        (27.0..=29.0).contains(&placed),
        "placed at {placed}, not snapped to 30"
    );
    undo_restores(&mut harness, &original);
}

#[test]
fn escape_mid_drag_cancels_it_and_keeps_the_inspector_open() {
    let mut harness = app_harness(LAPTOP);
    harness
        .get_by_role_and_label(Role::Button, "Economic measures")
        .click();
    harness.run();
    assert!(harness.state().selected.is_some(), "the inspector is open");
    let original = harness.state().session().clone();
    let generation = harness.state().document.undo_label().cloned();
    let china = centre_of(
        &harness,
        Role::Button,
        "China, ratifier on Inter-Korean relations",
    );
    let onto = centre_of(
        &harness,
        Role::Button,
        "ROK, implementer on Nuclear security",
    ) + Vec2::new(120.0, 0.0);
    drag_to(&mut harness, china, onto);
    harness.key_press(Key::Escape);
    harness.run();
    // Still pressed, moved a little more, then released over the lane.
    harness.hover_at(onto - Vec2::new(5.0, 0.0));
    harness.run();
    harness.drop_at(onto - Vec2::new(5.0, 0.0));
    harness.run();
    assert!(
        harness.state().session() == &original,
        "Esc cancelled the drop"
    );
    assert_eq!(
        harness.state().document.undo_label().cloned(),
        generation,
        "no undo step"
    );
    assert_eq!(
        harness.state().selected,
        Some(TrackId::new("track-2")),
        "Esc cancelled the drag and did not also close the inspector"
    );
}

#[test]
fn a_drop_where_nothing_can_happen_changes_nothing() {
    let mut harness = app_harness(LAPTOP);
    let original = harness.state().session().clone();
    // China onto Economic measures, where it already sits.
    let china = centre_of(
        &harness,
        Role::Button,
        "China, ratifier on Inter-Korean relations",
    );
    let lane_2 = lane_rect(&harness, 2);
    drag_and_drop(
        &mut harness,
        china,
        lane_2.right_bottom() - Vec2::new(40.0, 10.0),
    );
    // The verge between two lanes.
    let lane_3 = lane_rect(&harness, 3);
    let verge = Pos2::new(
        china.x + 100.0,
        f32::midpoint(lane_2.bottom(), lane_3.top()),
    );
    drag_and_drop(&mut harness, china, verge);
    // A palette chip dropped on the remove area, and a lane dropped on its own place.
    let japan = centre_of(&harness, Role::Button, "Japan, in the palette");
    let bin = centre_of(
        &harness,
        Role::Label,
        "Drop a chip here to remove it from its track",
    );
    drag_and_drop(&mut harness, japan, bin);
    let name = centre_of(&harness, Role::Button, "Nuclear security");
    drag_and_drop(&mut harness, name, name + Vec2::new(30.0, 12.0));
    assert!(harness.state().session() == &original, "nothing changed");
    assert!(
        harness.state().document.undo_label().is_none(),
        "no undo step"
    );
}

#[test]
fn chips_and_lane_names_say_they_can_be_dragged() {
    let harness = app_harness(LAPTOP);
    for (role, label) in [
        (Role::Button, "China, ratifier on Inter-Korean relations"),
        (Role::Button, "Economic measures"),
        (Role::Button, "Japan, in the palette"),
    ] {
        let node = harness.get_by_role_and_label(role, label);
        let description = node
            .accesskit_node()
            .description()
            .unwrap_or_default()
            .clone();
        assert!(description.starts_with("Drag"), "{label}: {description:?}");
    }
}

#[test]
fn help_says_how_to_drag_and_how_to_place_the_vehicle_freely() {
    let mut harness = app_harness(LAPTOP);
    harness.get_by_role_and_label(Role::Button, "Help").click();
    harness.run();
    harness.get_by_label("Drag and drop");
    harness.get_by_label(
        "Let a vehicle go near a milestone and it snaps onto it; hold Shift while dragging to place it freely.",
    );
    harness.get_by_label("Press Esc while dragging to cancel the drag.");
}

/// The palette hands adding and removing a participant of the session to
/// the participant editor: "Add participant…" and a chip's context menu.
#[test]
fn the_palette_asks_for_adding_and_removing_participants() {
    let mut harness = app_harness(LAPTOP);
    let original = harness.state().session().clone();
    harness
        .get_by_role_and_label(Role::Button, "Add participant…")
        .click();
    harness.run();
    // The participants window opens on its add form.
    harness.get_by_label("New participant's short label");
    assert!(
        harness.state().session() == &original,
        "opening the form is not an edit"
    );
    harness.get_by_role_and_label(Role::Button, "Close").click();
    harness.run();

    harness
        .get_by_role_and_label(Role::Button, "Russia, in the palette")
        .click_secondary();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Remove participant…")
        .click();
    harness.run();
    // Russia sits at the regional table: the app says where and asks first.
    assert!(
        harness.state().modal().is_some(),
        "removing a seated participant asks first"
    );
    harness.get_by_label_contains("Russia sits at:");
    assert!(
        harness.state().session() == &original,
        "asking is not an edit"
    );
}

/// Esc while the vehicle is being dragged puts it back where the drag
/// began: the document is as before, with nothing to undo or redo, and the
/// rest of the drag does nothing.
#[test]
fn escape_mid_drag_of_the_vehicle_puts_it_back() {
    let mut harness = app_harness(LAPTOP);
    harness
        .get_by_role_and_label(Role::Button, "Economic measures")
        .click();
    harness.run();
    let original = harness.state().session().clone();
    let (vehicle, x) = vehicle_and_x(&harness, 3, "Nuclear security", 10.0, 60.0);
    drag_to(&mut harness, vehicle, Pos2::new(x, vehicle.y));
    assert!(
        lane(harness.state().session(), "track-3").progress_pct > 40.0,
        "the drag moved the vehicle"
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert!(
        harness.state().session() == &original,
        "Esc put the vehicle back"
    );
    // The pointer is still down and moves on: the cancelled drag stays cancelled.
    harness.hover_at(Pos2::new(x + 20.0, vehicle.y));
    harness.run();
    harness.drop_at(Pos2::new(x + 20.0, vehicle.y));
    harness.run();
    assert!(
        harness.state().session() == &original,
        "the rest of the cancelled drag does nothing"
    );
    assert!(harness.state().document.undo_label().is_none());
    assert!(harness.state().document.redo_label().is_none());
    assert!(!harness.state().document.is_dirty());
    assert!(
        harness.state().selected.is_some(),
        "the inspector stays open"
    );
}
