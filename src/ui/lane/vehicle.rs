//! The vehicle: a small bus at the lane's progress. Drag it along the road
//! (it snaps to a milestone it comes within `drag::VEHICLE_SNAP_PCT` of,
//! unless Shift is held), or focus it and use the arrow keys; screen
//! readers see a 0–100 slider.

use egui::{
    Align2, CornerRadius, Key, Painter, Pos2, Rect, Sense, Stroke, StrokeKind, Ui, WidgetInfo,
};

use super::LaneView;
use super::geometry::{LaneGeometry, LaneLayout};
use crate::command::{BoardEdit, Command};
use crate::i18n::lang_of;
use crate::model::look::LaneSurface;
use crate::tr;
use crate::ui::drag::{snap_to_milestone, snapping_disabled};
use crate::ui::paint::warning_triangle;
use crate::ui::theme::Theme;

/// What the pointer and keyboard focus are doing to the vehicle, for painting.
#[derive(Clone, Copy, Debug, Default)]
pub struct VehicleState {
    /// The pointer is over it or dragging it.
    pub hovered: bool,
    /// It has keyboard focus (a ring is drawn).
    pub focused: bool,
}

/// Paints the vehicle in `body`.
pub fn paint_vehicle(
    painter: &Painter,
    lane: &LaneView<'_>,
    body: Rect,
    state: VehicleState,
    theme: &Theme,
) {
    let fill = match lane.look.surface {
        LaneSurface::Agreed => theme.good,
        LaneSurface::Open => theme.progress,
        LaneSurface::Stalled => theme.hazard,
        LaneSurface::Closed => theme.vehicle_closed,
    };
    let fill = if state.hovered {
        fill.gamma_multiply(1.15)
    } else {
        fill
    };
    let (width, height) = (body.width(), body.height());
    // Wheels, body, windscreen: a small bus seen from the side.
    let wheel_r = (height * 0.18).max(height.min(2.5));
    for wx in [body.left() + width * 0.22, body.right() - width * 0.22] {
        painter.circle_filled(Pos2::new(wx, body.bottom()), wheel_r, theme.outline_dark);
    }
    painter.rect(
        body,
        CornerRadius::same((height * 0.3) as u8),
        fill,
        Stroke::new(1.0, theme.outline_dark),
        StrokeKind::Inside,
    );
    let windscreen = Rect::from_min_max(
        Pos2::new(body.right() - width * 0.16, body.top() + height * 0.18),
        Pos2::new(body.right() - 3.0, body.center().y),
    );
    painter.rect_filled(windscreen, 2.0, theme.windscreen);
    // The figure only where it can be read.
    if height >= theme.small.size {
        let text_area_centre = Pos2::new(
            body.left() + (body.width() - width * 0.16) / 2.0,
            body.center().y,
        );
        painter.text(
            text_area_centre,
            Align2::CENTER_CENTER,
            format!("{:.0}%", lane.progress_pct),
            theme.small.clone(),
            theme.text_on(fill),
        );
    }
    if lane.look.surface == LaneSurface::Stalled {
        warning_triangle(
            painter,
            Pos2::new(body.right() + height * 0.55, body.center().y),
            height * 0.7,
            theme.hazard,
            theme.outline_dark,
        );
    }
    if state.focused {
        painter.rect_stroke(
            body.expand(3.0),
            5.0,
            Stroke::new(theme.selection_width, theme.selection),
            StrokeKind::Outside,
        );
    }
}

/// The vehicle's interaction: drag, arrow keys, screen-reader actions.
/// Pushes a `SetProgress` when the user moved it; paints nothing.
pub fn progress_marker_ui(
    ui: &mut Ui,
    lane: &LaneView<'_>,
    layout: &LaneLayout,
    commands: &mut Vec<Command>,
) -> VehicleState {
    let track = lane.track;
    let progress_pct = lane.progress_pct;
    let id = ui.scope_id().with(("progress-marker", track.id.as_str()));
    let response = ui.interact(layout.vehicle.expand(3.0), id, Sense::click_and_drag());
    let language = lang_of(ui.ctx());
    let label = || {
        tr!(
            language,
            "board-vehicle-label",
            track = track.name.get(language),
            pct = format!("{progress_pct:.0}")
        )
    };
    response.widget_info(|| WidgetInfo::slider(true, f64::from(progress_pct), label()));

    declare_percent_slider(ui, id, progress_pct);

    let mut new_pct = accesskit_percent_request(ui, id, progress_pct);
    if let Some(drag) = marker_drag(ui, id, response.rect, progress_pct, &layout.geometry) {
        // Let go near a milestone, it snaps onto it (unless the modifier is
        // held): on the release frame, so the snap continues the drag's one
        // undo step. A click (no move) never snaps.
        let snap = drag.released
            && (drag.pct - drag.start_pct).abs() > f32::EPSILON
            && !ui.input(|i| snapping_disabled(&i.modifiers));
        new_pct = Some(if snap {
            snap_to_milestone(drag.pct, &track.milestones)
        } else {
            drag.pct
        });
    }
    if response.clicked() {
        response.request_focus();
    }
    if response.has_focus() {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
        let step = ui.input(|i| {
            let big = if i.modifiers.shift { 10.0 } else { 1.0 };
            let mut delta = 0.0;
            if i.key_pressed(Key::ArrowRight) || i.key_pressed(Key::ArrowUp) {
                delta += big;
            }
            if i.key_pressed(Key::ArrowLeft) || i.key_pressed(Key::ArrowDown) {
                delta -= big;
            }
            if i.key_pressed(Key::PageUp) {
                delta += 10.0;
            }
            if i.key_pressed(Key::PageDown) {
                delta -= 10.0;
            }
            if i.key_pressed(Key::Home) {
                delta = -200.0;
            }
            if i.key_pressed(Key::End) {
                delta = 200.0;
            }
            delta
        });
        if step != 0.0 {
            new_pct = Some((progress_pct.round() + step).clamp(0.0, 100.0));
        }
    }
    if let Some(pct) = new_pct
        && (pct - progress_pct).abs() > f32::EPSILON
    {
        commands.push(Command::from(BoardEdit::SetProgress {
            track: track.id.clone(),
            progress_pct: pct,
        }));
    }

    let state = VehicleState {
        hovered: response.hovered() || response.dragged(),
        focused: response.has_focus(),
    };
    if state.hovered {
        ui.ctx().set_cursor_icon(if response.dragged() {
            egui::CursorIcon::Grabbing
        } else {
            egui::CursorIcon::Grab
        });
    }
    response.on_hover_ui(|ui| {
        ui.label(tr!(language, "board-vehicle-tooltip", vehicle = label()));
        ui.label(tr!(language, "drag-vehicle-snap-hint"));
    });
    state
}

