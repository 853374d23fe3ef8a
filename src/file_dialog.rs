//! File dialogs: native ones (rfd) on a worker thread, so the window keeps
//! drawing while a dialog is open, and an in-app one (`egui_file`) where
//! the system has none.
//!
//! Only the app shell (`eframe::App::ui`) starts native dialogs. The UI
//! itself only asks for one ([`DialogRequest`]) and later receives the
//! answer ([`DialogReply`]), so tests answer requests themselves and never
//! open a real dialog.
//!
//! **Detecting a missing native dialog.** On Linux, rfd 0.17 asks the
//! desktop portal over D-Bus; when that fails it logs an error (`OpenFile
//! failed: …`), warns `Using zenity fallback` and runs `zenity`; when that
//! fails too it logs another error (`Failed to pick file with zenity: …`)
//! and returns `None`, exactly as if the user had cancelled. A check made
//! beforehand (portal on the session bus, `zenity` on `PATH`) would need a
//! D-Bus client and could still disagree with what rfd then does, so
//! instead the worker thread watches rfd's own verdict: [`install_logger`]
//! wraps the logger, and an error logged by rfd on the dialog's thread
//! *after* its zenity-fallback warning (the last resort failed; a portal
//! error alone is followed by a working zenity, whose cancel is a cancel)
//! turns the `None` into [`DialogReply::Unavailable`]. The app then shows its
//! in-app dialog for the same request, and keeps using it for the rest of
//! the run. No platform-specific API is used.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::i18n::Lang;
use crate::tr;

/// A dialog the UI wants opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogRequest {
    /// Pick a session file to open.
    Open {
        /// Folder to start in.
        folder: Option<PathBuf>,
    },
    /// Pick where to save the session.
    SaveAs {
        /// Folder to start in.
        folder: Option<PathBuf>,
        /// File name to suggest.
        file_name: String,
    },
}

/// What the user chose in a dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogReply {
    /// Open this file.
    Open(PathBuf),
    /// Save to this file.
    SaveAs(PathBuf),
    /// The dialog was closed without a choice.
    Cancelled,
    /// No native dialog could be shown for this request (see the module
    /// documentation); the app falls back to its in-app dialog.
    Unavailable(DialogRequest),
}

/// How far rfd got on this thread's dialog, as its log tells.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum RfdProgress {
    /// Nothing unusual logged.
    #[default]
    Quiet,
    /// The portal failed; rfd fell back to zenity.
    ZenityFallback,
    /// The zenity fallback failed too: no native dialog at all.
    Failed,
}

thread_local! {
    /// What rfd has logged on this thread during the current dialog.
    static RFD_PROGRESS: Cell<RfdProgress> = const { Cell::new(RfdProgress::Quiet) };
}

/// Forwards every record to the wrapped logger, and notes errors logged by
/// rfd on the current thread (how a dialog that could not open shows).
struct RfdWatch<L> {
    inner: L,
}

impl<L: log::Log> log::Log for RfdWatch<L> {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() == log::Level::Error || self.inner.enabled(metadata)
    }

    fn log(&self, record: &log::Record<'_>) {
        if record.target().starts_with("rfd") {
            RFD_PROGRESS.with(|progress| {
                let next = match (record.level(), progress.get()) {
                    (log::Level::Warn, RfdProgress::Quiet)
                        if record.args().to_string().contains("zenity") =>
                    {
                        RfdProgress::ZenityFallback
                    }
                    (log::Level::Error, RfdProgress::ZenityFallback) => RfdProgress::Failed,
                    (_, unchanged) => unchanged,
                };
                progress.set(next);
            });
        }
        if self.inner.enabled(record.metadata()) {
            self.inner.log(record);
        }
    }

    fn flush(&self) {
        self.inner.flush();
    }
}

/// Sets up logging (`RUST_LOG`, as `env_logger`) with the watch on rfd's
/// errors. Call once, at start; without it a missing native dialog looks
/// like a cancel.
pub fn install_logger() {
    let inner = env_logger::Builder::from_default_env().build();
    let level = inner.filter().max(log::LevelFilter::Error);
    if log::set_boxed_logger(Box::new(RfdWatch { inner })).is_ok() {
        log::set_max_level(level);
    }
}

/// Runs `show` (a native dialog call) and tells whether rfd reported that
/// it could not show the dialog at all.
fn watching_rfd<T>(show: impl FnOnce() -> Option<T>) -> Result<Option<T>, ()> {
    RFD_PROGRESS.with(|progress| progress.set(RfdProgress::Quiet));
    let chosen = show();
    let failed = RFD_PROGRESS.with(Cell::take) == RfdProgress::Failed;
    if chosen.is_none() && failed {
        Err(())
    } else {
        Ok(chosen)
    }
}

