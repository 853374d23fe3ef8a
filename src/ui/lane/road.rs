//! The asphalt of a lane: surface, shoulders (hazard stripes when stalled),
//! progress tint, dashed centre line, finish line and the closed on-ramp.
//!
//! All of a lane's road detail goes into one mesh, so a lane costs a few
//! shapes to tessellate, not hundreds.

use crate::i18n::lang_of;
use crate::model::look::ClosedSign;
use crate::tr;
use egui::{Mesh, Painter, Pos2, Rect, Stroke, StrokeKind, Vec2};

use super::LaneView;
use super::geometry::LaneGeometry;
use crate::model::look::LaneSurface;
use crate::ui::paint::{elided, mesh_dashed_hline, mesh_rect, mesh_stripes};
use crate::ui::theme::Theme;

/// Paints the road surface and its markings; returns the mesh the caller
/// may add more flat detail to (milestone posts) before painting it.
pub fn road_mesh(
    painter: &Painter,
    lane: &LaneView<'_>,
    geometry: &LaneGeometry,
    theme: &Theme,
) -> Mesh {
    let road = geometry.road;
    let surface = lane.look.surface;
    let asphalt = if surface == LaneSurface::Closed {
        theme.asphalt_closed
    } else {
        theme.asphalt
    };
    painter.rect_filled(road, theme.road_rounding, asphalt);

    let mut mesh = Mesh::default();
    mesh.reserve_triangles(256);
    mesh.reserve_vertices(512);

    // Shoulders: solid lines, or hazard stripes on a stalled lane.
    let shoulder = geometry.shoulder();
    for y in [road.top(), road.bottom() - shoulder] {
        let band =
            Rect::from_min_size(Pos2::new(road.left(), y), Vec2::new(road.width(), shoulder));
        if surface == LaneSurface::Stalled {
            mesh_stripes(&mut mesh, band, theme.hazard, theme.hazard_stripe_dark, 6.0);
        } else {
            mesh_rect(
                &mut mesh,
                band.shrink2(Vec2::new(0.0, shoulder * 0.25)),
                theme.marking.gamma_multiply(0.55),
            );
        }
    }

    // Progress already made, tinted on the driving band.
    if surface != LaneSurface::Closed {
        let made = Rect::from_min_max(
            Pos2::new(road.left(), road.top() + shoulder),
            Pos2::new(geometry.x_of(lane.progress_pct), road.center().y),
        );
        let tint = if surface == LaneSurface::Stalled {
            theme.hazard
        } else {
            theme.progress
        };
        mesh_rect(&mut mesh, made, tint.gamma_multiply(0.18));
    }

    // Dashed centre line.
    let marking = if surface == LaneSurface::Closed {
        theme.marking.gamma_multiply(0.25)
    } else {
        theme.marking.gamma_multiply(0.8)
    };
    let centre_width = theme.centre_line_width.min(road.height() * 0.1);
    mesh_dashed_hline(
        &mut mesh,
        road.left() + 6.0,
        road.right() - 6.0,
        road.center().y,
        centre_width,
        theme.centre_dash,
        marking,
    );

    // Finish line at 100 %: a column of alternating squares.
    let finish_x = geometry.x_of(100.0);
    let check = (road.height() / 8.0).max(1.0);
    let bottom = road.bottom() - shoulder;
    let mut y = road.top() + shoulder;
    let mut dark = false;
    let (dark_colour, light_colour) = (
        theme.finish_dark.gamma_multiply(0.7),
        theme.finish_light.gamma_multiply(0.7),
    );
    while y < bottom - 0.5 {
        let h = check.min(bottom - y);
        mesh_rect(
            &mut mesh,
            Rect::from_min_size(Pos2::new(finish_x - check / 2.0, y), Vec2::new(check, h)),
            if dark { dark_colour } else { light_colour },
        );
        y += check;
        dark = !dark;
    }
    mesh
}

/// A closed on-ramp: a striped barrier across the start and a sign that
/// says when the track convenes.
pub fn paint_closed_on_ramp(
    painter: &Painter,
    lane: &LaneView<'_>,
    geometry: &LaneGeometry,
    theme: &Theme,
    with_words: bool,
) {
    let Some(sign) = lane.look.closed_sign() else {
        return;
    };
    let road = geometry.road;
    let barrier_width = (road.height() * 0.2).clamp(2.0, 12.0);
    let barrier_x = geometry.travel.min + barrier_width * 2.0;
    let barrier = Rect::from_center_size(
        Pos2::new(barrier_x, road.center().y),
        Vec2::new(
            barrier_width,
            (road.height() - 6.0).max(road.height() * 0.8),
        ),
    );
    let mut mesh = Mesh::default();
    mesh_stripes(
        &mut mesh,
        barrier,
        theme.barrier,
        theme.barrier_stripe_light,
        barrier_width * 0.4,
    );
    painter.add(mesh);
    painter.rect_stroke(
        barrier,
        1.0,
        Stroke::new(1.0, theme.finish_dark),
        StrokeKind::Outside,
    );
    if !with_words {
        return;
    }
    let language = lang_of(painter.ctx());
    let text = match sign {
        ClosedSign::Gated {
            needed_pct,
            have_pct,
        } => tr!(
            language,
            "board-closed-sign-gated",
            needed = format!("{needed_pct:.0}"),
            have = format!("{have_pct:.0}")
        ),
        ClosedSign::Deferred => tr!(language, "board-closed-sign-deferred"),
    };
    let left = barrier.right() + 12.0;
    let galley = elided(
        painter,
        &text,
        theme.small.clone(),
        theme.text,
        (road.right() - left - 8.0).max(10.0),
    );
    let band = geometry.driving_band();
    let pos = Pos2::new(left, band.center().y - galley.size().y / 2.0);
    let back = Rect::from_min_size(pos, galley.size()).expand2(Vec2::new(6.0, 2.0));
    painter.rect_filled(back, 3.0, theme.sign_backing);
    painter.galley(pos, galley, theme.text);
}