/// The flag Esc sets to let go of the marker being dragged.
fn cancelled_drag_id() -> egui::Id {
    egui::Id::unique("progress-marker-drag-cancelled")
}

/// Lets go of the marker being dragged, if any (Esc): until the pointer
/// button is up, no marker follows the press or snaps on its release.
pub fn cancel_marker_drag(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(cancelled_drag_id(), true));
}

/// Forgets a cancel once the pointer button is up (called by the shell at
/// the end of a frame), so the next press drags again.
pub fn forget_cancelled_marker_drag(ctx: &egui::Context) {
    ctx.data_mut(|d| d.remove::<bool>(cancelled_drag_id()));
}

/// A drag of the marker going on (or ending this frame).
struct MarkerDrag {
    /// Where the drag puts the marker, whole percent.
    pct: f32,
    /// The marker's progress when the press began.
    start_pct: f32,
    /// The pointer was released this frame: the drag ends here.
    released: bool,
}

/// Where a drag that started on the marker puts it, if one is going on.
///
/// The drag is followed from the press itself rather than from egui's
/// drag detection: a quick flick can press and move past the small marker
/// within one frame, and the marker must still follow. The move is
/// relative to where the press began, so a plain click does not nudge it.
fn marker_drag(
    ui: &Ui,
    id: egui::Id,
    hit_rect: Rect,
    progress_pct: f32,
    geometry: &LaneGeometry,
) -> Option<MarkerDrag> {
    let key = id.with("drag-start");
    let (pressed_here, origin, latest, down) = ui.input(|i| {
        let origin = i.pointer.press_origin();
        let pressed_here =
            i.pointer.primary_pressed() && origin.is_some_and(|p| hit_rect.contains(p));
        (
            pressed_here,
            origin,
            // Where it was let go too, when it then left the window.
            i.pointer.latest_pos().or(i.pointer.interact_pos()),
            i.pointer.primary_down(),
        )
    });
    if pressed_here && let Some(origin) = origin {
        ui.data_mut(|d| d.insert_temp(key, (progress_pct, origin)));
    }
    // Esc let go of the drag: the press is no longer followed (until the
    // button is up, when the shell forgets the cancel).
    if ui.data(|d| d.get_temp::<bool>(cancelled_drag_id())) == Some(true) {
        ui.data_mut(|d| d.remove::<(f32, egui::Pos2)>(key));
        return None;
    }
    // Kept from the press: egui forgets the press origin on release.
    let (start_pct, origin) = ui.data(|d| d.get_temp::<(f32, egui::Pos2)>(key))?;
    if !down {
        ui.data_mut(|d| d.remove::<(f32, egui::Pos2)>(key));
    }
    let latest = latest?;
    let delta = geometry.pct_at(latest.x) - geometry.pct_at(origin.x);
    Some(MarkerDrag {
        pct: (start_pct + delta).clamp(0.0, 100.0).round(),
        start_pct,
        released: !down,
    })
}

/// Tells screen readers the marker runs from 0 to 100 in steps of 1 and
/// accepts set, increment and decrement.
fn declare_percent_slider(ui: &Ui, id: egui::Id, value: f32) {
    ui.ctx().accesskit_node_builder(id, |node| {
        use egui::accesskit::Action;
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(100.0);
        node.set_numeric_value_step(1.0);
        node.add_action(Action::SetValue);
        if value < 100.0 {
            node.add_action(Action::Increment);
        }
        if value > 0.0 {
            node.add_action(Action::Decrement);
        }
    });
}

/// A new value asked for by a screen reader (set, increment, decrement).
fn accesskit_percent_request(ui: &Ui, id: egui::Id, value: f32) -> Option<f32> {
    use egui::accesskit::{Action, ActionData};
    ui.input(|input| {
        let set = input
            .accesskit_action_requests(id, Action::SetValue)
            .filter_map(|request| match request.data {
                Some(ActionData::NumericValue(v)) if v.is_finite() => Some(v as f32),
                _ => None,
            })
            .last();
        let steps = input.num_accesskit_action_requests(id, Action::Increment) as f32
            - input.num_accesskit_action_requests(id, Action::Decrement) as f32;
        match (set, steps) {
            (Some(v), _) => Some(v.clamp(0.0, 100.0).round()),
            (None, s) if s != 0.0 => Some((value.round() + s).clamp(0.0, 100.0)),
            _ => None,
        }
    })
}
