//! Participant chips standing in the lower half of the road, left to right,
//! with a "+N" chip when not all of them fit.

use egui::{Align2, Painter, Role, Sense, Ui, WidgetInfo};

use super::LaneView;
use super::geometry::LaneLayout;
use crate::i18n::lang_of;
use crate::model::Session;
use crate::tr;
use crate::ui::chip::{chip_interact, paint_chip_with_label};
use crate::ui::theme::Theme;

/// Paints the chips; `hovered` is the index (into the layout's chips) of
/// the chip under the pointer.
pub fn paint_chips(
    painter: &Painter,
    session: &Session,
    lane: &LaneView<'_>,
    layout: &LaneLayout,
    hovered: Option<usize>,
    theme: &Theme,
) {
    for (index, slot) in layout.chips.iter().enumerate() {
        let seat = &lane.seats[slot.seat];
        if let Some(participant) = session.participant(&seat.participant) {
            let opacity = lane.seat_opacity(&seat.participant);
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

/// Makes every chip clickable (a click selects the track) with its
/// accessible name. Returns (a chip was clicked, index of the hovered chip).
pub fn chips_interact(
    ui: &Ui,
    session: &Session,
    lane: &LaneView<'_>,
    layout: &LaneLayout,
) -> (bool, Option<usize>) {
    let track = lane.track;
    let track_name = track.name.get(crate::i18n::lang_of(ui.ctx()));
    let mut clicked = false;
    let mut hovered = None;
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
            hovered = Some(index);
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
    (clicked, hovered)
}
