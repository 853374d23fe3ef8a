//! Small drawing helpers shared by the board's parts.
//!
//! Repeated road detail (dashes, stripes, finish-line squares, posts) goes
//! into one [`Mesh`] per lane rather than one shape per piece: a lane is
//! then a handful of shapes for egui to tessellate instead of hundreds.

use std::sync::Arc;

use egui::text::{LayoutJob, TextWrapping};
use egui::{Color32, FontId, Galley, Mesh, Painter, Pos2, Rect, Shape, Stroke, Vec2};

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

/// Adds a filled axis-aligned rectangle to `mesh`.
pub fn mesh_rect(mesh: &mut Mesh, rect: Rect, colour: Color32) {
    if rect.is_positive() {
        mesh.add_colored_rect(rect, colour);
    }
}

/// Adds a convex polygon (fan triangulated) to `mesh`.
fn mesh_convex(mesh: &mut Mesh, points: &[Pos2], colour: Color32) {
    if points.len() < 3 {
        return;
    }
    let first = mesh.vertices.len() as u32;
    for &p in points {
        mesh.colored_vertex(p, colour);
    }
    for i in 1..points.len() as u32 - 1 {
        mesh.add_triangle(first, first + i, first + i + 1);
    }
}

/// Cuts a convex polygon to the vertical strip `left..=right`.
fn clip_to_columns(points: &[Pos2], left: f32, right: f32) -> Vec<Pos2> {
    let clip = |points: &[Pos2], inside: &dyn Fn(Pos2) -> bool, edge_x: f32| {
        let mut out = Vec::with_capacity(points.len() + 2);
        for (i, &a) in points.iter().enumerate() {
            let b = points[(i + 1) % points.len()];
            if inside(a) {
                out.push(a);
            }
            if inside(a) != inside(b) {
                let t = (edge_x - a.x) / (b.x - a.x);
                out.push(Pos2::new(edge_x, a.y + t * (b.y - a.y)));
            }
        }
        out
    };
    let cut = clip(points, &|p: Pos2| p.x >= left, left);
    clip(&cut, &|p: Pos2| p.x <= right, right)
}

/// Diagonal warning stripes (hazard or barrier) filling `rect`: a
/// `background` rectangle with `stripe` parallelograms on it, all in `mesh`.
pub fn mesh_stripes(
    mesh: &mut Mesh,
    rect: Rect,
    stripe: Color32,
    background: Color32,
    stripe_width: f32,
) {
    if !rect.is_positive() || stripe_width <= 0.0 {
        return;
    }
    mesh_rect(mesh, rect, background);
    let height = rect.height();
    let mut x = rect.left() - height;
    while x < rect.right() {
        let quad = [
            Pos2::new(x, rect.bottom()),
            Pos2::new(x + stripe_width, rect.bottom()),
            Pos2::new(x + stripe_width + height, rect.top()),
            Pos2::new(x + height, rect.top()),
        ];
        if quad[0].x >= rect.left() && quad[2].x <= rect.right() {
            mesh_convex(mesh, &quad, stripe);
        } else {
            mesh_convex(
                mesh,
                &clip_to_columns(&quad, rect.left(), rect.right()),
                stripe,
            );
        }
        x += stripe_width * 2.0;
    }
}

/// A horizontal dashed line of `width`, centred on `y`, as rectangles in `mesh`.
#[allow(
    clippy::too_many_arguments,
    reason = "a dash pattern is naturally this many numbers"
)]
pub fn mesh_dashed_hline(
    mesh: &mut Mesh,
    left: f32,
    right: f32,
    y: f32,
    width: f32,
    [dash, gap]: [f32; 2],
    colour: Color32,
) {
    if dash <= 0.0 {
        return;
    }
    let mut x = left;
    while x < right {
        let end = (x + dash).min(right);
        mesh_rect(
            mesh,
            Rect::from_min_max(
                Pos2::new(x, y - width / 2.0),
                Pos2::new(end, y + width / 2.0),
            ),
            colour,
        );
        x += dash + gap.max(0.0);
    }
}

/// A vertical line of `width` from `top` to `bottom` at `x`, in `mesh`.
pub fn mesh_vline(mesh: &mut Mesh, x: f32, top: f32, bottom: f32, width: f32, colour: Color32) {
    mesh_rect(
        mesh,
        Rect::from_min_max(
            Pos2::new(x - width / 2.0, top),
            Pos2::new(x + width / 2.0, bottom),
        ),
        colour,
    );
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::Theme;

    #[test]
    fn stripes_stay_inside_their_rect() {
        let rect = Rect::from_min_max(Pos2::new(10.0, 20.0), Pos2::new(200.0, 26.0));
        let mut mesh = Mesh::default();
        let theme = Theme::screen();
        mesh_stripes(&mut mesh, rect, theme.hazard, theme.hazard_stripe_dark, 6.0);
        assert!(mesh.vertices.len() > 4, "some stripes were drawn");
        for v in &mesh.vertices {
            assert!(
                rect.expand(0.001).contains(v.pos),
                "{:?} outside {rect:?}",
                v.pos
            );
        }
    }

    #[test]
    fn dashes_cover_about_the_dash_share_of_the_line() {
        let mut mesh = Mesh::default();
        mesh_dashed_hline(
            &mut mesh,
            0.0,
            240.0,
            5.0,
            2.0,
            [14.0, 10.0],
            Theme::screen().marking,
        );
        assert_eq!(
            mesh.vertices.len(),
            10 * 4,
            "ten dashes of 14 in 240 with gaps of 10"
        );
    }
}
