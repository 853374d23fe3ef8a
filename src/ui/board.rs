//! The highway: one lane per track, stacked top to bottom.
//!
//! [`paint_board`] draws a whole board read-only into a given rect at a
//! given scale and theme: no scrolling, no measuring of available space, no
//! widget and no id, so it can be drawn twice side by side, in a presenter
//! window, or offscreen for export. [`board_ui`] is the editor: it scrolls
//! when the lanes do not fit at a readable height, and makes each lane
//! interactive on top of the same layout.

use egui::{Painter, Pos2, Rect, Role, ScrollArea, Sense, Ui, Vec2, WidgetInfo};

use super::drag::{self, DragPayload, LaneSpot};
use super::lane::{LaneLayout, LaneView, lane_ui, offscreen_lane_ui, paint_lane};
use super::theme::Theme;
use crate::command::Command;
use crate::i18n::lang_of;
use crate::model::{Board, ParticipantId, Session, TrackId};
use crate::tr;

/// The rect of every lane when `lane_count` lanes are stacked in `rect`.
///
/// Lanes are as tall as the theme allows at most, and shrink (gaps too)
/// until all of them fit: the result always lies inside `rect`, top-aligned,
/// without overlaps, however many lanes there are.
pub fn lane_rects(lane_count: usize, rect: Rect, theme: &Theme) -> Vec<Rect> {
    if lane_count == 0 || !rect.is_positive() {
        return Vec::new();
    }
    let lanes = lane_count as f32;
    let gaps = lanes - 1.0;
    let mut gap = theme.lane_gap;
    let mut lane_height = (rect.height() - gap * gaps) / lanes;
    if lane_height < gap * 4.0 {
        // Very many lanes: gaps shrink with the lanes.
        gap = rect.height() / lanes * 0.1;
        lane_height = (rect.height() - gap * gaps) / lanes;
    }
    let lane_height = lane_height.min(theme.lane_max_height);
    (0..lane_count)
        .map(|index| {
            let top = rect.top() + index as f32 * (lane_height + gap);
            Rect::from_min_size(
                Pos2::new(rect.left(), top),
                Vec2::new(rect.width(), lane_height),
            )
        })
        .collect()
}

/// Height the editor gives `lane_count` lanes when `available_height` is
/// on screen: the lanes fill it, but never shrink below the theme's
/// minimum (the editor scrolls instead).
fn editor_board_height(lane_count: usize, available_height: f32, theme: &Theme) -> f32 {
    let lanes = lane_count.max(1) as f32;
    let lane_height = ((available_height - theme.lane_gap * (lanes - 1.0)) / lanes)
        .clamp(theme.lane_min_height, theme.lane_max_height);
    lanes * lane_height + (lanes - 1.0) * theme.lane_gap
}

/// What the board shows beyond a board's own state: the lanes that differ
/// from the baseline, and the chips fading in or out while a story plays.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BoardMarks {
    /// Tracks that differ from the baseline: their lanes are outlined.
    pub changed_tracks: Vec<TrackId>,
    /// Chips drawn part-transparent, from 0 (gone) to 1 (solid): a seat
    /// arriving or leaving during playback. Seats not listed are solid.
    pub seat_opacity: Vec<(TrackId, ParticipantId, f32)>,
}

impl BoardMarks {
    /// Whether the lane of `track` is outlined as changed.
    pub fn is_changed(&self, track: &TrackId) -> bool {
        self.changed_tracks.contains(track)
    }

    /// How opaque the chip of `participant` on `track` is drawn, 0–1.
    pub fn seat_opacity(&self, track: &TrackId, participant: &ParticipantId) -> f32 {
        self.seat_opacity
            .iter()
            .find(|(t, p, _)| t == track && p == participant)
            .map_or(1.0, |(_, _, opacity)| opacity.clamp(0.0, 1.0))
    }
}

/// Paints every lane of `session` as it stands on `board` into `rect`,
/// read-only, at `scale` (1 =
/// the theme's sizes). Lanes shrink to fit; those outside the painter's
/// clip rect are skipped. `selected` outlines one lane, as the editor does;
/// `marks` outlines changed lanes and fades chips.
/// Returns the lane rects, top to bottom.
#[expect(
    clippy::too_many_arguments,
    reason = "a function of (session, board, rect, scale, theme) plus what the editor marks on it"
)]
pub fn paint_board(
    painter: &Painter,
    session: &Session,
    board: &Board,
    rect: Rect,
    scale: f32,
    theme: &Theme,
    selected: Option<&TrackId>,
    marks: &BoardMarks,
) -> Vec<Rect> {
    let theme = theme.scaled(scale);
    let rects = lane_rects(session.tracks.len(), rect, &theme);
    if let (Some(first), Some(last)) = (rects.first(), rects.last()) {
        painter.rect_filled(first.union(*last), theme.lane_rounding, theme.verge);
    }
    let clip = painter.clip_rect();
    for ((index, track), lane_rect) in session.tracks.iter().enumerate().zip(&rects) {
        if !clip.intersects(*lane_rect) {
            continue;
        }
        let Some(lane) = LaneView::new(session, board, index, track, marks) else {
            continue;
        };
        let layout = LaneLayout::new(painter, session, &lane, *lane_rect, &theme);
        paint_lane(
            painter,
            session,
            &lane,
            &layout,
            selected == Some(&track.id),
            &theme,
        );
    }
    rects
}