/// Runs at most one native dialog at a time on a worker thread.
#[derive(Default)]
pub struct DialogWorker {
    pending: Option<mpsc::Receiver<DialogReply>>,
}

impl DialogWorker {
    /// Whether a dialog is open.
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// Opens the dialog for `request`, parented to `parent`. The window is
    /// repainted when the user has chosen, so nothing polls while waiting.
    /// Returns the request back if a dialog is already open or no thread
    /// could be started for it.
    pub fn start(
        &mut self,
        request: DialogRequest,
        parent: &eframe::Frame,
        ctx: &egui::Context,
    ) -> Result<(), DialogRequest> {
        if self.is_open() {
            return Err(request);
        }
        let lang = crate::i18n::lang_of(ctx);
        let dialog = rfd::FileDialog::new()
            .add_filter(tr!(lang, "shell-dialog-filter-session"), &["ron"])
            .add_filter(tr!(lang, "shell-dialog-filter-all"), &["*"])
            .set_parent(parent);
        let (sender, receiver) = mpsc::channel();
        let ctx = ctx.clone();
        let for_thread = request.clone();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".to_owned())
            .spawn(move || {
                let reply = native_dialog(dialog, for_thread, lang);
                let _ = sender.send(reply);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.pending = Some(receiver);
                Ok(())
            }
            Err(err) => {
                log::error!("Could not start the file dialog: {err}");
                Err(request)
            }
        }
    }

    /// The user's choice, once the dialog has closed.
    pub fn poll(&mut self) -> Option<DialogReply> {
        let receiver = self.pending.as_ref()?;
        match receiver.try_recv() {
            Ok(reply) => {
                self.pending = None;
                Some(reply)
            }
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => {
                self.pending = None;
                Some(DialogReply::Cancelled)
            }
        }
    }
}

fn native_dialog(mut dialog: rfd::FileDialog, request: DialogRequest, lang: Lang) -> DialogReply {
    let outcome = match &request {
        DialogRequest::Open { folder } => {
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            watching_rfd(|| {
                dialog
                    .set_title(tr!(lang, "shell-dialog-open-title"))
                    .pick_file()
            })
            .map(|chosen| chosen.map(DialogReply::Open))
        }
        DialogRequest::SaveAs { folder, file_name } => {
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            watching_rfd(|| {
                dialog
                    .set_title(tr!(lang, "shell-dialog-save-title"))
                    .set_file_name(file_name)
                    .save_file()
            })
            .map(|chosen| chosen.map(|path| DialogReply::SaveAs(with_ron_extension(path))))
        }
    };
    match outcome {
        Ok(Some(reply)) => reply,
        Ok(None) => DialogReply::Cancelled,
        Err(()) => DialogReply::Unavailable(request),
    }
}

/// The in-app file dialog: an egui window inside Peacemap's own window, for
/// systems with no native dialog.
pub struct InAppDialog {
    request: DialogRequest,
    dialog: egui_file::FileDialog,
}

impl std::fmt::Debug for InAppDialog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InAppDialog")
            .field("request", &self.request)
            .finish_non_exhaustive()
    }
}

impl InAppDialog {
    /// Opens the in-app dialog for `request`, worded in `lang`.
    ///
    /// `egui_file` lets every word of its own be replaced except two: the
    /// icon it puts before the title, and the system's message when a
    /// folder cannot be listed (shown as the operating system words it).
    pub fn new(request: DialogRequest, lang: Lang) -> Self {
        let ron_or_folder: egui_file::Filter<PathBuf> = Box::new(|path: &Path| {
            path.is_dir()
                || path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        });
        let mut dialog = match &request {
            DialogRequest::Open { folder } => {
                let dialog =
                    egui_file::FileDialog::open_file().title(&tr!(lang, "shell-dialog-open-title"));
                match folder {
                    Some(folder) => dialog.initial_path(folder.clone()),
                    None => dialog,
                }
            }
            DialogRequest::SaveAs { folder, file_name } => {
                let dialog = egui_file::FileDialog::save_file()
                    .title(&tr!(lang, "shell-dialog-save-title"))
                    .default_filename(file_name.clone());
                match folder {
                    Some(folder) => dialog.initial_path(folder.clone()),
                    None => dialog,
                }
            }
        }
        .id(egui::Id::unique("peacemap-in-app-file-dialog"))
        .show_files_filter(ron_or_folder)
        .show_new_folder(false)
        .show_rename(false)
        .open_button_text(tr!(lang, "shell-dialog-open").into())
        .save_button_text(tr!(lang, "shell-dialog-save").into())
        .cancel_button_text(tr!(lang, "shell-dialog-cancel").into())
        .new_folder_button_text(tr!(lang, "shell-dialog-new-folder").into())
        .new_folder_name_text(tr!(lang, "shell-dialog-new-folder-name").into())
        .rename_button_text(tr!(lang, "shell-dialog-rename").into())
        .refresh_button_hover_text(tr!(lang, "shell-dialog-refresh").into())
        .parent_folder_button_hover_text(tr!(lang, "shell-dialog-parent-folder").into())
        .file_label_text(tr!(lang, "shell-dialog-file-label").into())
        .show_hidden_checkbox_text(tr!(lang, "shell-dialog-show-hidden").into());
        dialog.open();
        Self { request, dialog }
    }

