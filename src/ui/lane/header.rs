//! The lane header on the left: a status-coloured badge with the lane
//! number, the track name, its format and status, and (in the editor) a
//! precise progress slider; a read-only board shows a thin progress bar.

use std::sync::Arc;

use egui::{Align2, Galley, Painter, Pos2, Rect, Role, Sense, Ui, UiBuilder, Vec2, WidgetInfo};

use super::LaneView;
use super::geometry::LaneGeometry;
use crate::command::{BoardEdit, Command};
use crate::i18n::lang_of;
use crate::model::rules::GateState;
use crate::tr;
use crate::ui::drag::DragPayload;
use crate::ui::paint::elided;
use crate::ui::theme::Theme;
use crate::ui::value_label;

/// What the user is doing to the header, for painting.
#[derive(Clone, Copy, Debug, Default)]
pub struct HeaderState {
    /// The lane is selected.
    pub selected: bool,
    /// The pointer is over the name.
    pub name_hovered: bool,
    /// The slider row holds the editor's slider (so no bar is painted).
    pub has_slider: bool,
}

/// The status badge's rect (right end of the format row) and its text.
fn status_badge(
    painter: &Painter,
    lane: &LaneView<'_>,
    row: Rect,
    theme: &Theme,
) -> (Rect, Arc<Galley>) {
    let galley = painter.layout_no_wrap(
        value_label(lang_of(painter.ctx()), lane.status.message_id()),
        theme.small.clone(),
        Theme::INK_CHOSEN_WHEN_PAINTED,
    );
    let width = (galley.size().x + 12.0).min(row.width() * 0.6);
    let rect = Rect::from_min_max(Pos2::new(row.right() - width, row.top()), row.max);
    (rect, galley)
}

/// Paints the header.
pub fn paint_header(
    painter: &Painter,
    lane: &LaneView<'_>,
    geometry: &LaneGeometry,
    state: HeaderState,
    theme: &Theme,
) {
    let header = geometry.header;
    let rows = &geometry.header_rows;
    let fill = if state.selected {
        theme.header_fill.gamma_multiply(1.3)
    } else {
        theme.header_fill
    };
    painter.rect_filled(header, theme.lane_rounding.min(header.height() / 2.0), fill);

    let status_fill = theme.status_colour(lane.status);
    let badge = rows.badge;
    painter.circle_filled(badge.center(), badge.height() / 2.0, status_fill);
    painter.text(
        badge.center(),
        Align2::CENTER_CENTER,
        lane.number.to_string(),
        egui::FontId::new(
            theme.body.size.min(badge.height() * 0.8),
            theme.body.family.clone(),
        ),
        theme.text_on(status_fill),
    );

    if state.name_hovered || state.selected {
        let highlight = if state.selected {
            theme.selection.gamma_multiply(0.35)
        } else {
            theme.header_fill.gamma_multiply(1.8)
        };
        painter.rect_filled(rows.name, 3.0, highlight);
    }
    let language = crate::i18n::lang_of(painter.ctx());
    let name = elided(
        painter,
        lane.track.name.get(language),
        rows.name_font.clone(),
        theme.text,
        rows.name.width() - 4.0,
    );
    painter.galley(
        Pos2::new(
            rows.name.left() + 2.0,
            rows.name.center().y - name.size().y / 2.0,
        ),
        name,
        theme.text,
    );

    if let Some(row) = rows.format {
        let (badge_rect, badge_text) = status_badge(painter, lane, row, theme);
        let format = elided(
            painter,
            lane.track.format.get(language),
            theme.small.clone(),
            theme.text_weak,
            badge_rect.left() - row.left() - 8.0,
        );
        painter.galley(
            Pos2::new(row.left(), row.center().y - format.size().y / 2.0),
            format,
            theme.text_weak,
        );
        painter.rect_filled(badge_rect, badge_rect.height() / 2.0, status_fill);
        painter.galley(
            Align2::CENTER_CENTER
                .anchor_size(badge_rect.center(), badge_text.size())
                .min,
            badge_text,
            theme.text_on(status_fill),
        );
    }

    if let Some(row) = rows.slider
        && !state.has_slider
    {
        let bar = Rect::from_center_size(
            row.center(),
            Vec2::new(row.width(), (row.height() * 0.35).max(2.0)),
        );
        painter.rect_filled(bar, bar.height() / 2.0, theme.asphalt);
        let made = Rect::from_min_max(
            bar.min,
            Pos2::new(
                bar.left() + bar.width() * lane.progress_pct.clamp(0.0, 100.0) / 100.0,
                bar.bottom(),
            ),
        );
        painter.rect_filled(made, bar.height() / 2.0, theme.progress);
    }
}