/// The editor's board: every lane of `session` as it stands on `board`
/// (with `marks`), in the space left in `ui`,
/// scrolling when they do not fit at the theme's minimum height.
/// Returns the track the user clicked to select, if any.
pub fn board_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    marks: &BoardMarks,
    selected: Option<&TrackId>,
    theme: &Theme,
    commands: &mut Vec<Command>,
) -> Option<TrackId> {
    if session.tracks.is_empty() {
        ui.centered_and_justified(|ui| {
            ui.label(tr!(lang_of(ui.ctx()), "board-no-tracks"));
        });
        return None;
    }
    let board_height = editor_board_height(session.tracks.len(), ui.available_height(), theme);

    let mut clicked = None;
    ScrollArea::vertical()
        .id_salt("board")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let (board_rect, board_response) = ui.allocate_exact_size(
                Vec2::new(ui.available_width(), board_height),
                Sense::hover(),
            );
            // Worded before: the closure runs while egui holds its context.
            let label = tr!(
                lang_of(ui.ctx()),
                "board-highway",
                count = session.tracks.len()
            );
            board_response.widget_info(|| WidgetInfo::labeled(Role::Group, true, &label));
            ui.painter()
                .rect_filled(board_rect, theme.lane_rounding, theme.verge);
            let rects = lane_rects(session.tracks.len(), board_rect, theme);
            // Only while something is dragged: where each lane's chips are.
            let payload = drag::current_payload(ui.ctx());
            let mut spots = Vec::new();
            for ((index, track), &rect) in session.tracks.iter().enumerate().zip(&rects) {
                let Some(lane) = LaneView::new(session, board, index, track, marks) else {
                    continue;
                };
                if !ui.is_rect_visible(rect) {
                    offscreen_lane_ui(ui, &lane, rect);
                    continue;
                }
                let layout = LaneLayout::new(ui.painter(), session, &lane, rect, theme);
                let is_selected = selected == Some(&track.id);
                if lane_ui(ui, session, &lane, &layout, is_selected, theme, commands) {
                    clicked = Some(track.id.clone());
                }
                if payload.is_some() {
                    spots.push(LaneSpot {
                        track: track.id.clone(),
                        rect,
                        chip_band: layout.geometry.chip_band(),
                        chips: layout.chips.iter().map(|c| (c.seat, c.rect)).collect(),
                        chip_gap: theme.chip_gap,
                    });
                }
            }
            if let Some(payload) = payload {
                let visible = ui.clip_rect().intersect(board_rect);
                drop_ui(
                    ui, session, board, &payload, visible, &spots, &rects, theme, commands,
                );
            }
        });
    clicked
}

/// While `payload` is dragged: highlights where it would land, paints it
/// at the pointer, and on release pushes the one edit the drop makes (none
/// where it would change nothing). `visible` is the board's visible area.
#[expect(
    clippy::too_many_arguments,
    reason = "the board's state, what is dragged and where the lanes are"
)]
fn drop_ui(
    ui: &Ui,
    session: &Session,
    board: &Board,
    payload: &DragPayload,
    visible: Rect,
    spots: &[LaneSpot],
    lane_rects: &[Rect],
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let ctx = ui.ctx();
    let Some(pointer) = ui.input(|i| i.pointer.interact_pos()) else {
        return;
    };
    let target = drag::drop_target(
        payload,
        pointer,
        visible,
        spots,
        lane_rects,
        drag::bin_rect(ctx),
    );
    let command = drag::drop_command(payload, &target, session, board);
    if ui.input(|i| i.pointer.any_released()) {
        egui::DragAndDrop::clear_payload(ctx);
        commands.extend(command);
        return;
    }
    if command.is_some() {
        drag::paint_target(ui.painter(), &target, spots, visible, theme);
    }
    drag::paint_dragged(ctx, session, board, payload, pointer, &target, theme);
}
