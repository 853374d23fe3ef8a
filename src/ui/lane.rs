//! One negotiating track drawn as a lane of the highway: header on the left
//! (number, name, format, status, precise slider), road on the right
//! (milestone signs, participant chips, the draggable progress vehicle).

use std::fmt::Write as _;

use egui::{
    Align2, Color32, CornerRadius, Key, Pos2, Rangef, Rect, Role, Sense, Stroke, StrokeKind, Ui,
    UiBuilder, Vec2, WidgetInfo,
};

use super::chip::{chip_size, chip_ui};
use super::paint::{dashed_hline, elided, stripes, warning_triangle};
use super::theme::Theme;
use crate::command::BoardEdit;
use crate::command::Command;
use crate::model::rules::{GateState, convene_gate};
use crate::model::{Board, Session, Track, TrackState, TrackStatus};

/// Where the parts of one lane go.
#[derive(Clone, Copy, Debug)]
pub struct LaneGeometry {
    /// The whole lane.
    pub rect: Rect,
    /// Header column on the left.
    pub header: Rect,
    /// Band above the road for milestone signs.
    pub signs: Rect,
    /// The asphalt.
    pub road: Rect,
    /// Horizontal span the vehicle travels, 0 % to 100 %.
    pub travel: Rangef,
    /// Rows of milestone plates in the sign band: two on tall lanes.
    pub sign_rows: usize,
}

impl LaneGeometry {
    /// Splits `rect` into header, sign band and road.
    pub fn new(rect: Rect, theme: &Theme) -> Self {
        let header_width = theme.header_width.min(rect.width() * 0.45);
        let header = Rect::from_min_max(
            rect.min,
            Pos2::new(rect.left() + header_width, rect.bottom()),
        );
        let road_outer = Rect::from_min_max(Pos2::new(header.right() + 8.0, rect.top()), rect.max);
        // Decided from the lane height, not from the band's own (rounded) height.
        let sign_rows = if rect.height() >= 84.0 { 2 } else { 1 };
        let sign_height = if sign_rows == 2 {
            (rect.height() * 0.36).clamp(34.0, 44.0)
        } else {
            (rect.height() * 0.3).clamp(18.0, 26.0)
        };
        let signs = Rect::from_min_max(
            road_outer.min,
            Pos2::new(road_outer.right(), road_outer.top() + sign_height),
        );
        let road = Rect::from_min_max(Pos2::new(road_outer.left(), signs.bottom()), road_outer.max);
        let inset = 30.0_f32.min(road.width() * 0.1);
        let travel = Rangef::new(
            road.left() + inset,
            (road.right() - inset).max(road.left() + inset + 1.0),
        );
        Self {
            rect,
            header,
            signs,
            road,
            travel,
            sign_rows,
        }
    }

    /// Screen x of a progress percentage.
    pub fn x_of(&self, pct: f32) -> f32 {
        self.travel.min + self.travel.span() * (pct.clamp(0.0, 100.0) / 100.0)
    }

    /// Progress percentage at screen x, rounded to a whole percent.
    pub fn pct_at(&self, x: f32) -> f32 {
        (((x - self.travel.min) / self.travel.span()) * 100.0)
            .clamp(0.0, 100.0)
            .round()
    }

    /// Upper half of the road, where the vehicle drives.
    pub fn driving_band(&self) -> Rect {
        Rect::from_min_max(
            self.road.min,
            Pos2::new(self.road.right(), self.road.center().y),
        )
    }

    /// Lower half of the road, where the participant chips stand.
    pub fn chip_band(&self) -> Rect {
        Rect::from_min_max(
            Pos2::new(self.road.left(), self.road.center().y),
            self.road.max,
        )
    }
}

/// How the lane looks, derived from the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneLook {
    /// Normal traffic.
    Open,
    /// Talks stuck: hazard colouring.
    Stalled,
    /// Deferred and its gate still closed: a closed on-ramp.
    Closed,
}

