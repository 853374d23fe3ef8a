//! Shared helpers for the UI tests: one way to build the real app in a
//! headless harness.

#![allow(dead_code, reason = "each test file uses a different subset")]

use egui_kittest::Harness;
use peacemap::app::PeacemapApp;
use peacemap::model::{Session, TrackId};

/// Laptop screen size.
pub const LAPTOP: [f32; 2] = [1280.0, 720.0];
/// Projector size.
pub const PROJECTOR: [f32; 2] = [1920.0, 1080.0];

/// The real app, showing the bundled session, at `size`.
pub fn app_harness(size: [f32; 2]) -> Harness<'static, PeacemapApp> {
    harness_for(PeacemapApp::with_bundled_session(), size)
}

/// The real app showing `app`'s state, at `size`.
pub fn harness_for(app: PeacemapApp, size: [f32; 2]) -> Harness<'static, PeacemapApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        // The bundled Hangul font, as the app installs it at start.
        .with_context_setup(peacemap::ui::fonts::install)
        .build_ui_state(|ui, app: &mut PeacemapApp| app.frame_ui(ui), app);
    harness.run();
    harness
}

/// The track with this id in the app's session.
pub fn track<'a>(session: &'a Session, id: &str) -> &'a peacemap::model::Track {
    session
        .track(&TrackId::new(id))
        .unwrap_or_else(|| panic!("no track {id}"))
}

/// Where the track with this id stands on the session's live board.
pub fn lane<'a>(session: &'a Session, id: &str) -> &'a peacemap::model::TrackState {
    session
        .board
        .track(&TrackId::new(id))
        .unwrap_or_else(|| panic!("no board entry for track {id}"))
}
