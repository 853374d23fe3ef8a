//! Native file dialogs (rfd) on a worker thread, so the window keeps
//! drawing while a dialog is open.
//!
//! Only the app shell (`eframe::App::ui`) starts dialogs. The UI itself
//! only asks for one ([`DialogRequest`]) and later receives the answer
//! ([`DialogReply`]), so tests answer requests themselves and never open
//! a real dialog.

use std::path::PathBuf;
use std::sync::mpsc;

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
}

/// Runs at most one dialog at a time on a worker thread.
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
    pub fn start(&mut self, request: DialogRequest, parent: &eframe::Frame, ctx: &egui::Context) {
        if self.is_open() {
            return;
        }
        let mut dialog = rfd::FileDialog::new()
            .add_filter("Peacemap session", &["ron"])
            .add_filter("All files", &["*"])
            .set_parent(parent);
        let (sender, receiver) = mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".to_owned())
            .spawn(move || {
                let reply = match request {
                    DialogRequest::Open { folder } => {
                        if let Some(folder) = folder {
                            dialog = dialog.set_directory(folder);
                        }
                        dialog
                            .set_title("Open session")
                            .pick_file()
                            .map_or(DialogReply::Cancelled, DialogReply::Open)
                    }
                    DialogRequest::SaveAs { folder, file_name } => {
                        if let Some(folder) = folder {
                            dialog = dialog.set_directory(folder);
                        }
                        dialog
                            .set_title("Save session as")
                            .set_file_name(file_name)
                            .save_file()
                            .map_or(DialogReply::Cancelled, |path| {
                                DialogReply::SaveAs(with_ron_extension(path))
                            })
                    }
                };
                let _ = sender.send(reply);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.pending = Some(receiver),
            Err(err) => log::error!("Could not start the file dialog: {err}"),
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

/// `name` → `name.ron`; a name that already has an extension is kept.
pub fn with_ron_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension("ron")
    }
}