impl LaneLook {
    /// The look of `track` on `board`.
    pub fn of(session: &Session, board: &Board, track: &Track, state: &TrackState) -> Self {
        let gate = convene_gate(session, board, &track.id);
        if gate.is_closed() || (state.status == TrackStatus::Deferred && gate == GateState::Ungated)
        {
            Self::Closed
        } else if state.status == TrackStatus::Stalled {
            Self::Stalled
        } else {
            Self::Open
        }
    }
}

/// One lane to draw: the session's definitions, the board being drawn, and
/// the track with its place on that board.
#[derive(Clone, Copy, Debug)]
pub struct LaneData<'a> {
    /// The session the track belongs to.
    pub session: &'a Session,
    /// The board being drawn.
    pub board: &'a Board,
    /// The track's definition.
    pub track: &'a Track,
    /// Where the track stands on `board`.
    pub state: &'a TrackState,
    /// The lane number, counted from 1.
    pub number: usize,
}

/// Draws one lane in `rect` and pushes any edits onto `commands`.
/// Returns true if the user clicked the lane to select it.
pub fn lane_ui(
    ui: &mut Ui,
    lane: LaneData<'_>,
    rect: Rect,
    is_selected: bool,
    theme: &Theme,
    commands: &mut Vec<Command>,
) -> bool {
    let geometry = LaneGeometry::new(rect, theme);
    let LaneData {
        session,
        board,
        track,
        state,
        number,
    } = lane;
    let look = LaneLook::of(session, board, track, state);
    let lane_id = ui.scope_id().with(("lane", track.id.as_str()));

    // The lane background: clicking anywhere on it selects the track.
    let lane_response = ui.interact(rect, lane_id, Sense::click());
    let lane_label = format!(
        "Lane {}: {}, {}, {:.0}%",
        number,
        track.name,
        state.status.label().to_lowercase(),
        state.progress_pct
    );
    lane_response
        .widget_info(|| WidgetInfo::selected(Role::Button, true, is_selected, &lane_label));
    let mut selected_now = lane_response.clicked();
    // Right-click: the quick "what if this lane stalls?" switch.
    lane_response.context_menu(|ui| {
        ui.label(egui::RichText::new(&track.name).strong());
        for status in TrackStatus::ALL {
            let current = state.status == status;
            if ui
                .add(egui::Button::selectable(current, status.label()))
                .on_hover_text(status.explanation())
                .clicked()
            {
                if !current {
                    commands.push(Command::Board(BoardEdit::SetTrackStatus {
                        track: track.id.clone(),
                        status,
                    }));
                }
                ui.close();
            }
        }
    });

    road_ui(ui, state, &geometry, look, theme);
    milestones_ui(ui, track, state, &geometry, theme);
    if look == LaneLook::Closed {
        closed_on_ramp_ui(ui, &lane, &geometry, theme);
    }
    selected_now |= chips_ui(ui, session, track, state, &geometry, theme);
    progress_marker_ui(ui, track, state, &geometry, look, theme, commands);
    selected_now |= header_ui(ui, &lane, &geometry, is_selected, theme, commands);

    if is_selected {
        ui.painter().rect_stroke(
            rect.expand(1.0),
            6.0,
            Stroke::new(2.0, theme.selection),
            StrokeKind::Outside,
        );
    }
    selected_now
}

