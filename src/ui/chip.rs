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

use egui::epaint::{PathShape, PathStroke};
use egui::{
    Align2, Color32, Galley, Id, Painter, Pos2, Rect, Response, Role as A11yRole, Sense, Stroke,
    StrokeKind, Ui, Vec2, WidgetInfo,
};

use super::theme::Theme;
use super::value_label;
use crate::i18n::lang_of;
use crate::model::{Participant, Role};
use crate::tr;

/// The chip's short label laid out once, to measure and then paint it
/// (its colour is picked when painted).
pub fn chip_label_galley(
    painter: &Painter,
    participant: &Participant,
    theme: &Theme,
) -> Arc<Galley> {
    painter.layout_no_wrap(
        participant
            .short_label
            .get(crate::i18n::lang_of(painter.ctx()))
            .to_owned(),
        theme.small.clone(),
        Theme::INK_CHOSEN_WHEN_PAINTED,
    )
}

/// Width of a chip whose label is `label`.
pub fn chip_width(label: &Galley, theme: &Theme) -> f32 {
    label.size().x + theme.small.size * 1.1
}

/// Makes the chip in `rect` clickable and draggable, with its accessible
/// name, a description saying it can be dragged, and a tooltip. Paints
/// nothing.
pub fn chip_interact(
    ui: &Ui,
    id: Id,
    rect: Rect,
    participant: &Participant,
    role: Role,
    track_name: &str,
) -> Response {
    let lang = lang_of(ui.ctx());
    let role_label = value_label(lang, role.message_id());
    let response = ui.interact(rect, id, Sense::click_and_drag());
    describe_draggable(ui, id, || tr!(lang, "drag-chip-description"));
    response.widget_info(|| {
        WidgetInfo::labeled(
            A11yRole::Button,
            true,
            tr!(
                lang,
                "board-chip-label",
                participant = participant.short_label.get(lang),
                role = role_label.to_lowercase(),
                track = track_name
            ),
        )
    });
    response.on_hover_ui(|ui| {
        ui.label(tr!(
            lang,
            "board-chip-tooltip",
            participant = participant.full_name.get(lang),
            role = role_label.as_str(),
            explanation = value_label(lang, role.explanation_id())
        ));
    })
}

/// Gives the widget `id` the accessible description `description`: what
/// dragging it does. Worded only when a screen reader is listening (and
/// not while egui holds its context: call `lang_of` before).
pub fn describe_draggable(ui: &Ui, id: Id, description: impl FnOnce() -> String) {
    if ui.ctx().has_accesskit_node(id) {
        let description = description();
        ui.ctx().accesskit_node_builder(id, |node| {
            node.set_description(description);
        });
    }
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
    let ink = match role {
        Role::Observer => theme.text,
        _ => theme.text_on(colour),
    };
    match role {
        Role::Negotiator => {
            pill(painter, rect, colour, 1.0, theme.chip_outline);
        }
        Role::Ratifier => {
            pill(painter, rect, colour, 2.0, theme.chip_ratifier_ring);
            pill(
                painter,
                rect.shrink(3.0),
                Theme::NO_FILL,
                1.0,
                theme.chip_ratifier_ring,
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
            pill(painter, rect, theme.chip_observer_fill, 2.0, colour);
        }
    }
    let text_rect = Align2::CENTER_CENTER.anchor_size(rect.center(), label.size());
    painter.galley(text_rect.min, Arc::clone(label), ink);
}

/// Unit vectors of a quarter circle in four steps (22.5°), starting at
/// angle 0 (pointing right); quadrant `q` turns them by `q` × 90°.
const QUARTER: [Vec2; 5] = [
    Vec2::new(1.0, 0.0),
    Vec2::new(0.923_879_5, 0.382_683_43),
    Vec2::new(
        std::f32::consts::FRAC_1_SQRT_2,
        std::f32::consts::FRAC_1_SQRT_2,
    ),
    Vec2::new(0.382_683_43, 0.923_879_5),
    Vec2::new(0.0, 1.0),
];

/// A pill (rounded ends of radius height / 2) filled with `fill` and
/// outlined inside with `stroke_width` of `stroke`.
///
/// egui's rounded rectangle spends 9 points per corner at chip sizes; 5
/// are within a fifth of a point of the true circle at radii up to 12,
/// and a board draws dozens of chips every frame.
fn pill(painter: &Painter, rect: Rect, fill: Color32, stroke_width: f32, stroke: Color32) {
    let radius = (rect.height().min(rect.width()) / 2.0).max(0.0);
    if radius > 12.0 {
        // Bigger pills (zoomed in) keep egui's finer corners.
        painter.rect(
            rect,
            radius,
            fill,
            Stroke::new(stroke_width, stroke),
            StrokeKind::Inside,
        );
        return;
    }
    let corners = [
        Pos2::new(rect.right() - radius, rect.bottom() - radius),
        Pos2::new(rect.left() + radius, rect.bottom() - radius),
        Pos2::new(rect.left() + radius, rect.top() + radius),
        Pos2::new(rect.right() - radius, rect.top() + radius),
    ];
    let mut points = Vec::with_capacity(4 * QUARTER.len());
    for (quadrant, centre) in corners.into_iter().enumerate() {
        for unit in QUARTER {
            // Turn by quadrant × 90° (clockwise on screen, y down).
            let turned = match quadrant {
                0 => unit,
                1 => Vec2::new(-unit.y, unit.x),
                2 => -unit,
                _ => Vec2::new(unit.y, -unit.x),
            };
            points.push(centre + radius * turned);
        }
    }
    painter.add(PathShape::convex_polygon(
        points,
        fill,
        PathStroke::new(stroke_width, stroke).inside(),
    ));
}
