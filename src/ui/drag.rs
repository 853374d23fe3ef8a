//! Drag and drop on the board: what can be dragged ([`DragPayload`]), where
//! it would land if released now ([`DropTarget`], worked out from the
//! pointer), and the one command a drop makes ([`drop_command`]).
//!
//! egui carries the payload (`Response::dnd_set_drag_payload`,
//! [`egui::DragAndDrop`]): it clears it when the pointer is released and
//! when Esc is pressed (using the key up, so Esc cancels the drag and
//! closes nothing else). Drag sources are the lane chips
//! (`lane/chips.rs`), the palette's chips (`palette.rs`) and the lane
//! headers (`lane/header.rs`); the board resolves every drop in one place
//! ([`crate::ui::board::board_ui`]), so a drop makes at most one command —
//! one undo step, labelled by [`Command::label`].
//!
//! The vehicle is not a payload: it moves with the pointer and snaps to a
//! milestone ([`snap_to_milestone`]) unless [`snapping_disabled`].

use egui::{Context, Id, LayerId, Modifiers, Order, Painter, Pos2, Rect, Vec2};

use crate::command::{BoardEdit, Command, SessionEdit};
use crate::model::{Board, Milestone, ParticipantId, Role, Session, TrackId};
use crate::ui::chip::paint_chip;
use crate::ui::theme::Theme;

/// Distance, in percent of the road, within which a vehicle let go near a
/// milestone snaps onto it.
pub const VEHICLE_SNAP_PCT: f32 = 3.0;

/// The role a participant takes when dropped from the palette onto a lane:
/// a negotiator, the commonest seat; the inspector changes it.
pub const PALETTE_ROLE: Role = Role::Negotiator;

/// Whether the held modifiers place the vehicle freely (Shift): Alt-drag is
/// taken by many Linux window managers, Shift is free during a drag.
pub fn snapping_disabled(modifiers: &Modifiers) -> bool {
    modifiers.shift
}

/// What is being dragged.
#[derive(Clone, Debug, PartialEq)]
pub enum DragPayload {
    /// A chip from a lane: `participant`'s seat at the table of `from`.
    Seat {
        /// Who sits there.
        participant: ParticipantId,
        /// The lane it comes from.
        from: TrackId,
    },
    /// A participant from the palette, to be seated.
    Participant(ParticipantId),
    /// A lane, by its header, to be moved to another place.
    Lane(TrackId),
}

/// Where a dragged payload would land if it were released now.
#[derive(Clone, Debug, PartialEq)]
pub enum DropTarget {
    /// On the lane of `track`, before the seat now at index `before` of its
    /// table (at the end when `None`); `marker_x` is where the insertion
    /// line is drawn.
    Lane {
        /// The lane under the pointer.
        track: TrackId,
        /// Seat index the chip goes before; `None` = after the last.
        before: Option<usize>,
        /// Screen x of the insertion line.
        marker_x: f32,
    },
    /// Between lanes (lane reorder): before lane `gap` counted from 0
    /// (`gap` = lane count: after the last).
    Gap {
        /// Lane index the dragged lane goes before.
        gap: usize,
        /// Screen y of the insertion line.
        marker_y: f32,
    },
    /// The palette's remove area.
    Bin,
    /// Outside the board (and not on the remove area).
    OffBoard,
    /// On the board, but where nothing can happen (the verge between lanes
    /// for a chip, for instance).
    Nowhere,
}

/// One lane as a drop target: where it and its visible chips are.
#[derive(Clone, Debug)]
pub struct LaneSpot {
    /// The lane's track.
    pub track: TrackId,
    /// The whole lane.
    pub rect: Rect,
    /// The band where chips stand.
    pub chip_band: Rect,
    /// Each visible chip: its seat index and rect, left to right.
    pub chips: Vec<(usize, Rect)>,
    /// Horizontal gap between chips.
    pub chip_gap: f32,
}

