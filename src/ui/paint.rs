//! Small drawing helpers shared by the board's parts.

use std::sync::Arc;

use egui::text::{LayoutJob, TextWrapping};
use egui::{Color32, FontId, Galley, Painter, Pos2, Rect, Shape, Stroke, Vec2};

/// Lays out `text` on one line, cut with an ellipsis to fit `max_width`.
pub fn elided(
    painter: &Painter,
    text: &str,
    font: FontId,
    colour: Color32,
    max_width: f32,
) -> Arc<Galley> {
    let mut job = LayoutJob::simple_singleline(text.to_owned(), font, colour);
    job.wrap = TextWrapping {
        max_width: max_width.max(1.0),
        max_rows: 1,
        break_anywhere: true,
        overflow_character: Some('…'),
    };
    painter.layout_job(job)
}

/// Diagonal warning stripes (hazard or barrier) filling `rect`.
pub fn stripes(
    painter: &Painter,
    rect: Rect,
    colour_a: Color32,
    colour_b: Color32,
    stripe_width: f32,
) {
    painter.rect_filled(rect, 0.0, colour_b);
    let clipped = painter.with_clip_rect(rect.intersect(painter.clip_rect()));
    let height = rect.height();
    let mut x = rect.left() - height;
    while x < rect.right() {
        clipped.add(Shape::convex_polygon(
            vec![
                Pos2::new(x, rect.bottom()),
                Pos2::new(x + stripe_width, rect.bottom()),
                Pos2::new(x + stripe_width + height, rect.top()),
                Pos2::new(x + height, rect.top()),
            ],
            colour_a,
            Stroke::NONE,
        ));
        x += stripe_width * 2.0;
    }
}

/// A horizontal dashed line.
pub fn dashed_hline(
    painter: &Painter,
    left: f32,
    right: f32,
    y: f32,
    stroke: Stroke,
    dash: f32,
    gap: f32,
) {
    painter.extend(Shape::dashed_line(
        &[Pos2::new(left, y), Pos2::new(right, y)],
        stroke,
        dash,
        gap,
    ));
}

/// A warning triangle with an exclamation mark, centred on `centre`.
pub fn warning_triangle(painter: &Painter, centre: Pos2, size: f32, fill: Color32, ink: Color32) {
    let half = size / 2.0;
    painter.add(Shape::convex_polygon(
        vec![
            centre + Vec2::new(0.0, -half),
            centre + Vec2::new(half, half * 0.8),
            centre + Vec2::new(-half, half * 0.8),
        ],
        fill,
        Stroke::new(1.0, ink),
    ));
    painter.line_segment(
        [
            centre + Vec2::new(0.0, -half * 0.4),
            centre + Vec2::new(0.0, half * 0.25),
        ],
        Stroke::new(1.6, ink),
    );
    painter.circle_filled(centre + Vec2::new(0.0, half * 0.52), 1.1, ink);
}
