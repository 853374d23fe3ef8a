//! One full frame of the app: the UI pass plus tessellation, at projector
//! size, for the bundled session and a generated stress session, beside a
//! reference frame of egui's own demo windows measured in the same run.
//!
//! Budgets (issue 6) are ratios to the reference, because absolute times
//! move with the machine and with whatever else runs on it:
//! `frame_default_1920x1080` ≤ 2 × `reference_egui_demo`; the stress
//! session (60 tracks × 30 chips × 20 milestones) ≤ 8 ms median.

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

/// egui's own end-to-end benchmark (`demo_with_tessellate__realistic` in
/// `egui_demo_lib/benches/benchmark.rs`): one frame of the demo windows with
/// default input, then tessellation. Run here, in the same process and
/// with the same allocator, it is the yardstick for the board's frames.
fn reference_egui_demo(c: &mut Criterion) {
    let ctx = egui::Context::default();
    let mut demo_windows = egui_demo_lib::DemoWindows::default();
    c.bench_function("reference_egui_demo", |b| {
        b.iter(|| {
            let mut output = ctx.run_ui(RawInput::default(), |ui| demo_windows.ui(ui));
            let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
            // Don't panic on drop with unapplied texture deltas.
            output.textures_delta.clear();
            black_box(primitives.len())
        });
    });
}

fn frames(c: &mut Criterion) {
    reference_egui_demo(c);
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
