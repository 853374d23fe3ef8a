//! One negotiating track drawn as a lane of the highway: header on the left
//! (number, name, format, status, precise slider), road on the right
//! (milestone signs, participant chips, the draggable progress vehicle).
//!
//! A newcomer's map of this folder:
//!
//! | File | What it draws or decides |
//! |---|---|
//! | `geometry.rs` | where every part goes (`LaneGeometry`, `LaneLayout`) |
//! | `road.rs` | asphalt, shoulders, hazard stripes, centre line, finish line, closed on-ramp |
//! | `signs.rs` | milestone posts, plates and stop lines |
//! | `chips.rs` | participant chips and the "+N" chip |
//! | `vehicle.rs` | the vehicle and its drag / keyboard / screen-reader interaction |
//! | `header.rs` | number badge, name, format, status badge, progress slider |
//!
//! [`paint_lane`] draws a lane read-only (presenter, export, side by side);
//! [`lane_ui`] is the editor: it makes the same parts interactive, then
//! paints them with what the pointer is doing. The lane's look (stalled,
//! closed, gated) comes in from [`crate::model::look::lane_look`].

mod chips;
pub mod geometry;
mod header;
mod road;
mod signs;
pub mod vehicle;

use egui::{Painter, Role, Sense, Stroke, StrokeKind, Ui, WidgetInfo};

pub use geometry::{LaneGeometry, LaneLayout};

use crate::command::BoardEdit;
use crate::command::Command;
use crate::i18n::lang_of;
use crate::model::look::{LaneLook, lane_look};
use crate::model::{Board, Milestone, ParticipantId, Seat, Session, Track, TrackStatus};
use crate::tr;
use crate::ui::board::BoardMarks;
use crate::ui::theme::Theme;
use crate::ui::value_label;
use header::HeaderState;
use vehicle::VehicleState;

/// What one lane shows: the track's definition, its state on the board,
/// and its look, gathered once per lane per frame.
#[derive(Clone, Debug)]
pub struct LaneView<'a> {
    /// Lane number as shown (1 = top lane).
    pub number: usize,
    /// The track's definition (name, format, milestones).
    pub track: &'a Track,
    /// Progress on the board, 0–100.
    pub progress_pct: f32,
    /// Status on the board.
    pub status: TrackStatus,
    /// Who sits at the table, on the board.
    pub seats: &'a [Seat],
    /// The look, from the model's rule.
    pub look: LaneLook,
    /// Outlined as different from the baseline.
    pub changed: bool,
    /// The board's marks, for each chip's opacity.
    marks: &'a BoardMarks,
}

impl<'a> LaneView<'a> {
    /// The lane of `track`, the `index`th track of `session`, as it stands
    /// on `board`; `None` when the board has no entry for the track (a
    /// valid session always has one; an invented lane is never drawn).
    pub fn new(
        session: &'a Session,
        board: &'a Board,
        index: usize,
        track: &'a Track,
        marks: &'a BoardMarks,
    ) -> Option<Self> {
        let state = board.track(&track.id)?;
        Some(Self {
            number: index + 1,
            track,
            progress_pct: state.progress_pct,
            status: state.status,
            seats: &state.seats,
            look: lane_look(session, board, &track.id),
            changed: marks.is_changed(&track.id),
            marks,
        })
    }

    /// How opaque the chip of `participant` is drawn, 0–1 (below 1 while
    /// it fades in or out during playback).
    pub fn seat_opacity(&self, participant: &ParticipantId) -> f32 {
        self.marks.seat_opacity(&self.track.id, participant)
    }

    /// Whether `milestone` of this lane's track has been reached (derived
    /// from the lane's progress).
    pub fn milestone_reached(&self, milestone: &Milestone) -> bool {
        milestone.is_reached(self.progress_pct)
    }
}

/// What the user is doing to a lane, for painting. All off for a
/// read-only board.
#[derive(Clone, Copy, Debug, Default)]
struct LaneState {
    header: HeaderState,
    vehicle: VehicleState,
    chips: chips::ChipPointer,
}

/// Paints one lane, read-only: no widget, no id, no interaction, so the
/// same lane can be painted any number of times in one frame.
pub fn paint_lane(
    painter: &Painter,
    session: &Session,
    lane: &LaneView<'_>,
    layout: &LaneLayout,
    selected: bool,
    theme: &Theme,
) {
    let state = LaneState {
        header: HeaderState {
            selected,
            ..HeaderState::default()
        },
        ..LaneState::default()
    };
    paint_lane_parts(painter, session, lane, layout, state, theme);
}