fn road_ui(ui: &Ui, state: &TrackState, geometry: &LaneGeometry, look: LaneLook, theme: &Theme) {
    let painter = ui.painter();
    let road = geometry.road;
    let asphalt = if look == LaneLook::Closed {
        theme.asphalt_closed
    } else {
        theme.asphalt
    };
    painter.rect_filled(road, 4.0, asphalt);

    // Shoulders: solid lines, or hazard stripes on a stalled lane.
    let shoulder = (road.height() * 0.07).clamp(2.0, 5.0);
    for y in [road.top(), road.bottom() - shoulder] {
        let band =
            Rect::from_min_size(Pos2::new(road.left(), y), Vec2::new(road.width(), shoulder));
        if look == LaneLook::Stalled {
            stripes(
                painter,
                band,
                theme.hazard,
                Color32::from_rgb(30, 30, 30),
                6.0,
            );
        } else {
            painter.rect_filled(
                band.shrink2(Vec2::new(0.0, shoulder * 0.25)),
                0.0,
                theme.marking.gamma_multiply(0.55),
            );
        }
    }

    // Progress already made, tinted on the driving band.
    if look != LaneLook::Closed {
        let made = Rect::from_min_max(
            Pos2::new(road.left(), road.top() + shoulder),
            Pos2::new(geometry.x_of(state.progress_pct), road.center().y),
        );
        let tint = if look == LaneLook::Stalled {
            theme.hazard
        } else {
            theme.progress
        };
        painter.rect_filled(made, 0.0, tint.gamma_multiply(0.18));
    }

    // Dashed centre line.
    let marking = if look == LaneLook::Closed {
        theme.marking.gamma_multiply(0.25)
    } else {
        theme.marking.gamma_multiply(0.8)
    };
    dashed_hline(
        painter,
        road.left() + 6.0,
        road.right() - 6.0,
        road.center().y,
        Stroke::new(2.0, marking),
        14.0,
        10.0,
    );

    // Finish line at 100 %.
    let finish_x = geometry.x_of(100.0);
    let check = (road.height() / 8.0).max(3.0);
    let mut y = road.top() + shoulder;
    let mut dark = false;
    while y < road.bottom() - shoulder - 0.5 {
        let h = check.min(road.bottom() - shoulder - y);
        let colour = if dark {
            Color32::from_gray(20)
        } else {
            Color32::from_gray(235)
        };
        painter.rect_filled(
            Rect::from_min_size(Pos2::new(finish_x - check / 2.0, y), Vec2::new(check, h)),
            0.0,
            colour.gamma_multiply(0.7),
        );
        y += check;
        dark = !dark;
    }
}

/// A closed on-ramp: a striped barrier across the start and a sign that
/// says when the track convenes.
fn closed_on_ramp_ui(ui: &Ui, lane: &LaneData<'_>, geometry: &LaneGeometry, theme: &Theme) {
    let LaneData {
        session,
        board,
        track,
        state: _,
        number: _,
    } = *lane;
    let painter = ui.painter();
    let road = geometry.road;
    let barrier_x = geometry.travel.min + 24.0;
    let barrier = Rect::from_center_size(
        Pos2::new(barrier_x, road.center().y),
        Vec2::new(12.0, road.height() - 6.0),
    );
    stripes(painter, barrier, theme.barrier, Color32::WHITE, 5.0);
    painter.rect_stroke(
        barrier,
        1.0,
        Stroke::new(1.0, Color32::from_gray(20)),
        StrokeKind::Outside,
    );

    let text = match convene_gate(session, board, &track.id) {
        GateState::Closed {
            needed_pct,
            have_pct,
        } => format!(
            "Convenes later: opens when the other tracks reach {needed_pct:.0}% (now {have_pct:.0}%)"
        ),
        _ => "Deferred: convenes later".to_owned(),
    };
    let left = barrier.right() + 12.0;
    let galley = elided(
        painter,
        &text,
        theme.small.clone(),
        theme.text,
        (road.right() - left - 8.0).max(10.0),
    );
    let band = geometry.driving_band();
    let pos = Pos2::new(left, band.center().y - galley.size().y / 2.0);
    let back = Rect::from_min_size(pos, galley.size()).expand2(Vec2::new(6.0, 2.0));
    painter.rect_filled(back, 3.0, Color32::from_rgba_unmultiplied(0, 0, 0, 150));
    painter.galley(pos, galley, theme.text);
}

