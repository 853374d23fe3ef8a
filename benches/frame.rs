//! One full frame of the app: the UI pass plus tessellation, at projector
//! size, for the bundled session and a generated stress session.
//!
//! Budgets (issue 2): default ≤ 1 ms median, stress (60 tracks × 30 chips ×
//! 20 milestones) ≤ 8 ms median, on the 2-core CI machine.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Pos2, RawInput, Rect, Vec2};
use peacemap::app::PeacemapApp;
use peacemap::model::generate::stress_session;

fn frame_input(time: f64) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, Vec2::new(1920.0, 1080.0))),
        time: Some(time),
        ..Default::default()
    }
}

fn bench_app(c: &mut Criterion, name: &str, mut app: PeacemapApp) {
    let ctx = egui::Context::default();
    // Warm up: fonts, layout caches and the first-frame sizing pass.
    let mut time = 0.0;
    for _ in 0..3 {
        time += 0.016;
        let _ = ctx.run_ui(frame_input(time), |ui| app.frame_ui(ui));
    }
    c.bench_function(name, |b| {
        b.iter(|| {
            time += 0.016;
            let output = ctx.run_ui(frame_input(time), |ui| app.frame_ui(ui));
            let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
            black_box(primitives.len())
        });
    });
}

fn frames(c: &mut Criterion) {
    bench_app(
        c,
        "frame_default_1920x1080",
        PeacemapApp::with_bundled_session(),
    );
    bench_app(
        c,
        "frame_stress_60x30x20_1920x1080",
        PeacemapApp::new(stress_session(60, 30, 20)),
    );
}

criterion_group!(benches, frames);
criterion_main!(benches);
