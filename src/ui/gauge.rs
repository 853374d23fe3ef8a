//! The cumulative progress gauge across the top of the window, with a tick
//! for every sanctions stage threshold and for the regional gate.

use egui::{Align2, Pos2, Rect, Role, Sense, Stroke, StrokeKind, Ui, Vec2, WidgetInfo};

use super::theme::Theme;
use crate::model::rules::{cumulative_progress, stage_lock};
use crate::model::{Board, Session};

/// Draws the gauge across the width of `ui`.
/// Draws the gauge of `board` across the width of `ui`.
pub fn gauge_ui(ui: &mut Ui, session: &Session, board: &Board, theme: &Theme) {
    let cumulative = cumulative_progress(session, board);
    let height = 52.0;
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(ui.available_width(), height), Sense::hover());
    let label = format!("Cumulative progress, {cumulative:.0}%");
    response.widget_info(|| {
        let mut info = WidgetInfo::labeled(Role::ProgressIndicator, true, &label);
        info.value = Some(f64::from(cumulative));
        info
    });

    let painter = ui.painter();
    // Caption and big figure on the left.
    let caption_width = 190.0;
    painter.text(
        Pos2::new(rect.left(), rect.top() + 2.0),
        Align2::LEFT_TOP,
        "Cumulative progress",
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
    let bar = Rect::from_min_max(
        Pos2::new(rect.left() + caption_width * 0.55, rect.top() + 18.0),
        Pos2::new(rect.right() - 8.0, rect.top() + 34.0),
    );
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
            stage_short_name(index)
        );
        let galley = painter.layout_no_wrap(text, theme.small.clone(), colour);
        let left = (x - galley.size().x / 2.0).max(last_label_right + 4.0);
        if left + galley.size().x <= rect.right() {
            painter.galley(Pos2::new(left, bar.bottom() + 3.0), galley.clone(), colour);
            last_label_right = left + galley.size().x;
        }
    }
    response.on_hover_text(
        "Weighted mean of every track's progress. Relief stages unlock when it passes their \
         threshold (ticks below the bar: ✔ unlocked, ○ locked).",
    );
}

/// "Stage 1", "Stage 2", …
pub fn stage_short_name(index: usize) -> String {
    format!("Stage {}", index + 1)
}