fn milestones_ui(
    ui: &Ui,
    track: &Track,
    state: &TrackState,
    geometry: &LaneGeometry,
    theme: &Theme,
) {
    let signs = geometry.signs;
    // Tall lanes stagger the plates over two rows, so each plate has room up
    // to the next-but-one sign; short lanes use one row.
    let rows = geometry.sign_rows;
    let row_height = signs.height() / rows as f32;
    let xs: Vec<f32> = track
        .milestones
        .iter()
        .map(|m| geometry.x_of(m.position_pct))
        .collect();
    // Right edge of the last plate drawn on each row, so a plate near the
    // end of the road can hang to the left of its post instead.
    let mut row_ends = [signs.left(); 2];
    // Posts and stop lines first, so that no post crosses a plate.
    for (index, milestone) in track.milestones.iter().enumerate() {
        let x = xs[index];
        let row_top = signs.top() + (index % rows) as f32 * row_height;
        let colour = if milestone.is_reached(state.progress_pct) {
            Color32::from_rgb(250, 210, 70)
        } else {
            Color32::from_rgb(58, 66, 78)
        };
        let painter = ui.painter();
        painter.vline(
            x,
            Rangef::new(row_top + 4.0, geometry.road.top() + 4.0),
            Stroke::new(1.5, colour),
        );
        let band = geometry.driving_band();
        let stop_line = if milestone.is_reached(state.progress_pct) {
            colour.gamma_multiply(0.9)
        } else {
            Color32::from_rgb(110, 120, 135)
        };
        painter.vline(
            x,
            Rangef::new(band.top() + 3.0, band.bottom()),
            Stroke::new(2.0, stop_line),
        );
    }
    for (index, milestone) in track.milestones.iter().enumerate() {
        let x = xs[index];
        let row = index % rows;
        let next_x = xs.get(index + rows).copied().unwrap_or(signs.right());
        let lit = milestone.is_reached(state.progress_pct);
        let (plate_fill, ink) = if lit {
            (
                Color32::from_rgb(250, 210, 70),
                Color32::from_rgb(25, 25, 25),
            )
        } else {
            (Color32::from_rgb(58, 66, 78), theme.text_weak)
        };
        let painter = ui.painter();
        let row_top = signs.top() + row as f32 * row_height;

        // The plate hangs right of its post, cut to the space before the next
        // sign on its row; if the room on the left is larger, it hangs left.
        let full_width = painter
            .layout_no_wrap(milestone.name.clone(), theme.small.clone(), ink)
            .size()
            .x
            + 10.0;
        let room_right = (next_x - x - 6.0).min(signs.right() - x - 2.0);
        let room_left = x - row_ends[row] - 6.0;
        let hang_left = room_right < full_width && room_left > room_right;
        let room = if hang_left { room_left } else { room_right };
        let max_text = (room - 10.0).max(0.0);
        let plate_height = (row_height - 3.0).max(12.0);
        let plate_rect = if max_text >= 18.0 {
            let galley = elided(painter, &milestone.name, theme.small.clone(), ink, max_text);
            let size = Vec2::new(galley.size().x + 10.0, plate_height);
            let left = if hang_left { x - size.x } else { x };
            let rect = Rect::from_min_size(Pos2::new(left, row_top + 1.0), size);
            painter.rect(
                rect,
                3.0,
                plate_fill,
                Stroke::new(1.0, ink.gamma_multiply(0.5)),
                StrokeKind::Inside,
            );
            painter.galley(
                Pos2::new(rect.left() + 5.0, rect.center().y - galley.size().y / 2.0),
                galley,
                ink,
            );
            rect
        } else {
            // No room for words: a round sign; the name is in the tooltip.
            let centre = Pos2::new(x, row_top + plate_height / 2.0 + 1.0);
            painter.circle(
                centre,
                plate_height / 2.0 - 1.0,
                plate_fill,
                Stroke::new(1.0, ink.gamma_multiply(0.5)),
            );
            Rect::from_center_size(centre, Vec2::splat(plate_height))
        };
        row_ends[row] = row_ends[row].max(plate_rect.right());

        let id = ui.scope_id().with(("milestone", track.id.as_str(), index));
        let state = if lit { "reached" } else { "not reached" };
        let label = format!(
            "Milestone {}: {} at {:.0}%, {state}",
            index + 1,
            milestone.name,
            milestone.position_pct
        );
        let response = ui.interact(plate_rect, id, Sense::hover());
        response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &label));
        response.on_hover_text(label);
    }
}

