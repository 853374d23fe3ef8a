//! The participant palette: a strip above the board with one chip per
//! participant of the session, each a drag source (drop it on a lane to
//! seat it there as a [`drag::PALETTE_ROLE`]), and at its end a remove
//! area: a lane's chip dropped there leaves that track.
//!
//! Public API: [`palette_ui`] draws the strip and returns a
//! [`PaletteAction`] when the user asks for something the palette does not
//! do itself (adding or removing a participant of the session); the app
//! hands it to the participant editor. Drops are resolved by the board
//! ([`crate::ui::board::board_ui`]), which reads where the remove area is
//! from [`drag::bin_rect`].

use egui::{Align, Layout, Role as A11yRole, ScrollArea, Sense, Stroke, StrokeKind, Ui, Vec2};

use super::chip::{chip_label_galley, chip_width, describe_draggable, paint_chip_with_label};
use super::drag::{self, DragPayload};
use super::theme::Theme;
use crate::i18n::lang_of;
use crate::model::{ParticipantId, Session};
use crate::tr;

/// What the user asked the palette for that the participant editor does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaletteAction {
    /// "Add participant…" at the strip's end: add one to the session.
    AddParticipant,
    /// "Remove participant…" in a chip's context menu: remove this one
    /// from the session (asking first where it sits).
    RemoveParticipant(ParticipantId),
}

/// Draws the palette strip: the participants' chips, an "Add participant…"
/// button, and the remove area. Returns what the user asked for, if
/// anything (drops are not actions: the board makes their edits).
pub fn palette_ui(ui: &mut Ui, session: &Session, theme: &Theme) -> Option<PaletteAction> {
    let lang = lang_of(ui.ctx());
    let mut action = None;
    let height = theme.palette_chip_height + 2.0;
    ui.allocate_ui_with_layout(
        Vec2::new(ui.available_width(), height),
        Layout::right_to_left(Align::Center),
        |ui| {
            bin_ui(ui, theme, height);
            if ui
                .button(tr!(lang, "palette-add-participant"))
                .on_hover_text(tr!(lang, "palette-add-participant-tooltip"))
                .clicked()
            {
                action = Some(PaletteAction::AddParticipant);
            }
            ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                ui.label(tr!(lang, "palette-title"))
                    .on_hover_text(tr!(lang, "palette-title-tooltip"));
                ScrollArea::horizontal()
                    .id_salt("palette-chips")
                    .auto_shrink([false, true])
                    .show(ui, |ui| {
                        ui.horizontal(|ui| {
                            for participant in &session.participants {
                                if let Some(asked) = palette_chip_ui(ui, participant, theme) {
                                    action = Some(asked);
                                }
                            }
                        });
                    });
            });
        },
    );
    action
}

/// One participant's chip in the palette: a drag source, named for screen
/// readers, its full name in the tooltip, "Remove participant…" in its
/// context menu.
fn palette_chip_ui(
    ui: &mut Ui,
    participant: &crate::model::Participant,
    theme: &Theme,
) -> Option<PaletteAction> {
    let lang = lang_of(ui.ctx());
    let label = chip_label_galley(ui.painter(), participant, theme);
    let size = Vec2::new(chip_width(&label, theme), theme.palette_chip_height);
    let id = ui
        .scope_id()
        .with(("palette-chip", participant.id.as_str()));
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    // Not a Tab stop: a palette chip has nothing to do from the keyboard
    // (seating is done in the inspector), and a stop per participant
    // would put the lanes far down the Tab order.
    let response = ui.interact(rect, id, Sense::CLICK | Sense::DRAG);
    if response.drag_started() {
        response.dnd_set_drag_payload(DragPayload::Participant(participant.id.clone()));
    }
    let short = participant.short_label.get(lang);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            A11yRole::Button,
            true,
            tr!(lang, "palette-chip-label", participant = short),
        )
    });
    describe_draggable(ui, id, || tr!(lang, "palette-chip-description"));
    let dragged = response.dragged()
        && drag::current_payload(ui.ctx())
            .is_some_and(|p| *p == DragPayload::Participant(participant.id.clone()));
    let mut painter = ui.painter().clone();
    if dragged {
        painter.multiply_opacity(theme.dragged_source_opacity);
    }
    paint_chip_with_label(
        &painter,
        rect,
        &label,
        participant,
        drag::PALETTE_ROLE,
        response.hovered(),
        theme,
    );
    let mut action = None;
    let response = response.on_hover_ui(|ui| {
        ui.label(egui::RichText::new(participant.full_name.get(lang)).strong());
        ui.label(tr!(lang, "palette-chip-tooltip"));
    });
    response.context_menu(|ui| {
        if ui.button(tr!(lang, "palette-remove-participant")).clicked() {
            action = Some(PaletteAction::RemoveParticipant(participant.id.clone()));
            ui.close();
        }
    });
    action
}

/// The remove area at the strip's (right) end: outlined while a lane's
/// chip is dragged, filled red while the chip is over it. Records its rect
/// for the board, which makes the removal on release.
fn bin_ui(ui: &mut Ui, theme: &Theme, height: f32) {
    let lang = lang_of(ui.ctx());
    let width = theme.bin_width.min(ui.available_width() * 0.4);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, height), Sense::hover());
    drag::set_bin_rect(ui.ctx(), rect);
    let carrying_seat =
        drag::current_payload(ui.ctx()).is_some_and(|p| matches!(*p, DragPayload::Seat { .. }));
    let hot = carrying_seat
        && ui
            .input(|i| i.pointer.interact_pos())
            .is_some_and(|p| rect.contains(p));
    let fill = if hot {
        theme.bin_hot_fill
    } else {
        theme.bin_fill
    };
    let painter = ui.painter();
    painter.rect_filled(rect, rect.height() / 2.0, fill);
    if carrying_seat {
        painter.rect_stroke(
            rect,
            rect.height() / 2.0,
            Stroke::new(theme.drop_target_width, theme.drop_target),
            StrokeKind::Inside,
        );
    }
    let text = tr!(lang, "palette-bin");
    let galley = crate::ui::paint::elided(
        painter,
        &text,
        theme.small.clone(),
        theme.text,
        rect.width() - 16.0,
    );
    painter.galley(
        egui::Align2::CENTER_CENTER
            .anchor_size(rect.center(), galley.size())
            .min,
        galley,
        theme.text,
    );
    response.widget_info(|| egui::WidgetInfo::labeled(A11yRole::Label, true, &text));
}