impl LaneSpot {
    /// Where a chip dropped at screen `x` goes: before the first visible
    /// chip whose centre is right of `x` (its seat index and the insertion
    /// line's x), or at the end.
    pub fn insertion(&self, x: f32) -> (Option<usize>, f32) {
        for (seat, rect) in &self.chips {
            if x < rect.center().x {
                return (Some(*seat), rect.left() - self.chip_gap / 2.0);
            }
        }
        let end_x = self.chips.last().map_or_else(
            || self.chip_band.left() + self.chip_gap,
            |(_, rect)| rect.right() + self.chip_gap / 2.0,
        );
        (None, end_x)
    }
}

/// The gap between lanes nearest to `y`: before the first lane whose
/// centre is below `y`, or after the last; with the insertion line's y.
pub fn lane_gap(lane_rects: &[Rect], y: f32) -> (usize, f32) {
    for (index, rect) in lane_rects.iter().enumerate() {
        if y < rect.center().y {
            let marker_y = match index.checked_sub(1).and_then(|i| lane_rects.get(i)) {
                Some(above) => f32::midpoint(above.bottom(), rect.top()),
                None => rect.top(),
            };
            return (index, marker_y);
        }
    }
    let marker_y = lane_rects.last().map_or(y, Rect::bottom);
    (lane_rects.len(), marker_y)
}

/// Where `payload` would land with the pointer at `pointer`: `board` is
/// the board's visible area, `lanes` the visible lanes, `lane_rects` every
/// lane's rect (top to bottom), `bin` the remove area.
pub fn drop_target(
    payload: &DragPayload,
    pointer: Pos2,
    board: Rect,
    lanes: &[LaneSpot],
    lane_rects: &[Rect],
    bin: Option<Rect>,
) -> DropTarget {
    if bin.is_some_and(|bin| bin.contains(pointer)) {
        return DropTarget::Bin;
    }
    if !board.contains(pointer) {
        return DropTarget::OffBoard;
    }
    match payload {
        DragPayload::Lane(_) => {
            let (gap, marker_y) = lane_gap(lane_rects, pointer.y);
            DropTarget::Gap { gap, marker_y }
        }
        DragPayload::Seat { .. } | DragPayload::Participant(_) => lanes
            .iter()
            .find(|lane| lane.rect.contains(pointer))
            .map_or(DropTarget::Nowhere, |lane| {
                let (before, marker_x) = lane.insertion(pointer.x);
                DropTarget::Lane {
                    track: lane.track.clone(),
                    before,
                    marker_x,
                }
            }),
    }
}

/// The one edit that dropping `payload` on `target` makes on `board` of
/// `session`, or `None` where the drop would change nothing (a chip
/// dropped where it already is, a participant on a lane where it already
/// sits, a lane on its own place, a drop on the verge).
pub fn drop_command(
    payload: &DragPayload,
    target: &DropTarget,
    session: &Session,
    board: &Board,
) -> Option<Command> {
    match (payload, target) {
        (DragPayload::Seat { participant, from }, DropTarget::Lane { track, before, .. }) => {
            let from_seats = &board.track(from)?.seats;
            let old = from_seats
                .iter()
                .position(|s| &s.participant == participant)?;
            let at = if track == from {
                // The index after the seat has left its old place.
                let at = before.map_or(from_seats.len() - 1, |b| if b > old { b - 1 } else { b });
                if at == old {
                    return None;
                }
                Some(at)
            } else {
                if board.track(track)?.seat(participant).is_some() {
                    return None;
                }
                *before
            };
            Some(Command::from(BoardEdit::MoveSeat {
                participant: participant.clone(),
                from: from.clone(),
                to: track.clone(),
                at,
            }))
        }
        (DragPayload::Seat { participant, from }, DropTarget::Bin | DropTarget::OffBoard) => {
            board.track(from)?.seat(participant)?;
            Some(Command::from(BoardEdit::RemoveSeat {
                track: from.clone(),
                participant: participant.clone(),
            }))
        }
        (DragPayload::Participant(participant), DropTarget::Lane { track, before, .. }) => {
            session.participant(participant)?;
            if board.track(track)?.seat(participant).is_some() {
                return None;
            }
            Some(Command::from(BoardEdit::AddSeat {
                track: track.clone(),
                participant: participant.clone(),
                role: PALETTE_ROLE,
                at: *before,
            }))
        }
        (DragPayload::Lane(track), DropTarget::Gap { gap, .. }) => {
            let from = session.tracks.iter().position(|t| &t.id == track)?;
            let to = if *gap > from { gap - 1 } else { *gap };
            (to != from).then(|| {
                Command::from(SessionEdit::MoveTrack {
                    track: track.clone(),
                    to,
                })
            })
        }
        _ => None,
    }
}