/// The header's interaction: the name selects the track, the format and
/// status explain themselves. Paints nothing. Returns (clicked, hovered)
/// of the name.
pub fn header_interact(
    ui: &Ui,
    lane: &LaneView<'_>,
    geometry: &LaneGeometry,
    theme: &Theme,
) -> (bool, bool) {
    let track = lane.track;
    let language = lang_of(ui.ctx());
    let (track_name, track_format) = (track.name.get(language), track.format.get(language));
    let rows = &geometry.header_rows;
    let name_id = ui.scope_id().with(("lane-name", track.id.as_str()));
    // The badge and the name: click to select, drag to move the lane.
    let name = ui.interact(
        rows.badge.union(rows.name),
        name_id,
        Sense::click_and_drag(),
    );
    if name.drag_started() {
        name.dnd_set_drag_payload(DragPayload::Lane(track.id.clone()));
    }
    crate::ui::chip::describe_draggable(ui, name_id, || tr!(language, "drag-lane-description"));
    name.widget_info(|| {
        if track_name.trim().is_empty() {
            // Screen readers still need something to say while the name is being retyped.
            WidgetInfo::labeled(
                Role::Button,
                true,
                tr!(language, "board-lane-no-name", number = lane.number),
            )
        } else {
            WidgetInfo::labeled(Role::Button, true, track_name)
        }
    });
    let (clicked, hovered) = (name.clicked(), name.hovered());
    name.on_hover_ui(|ui| {
        ui.label(tr!(
            language,
            "board-lane-name-tooltip",
            track = track.name.get(language),
            summary = track.summary.get(language)
        ));
    });

    if let Some(row) = rows.format {
        let (badge_rect, _) = status_badge(ui.painter(), lane, row, theme);
        let format_rect =
            Rect::from_min_max(row.min, Pos2::new(badge_rect.left() - 8.0, row.bottom()));
        let format = ui.interact(
            format_rect,
            ui.scope_id().with(("lane-format", track.id.as_str())),
            Sense::hover(),
        );
        format.widget_info(|| WidgetInfo::labeled(Role::Label, true, track_format));
        format.on_hover_ui(|ui| {
            ui.label(tr!(
                language,
                "board-lane-format-tooltip",
                format = track.format.get(language),
                explained = track.format_explained.get(language)
            ));
        });

        let status = ui.interact(
            badge_rect,
            ui.scope_id().with(("lane-status", track.id.as_str())),
            Sense::hover(),
        );
        let status_label = value_label(language, lane.status.message_id());
        status.widget_info(|| {
            WidgetInfo::labeled(
                Role::Label,
                true,
                tr!(
                    language,
                    "board-lane-status-label",
                    track = track.name.get(language),
                    status = status_label.as_str()
                ),
            )
        });
        status.on_hover_ui(|ui| {
            let mut tip = tr!(
                language,
                "board-lane-status-tooltip",
                status = status_label.as_str(),
                explanation = value_label(language, lane.status.explanation_id())
            );
            if let GateState::Closed {
                needed_pct,
                have_pct,
            } = lane.look.gate
            {
                tip.push('\n');
                tip.push_str(&tr!(
                    language,
                    "board-lane-gate-tooltip",
                    needed = format!("{needed_pct:.0}"),
                    have = format!("{have_pct:.0}")
                ));
            }
            ui.label(tip);
        });
    }
    (clicked, hovered)
}

/// The precise progress slider in the header's last row (editor only).
pub fn header_slider_ui(
    ui: &mut Ui,
    lane: &LaneView<'_>,
    geometry: &LaneGeometry,
    commands: &mut Vec<Command>,
) {
    let Some(row) = geometry.header_rows.slider else {
        return;
    };
    let track = lane.track;
    let mut child = ui.new_child(
        UiBuilder::new()
            .max_rect(row)
            .id_salt(("lane-header", track.id.as_str())),
    );
    let language = lang_of(ui.ctx());
    let mut value = lane.progress_pct;
    let slider_label = tr!(
        language,
        "board-lane-slider",
        track = track.name.get(language)
    );
    child.spacing_mut().slider_width = (row.width() - 64.0).max(40.0);
    let response = child
        .name_inputs(&slider_label, |ui| {
            ui.add(
                egui::Slider::new(&mut value, 0.0..=100.0)
                    .suffix("%")
                    .fixed_decimals(0)
                    .step_by(1.0),
            )
        })
        .on_hover_ui(|ui| {
            ui.label(tr!(
                language,
                "board-lane-slider-tooltip",
                slider = slider_label.as_str()
            ));
        });
    // The slider rounds a fractional progress (a hand-edited file, the
    // board between two steps) to a whole number and reports that as a
    // change: only a value the user chose is an edit.
    let only_rounded = (value - lane.progress_pct.round()).abs() < f32::EPSILON
        && !response.dragged()
        && !response.is_pointer_button_down_on();
    if response.changed() && !only_rounded && (value - lane.progress_pct).abs() > f32::EPSILON {
        commands.push(Command::from(BoardEdit::SetProgress {
            track: track.id.clone(),
            progress_pct: value,
        }));
    }
}
