//! Shared helpers for the UI tests: one way to build the real app in a
//! headless harness.

#![allow(dead_code, reason = "each test file uses a different subset")]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
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

/// Every distinct accessible label and value of the app's very first frame at
/// `size`: what is on screen the moment the window opens. (A harness runs
/// until the UI settles, so it cannot tell the first frame from later ones.)
pub fn first_frame_texts(mut app: PeacemapApp, size: [f32; 2]) -> Vec<String> {
    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    peacemap::ui::fonts::install(&ctx);
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size.into())),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| app.frame_ui(ui));
    // No renderer here: the font atlas update is dropped unused.
    output.textures_delta.clear();
    let Some(update) = output.platform_output.accesskit_update else {
        panic!("no accessibility tree although AccessKit is enabled");
    };
    update
        .nodes
        .iter()
        .flat_map(|(_, node)| [node.label(), node.value()])
        .flatten()
        .map(str::to_owned)
        // A label's text is both its value and its text run's.
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Clicks the widget with `role` and `label` as a user would: scrolls it
/// into view first (the side panel is taller than the window), then clicks.
pub fn click_in_view(
    harness: &mut Harness<'static, PeacemapApp>,
    role: egui::accesskit::Role,
    label: &str,
) {
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
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

/// Drops `path` on the app's window, as a file manager would, and runs
/// the harness until the app has handled it.
pub fn drop_file(harness: &mut Harness<'static, PeacemapApp>, path: &std::path::Path) {
    #[derive(Debug)]
    struct Dropped(std::path::PathBuf);
    impl egui::DroppedFile for Dropped {
        fn path(&self) -> &std::path::Path {
            &self.0
        }
        fn bytes(&self) -> Result<Vec<u8>, String> {
            std::fs::read(&self.0).map_err(|e| e.to_string())
        }
    }
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.to_path_buf())));
    harness.run();
}

/// Every `.ron` file in the repository's `saves/`, sorted by name, with its
/// text.
pub fn save_files() -> Vec<(std::path::PathBuf, String)> {
    let saves = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(&saves)
        .unwrap_or_else(|e| panic!("{} can be listed: {e}", saves.display()))
        .map(|entry| {
            entry
                .unwrap_or_else(|e| panic!("a readable entry: {e}"))
                .path()
        })
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{} is readable: {e}", path.display()));
            (path, text)
        })
        .collect()
}