/// The milestone position `pct` snaps to (the nearest within
/// [`VEHICLE_SNAP_PCT`]), or `pct` itself when none is that close.
pub fn snap_to_milestone(pct: f32, milestones: &[Milestone]) -> f32 {
    milestones
        .iter()
        .map(|m| m.position_pct.clamp(0.0, 100.0))
        .filter(|&position| (position - pct).abs() <= VEHICLE_SNAP_PCT)
        .min_by(|a, b| (a - pct).abs().total_cmp(&(b - pct).abs()))
        .unwrap_or(pct)
}

/// The payload being dragged now, if it is one of the board's.
pub fn current_payload(ctx: &Context) -> Option<std::sync::Arc<DragPayload>> {
    egui::DragAndDrop::payload::<DragPayload>(ctx)
}

fn bin_key() -> Id {
    Id::unique("peacemap-drag-bin")
}

/// Records where the palette's remove area is this frame (the palette is
/// drawn before the board, which resolves drops).
pub fn set_bin_rect(ctx: &Context, rect: Rect) {
    // Written only when it moved: no allocation on an ordinary frame.
    if bin_rect(ctx) != Some(rect) {
        ctx.data_mut(|d| d.insert_temp(bin_key(), rect));
    }
}

/// Where the palette's remove area was put this frame, if it was drawn.
pub fn bin_rect(ctx: &Context) -> Option<Rect> {
    ctx.data(|d| d.get_temp::<Rect>(bin_key()))
}

/// Paints what is being dragged at the pointer, on a layer above the
/// board: the chip (faded where dropping removes it) or the lane's name.
pub fn paint_dragged(
    ctx: &Context,
    session: &Session,
    board: &Board,
    payload: &DragPayload,
    pointer: Pos2,
    target: &DropTarget,
    theme: &Theme,
) {
    let mut layer = Painter::new(
        ctx.clone(),
        LayerId::new(Order::Tooltip, Id::unique("peacemap-dragged")),
        Rect::EVERYTHING,
    );
    match payload {
        DragPayload::Seat { participant, .. } | DragPayload::Participant(participant) => {
            let Some(who) = session.participant(participant) else {
                return;
            };
            let role = match payload {
                DragPayload::Seat { from, .. } => board
                    .track(from)
                    .and_then(|state| state.seat(participant))
                    .map_or(PALETTE_ROLE, |seat| seat.role),
                _ => PALETTE_ROLE,
            };
            if matches!(target, DropTarget::OffBoard | DropTarget::Bin)
                && matches!(payload, DragPayload::Seat { .. })
            {
                layer.multiply_opacity(theme.dragged_off_board_opacity);
            }
            let label = crate::ui::chip::chip_label_galley(&layer, who, theme);
            let size = Vec2::new(
                crate::ui::chip::chip_width(&label, theme),
                theme.palette_chip_height,
            );
            paint_chip(
                &layer,
                // Held just above the pointer, so the insertion line under
                // the pointer stays in sight.
                Rect::from_center_size(pointer - Vec2::new(0.0, size.y), size),
                who,
                role,
                true,
                theme,
            );
        }
        DragPayload::Lane(track) => {
            let Some(track) = session.track(track) else {
                return;
            };
            let name = layer.layout_no_wrap(
                track.name.get(crate::i18n::lang_of(ctx)).to_owned(),
                theme.lane_title.clone(),
                theme.text,
            );
            let size = name.size() + Vec2::new(24.0, 12.0);
            // Beside the pointer, so the line between lanes stays in sight.
            let rect = Rect::from_min_size(pointer + Vec2::new(16.0, -size.y / 2.0), size);
            layer.rect_filled(rect, theme.lane_rounding, theme.header_fill);
            layer.rect_stroke(
                rect,
                theme.lane_rounding,
                egui::Stroke::new(theme.drop_target_width, theme.drop_target),
                egui::StrokeKind::Outside,
            );
            layer.galley(
                egui::Align2::CENTER_CENTER
                    .anchor_size(rect.center(), name.size())
                    .min,
                name,
                theme.text,
            );
        }
    }
}

