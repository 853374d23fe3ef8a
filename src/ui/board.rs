//! The highway: one lane per track, stacked top to bottom.
//!
//! A function of data: it takes the session and a `Ui` region and owns no
//! global state, so it can be drawn twice side by side, in a presenter
//! window or offscreen for export.

use egui::{Rect, Role, ScrollArea, Sense, Ui, Vec2, WidgetInfo};

use super::lane::{LaneData, lane_ui};
use super::theme::Theme;
use crate::command::Command;
use crate::model::{Board, Session, TrackId};

/// Draws every lane of `session` as it stands on `board`, in the space left
/// in `ui`. Returns the track the user clicked to select, if any.
pub fn board_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    selected: Option<&TrackId>,
    theme: &Theme,
    commands: &mut Vec<Command>,
) -> Option<TrackId> {
    let available = ui.available_size();
    let lanes = session.tracks.len().max(1) as f32;
    let lane_height = ((available.y - theme.lane_gap * (lanes - 1.0)) / lanes)
        .clamp(theme.lane_min_height, theme.lane_max_height);

    if session.tracks.is_empty() {
        ui.centered_and_justified(|ui| {
            ui.label("This session has no tracks yet.");
        });
        return None;
    }

    let mut clicked = None;
    ScrollArea::vertical()
        .id_salt("board")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let (board_rect, board_response) = ui.allocate_exact_size(
                Vec2::new(
                    ui.available_width(),
                    lanes * lane_height + (lanes - 1.0) * theme.lane_gap,
                ),
                Sense::hover(),
            );
            board_response.widget_info(|| {
                WidgetInfo::labeled(
                    Role::Group,
                    true,
                    format!("Highway of {} tracks", session.tracks.len()),
                )
            });
            ui.painter().rect_filled(board_rect, 6.0, theme.verge);
            for (index, track) in session.tracks.iter().enumerate() {
                // A valid session has an entry for every track; never draw an invented one.
                let Some(state) = board.track(&track.id) else {
                    ui.skip_ahead_auto_ids(1);
                    continue;
                };
                let top = board_rect.top() + index as f32 * (lane_height + theme.lane_gap);
                let rect = Rect::from_min_size(
                    egui::pos2(board_rect.left(), top),
                    Vec2::new(board_rect.width(), lane_height),
                );
                if !ui.is_rect_visible(rect) {
                    // Keep auto-ids stable for lanes after this one.
                    ui.skip_ahead_auto_ids(1);
                    continue;
                }
                let is_selected = selected == Some(&track.id);
                let mut lane_ui_region = ui.new_child(
                    egui::UiBuilder::new()
                        .max_rect(rect)
                        .id_salt(("lane-ui", track.id.as_str())),
                );
                if lane_ui(
                    &mut lane_ui_region,
                    LaneData {
                        session,
                        board,
                        track,
                        state,
                        number: index + 1,
                    },
                    rect,
                    is_selected,
                    theme,
                    commands,
                ) {
                    clicked = Some(track.id.clone());
                }
            }
        });
    clicked
}
