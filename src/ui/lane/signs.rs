//! Milestone signs: a post and a plate above the road (lit once reached),
//! and a stop line across the driving band. On lanes too short for a sign
//! band, a milestone is a tick on the road.

use std::sync::Arc;

use egui::{Color32, Mesh, Painter, Pos2, Role, Sense, Stroke, Ui, WidgetInfo};

use super::LaneView;
use super::geometry::LaneLayout;
use crate::i18n::lang_of;
use crate::model::Milestone;
use crate::tr;
use crate::ui::paint::{mesh_rect, mesh_vline};
use crate::ui::source::{illustrative_description, illustrative_outline};
use crate::ui::theme::Theme;

/// Adds every post and stop line to `mesh` (drawn under the plates).
pub fn sign_posts(mesh: &mut Mesh, lane: &LaneView<'_>, layout: &LaneLayout, theme: &Theme) {
    let geometry = &layout.geometry;
    let band = geometry.driving_band();
    if layout.signs.is_empty() {
        // No sign band: a short tick across the driving band per milestone.
        for milestone in &lane.track.milestones {
            let colour = if lane.milestone_reached(milestone) {
                theme.milestone_reached
            } else {
                theme.stop_line_ahead
            };
            let x = geometry.x_of(milestone.position_pct);
            mesh_vline(
                mesh,
                x,
                band.top(),
                band.bottom(),
                1.5_f32.min(band.height()),
                colour,
            );
        }
        return;
    }
    let road_top = geometry.road.top();
    for slot in &layout.signs {
        let milestone = &lane.track.milestones[slot.milestone];
        let reached = lane.milestone_reached(milestone);
        let post = if reached {
            theme.milestone_reached
        } else {
            theme.milestone_ahead
        };
        mesh_vline(mesh, slot.x, slot.row_top + 4.0, road_top + 4.0, 1.5, post);
        let stop_line = if reached {
            theme.milestone_reached.gamma_multiply(0.9)
        } else {
            theme.stop_line_ahead
        };
        mesh_vline(
            mesh,
            slot.x,
            band.top() + 3.0,
            band.bottom(),
            2.0,
            stop_line,
        );
    }
    // Plates with words are square and go into the same mesh, after the
    // posts so that they cover them: a 1-point outline, then the fill.
    for slot in layout.signs.iter().filter(|slot| slot.text.is_some()) {
        let (fill, ink) = plate_colours(lane, &lane.track.milestones[slot.milestone], theme);
        mesh_rect(mesh, slot.plate, ink.gamma_multiply(0.5));
        mesh_rect(mesh, slot.plate.shrink(1.0), fill);
    }
}

/// Fill and ink of a milestone's plate: lit once reached.
fn plate_colours(lane: &LaneView<'_>, milestone: &Milestone, theme: &Theme) -> (Color32, Color32) {
    if lane.milestone_reached(milestone) {
        (theme.milestone_reached, theme.milestone_reached_ink)
    } else {
        (theme.milestone_ahead, theme.text_weak)
    }
}

/// Paints the words on the plates, and the round signs that have no words.
pub fn paint_sign_plates(
    painter: &Painter,
    lane: &LaneView<'_>,
    layout: &LaneLayout,
    theme: &Theme,
) {
    for slot in &layout.signs {
        let milestone = &lane.track.milestones[slot.milestone];
        let (fill, ink) = plate_colours(lane, milestone, theme);
        let outline = Stroke::new(1.0, ink.gamma_multiply(0.5));
        if milestone.source.is_illustrative() {
            painter.extend(illustrative_outline(slot.plate.expand(2.0), theme));
        }
        if let Some(text) = &slot.text {
            painter.galley(
                Pos2::new(
                    slot.plate.left() + 5.0,
                    slot.plate.center().y - text.size().y / 2.0,
                ),
                Arc::clone(text),
                ink,
            );
        } else {
            painter.circle(
                slot.plate.center(),
                slot.plate.height() / 2.0 - 1.0,
                fill,
                outline,
            );
        }
    }
}

/// Gives every sign its accessible name and a tooltip. Paints nothing.
pub fn signs_interact(ui: &Ui, lane: &LaneView<'_>, layout: &LaneLayout) {
    let language = lang_of(ui.ctx());
    for slot in &layout.signs {
        let milestone = &lane.track.milestones[slot.milestone];
        let id = ui
            .scope_id()
            .with(("milestone", lane.track.id.as_str(), slot.milestone));
        let label = || {
            let number = slot.milestone + 1;
            let name = milestone.name.get(language);
            let pct = format!("{:.0}", milestone.position_pct);
            if lane.milestone_reached(milestone) {
                tr!(
                    language,
                    "board-sign-reached",
                    number = number,
                    name = name,
                    pct = pct
                )
            } else {
                tr!(
                    language,
                    "board-sign-ahead",
                    number = number,
                    name = name,
                    pct = pct
                )
            }
        };
        // Made-up milestones say so to screen readers and in the tooltip.
        let illustrative = milestone
            .source
            .is_illustrative()
            .then(|| illustrative_description(language));
        let response = ui.interact(slot.plate, id, Sense::hover());
        response.widget_info(|| WidgetInfo::labeled(Role::Label, true, label()));
        if let Some(description) = &illustrative {
            let description = description.clone();
            ui.ctx()
                .accesskit_node_builder(response.id, |node| node.set_description(description));
        }
        response.on_hover_ui(|ui| {
            ui.label(label());
            if let Some(description) = &illustrative {
                ui.label(description);
            }
        });
    }
}