    /// What the dialog was opened for.
    pub fn request(&self) -> &DialogRequest {
        &self.request
    }

    /// Draws the dialog (a window above the app); returns the user's
    /// choice once made.
    pub fn dialog_ui(&mut self, ui: &mut egui::Ui) -> Option<DialogReply> {
        self.dialog.show(ui.ctx());
        match self.dialog.state() {
            egui_file::State::Open => None,
            egui_file::State::Selected => {
                let path = self.dialog.path().map(Path::to_path_buf);
                Some(match (&self.request, path) {
                    (DialogRequest::Open { .. }, Some(path)) => DialogReply::Open(path),
                    (DialogRequest::SaveAs { .. }, Some(path)) => {
                        DialogReply::SaveAs(with_ron_extension(path))
                    }
                    (_, None) => DialogReply::Cancelled,
                })
            }
            egui_file::State::Closed | egui_file::State::Cancelled => Some(DialogReply::Cancelled),
        }
    }
}

/// `name` → `name.ron`; a name that already has an extension is kept.
pub fn with_ron_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension("ron")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A logger that only counts, standing in for `env_logger`.
    struct Quiet;
    impl log::Log for Quiet {
        fn enabled(&self, _: &log::Metadata<'_>) -> bool {
            false
        }
        fn log(&self, _: &log::Record<'_>) {}
        fn flush(&self) {}
    }

    const PORTAL: &str = "rfd::backend::xdg_desktop_portal::portal";
    const BACKEND: &str = "rfd::backend::xdg_desktop_portal";

    /// Logs as rfd 0.17 does.
    fn log_as(watch: &RfdWatch<Quiet>, target: &str, level: log::Level, message: &str) {
        use log::Log as _;
        watch.log(
            &log::Record::builder()
                .target(target)
                .level(level)
                .args(format_args!("{message}"))
                .build(),
        );
    }

    /// What rfd logs when the desktop portal is missing, in its order.
    fn portal_fails(watch: &RfdWatch<Quiet>) {
        log_as(
            watch,
            PORTAL,
            log::Level::Error,
            "OpenFile failed: org.freedesktop.portal.Desktop was not provided",
        );
        log_as(watch, BACKEND, log::Level::Warn, "Using zenity fallback");
    }

    #[test]
    fn rfd_failing_with_both_portal_and_zenity_means_unavailable() {
        let watch = RfdWatch { inner: Quiet };
        let outcome = watching_rfd(|| {
            portal_fails(&watch);
            log_as(
                &watch,
                BACKEND,
                log::Level::Error,
                "Failed to pick file with zenity: No such file or directory",
            );
            None::<PathBuf>
        });
        assert_eq!(outcome, Err(()));
    }

    #[test]
    fn a_cancel_is_a_cancel_also_in_the_zenity_fallback() {
        let watch = RfdWatch { inner: Quiet };
        // The user cancelled the portal's dialog: nothing logged, nothing chosen.
        assert_eq!(watching_rfd(|| None::<PathBuf>), Ok(None));
        // No portal, but zenity worked and the user cancelled it.
        let outcome = watching_rfd(|| {
            portal_fails(&watch);
            None::<PathBuf>
        });
        assert_eq!(outcome, Ok(None));
        // Another crate's error is no failure of the dialog.
        let outcome = watching_rfd(|| {
            portal_fails(&watch);
            log_as(&watch, "wgpu_core", log::Level::Error, "device lost");
            None::<PathBuf>
        });
        assert_eq!(outcome, Ok(None));
        // A failure in an earlier dialog does not leak into the next one.
        let _ = watching_rfd(|| {
            portal_fails(&watch);
            log_as(
                &watch,
                BACKEND,
                log::Level::Error,
                "Failed to save file with zenity",
            );
            None::<PathBuf>
        });
        assert_eq!(watching_rfd(|| None::<PathBuf>), Ok(None));
    }
}
