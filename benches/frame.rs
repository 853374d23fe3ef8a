//! One full frame of the app: the UI pass plus tessellation, at projector
//! size, for the bundled session and a generated stress session, beside a
//! reference frame of egui's own demo windows measured in the same run.
//!
//! Budgets (issue 6) are ratios to the reference, because absolute times
//! move with the machine and with whatever else runs on it:
//! `frame_default_1920x1080` ≤ 2 × `reference_egui_demo`; the stress
//! session (60 tracks × 30 chips × 20 milestones) ≤ 8 ms median.
//!
//! For instruction counts, which do not depend on the load on the machine,
//! run frames of one scene outside criterion under callgrind, once with 0
//! and once with N frames; the difference over N is one frame:
//! `valgrind --tool=callgrind target/release/deps/frame-HASH --frames default 10`
//! (scenes: `reference`, `default`, `stress`). The bench binary carries no
//! symbols; `cargo rustc --profile bench --bench frame -- -C strip=none`
//! builds one that does, for a profile by function.

use std::hint::black_box;

use criterion::{Criterion, criterion_group};
use egui::{Pos2, RawInput, Rect, Vec2};
use peacemap::app::PeacemapApp;
use peacemap::model::generate::stress_session;

/// Something that can draw and tessellate one frame.
enum Scene {
    /// egui's own demo windows.
    Reference(Box<egui_demo_lib::DemoWindows>),
    /// The real app.
    App(Box<PeacemapApp>),
}

/// A scene with its own context and clock.
struct FrameRunner {
    ctx: egui::Context,
    scene: Scene,
    time: f64,
}

impl FrameRunner {
    fn new(scene: Scene) -> Self {
        let mut runner = Self {
            ctx: egui::Context::default(),
            scene,
            time: 0.0,
        };
        // Warm up: fonts, layout caches and the first-frame sizing pass.
        for _ in 0..3 {
            black_box(runner.frame());
        }
        runner
    }

    fn by_name(name: &str) -> Option<Self> {
        Some(Self::new(match name {
            "reference" => Scene::Reference(Box::default()),
            "default" => Scene::App(Box::new(PeacemapApp::with_bundled_session())),
            "stress" => Scene::App(Box::new(PeacemapApp::new(stress_session(60, 30, 20)))),
            _ => return None,
        }))
    }

    /// One frame: UI pass, then tessellation. Returns the number of
    /// clipped primitives so nothing is optimised away.
    fn frame(&mut self) -> usize {
        self.time += 0.016;
        let mut output = match &mut self.scene {
            // egui's `demo_with_tessellate__realistic` (egui_demo_lib/benches/benchmark.rs):
            // default input, so the demo's own default screen size.
            Scene::Reference(demo) => self.ctx.run_ui(RawInput::default(), |ui| demo.ui(ui)),
            Scene::App(app) => self
                .ctx
                .run_ui(frame_input(self.time), |ui| app.frame_ui(ui)),
        };
        let primitives = self
            .ctx
            .tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
        // Don't panic on drop with unapplied texture deltas.
        output.textures_delta.clear();
        primitives.len()
    }
}

fn frame_input(time: f64) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, Vec2::new(1920.0, 1080.0))),
        time: Some(time),
        ..Default::default()
    }
}

fn bench(c: &mut Criterion, name: &str, scene: &str) {
    let Some(mut runner) = FrameRunner::by_name(scene) else {
        unreachable!("scene names are fixed in this file");
    };
    c.bench_function(name, |b| b.iter(|| black_box(runner.frame())));
}

fn frames(c: &mut Criterion) {
    bench(c, "reference_egui_demo", "reference");
    bench(c, "frame_default_1920x1080", "default");
    bench(c, "frame_stress_60x30x20_1920x1080", "stress");
}

/// Runs `count` frames of `runner`, outside criterion (for callgrind).
#[inline(never)]
fn measured_frames(runner: &mut FrameRunner, count: usize) -> usize {
    (0..count).map(|_| runner.frame()).sum()
}

criterion_group!(benches, frames);

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--frames") {
        let scene = args.get(at + 1).map_or("default", String::as_str);
        let count = args.get(at + 2).and_then(|n| n.parse().ok()).unwrap_or(50);
        let Some(mut runner) = FrameRunner::by_name(scene) else {
            eprintln!("unknown scene {scene:?}: use reference, default or stress");
            std::process::exit(2);
        };
        println!(
            "{scene}: {count} frames, {} primitives",
            measured_frames(&mut runner, count)
        );
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