/// Participant chips stand in the lower half of the road, left to right.
/// Returns true if a chip was clicked (which selects the track).
fn chips_ui(
    ui: &mut Ui,
    session: &Session,
    track: &Track,
    state: &TrackState,
    geometry: &LaneGeometry,
    theme: &Theme,
) -> bool {
    let band = geometry.chip_band().shrink2(Vec2::new(6.0, 3.0));
    let height = (band.height() - 2.0).clamp(12.0, 24.0);
    let mut x = band.left() + 4.0;
    let mut clicked = false;
    let limit = band.right() - 4.0;
    for (index, seat) in state.seats.iter().enumerate() {
        let Some(participant) = session.participant(&seat.participant) else {
            continue;
        };
        let size = chip_size(ui, participant, height, theme);
        let remaining = state.seats.len() - index;
        // Leave room for a "+N" chip if the rest will not fit.
        if x + size.x > limit
            || (remaining > 1 && x + size.x + 34.0 > limit && x + size.x > limit - 34.0)
        {
            let more = Rect::from_min_size(
                Pos2::new(x, band.center().y - height / 2.0),
                Vec2::new(30.0, height),
            );
            if more.right() <= band.right() {
                let painter = ui.painter();
                painter.rect_filled(more, height / 2.0, Color32::from_gray(80));
                painter.text(
                    more.center(),
                    Align2::CENTER_CENTER,
                    format!("+{remaining}"),
                    theme.small.clone(),
                    theme.text,
                );
                let response = ui.interact(
                    more,
                    ui.scope_id().with(("more-chips", track.id.as_str())),
                    Sense::hover(),
                );
                let label = format!("{remaining} more participants on {}", track.name);
                response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &label));
                response.on_hover_text(label);
            }
            break;
        }
        let rect = Rect::from_min_size(Pos2::new(x, band.center().y - height / 2.0), size);
        let id = ui
            .scope_id()
            .with(("chip", track.id.as_str(), seat.participant.as_str()));
        clicked |= chip_ui(ui, id, rect, participant, seat.role, &track.name, theme).clicked();
        x += size.x + 6.0;
    }
    clicked
}

