//! A participant chip: short label in the participant's colour, the role
//! shown by shape and outline, full name and role in the tooltip.
//!
//! Role shapes: negotiator = filled pill; ratifier = filled pill with a
//! white double ring; implementer = filled square-cornered tag; observer =
//! hollow pill in the participant's colour.

use egui::{
    Align2, Color32, Id, Rect, Response, Role as A11yRole, Sense, Stroke, StrokeKind, Ui, Vec2,
    WidgetInfo,
};

use super::theme::Theme;
use crate::model::{Participant, Role};

/// Size of a chip of `height` for `participant`.
pub fn chip_size(ui: &Ui, participant: &Participant, height: f32, theme: &Theme) -> Vec2 {
    let width = ui.fonts_mut(|f| {
        f.layout_no_wrap(
            participant.short_label.clone(),
            theme.small.clone(),
            Color32::WHITE,
        )
        .size()
        .x
    });
    Vec2::new(width + 14.0, height)
}

/// Draws a chip in `rect`. Clicking it is reported through the response.
pub fn chip_ui(
    ui: &mut Ui,
    id: Id,
    rect: Rect,
    participant: &Participant,
    role: Role,
    track_name: &str,
    theme: &Theme,
) -> Response {
    let response = ui.interact(rect, id, Sense::click());
    let label = format!(
        "{}, {} on {}",
        participant.short_label,
        role.label().to_lowercase(),
        track_name
    );
    response.widget_info(|| WidgetInfo::labeled(A11yRole::Button, true, &label));
    paint_chip(ui, rect, participant, role, response.hovered(), theme);
    response.on_hover_text(format!(
        "{} — {}\n{}",
        participant.full_name,
        role.label(),
        role.explanation()
    ))
}

/// Paints a chip without interaction (also used by the legend).
pub fn paint_chip(
    ui: &Ui,
    rect: Rect,
    participant: &Participant,
    role: Role,
    hovered: bool,
    theme: &Theme,
) {
    let painter = ui.painter();
    let colour = Theme::participant_colour(participant.colour);
    let colour = if hovered {
        colour.gamma_multiply(1.2)
    } else {
        colour
    };
    let radius = rect.height() / 2.0;
    let ink = match role {
        Role::Observer => theme.text,
        _ => Theme::text_on(colour),
    };
    match role {
        Role::Negotiator => {
            painter.rect(
                rect,
                radius,
                colour,
                Stroke::new(1.0, Color32::from_black_alpha(120)),
                StrokeKind::Inside,
            );
        }
        Role::Ratifier => {
            painter.rect(
                rect,
                radius,
                colour,
                Stroke::new(2.0, Color32::WHITE),
                StrokeKind::Inside,
            );
            painter.rect_stroke(
                rect.shrink(3.0),
                radius - 3.0,
                Stroke::new(1.0, Color32::WHITE),
                StrokeKind::Inside,
            );
        }
        Role::Implementer => {
            painter.rect(
                rect,
                2.0,
                colour,
                Stroke::new(1.0, Color32::from_black_alpha(120)),
                StrokeKind::Inside,
            );
        }
        Role::Observer => {
            painter.rect(
                rect,
                radius,
                Color32::from_black_alpha(90),
                Stroke::new(2.0, colour),
                StrokeKind::Inside,
            );
        }
    }
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        &participant.short_label,
        theme.small.clone(),
        ink,
    );
}
