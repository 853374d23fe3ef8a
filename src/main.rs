//! `peacemap [FILE]`: the desktop app. Arguments, logging, run — nothing else.

fn main() -> eframe::Result {
    env_logger::init();
    let app = peacemap::app::PeacemapApp::with_bundled_session();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(app.window_title())
            .with_app_id("peacemap")
            .with_inner_size([1280.0, 720.0])
            .with_maximized(true)
            .with_min_inner_size([900.0, 560.0]),
        ..Default::default()
    };
    eframe::run_native("Peacemap", options, Box::new(|_cc| Ok(Box::new(app))))
}
