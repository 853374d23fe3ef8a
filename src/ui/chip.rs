//! A participant chip: short label in the participant's colour, the role
//! shown by shape and outline, full name and role in the tooltip.
//!
//! Role shapes: negotiator = filled pill; ratifier = filled pill with a
//! white double ring; implementer = filled square-cornered tag; observer =
//! hollow pill in the participant's colour.
//!
//! Painting (`paint_chip*`) and interaction (`chip_interact`) are separate,
//! so a read-only board paints chips without creating any widget.

use std::sync::Arc;

use egui::{
    Align2, Galley, Id, Painter, Rect, Response, Role as A11yRole, Sense, Stroke, StrokeKind, Ui,
    WidgetInfo,
};

use super::theme::Theme;
use crate::model::{Participant, Role};

/// The chip's short label laid out once, to measure and then paint it
/// (its colour is picked when painted).
pub fn chip_label_galley(
    painter: &Painter,
    participant: &Participant,
    theme: &Theme,
) -> Arc<Galley> {
    painter.layout_no_wrap(
        participant.short_label.clone(),
        theme.small.clone(),
        Theme::INK_CHOSEN_WHEN_PAINTED,
    )
}

/// Width of a chip whose label is `label`.
pub fn chip_width(label: &Galley, theme: &Theme) -> f32 {
    label.size().x + theme.small.size * 1.1
}

/// Makes the chip in `rect` clickable, with its accessible name and a
/// tooltip. Paints nothing.
pub fn chip_interact(
    ui: &Ui,
    id: Id,
    rect: Rect,
    participant: &Participant,
    role: Role,
    track_name: &str,
) -> Response {
    let response = ui.interact(rect, id, Sense::click());
    response.widget_info(|| {
        WidgetInfo::labeled(
            A11yRole::Button,
            true,
            format!(
                "{}, {} on {}",
                participant.short_label,
                role.label().to_lowercase(),
                track_name
            ),
        )
    });
    response.on_hover_ui(|ui| {
        ui.label(format!(
            "{} — {}\n{}",
            participant.full_name,
            role.label(),
            role.explanation()
        ));
    })
}

/// Paints a chip in `rect` (also used by the inspector and the Help legend).
pub fn paint_chip(
    painter: &Painter,
    rect: Rect,
    participant: &Participant,
    role: Role,
    hovered: bool,
    theme: &Theme,
) {
    let label = chip_label_galley(painter, participant, theme);
    paint_chip_with_label(painter, rect, &label, participant, role, hovered, theme);
}

/// Paints a chip in `rect` with its label already laid out.
pub fn paint_chip_with_label(
    painter: &Painter,
    rect: Rect,
    label: &Arc<Galley>,
    participant: &Participant,
    role: Role,
    hovered: bool,
    theme: &Theme,
) {
    let colour = Theme::participant_colour(participant.colour);
    let colour = if hovered {
        colour.gamma_multiply(1.2)
    } else {
        colour
    };
    let radius = rect.height() / 2.0;
    let ink = match role {
        Role::Observer => theme.text,
        _ => theme.text_on(colour),
    };
    match role {
        Role::Negotiator => {
            painter.rect(
                rect,
                radius,
                colour,
                Stroke::new(1.0, theme.chip_outline),
                StrokeKind::Inside,
            );
        }
        Role::Ratifier => {
            painter.rect(
                rect,
                radius,
                colour,
                Stroke::new(2.0, theme.chip_ratifier_ring),
                StrokeKind::Inside,
            );
            painter.rect_stroke(
                rect.shrink(3.0),
                radius - 3.0,
                Stroke::new(1.0, theme.chip_ratifier_ring),
                StrokeKind::Inside,
            );
        }
        Role::Implementer => {
            painter.rect(
                rect,
                2.0,
                colour,
                Stroke::new(1.0, theme.chip_outline),
                StrokeKind::Inside,
            );
        }
        Role::Observer => {
            painter.rect(
                rect,
                radius,
                theme.chip_observer_fill,
                Stroke::new(2.0, colour),
                StrokeKind::Inside,
            );
        }
    }
    let text_rect = Align2::CENTER_CENTER.anchor_size(rect.center(), label.size());
    painter.galley(text_rect.min, Arc::clone(label), ink);
}
