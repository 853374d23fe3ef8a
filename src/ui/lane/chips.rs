//! Participant chips standing in the lower half of the road, left to right,
//! with a "+N" chip when not all of them fit.

use egui::{Align2, Painter, Role, Sense, Ui, WidgetInfo};

use super::LaneView;
use super::geometry::LaneLayout;
use crate::i18n::lang_of;
use crate::model::Session;
use crate::tr;
use crate::ui::chip::{chip_interact, paint_chip_with_label};
use crate::ui::drag::{DragPayload, current_payload};
use crate::ui::theme::Theme;

/// Paints the chips; `chip_pointer` says which chip (index into the layout's
/// chips) is under the pointer and which is being dragged away (drawn
/// faded: its copy follows the pointer).
pub fn paint_chips(
    painter: &Painter,
    session: &Session,
    lane: &LaneView<'_>,
    layout: &LaneLayout,
    chip_pointer: ChipPointer,
    theme: &Theme,
) {
    let ChipPointer { hovered, dragged } = chip_pointer;
    for (index, slot) in layout.chips.iter().enumerate() {
        let seat = &lane.seats[slot.seat];
        if let Some(participant) = session.participant(&seat.participant) {
            let mut opacity = lane.seat_opacity(&seat.participant);
            if dragged == Some(index) {
                opacity *= theme.dragged_source_opacity;
            }
            if opacity <= 0.0 {
                continue;
            }
            let mut painter = painter.clone();
            painter.multiply_opacity(opacity);
            paint_chip_with_label(
                &painter,
                slot.rect,
                &slot.label,
                participant,
                seat.role,
                hovered == Some(index),
                theme,
            );
        }
    }
    if let Some((more, remaining)) = layout.more_chips {
        painter.rect_filled(more, more.height() / 2.0, theme.more_chips_fill);
        painter.text(
            more.center(),
            Align2::CENTER_CENTER,
            format!("+{remaining}"),
            theme.small.clone(),
            theme.text,
        );
    }
}

/// Which chip the pointer is over and which it is dragging away, as
/// indices into the layout's chips.
#[derive(Clone, Copy, Debug, Default)]
pub struct ChipPointer {
    /// The chip under the pointer.
    pub hovered: Option<usize>,
    /// The chip being dragged to another place.
    pub dragged: Option<usize>,
}

/// Makes every chip clickable (a click selects the track) and draggable
/// (to another lane, another place in this one, or off the board), with its
/// accessible name. Returns whether a chip was clicked, and which chip the
/// pointer is over or dragging.
pub fn chips_interact(
    ui: &Ui,
    session: &Session,
    lane: &LaneView<'_>,
    layout: &LaneLayout,
) -> (bool, ChipPointer) {
    let track = lane.track;
    let track_name = track.name.get(crate::i18n::lang_of(ui.ctx()));
    let mut clicked = false;
    let mut pointer = ChipPointer::default();
    for (index, slot) in layout.chips.iter().enumerate() {
        let seat = &lane.seats[slot.seat];
        let Some(participant) = session.participant(&seat.participant) else {
            continue;
        };
        let id = ui
            .scope_id()
            .with(("chip", track.id.as_str(), seat.participant.as_str()));
        let response = chip_interact(ui, id, slot.rect, participant, seat.role, track_name);
        clicked |= response.clicked();
        if response.hovered() {
            pointer.hovered = Some(index);
        }
        if response.drag_started() {
            response.dnd_set_drag_payload(DragPayload::Seat {
                participant: seat.participant.clone(),
                from: track.id.clone(),
            });
        }
        // Still dragging, and not cancelled (Esc clears the payload).
        if response.dragged()
            && current_payload(ui.ctx()).is_some_and(|payload| {
                matches!(&*payload, DragPayload::Seat { participant, from }
                    if participant == &seat.participant && from == &track.id)
            })
        {
            pointer.dragged = Some(index);
        }
    }
    if let Some((more, remaining)) = layout.more_chips {
        let response = ui.interact(
            more,
            ui.scope_id().with(("more-chips", track.id.as_str())),
            Sense::hover(),
        );
        let language = lang_of(ui.ctx());
        let label = || {
            tr!(
                language,
                "board-more-chips",
                count = remaining,
                track = track.name.get(language)
            )
        };
        response.widget_info(|| WidgetInfo::labeled(Role::Label, true, label()));
        response.on_hover_ui(|ui| {
            ui.label(label());
        });
    }
    (clicked, pointer)
}