/// The vehicle: drag it along the road, or focus it and use the arrow keys.
fn progress_marker_ui(
    ui: &mut Ui,
    track: &Track,
    state: &TrackState,
    geometry: &LaneGeometry,
    look: LaneLook,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let band = geometry.driving_band();
    let height = (band.height() - 6.0).clamp(14.0, 30.0);
    let width = (height * 2.4).max(44.0);
    let x = geometry.x_of(state.progress_pct);
    let body = Rect::from_center_size(
        Pos2::new(x, band.center().y + 1.5),
        Vec2::new(width, height),
    );

    let id = ui.scope_id().with(("progress-marker", track.id.as_str()));
    let response = ui.interact(body.expand(3.0), id, Sense::click_and_drag());
    let label = format!("{} progress, {:.0}%", track.name, state.progress_pct);
    response.widget_info(|| WidgetInfo::slider(true, f64::from(state.progress_pct), &label));

    declare_percent_slider(ui, id, state.progress_pct);

    let mut new_pct = accesskit_percent_request(ui, id, state.progress_pct);
    if let Some(pct) = marker_drag(ui, id, response.rect, state.progress_pct, geometry) {
        new_pct = Some(pct);
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
            new_pct = Some((state.progress_pct.round() + step).clamp(0.0, 100.0));
        }
    }
    if let Some(pct) = new_pct
        && (pct - state.progress_pct).abs() > f32::EPSILON
    {
        commands.push(Command::Board(BoardEdit::SetProgress {
            track: track.id.clone(),
            progress_pct: pct,
        }));
    }

    let hovered = response.hovered() || response.dragged();
    if hovered {
        ui.ctx().set_cursor_icon(if response.dragged() {
            egui::CursorIcon::Grabbing
        } else {
            egui::CursorIcon::Grab
        });
    }

    let painter = ui.painter();
    let fill = match look {
        LaneLook::Open if state.status == TrackStatus::Agreed => theme.good,
        LaneLook::Open => theme.progress,
        LaneLook::Stalled => theme.hazard,
        LaneLook::Closed => Color32::from_gray(110),
    };
    let fill = if hovered {
        fill.gamma_multiply(1.15)
    } else {
        fill
    };
    // Wheels, body, windscreen: a small bus seen from the side.
    let wheel_r = (height * 0.18).max(2.5);
    for wx in [body.left() + width * 0.22, body.right() - width * 0.22] {
        painter.circle_filled(
            Pos2::new(wx, body.bottom()),
            wheel_r,
            Color32::from_gray(15),
        );
    }
    painter.rect(
        body,
        CornerRadius::same((height * 0.3) as u8),
        fill,
        Stroke::new(1.0, Color32::from_gray(15)),
        StrokeKind::Inside,
    );
    let windscreen = Rect::from_min_max(
        Pos2::new(body.right() - width * 0.16, body.top() + height * 0.18),
        Pos2::new(body.right() - 3.0, body.center().y),
    );
    painter.rect_filled(
        windscreen,
        2.0,
        Color32::from_rgba_unmultiplied(200, 230, 255, 170),
    );
    let ink = Theme::text_on(fill);
    let text_area_centre = Pos2::new(
        body.left() + (body.width() - width * 0.16) / 2.0,
        body.center().y,
    );
    painter.text(
        text_area_centre,
        Align2::CENTER_CENTER,
        format!("{:.0}%", state.progress_pct),
        theme.small.clone(),
        ink,
    );
    if look == LaneLook::Stalled {
        warning_triangle(
            painter,
            Pos2::new(body.right() + height * 0.55, body.center().y),
            height * 0.7,
            theme.hazard,
            Color32::from_gray(15),
        );
    }
    if response.has_focus() {
        painter.rect_stroke(
            body.expand(3.0),
            5.0,
            Stroke::new(2.0, theme.selection),
            StrokeKind::Outside,
        );
    }
    response.on_hover_text(format!(
        "{label}. Drag along the road, or focus and use the arrow keys (Shift for steps of 10)."
    ));
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
) -> Option<f32> {
    let key = id.with("drag-start");
    let (pressed_here, origin, latest, down) = ui.input(|i| {
        let origin = i.pointer.press_origin();
        let pressed_here =
            i.pointer.primary_pressed() && origin.is_some_and(|p| hit_rect.contains(p));
        (
            pressed_here,
            origin,
            i.pointer.latest_pos(),
            i.pointer.primary_down(),
        )
    });
    if pressed_here {
        ui.data_mut(|d| d.insert_temp(key, progress_pct));
    }
    let start_pct = ui.data(|d| d.get_temp::<f32>(key))?;
    if !down {
        ui.data_mut(|d| d.remove::<f32>(key));
    }
    let (origin, latest) = (origin?, latest?);
    let delta = geometry.pct_at(latest.x) - geometry.pct_at(origin.x);
    Some((start_pct + delta).clamp(0.0, 100.0).round())
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

/// Number, name, format and status on the left; a precise slider below.
/// Returns true if the name was clicked (which selects the track).
fn header_ui(
    ui: &mut Ui,
    lane: &LaneData<'_>,
    geometry: &LaneGeometry,
    is_selected: bool,
    theme: &Theme,
    commands: &mut Vec<Command>,
) -> bool {
    let LaneData {
        session: _,
        board: _,
        track,
        state,
        number,
    } = *lane;
    let header = geometry.header;
    ui.painter().rect_filled(
        header,
        6.0,
        if is_selected {
            theme.header_fill.gamma_multiply(1.3)
        } else {
            theme.header_fill
        },
    );
    let inner = header.shrink2(Vec2::new(8.0, 4.0));
    let mut child = ui.new_child(
        UiBuilder::new()
            .max_rect(inner)
            .id_salt(("lane-header", track.id.as_str())),
    );
    child.spacing_mut().item_spacing = Vec2::new(6.0, 2.0);
    // Spread the three rows over the available height.
    let rows_height = 22.0 + 16.0 + 20.0 + 2.0 * 2.0;
    child.add_space(((inner.height() - rows_height) / 2.0).max(0.0));

    let mut clicked = false;
    child.horizontal(|ui| {
        let (badge, _) = ui.allocate_exact_size(Vec2::splat(22.0), Sense::hover());
        ui.painter()
            .circle_filled(badge.center(), 11.0, theme.status_colour(state.status));
        ui.painter().text(
            badge.center(),
            Align2::CENTER_CENTER,
            number.to_string(),
            theme.body.clone(),
            Theme::text_on(theme.status_colour(state.status)),
        );
        let name = egui::RichText::new(&track.name)
            .font(theme.lane_title.clone())
            .color(theme.text)
            .strong();
        let response = ui
            .add(
                egui::Button::selectable(is_selected, name)
                    .frame_when_inactive(false)
                    .truncate(),
            )
            .on_hover_text(format!(
                "{}. {}\n\nClick to inspect and edit this track.",
                track.name, track.summary
            ));
        clicked = response.clicked();
    });

    child.horizontal(|ui| {
        let badge_text = state.status.label();
        let badge_galley =
            ui.painter()
                .layout_no_wrap(badge_text.to_owned(), theme.small.clone(), Color32::WHITE);
        let badge_width = badge_galley.size().x + 12.0;
        let format_width = (ui.available_width() - badge_width - 8.0).max(20.0);
        let format = egui::Label::new(
            egui::RichText::new(&track.format)
                .font(theme.small.clone())
                .color(theme.text_weak),
        )
        .truncate();
        ui.allocate_ui_with_layout(
            Vec2::new(format_width, 16.0),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.set_min_width(format_width);
                ui.add(format).on_hover_text(format!(
                    "Format: {}\n\n{}",
                    track.format, track.format_explained
                ));
            },
        );
        status_badge_ui(ui, lane, theme, badge_width);
    });

    let mut value = state.progress_pct;
    let slider_label = format!("{} progress", track.name);
    child.spacing_mut().slider_width = (inner.width() - 64.0).max(40.0);
    let response = child
        .name_inputs(&slider_label, |ui| {
            ui.add(
                egui::Slider::new(&mut value, 0.0..=100.0)
                    .suffix("%")
                    .fixed_decimals(0)
                    .step_by(1.0),
            )
        })
        .on_hover_text(format!("{slider_label}: set precisely"));
    if response.changed() && (value - state.progress_pct).abs() > f32::EPSILON {
        commands.push(Command::Board(BoardEdit::SetProgress {
            track: track.id.clone(),
            progress_pct: value,
        }));
    }
    clicked
}

