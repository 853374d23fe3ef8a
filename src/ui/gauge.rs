//! The cumulative progress gauge across the top of the window, with a tick
//! for every sanctions stage threshold and for the regional gate.

use egui::{Align2, Pos2, Rect, Role, Sense, Stroke, StrokeKind, Ui, Vec2, WidgetInfo};

use super::theme::Theme;
use crate::i18n::{Lang, lang_of};
use crate::model::rules::{GateState, convene_gate, cumulative_progress, stage_lock};
use crate::model::{Board, Session};
use crate::tr;

/// Where the bar goes in a gauge drawn in `rect`.
pub fn gauge_bar(rect: Rect) -> Rect {
    let caption_width = 190.0;
    Rect::from_min_max(
        Pos2::new(rect.left() + caption_width * 0.55, rect.top() + 18.0),
        Pos2::new(rect.right() - 8.0, rect.top() + 34.0),
    )
}

/// Draws the gauge of `board` across the width of `ui`.
pub fn gauge_ui(ui: &mut Ui, session: &Session, board: &Board, theme: &Theme) {
    let lang = lang_of(ui.ctx());
    let cumulative = cumulative_progress(session, board);
    let (rect, response) = ui.allocate_exact_size(
        Vec2::new(ui.available_width(), theme.gauge_height),
        Sense::hover(),
    );
    response.widget_info(|| {
        let mut info = WidgetInfo::labeled(
            Role::ProgressIndicator,
            true,
            tr!(lang, "board-gauge-label", pct = format!("{cumulative:.0}")),
        );
        info.value = Some(f64::from(cumulative));
        info
    });
    // Screen readers announce the figure against its range, 0 to 100.
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(100.0);
    });

    let painter = ui.painter();
    // Caption and big figure on the left.
    painter.text(
        Pos2::new(rect.left(), rect.top() + 2.0),
        Align2::LEFT_TOP,
        tr!(lang, "board-gauge-caption"),
        theme.small.clone(),
        theme.text_weak,
    );
    painter.text(
        Pos2::new(rect.left(), rect.bottom() - 2.0),
        Align2::LEFT_BOTTOM,
        format!("{cumulative:.0}%"),
        theme.gauge_figure.clone(),
        theme.text,
    );

    // The bar.
    let bar = gauge_bar(rect);
    painter.rect_filled(bar, 5.0, theme.asphalt);
    let fill = Rect::from_min_max(
        bar.min,
        Pos2::new(bar.left() + bar.width() * cumulative / 100.0, bar.bottom()),
    );
    painter.rect_filled(fill, 5.0, theme.progress);
    painter.rect_stroke(
        bar,
        5.0,
        Stroke::new(1.0, theme.card_stroke.color),
        StrokeKind::Outside,
    );

    // Ticks: stage thresholds below the bar, the regional gate above.
    let x_of = |pct: f32| bar.left() + bar.width() * pct.clamp(0.0, 100.0) / 100.0;
    let mut last_label_right = f32::NEG_INFINITY;
    for (index, stage) in session.sanctions.iter().enumerate() {
        let unlocked = stage_lock(session, board, stage).is_unlocked();
        let colour = if unlocked { theme.good } else { theme.locked };
        let x = x_of(stage.threshold_pct);
        painter.vline(x, bar.y_range().expand(3.0), Stroke::new(2.0, colour));
        let text = format!(
            "{} {}",
            if unlocked { "✔" } else { "○" },
            stage_short_name(lang, index)
        );
        let galley = painter.layout_no_wrap(text, theme.small.clone(), colour);
        let left = (x - galley.size().x / 2.0).max(last_label_right + 4.0);
        if left + galley.size().x <= rect.right() {
            painter.galley(Pos2::new(left, bar.bottom() + 3.0), galley.clone(), colour);
            last_label_right = left + galley.size().x;
        }
    }
    regional_gate_tick_ui(ui, session, board, bar, theme);
    response.on_hover_text(tr!(lang, "board-gauge-tooltip"));
}

/// The regional gate's tick above the bar, at its threshold, with the
/// gated track's name; green once the gate is open.
fn regional_gate_tick_ui(ui: &Ui, session: &Session, board: &Board, bar: Rect, theme: &Theme) {
    let Some(gate) = &board.regional_gate else {
        return;
    };
    let lang = lang_of(ui.ctx());
    let state = convene_gate(session, board, &gate.track);
    let open = !state.is_closed();
    let colour = if open { theme.good } else { theme.locked };
    let x = bar.left() + bar.width() * gate.threshold_pct.clamp(0.0, 100.0) / 100.0;
    let painter = ui.painter();
    painter.vline(
        x,
        egui::Rangef::new(bar.top() - 7.0, bar.bottom() + 1.0),
        Stroke::new(2.0, colour),
    );
    let name = session.track(&gate.track).map_or(gate.track.as_str(), |t| {
        t.name.get(crate::i18n::lang_of(ui.ctx()))
    });
    let galley = painter.layout_no_wrap(
        format!("{} {name}", if open { "✔" } else { "⛔" }),
        theme.small.clone(),
        colour,
    );
    let text_rect =
        Align2::LEFT_BOTTOM.anchor_size(Pos2::new(x + 4.0, bar.top() - 1.0), galley.size());
    painter.galley(text_rect.min, galley, colour);

    let tick_rect = Rect::from_min_max(
        Pos2::new(x - 3.0, text_rect.top()),
        Pos2::new(text_rect.right(), bar.top()),
    );
    let response = ui.interact(
        tick_rect,
        ui.scope_id().with("regional-gate-tick"),
        Sense::hover(),
    );
    let label = || {
        if let GateState::Closed {
            needed_pct,
            have_pct,
        } = state
        {
            tr!(
                lang,
                "board-gate-closed",
                needed = format!("{needed_pct:.0}"),
                track = name,
                have = format!("{have_pct:.0}")
            )
        } else {
            tr!(
                lang,
                "board-gate-open",
                needed = format!("{:.0}", gate.threshold_pct),
                track = name
            )
        }
    };
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, label()));
    response.on_hover_ui(|ui| {
        ui.label(label());
    });
}

/// "Stage 1", "Stage 2", … in `lang`.
pub fn stage_short_name(lang: Lang, index: usize) -> String {
    tr!(lang, "board-stage-short-name", number = index + 1)
}
