//! One full frame of the app: the UI pass plus tessellation, at projector
//! size, for the bundled session and a generated stress session, beside a
//! reference frame of egui's own demo windows measured in the same run.
//!
//! Budgets (issue 6) are ratios to the reference, because absolute times
//! move with the machine and with whatever else runs on it:
//! `frame_default_1920x1080` ≤ 2 × `reference_egui_demo`; the stress
//! session (60 tracks × 30 chips × 20 milestones) ≤ 8 ms median; a
//! playback frame (issue 8: the bundled story halfway between two steps,
//! `frame_playback_1920x1080`) ≤ 2 × `reference_egui_demo`.
//!
//! For instruction counts, which do not depend on the load on the machine,
//! run frames of one scene outside criterion under callgrind, once with 0
//! and once with N frames; the difference over N is one frame:
//! `valgrind --tool=callgrind target/release/deps/frame-HASH --frames default 10`
//! (scenes: `reference`, `default`, `stress`, `playback`). The bench binary carries no
//! symbols; `cargo rustc --profile bench --bench frame -- -C strip=none`
//! builds one that does, for a profile by function.

use std::hint::black_box;

use criterion::{Criterion, criterion_group};
use egui::{Pos2, RawInput, Rect, Vec2};
use peacemap::app::PeacemapApp;
use peacemap::model::compare::{Difference, differences};
use peacemap::model::generate::stress_session;
use peacemap::model::{BoardRef, Step};

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
    /// Seconds the clock moves per frame (0 holds a playback mid-passage).
    frame_secs: f64,
}

impl FrameRunner {
    fn new(scene: Scene) -> Self {
        let mut runner = Self {
            ctx: egui::Context::default(),
            scene,
            time: 0.0,
            frame_secs: 0.016,
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
            "playback" => return Some(Self::playing()),
            _ => return None,
        }))
    }

    /// The bundled session playing its story, held halfway through the
    /// first passage where chips join or leave a table (so vehicles slide,
    /// chips fade and statuses switch): every frame computes the board
    /// between the two steps and draws it, as during playback, but the
    /// clock stands still so each measured frame is the same one.
    fn playing() -> Self {
        let mut app = PeacemapApp::with_bundled_session();
        let session = app.document.session();
        let Some(story) = session.scenarios.first() else {
            unreachable!("the bundled session has its story (a test guards it)");
        };
        let seats_change = |pair: &[Step]| {
            differences(session, &pair[0].board, &pair[1].board)
                .iter()
                .any(|d| {
                    matches!(
                        d,
                        Difference::SeatJoined { .. } | Difference::SeatLeft { .. }
                    )
                })
        };
        let from = story.steps.windows(2).position(seats_change).unwrap_or(0);
        let (story_id, step) = (story.id.clone(), story.steps[from].id.clone());
        app.on = BoardRef::Step {
            scenario: story_id.clone(),
            step,
        };
        let started = app
            .playback
            .play(app.document.session(), &mut app.on, Some(&story_id));
        assert!(started, "the bundled story has steps to play");
        let mut runner = Self::new(Scene::App(Box::new(app)));
        // The rest on a step (0.4 s) is skipped at the start: 0.6 s more is
        // halfway through the 1.2 s passage.
        while runner.time < 0.6 {
            black_box(runner.frame());
        }
        runner.frame_secs = 0.0;
        black_box(runner.frame());
        let Scene::App(app) = &runner.scene else {
            unreachable!("built from an app above");
        };
        assert!(
            app.playback.board().is_some() && !app.marks.seat_opacity.is_empty(),
            "the measured frame is mid-passage, chips fading"
        );
        runner
    }

    /// One frame: UI pass, then tessellation. Returns the number of
    /// clipped primitives so nothing is optimised away.
    fn frame(&mut self) -> usize {
        self.time += self.frame_secs;
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
    bench(c, "frame_playback_1920x1080", "playback");
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
            eprintln!("unknown scene {scene:?}: use reference, default, stress or playback");
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