fn paint_lane_parts(
    painter: &Painter,
    session: &Session,
    lane: &LaneView<'_>,
    layout: &LaneLayout,
    state: LaneState,
    theme: &Theme,
) {
    let geometry = &layout.geometry;
    let mut mesh = road::road_mesh(painter, lane, geometry, theme);
    signs::sign_posts(&mut mesh, lane, layout, theme);
    painter.add(mesh);
    signs::paint_sign_plates(painter, lane, layout, theme);
    if lane.look.is_closed() {
        let with_words = geometry.driving_band().height() >= theme.small.size;
        road::paint_closed_on_ramp(painter, lane, geometry, theme, with_words);
    }
    chips::paint_chips(painter, session, lane, layout, state.chips, theme);
    vehicle::paint_vehicle(painter, lane, layout.vehicle, state.vehicle, theme);
    header::paint_header(painter, lane, geometry, state.header, theme);
    if lane.changed {
        painter.rect_stroke(
            geometry.rect.expand(theme.changed_lane_gap),
            theme.lane_rounding,
            Stroke::new(theme.changed_lane_width, theme.changed_lane),
            StrokeKind::Outside,
        );
    }
    if state.header.selected {
        painter.rect_stroke(
            geometry.rect.expand(1.0),
            theme.lane_rounding,
            Stroke::new(theme.selection_width, theme.selection),
            StrokeKind::Outside,
        );
    }
}

/// A lane scrolled out of view: not drawn, but still a Tab stop with its
/// accessible name, so the keyboard reaches every lane; when it gets the
/// focus the board scrolls it into view (and draws it in full from then on).
pub fn offscreen_lane_ui(ui: &Ui, lane: &LaneView<'_>, rect: egui::Rect) {
    let lane_id = ui.scope_id().with(("lane", lane.track.id.as_str()));
    let response = ui.interact(rect, lane_id, Sense::click());
    let language = lang_of(ui.ctx());
    response.widget_info(|| {
        WidgetInfo::labeled(
            Role::Button,
            true,
            tr!(
                language,
                "board-lane-label",
                number = lane.number,
                track = lane.track.name.get(language),
                status = value_label(language, lane.status.message_id()).to_lowercase(),
                pct = format!("{:.0}", lane.progress_pct)
            ),
        )
    });
    if response.gained_focus() || response.has_focus() {
        response.scroll_to_me(None);
    }
}

/// The editor's lane: makes the painted parts interactive (select, drag,
/// keys, context menu, tooltips, accessible names), paints the lane, and
/// adds the header's slider. Pushes edits onto `commands`.
/// Returns true if the user clicked the lane to select it.
pub fn lane_ui(
    ui: &mut Ui,
    session: &Session,
    lane: &LaneView<'_>,
    layout: &LaneLayout,
    is_selected: bool,
    theme: &Theme,
    commands: &mut Vec<Command>,
) -> bool {
    let track = lane.track;
    let rect = layout.geometry.rect;
    let lane_id = ui.scope_id().with(("lane", track.id.as_str()));

    // The lane background: clicking anywhere on it selects the track.
    let language = lang_of(ui.ctx());
    let track_name = track.name.get(language);
    let status_label = value_label(language, lane.status.message_id());
    let lane_response = ui.interact(rect, lane_id, Sense::click());
    lane_response.widget_info(|| {
        WidgetInfo::selected(
            Role::Button,
            true,
            is_selected,
            tr!(
                language,
                "board-lane-label",
                number = lane.number,
                track = track_name,
                status = status_label.to_lowercase(),
                pct = format!("{:.0}", lane.progress_pct)
            ),
        )
    });
    let mut selected_now = lane_response.clicked();
    // Right-click: the quick "what if this lane stalls?" switch.
    lane_response.context_menu(|ui| {
        ui.label(egui::RichText::new(track_name).strong());
        for status in TrackStatus::ALL {
            let current = lane.status == status;
            if ui
                .add(egui::Button::selectable(
                    current,
                    value_label(language, status.message_id()),
                ))
                .on_hover_text(value_label(language, status.explanation_id()))
                .clicked()
            {
                if !current {
                    commands.push(Command::from(BoardEdit::SetTrackStatus {
                        track: track.id.clone(),
                        status,
                    }));
                }
                ui.close();
            }
        }
    });

    signs::signs_interact(ui, lane, layout);
    let (chip_clicked, chip_pointer) = chips::chips_interact(ui, session, lane, layout);
    selected_now |= chip_clicked;
    let vehicle = vehicle::progress_marker_ui(ui, lane, layout, commands);
    let (name_clicked, name_hovered) = header::header_interact(ui, lane, &layout.geometry, theme);
    selected_now |= name_clicked;

    let state = LaneState {
        header: HeaderState {
            selected: is_selected,
            name_hovered,
            has_slider: true,
        },
        vehicle,
        chips: chip_pointer,
    };
    paint_lane_parts(ui.painter(), session, lane, layout, state, theme);
    header::header_slider_ui(ui, lane, &layout.geometry, commands);
    selected_now
}