fn status_badge_ui(ui: &mut Ui, lane: &LaneData<'_>, theme: &Theme, width: f32) {
    let LaneData {
        session,
        board,
        track,
        state,
        number: _,
    } = *lane;
    let fill = theme.status_colour(state.status);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, 16.0), Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 8.0, fill);
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        state.status.label(),
        theme.small.clone(),
        Theme::text_on(fill),
    );
    let mut tip = format!(
        "Status: {}. {}",
        state.status.label(),
        state.status.explanation()
    );
    if let GateState::Closed {
        needed_pct,
        have_pct,
    } = convene_gate(session, board, &track.id)
    {
        let _ = write!(
            tip,
            "\nThis table convenes once the other tracks reach {needed_pct:.0}% together (now {have_pct:.0}%)."
        );
    }
    let label = format!("{} status: {}", track.name, state.status.label());
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &label));
    response.on_hover_text(tip);
}

#[cfg(test)]
mod tests {
    #![allow(clippy::float_cmp, reason = "whole percentages are exact in f32")]
    use super::*;

    #[test]
    fn geometry_maps_percent_to_x_and_back() {
        let theme = Theme::screen();
        let g = LaneGeometry::new(
            Rect::from_min_size(Pos2::ZERO, Vec2::new(1000.0, 80.0)),
            &theme,
        );
        for pct in [0.0, 25.0, 50.0, 99.0, 100.0] {
            assert!((g.pct_at(g.x_of(pct)) - pct).abs() < 0.51, "{pct}");
        }
        assert_eq!(g.pct_at(-1000.0), 0.0);
        assert_eq!(g.pct_at(5000.0), 100.0);
        assert!(g.road.left() > g.header.right());
    }
}
