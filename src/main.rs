//! `peacemap [FILE]`, `peacemap check FILE...`, `--lang en|ko`:
//! arguments, logging, run — nothing else.

use peacemap::app::{AppDirs, PeacemapApp};
use peacemap::cli::{Cli, Invocation, run_headless};
use peacemap::preferences::Preferences;
use peacemap::tr;

fn main() -> std::process::ExitCode {
    // env_logger, plus the watch that tells a missing native file dialog
    // from a cancelled one (see `file_dialog`).
    peacemap::file_dialog::install_logger();
    let invocation = Invocation::parse(std::env::args_os().skip(1));
    let lang = invocation.lang_or_env();
    if let Some(code) = run_headless(
        &invocation.command,
        lang,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    ) {
        return std::process::ExitCode::from(u8::try_from(code).unwrap_or(1));
    }
    let Cli::Open(file) = invocation.command else {
        return std::process::ExitCode::from(2);
    };

    let mut app = PeacemapApp::with_bundled_session().with_dirs(&AppDirs::from_system());
    if let Some(path) = &file {
        app = app.with_file(path);
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(app.window_title(peacemap::model::Lang::default()))
            .with_app_id("peacemap")
            .with_inner_size([1280.0, 720.0])
            .with_maximized(true)
            .with_min_inner_size([900.0, 560.0])
            .with_drag_and_drop(true),
        // The window's size and position are kept between runs by eframe.
        persist_window: true,
        ..Default::default()
    };
    let result = eframe::run_native(
        "Peacemap",
        options,
        Box::new(|cc| {
            peacemap::ui::fonts::install(&cc.egui_ctx);
            let preferences = Preferences::load(cc.storage);
            // `--lang` wins, for this run, over the remembered language and
            // the system's.
            let lang = invocation
                .lang
                .unwrap_or_else(|| preferences.start_language(|name| std::env::var(name).ok()));
            Ok(Box::new(
                app.with_preferences(preferences).with_language(lang),
            ))
        }),
    );
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            let reason = err.to_string();
            eprintln!(
                "peacemap: {}",
                tr!(lang, "error-cli-no-window", reason = reason)
            );
            std::process::ExitCode::FAILURE
        }
    }
}