/// Paints where a valid drop would land: the lane outlined with its
/// insertion line, or the line between lanes. (The remove area highlights
/// itself.)
pub fn paint_target(
    painter: &Painter,
    target: &DropTarget,
    lanes: &[LaneSpot],
    board: Rect,
    theme: &Theme,
) {
    let stroke = egui::Stroke::new(theme.drop_target_width, theme.drop_target);
    match target {
        DropTarget::Lane {
            track, marker_x, ..
        } => {
            if let Some(lane) = lanes.iter().find(|l| &l.track == track) {
                painter.rect_stroke(
                    lane.rect,
                    theme.lane_rounding,
                    stroke,
                    egui::StrokeKind::Inside,
                );
                let band = lane.chip_band;
                painter.vline(*marker_x, band.y_range().shrink(2.0), stroke);
            }
        }
        DropTarget::Gap { marker_y, .. } => {
            painter.hline(board.x_range(), *marker_y, stroke);
        }
        DropTarget::Bin | DropTarget::OffBoard | DropTarget::Nowhere => {}
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::float_cmp, reason = "positions here are exact in f32")]
    use super::*;
    use crate::model::MilestoneId;

    fn bundled() -> Session {
        crate::io::bundled_session().expect("bundled session")
    }

    fn spot(track: &str, chips: &[(usize, f32)]) -> LaneSpot {
        LaneSpot {
            track: TrackId::new(track),
            rect: Rect::from_min_max(Pos2::new(0.0, 0.0), Pos2::new(1000.0, 100.0)),
            chip_band: Rect::from_min_max(Pos2::new(300.0, 50.0), Pos2::new(1000.0, 100.0)),
            chips: chips
                .iter()
                .map(|&(seat, left)| {
                    (
                        seat,
                        Rect::from_min_size(Pos2::new(left, 60.0), Vec2::new(40.0, 20.0)),
                    )
                })
                .collect(),
            chip_gap: 6.0,
        }
    }

    #[test]
    fn the_insertion_point_follows_the_chips_centres() {
        let lane = spot("t", &[(0, 310.0), (1, 356.0), (2, 402.0)]);
        assert_eq!(lane.insertion(0.0).0, Some(0));
        assert_eq!(lane.insertion(329.0).0, Some(0));
        assert_eq!(lane.insertion(331.0).0, Some(1));
        assert_eq!(lane.insertion(400.0).0, Some(2));
        assert_eq!(lane.insertion(423.0).0, None);
        assert_eq!(lane.insertion(331.0).1, 353.0);
        let empty = spot("t", &[]);
        assert_eq!(empty.insertion(500.0), (None, 306.0));
    }

    #[test]
    fn the_lane_gap_is_the_nearest_edge() {
        let rects: Vec<Rect> = (0..3)
            .map(|i| Rect::from_min_size(Pos2::new(0.0, i as f32 * 110.0), Vec2::new(10.0, 100.0)))
            .collect();
        assert_eq!(lane_gap(&rects, -5.0), (0, 0.0));
        assert_eq!(lane_gap(&rects, 49.0), (0, 0.0));
        assert_eq!(lane_gap(&rects, 51.0), (1, 105.0));
        assert_eq!(lane_gap(&rects, 200.0), (2, 215.0));
        assert_eq!(lane_gap(&rects, 300.0), (3, 320.0));
    }

    #[test]
    fn a_seat_moved_within_its_lane_counts_after_leaving_its_place() {
        let session = bundled();
        let board = &session.board;
        let track = TrackId::new("track-1");
        // track-1: rok, dprk, us, china.
        let seat = |who: &str| DragPayload::Seat {
            participant: ParticipantId::new(who),
            from: track.clone(),
        };
        let on = |before| DropTarget::Lane {
            track: track.clone(),
            before,
            marker_x: 0.0,
        };
        let at = |command: Option<Command>| match command {
            Some(Command::Board {
                edit: BoardEdit::MoveSeat { at, .. },
                ..
            }) => at,
            other => panic!("expected a MoveSeat, got {other:?}"),
        };
        // Before itself or just after itself: no change, no command.
        assert_eq!(
            drop_command(&seat("dprk"), &on(Some(1)), &session, board),
            None
        );
        assert_eq!(
            drop_command(&seat("dprk"), &on(Some(2)), &session, board),
            None
        );
        assert_eq!(
            drop_command(&seat("china"), &on(None), &session, board),
            None
        );
        // ROK (seat 0) before China (seat 3): index 2 once it has left seat 0.
        assert_eq!(
            at(drop_command(&seat("rok"), &on(Some(3)), &session, board)),
            Some(2)
        );
        assert_eq!(
            at(drop_command(&seat("china"), &on(Some(0)), &session, board)),
            Some(0)
        );
        assert_eq!(
            at(drop_command(&seat("rok"), &on(None), &session, board)),
            Some(3)
        );
    }

    #[test]
    fn drops_that_change_nothing_make_no_command() {
        let session = bundled();
        let board = &session.board;
        let china_from_1 = DragPayload::Seat {
            participant: ParticipantId::new("china"),
            from: TrackId::new("track-1"),
        };
        // China already sits on track 2.
        let on_2 = DropTarget::Lane {
            track: TrackId::new("track-2"),
            before: None,
            marker_x: 0.0,
        };
        assert_eq!(drop_command(&china_from_1, &on_2, &session, board), None);
        let palette_china = DragPayload::Participant(ParticipantId::new("china"));
        assert_eq!(drop_command(&palette_china, &on_2, &session, board), None);
        assert_eq!(
            drop_command(&china_from_1, &DropTarget::Nowhere, &session, board),
            None
        );
        assert_eq!(
            drop_command(&palette_china, &DropTarget::Bin, &session, board),
            None
        );
        assert_eq!(
            drop_command(&palette_china, &DropTarget::OffBoard, &session, board),
            None
        );
        let lane_2 = DragPayload::Lane(TrackId::new("track-2"));
        for gap in [1, 2] {
            let target = DropTarget::Gap { gap, marker_y: 0.0 };
            assert_eq!(
                drop_command(&lane_2, &target, &session, board),
                None,
                "{gap}"
            );
        }
        let target = DropTarget::Gap {
            gap: 4,
            marker_y: 0.0,
        };
        assert_eq!(
            drop_command(&lane_2, &target, &session, board),
            Some(Command::from(SessionEdit::MoveTrack {
                track: TrackId::new("track-2"),
                to: 3
            }))
        );
    }

    #[test]
    fn the_vehicle_snaps_to_the_nearest_milestone_within_reach() {
        let milestone = |id: &str, position_pct| Milestone {
            id: MilestoneId::new(id),
            position_pct,
            ..bundled().tracks[0].milestones[0].clone()
        };
        let milestones = [milestone("a", 30.0), milestone("b", 34.0)];
        assert_eq!(snap_to_milestone(27.0, &milestones), 30.0);
        assert_eq!(snap_to_milestone(31.9, &milestones), 30.0);
        assert_eq!(snap_to_milestone(32.1, &milestones), 34.0);
        assert_eq!(snap_to_milestone(37.0, &milestones), 34.0);
        assert_eq!(snap_to_milestone(37.5, &milestones), 37.5);
        assert_eq!(snap_to_milestone(26.5, &milestones), 26.5);
        assert_eq!(snap_to_milestone(50.0, &[]), 50.0);
    }
}
