//! The eframe app: owns the document, its history and the transient UI
//! state, draws every panel, and applies the commands the panels emit, in
//! one place, after the pass.

use std::path::{Path, PathBuf};
use std::time::Instant;

use egui::{Panel, RichText, ScrollArea, Ui};

use crate::command::Command;
use crate::file_dialog::{DialogReply, DialogRequest, DialogWorker};
use crate::history::History;
use crate::io::recent::RecentFiles;
use crate::io::recovery::{AutosaveTimer, Recovered, Recovery};
use crate::model::{Session, StageId, TrackId};
use crate::ui::inspector::{InspectorAction, InspectorState, inspector_ui};
use crate::ui::modals::{self, Modal, ModalChoice};
use crate::ui::ui_command::UiCommand;
use crate::ui::{Theme, board, border, gauge, relief};

/// Folders the app keeps its own files in: recent files (config) and the
/// recovery copy (data). `None` turns the feature off (tests, benches).
#[derive(Clone, Debug, Default)]
pub struct AppDirs {
    /// Config folder, for the recent-files list.
    pub config: Option<PathBuf>,
    /// Data folder, for the crash-recovery copy.
    pub data: Option<PathBuf>,
}

impl AppDirs {
    /// The user's folders for Peacemap, found with `directories`.
    pub fn from_system() -> Self {
        directories::ProjectDirs::from("org", "Peacemap", "Peacemap").map_or_else(
            Self::default,
            |dirs| Self {
                config: Some(dirs.config_dir().to_path_buf()),
                data: Some(dirs.data_dir().to_path_buf()),
            },
        )
    }
}

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PendingAction {
    /// Start a new session.
    New,
    /// Open a file; `None` asks for one with a dialog.
    Open(Option<PathBuf>),
    /// Close the window.
    Close,
}

/// A message shown in the status bar.
#[derive(Clone, Debug, PartialEq)]
pub enum StatusMessage {
    /// Something went as asked.
    Info(String),
    /// Something went wrong; the document is unchanged.
    Error(String),
}

/// The whole application state.
pub struct PeacemapApp {
    /// The open document.
    pub session: Session,
    /// Undo and redo.
    pub history: History,
    /// The track shown in the inspector.
    pub selected: Option<TrackId>,
    /// What the inspector is holding before it becomes an edit.
    pub inspector: InspectorState,
    /// The relief stage whose editor is open.
    pub editing_stage: Option<StageId>,
    /// Colours and sizes.
    pub theme: Theme,
    /// The latest status message.
    pub status: Option<StatusMessage>,
    /// The window title last sent, so it is only sent when it changes.
    sent_title: Option<String>,
    /// The file the session was opened from or last saved to.
    pub path: Option<PathBuf>,
    /// History generation of the last save or open: different means unsaved changes.
    saved_generation: u64,
    /// The dialog the UI asked for, waiting for the shell to open it.
    pub dialog_request: Option<DialogRequest>,
    /// What to do after the Save as dialog of an unsaved-changes prompt.
    after_save: Option<PendingAction>,
    /// The modal window on top, if any.
    pub modal: Option<Modal>,
    /// Recently opened or saved files.
    pub recent: RecentFiles,
    /// Where the app keeps its own files.
    dirs: AppDirs,
    /// When the recovery copy is due.
    autosave: AutosaveTimer,
    /// Set once the user has agreed to close.
    close_confirmed: bool,
    /// Send a close command to the window on the next frame.
    request_close: bool,
    /// Native dialogs on a worker thread (used by the shell only).
    dialogs: DialogWorker,
}

impl PeacemapApp {
    /// An app showing `session`.
    pub fn new(session: Session) -> Self {
        Self {
            session,
            history: History::default(),
            selected: None,
            inspector: InspectorState::default(),
            editing_stage: None,
            theme: Theme::screen(),
            status: None,
            sent_title: None,
            path: None,
            saved_generation: 0,
            dialog_request: None,
            after_save: None,
            modal: None,
            recent: RecentFiles::default(),
            dirs: AppDirs::default(),
            autosave: AutosaveTimer::default(),
            close_confirmed: false,
            request_close: false,
            dialogs: DialogWorker::default(),
        }
    }

    /// Uses `dirs` for recent files and crash recovery, and offers to
    /// restore a recovery copy left by a crash.
    #[must_use]
    pub fn with_dirs(mut self, dirs: AppDirs) -> Self {
        if let Some(config) = &dirs.config {
            self.recent = RecentFiles::load(config);
        }
        self.dirs = dirs;
        if let Some(recovery) = self.recovery() {
            match recovery.read() {
                Ok(Some(recovered)) => self.modal = Some(Modal::Recovery(Box::new(recovered))),
                Ok(None) => {}
                Err(err) => {
                    self.modal = Some(Modal::Error {
                        title: "Recovery copy unreadable".to_owned(),
                        message: format!(
                            "Peacemap found work saved before it last stopped, but could not read it: {err}\n\nThe copy is kept at {}.",
                            recovery.copy_path().display()
                        ),
                    });
                }
            }
        }
        self
    }

    /// Opens `path` at start (from the command line); on failure the
    /// current session stays and the error is shown.
    #[must_use]
    pub fn with_file(mut self, path: &Path) -> Self {
        self.open_file(path);
        self
    }

    fn recovery(&self) -> Option<Recovery> {
        self.dirs.data.as_ref().map(Recovery::new)
    }

    /// True when the session has changes that are not in its file.
    pub fn is_dirty(&self) -> bool {
        self.history.generation() != self.saved_generation
    }

    /// The file name shown in the title: the file's name, or "Untitled".
    pub fn file_label(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "Untitled".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// An app showing the bundled six-track session.
    pub fn with_bundled_session() -> Self {
        match crate::io::bundled_session() {
            Ok(session) => Self::new(session),
            Err(err) => {
                // Only reachable if the binary was built with a broken asset;
                // a test guards against that. Still, never crash.
                let mut app = Self::new(crate::model::Session::empty());
                app.status = Some(StatusMessage::Error(format!(
                    "The bundled session could not be read: {err}"
                )));
                app
            }
        }
    }

    /// Applies one edit: the only place the document changes.
    pub fn apply(&mut self, command: Command, now_secs: f64) {
        let label = command.label();
        let key = command.coalesce_key();
        let before = self.session.clone();
        match command.apply(&mut self.session) {
            Ok(changed) => {
                if changed {
                    self.history.record(before, label, key, now_secs);
                    self.autosave.note_change(Instant::now());
                }
            }
            Err(err) => self.status = Some(StatusMessage::Error(format!("{label}: {err}"))),
        }
    }

    /// Runs an app-level command.
    pub fn run_ui_command(&mut self, command: UiCommand) {
        match command {
            UiCommand::Undo => {
                if let Some(label) = self.history.undo_label()
                    && self.history.undo(&mut self.session)
                {
                    self.status = Some(StatusMessage::Info(format!("Undid: {label}")));
                    self.autosave.note_change(Instant::now());
                }
            }
            UiCommand::Redo => {
                if let Some(label) = self.history.redo_label()
                    && self.history.redo(&mut self.session)
                {
                    self.status = Some(StatusMessage::Info(format!("Redid: {label}")));
                    self.autosave.note_change(Instant::now());
                }
            }
            UiCommand::CloseInspector => self.selected = None,
            UiCommand::New => self.request(PendingAction::New),
            UiCommand::Open => self.request(PendingAction::Open(None)),
            UiCommand::Save => self.save(),
            UiCommand::SaveAs => self.ask_save_as(),
            UiCommand::NextTrack | UiCommand::PreviousTrack => {
                let count = self.session.tracks.len();
                if count == 0 {
                    return;
                }
                let current = self
                    .selected
                    .as_ref()
                    .and_then(|id| self.session.tracks.iter().position(|t| &t.id == id));
                let next = match (command, current) {
                    (UiCommand::NextTrack, Some(i)) => (i + 1) % count,
                    (UiCommand::PreviousTrack, Some(i)) => (i + count - 1) % count,
                    (UiCommand::PreviousTrack, None) => count - 1,
                    _ => 0,
                };
                self.selected = Some(self.session.tracks[next].id.clone());
            }
        }
        // A selection pointing at a track that no longer exists (after undo) is dropped.
        if let Some(id) = &self.selected
            && self.session.track(id).is_none()
        {
            self.selected = None;
        }
    }

    /// The window title for the current document.
    pub fn window_title(&self) -> String {
        let mark = if self.is_dirty() { "● " } else { "" };
        format!(
            "{mark}{} — {} — Peacemap",
            self.file_label(),
            self.session.title
        )
    }

    /// Draws one frame into `ui` and applies what the user did.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let now = ui.input(|i| i.time);
        log::trace!("frame at {now:.3}");
        if let Some(reply) = self.dialogs.poll() {
            self.dialog_finished(reply);
        }
        self.handle_close_request(ui.ctx());
        self.handle_dropped_files(ui);
        if self.modal.is_none() {
            self.handle_shortcuts(ui);
        }
        let mut commands = Vec::new();
        let mut ui_commands = Vec::new();

        Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui, &mut ui_commands));
        Panel::top("gauge")
            .frame(
                egui::Frame::side_top_panel(ui.style())
                    .inner_margin(egui::Margin::symmetric(12, 6)),
            )
            .show(ui, |ui| {
                gauge::gauge_ui(ui, &self.session, &self.session.board, &self.theme);
            });
        Panel::bottom("status").show(ui, |ui| self.status_bar_ui(ui));

        let side_width = (ui.available_width() * 0.33).clamp(380.0, 680.0);
        Panel::right("side")
            .resizable(true)
            .default_size(side_width)
            .min_size(320.0)
            .show(ui, |ui| {
                ScrollArea::vertical()
                    .id_salt("side-scroll")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        let selected_track = self.selected.as_ref().and_then(|id| {
                            Some((
                                self.session.track(id)?,
                                self.session.lane_number(id)?,
                                self.session.board.track(id)?,
                            ))
                        });
                        if let Some((track, number, lane)) = selected_track {
                            let action = inspector_ui(
                                ui,
                                &self.session,
                                track,
                                number,
                                lane,
                                &mut self.inspector,
                                &self.theme,
                                &mut commands,
                            );
                            if action == InspectorAction::Close {
                                ui_commands.push(UiCommand::CloseInspector);
                            }
                        } else {
                            ui.columns(2, |columns| {
                                let top_down = egui::Layout::top_down(egui::Align::Min);
                                columns[0].with_layout(top_down, |ui| {
                                    relief::relief_ui(
                                        ui,
                                        &self.session,
                                        &self.session.board,
                                        &mut self.editing_stage,
                                        &self.theme,
                                        &mut commands,
                                    );
                                });
                                columns[1].with_layout(top_down, |ui| {
                                    border::border_ui(
                                        ui,
                                        &self.session,
                                        &self.session.board,
                                        &self.theme,
                                        &mut commands,
                                    );
                                });
                            });
                        }
                    });
            });

        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).fill(self.theme.background))
            .show(ui, |ui| {
                if let Some(clicked) = board::board_ui(
                    ui,
                    &self.session,
                    &self.session.board,
                    self.selected.as_ref(),
                    &self.theme,
                    &mut commands,
                ) {
                    self.selected = Some(clicked);
                }
            });

        // Apply everything the panels asked for, after the pass.
        for command in commands {
            self.apply(command, now);
        }
        for command in ui_commands {
            self.run_ui_command(command);
        }
        if ui.input(|i| i.pointer.any_released()) {
            self.history.end_gesture();
        }

        if let Some(modal) = &self.modal
            && let Some(choice) = modals::modal_ui(ui, modal, &self.theme)
        {
            self.modal_finished(choice);
        }
        drop_overlay_ui(ui, &self.theme);
        self.autosave_if_due(ui.ctx(), Instant::now());
        self.update_title(ui.ctx());
    }

    /// Asks for `action`; with unsaved changes, asks first whether to save.
    pub fn request(&mut self, action: PendingAction) {
        if self.is_dirty() {
            self.modal = Some(Modal::UnsavedChanges {
                then: action,
                file_label: self.file_label(),
            });
        } else {
            self.perform(action);
        }
    }

    fn perform(&mut self, action: PendingAction) {
        match action {
            PendingAction::New => {
                let fresh = Self::with_bundled_session();
                self.replace_document(fresh.session, None);
                self.status = Some(StatusMessage::Info(
                    "New session from the six-track template".to_owned(),
                ));
            }
            PendingAction::Open(Some(path)) => self.open_file(&path),
            PendingAction::Open(None) => {
                self.dialog_request = Some(DialogRequest::Open {
                    folder: self.start_folder(),
                });
            }
            PendingAction::Close => {
                self.close_confirmed = true;
                // The user chose: the recovery copy is no longer needed.
                self.discard_recovery();
                self.autosave.reset();
                self.request_close = true;
            }
        }
    }

    fn start_folder(&self) -> Option<PathBuf> {
        self.path
            .as_ref()
            .or_else(|| self.recent.paths().first())
            .and_then(|p| p.parent())
            .map(Path::to_path_buf)
    }

    /// Opens the session in `path`. On failure the open session stays
    /// exactly as it was and the error is shown with its line and column.
    pub fn open_file(&mut self, path: &Path) {
        match crate::io::load_file(path) {
            Ok(session) => {
                self.replace_document(session, Some(path.to_path_buf()));
                self.remember_recent(path);
                self.status = Some(StatusMessage::Info(format!("Opened {}", path.display())));
            }
            Err(err) => {
                self.modal = Some(Modal::Error {
                    title: "Could not open the session".to_owned(),
                    message: err.to_string(),
                });
                self.status = Some(StatusMessage::Error(format!(
                    "Could not open {}",
                    path.display()
                )));
            }
        }
    }

    fn replace_document(&mut self, session: Session, path: Option<PathBuf>) {
        self.session = session;
        self.history.clear();
        self.saved_generation = self.history.generation();
        self.path = path;
        self.selected = None;
        self.editing_stage = None;
        self.inspector = InspectorState::default();
        self.autosave.reset();
        self.discard_recovery();
    }

    /// Saves to the current file, or asks where with a dialog.
    pub fn save(&mut self) {
        match self.path.clone() {
            Some(path) => {
                self.save_to(&path);
            }
            None => self.ask_save_as(),
        }
    }

    fn ask_save_as(&mut self) {
        let file_name = self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || format!("{}.ron", slug(&self.session.title)),
            |n| n.to_string_lossy().into_owned(),
        );
        self.dialog_request = Some(DialogRequest::SaveAs {
            folder: self.start_folder(),
            file_name,
        });
    }

    /// Saves to `path` (atomically, keeping a backup). Returns true on success.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match crate::io::save_file(path, &self.session) {
            Ok(()) => {
                self.path = Some(path.to_path_buf());
                self.saved_generation = self.history.generation();
                self.remember_recent(path);
                self.autosave.reset();
                self.discard_recovery();
                self.status = Some(StatusMessage::Info(format!("Saved {}", path.display())));
                true
            }
            Err(err) => {
                self.modal = Some(Modal::Error {
                    title: "Could not save the session".to_owned(),
                    message: err.to_string(),
                });
                self.status = Some(StatusMessage::Error(format!(
                    "Not saved: {}",
                    path.display()
                )));
                false
            }
        }
    }

    /// Takes the answer of a file dialog.
    pub fn dialog_finished(&mut self, reply: DialogReply) {
        match reply {
            DialogReply::Open(path) => self.open_file(&path),
            DialogReply::SaveAs(path) => {
                if self.save_to(&path)
                    && let Some(action) = self.after_save.take()
                {
                    self.perform(action);
                }
            }
            DialogReply::Cancelled => self.after_save = None,
        }
    }

    /// Takes the user's answer to the modal window.
    pub fn modal_finished(&mut self, choice: ModalChoice) {
        let Some(modal) = self.modal.take() else {
            return;
        };
        match (modal, choice) {
            (Modal::UnsavedChanges { then, .. }, ModalChoice::Save) => {
                if let Some(path) = self.path.clone() {
                    if self.save_to(&path) {
                        self.perform(then);
                    }
                } else {
                    // No file yet: ask where, then carry on once saved.
                    self.after_save = Some(then);
                    self.ask_save_as();
                }
            }
            (Modal::UnsavedChanges { then, .. }, ModalChoice::Discard) => self.perform(then),
            (Modal::Recovery(recovered), ModalChoice::Restore) => {
                let Recovered {
                    session,
                    original_path,
                    ..
                } = *recovered;
                self.session = session;
                self.history.clear();
                // Restored work is not in any file yet: keep it marked unsaved.
                self.saved_generation = self.history.generation().wrapping_sub(1);
                self.path = original_path;
                self.discard_recovery();
                self.autosave.note_change(Instant::now());
                self.status = Some(StatusMessage::Info(
                    "Restored the work saved before Peacemap stopped".to_owned(),
                ));
            }
            (Modal::Recovery(_), ModalChoice::Discard) => self.discard_recovery(),
            _ => {}
        }
    }

    fn discard_recovery(&self) {
        if let Some(recovery) = self.recovery()
            && recovery.exists()
            && let Err(err) = recovery.discard()
        {
            log::warn!("Could not remove the recovery copy: {err}");
        }
    }

    fn remember_recent(&mut self, path: &Path) {
        self.recent.push(path);
        if let Some(config) = &self.dirs.config
            && let Err(err) = self.recent.save(config)
        {
            log::warn!("Could not save the recent-files list: {err}");
        }
    }

    /// Writes the recovery copy if the autosave delay has passed since the
    /// last change; otherwise asks for one repaint when it will have.
    pub fn autosave_if_due(&mut self, ctx: &egui::Context, now: Instant) {
        let Some(recovery) = self.recovery() else {
            return;
        };
        if !self.is_dirty() {
            self.autosave.reset();
            return;
        }
        if self.autosave.is_due(now) {
            match recovery.write(&self.session, self.path.as_deref()) {
                Ok(()) => log::info!(
                    "Recovery copy written to {}",
                    recovery.copy_path().display()
                ),
                Err(err) => {
                    self.status = Some(StatusMessage::Error(format!(
                        "Could not write the recovery copy: {err}"
                    )));
                }
            }
            self.autosave.reset();
        } else if let Some(left) = self.autosave.time_left(now) {
            // One wake-up when the copy is due; no polling in between.
            ctx.request_repaint_after(left);
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if self.request_close {
            self.request_close = false;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_confirmed {
            if self.is_dirty() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.request(PendingAction::Close);
            } else {
                self.discard_recovery();
            }
        }
    }

    fn handle_dropped_files(&mut self, ui: &Ui) {
        let dropped = ui.input(|i| {
            i.raw
                .dropped_files
                .first()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
        });
        if let Some(path) = dropped {
            self.request(PendingAction::Open(Some(path)));
        }
    }

    fn handle_shortcuts(&mut self, ui: &Ui) {
        // Text fields have their own undo; leave those keys to them while one is focused.
        let typing = ui.ctx().egui_wants_keyboard_input();
        for command in UiCommand::ALL {
            if typing && !command.works_in_text_fields() {
                continue;
            }
            if let Some(shortcut) = command.shortcut()
                && ui.input_mut(|i| i.consume_shortcut(&shortcut))
            {
                self.run_ui_command(command);
            }
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut Ui, ui_commands: &mut Vec<UiCommand>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                for command in [UiCommand::New, UiCommand::Open] {
                    if command.menu_button(ui, true) {
                        ui_commands.push(command);
                    }
                }
                let mut open_recent = None;
                ui.add_enabled_ui(!self.recent.is_empty(), |ui| {
                    ui.menu_button("Open recent", |ui| {
                        for path in self.recent.paths() {
                            let name = path.file_name().map_or_else(
                                || path.display().to_string(),
                                |n| n.to_string_lossy().into_owned(),
                            );
                            if ui
                                .button(name)
                                .on_hover_text(path.display().to_string())
                                .clicked()
                            {
                                open_recent = Some(path.clone());
                            }
                        }
                    });
                });
                if let Some(path) = open_recent {
                    self.request(PendingAction::Open(Some(path)));
                }
                ui.separator();
                for command in [UiCommand::Save, UiCommand::SaveAs] {
                    if command.menu_button(ui, true) {
                        ui_commands.push(command);
                    }
                }
            });
            ui.menu_button("Edit", |ui| {
                let undo_text = self
                    .history
                    .undo_label()
                    .map_or_else(|| "Nothing to undo".to_owned(), |l| format!("Undo: {l}"));
                if UiCommand::Undo.menu_button(ui, self.history.undo_label().is_some()) {
                    ui_commands.push(UiCommand::Undo);
                }
                ui.label(RichText::new(undo_text).small().weak());
                if UiCommand::Redo.menu_button(ui, self.history.redo_label().is_some()) {
                    ui_commands.push(UiCommand::Redo);
                }
            });
            ui.menu_button("View", |ui| {
                if UiCommand::NextTrack.menu_button(ui, !self.session.tracks.is_empty()) {
                    ui_commands.push(UiCommand::NextTrack);
                }
                if UiCommand::PreviousTrack.menu_button(ui, !self.session.tracks.is_empty()) {
                    ui_commands.push(UiCommand::PreviousTrack);
                }
                if UiCommand::CloseInspector.menu_button(ui, self.selected.is_some()) {
                    ui_commands.push(UiCommand::CloseInspector);
                }
                ui.separator();
                egui::gui_zoom::zoom_menu_buttons(ui);
            });
            ui.menu_button("Help", |ui| help_ui(ui, &self.session, &self.theme));
            ui.separator();
            let mark = if self.is_dirty() {
                " • unsaved changes"
            } else {
                ""
            };
            ui.label(RichText::new(format!("{}{mark}", self.file_label())).strong())
                .on_hover_text(self.path.as_ref().map_or_else(
                    || "Not saved to a file yet".to_owned(),
                    |p| p.display().to_string(),
                ));
            ui.label(RichText::new(&self.session.title).weak())
                .on_hover_text(&self.session.description);
        });
    }

    fn status_bar_ui(&self, ui: &mut Ui) {
        ui.horizontal(|ui| match &self.status {
            Some(StatusMessage::Error(text)) => {
                ui.colored_label(self.theme.barrier, format!("⚠ {text}"));
            }
            Some(StatusMessage::Info(text)) => {
                ui.label(text);
            }
            None => {
                ui.label(
                    RichText::new(
                        "Drag a lane's vehicle or use its slider · click a lane to inspect it · Ctrl+Z undo · Ctrl+= zoom",
                    )
                    .weak(),
                );
            }
        });
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if self.sent_title.as_deref() != Some(title.as_str()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.sent_title = Some(title);
        }
    }
}

/// The Help menu: what the shapes and colours mean.
fn help_ui(ui: &mut Ui, session: &Session, theme: &Theme) {
    ui.set_min_width(320.0);
    ui.label(RichText::new("Reading the highway").strong());
    ui.label("Each lane is one negotiating track. The vehicle shows how far it has come; drag it, or focus it with Tab and use the arrow keys.");
    ui.label("Road signs are milestones: they light up once reached.");
    ui.label("Hazard stripes mark a stalled lane; a red and white barrier marks a table that convenes later.");
    ui.separator();
    ui.label(RichText::new("Roles on the chips").strong());
    if let Some(participant) = session.participants.first() {
        for role in crate::model::Role::ALL {
            ui.horizontal(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(56.0, 20.0), egui::Sense::hover());
                crate::ui::chip::paint_chip(ui.painter(), rect, participant, role, false, theme);
                ui.label(format!("{}: {}", role.label(), role.explanation()));
            });
        }
    }
    ui.separator();
    ui.label(RichText::new("Keyboard").strong());
    egui::Grid::new("shortcuts").num_columns(2).show(ui, |ui| {
        for command in UiCommand::ALL {
            if let Some(shortcut) = command.shortcut() {
                ui.label(RichText::new(ui.ctx().format_shortcut(&shortcut)).monospace());
                ui.label(command.label());
                ui.end_row();
            }
        }
        for (keys, what) in [
            ("Tab", "Move to the next control"),
            ("← → ↑ ↓", "Move a focused vehicle by 1 %"),
            ("Shift + arrows", "Move it by 10 %"),
            ("Home / End", "Move it to 0 % / 100 %"),
            ("Ctrl + = / -", "Zoom in / out"),
        ] {
            ui.label(RichText::new(keys).monospace());
            ui.label(what);
            ui.end_row();
        }
    });
}

/// A file name made from a session title: "Six-track peace" → "six-track-peace".
fn slug(title: &str) -> String {
    let slug: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "session".to_owned()
    } else {
        slug
    }
}

/// While files are dragged over the window, say what dropping does.
fn drop_overlay_ui(ui: &Ui, theme: &Theme) {
    let hovering = ui.input(|i| !i.raw.hovered_files.is_empty());
    if !hovering {
        return;
    }
    let rect = ui.ctx().content_rect();
    let painter = ui.ctx().layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-overlay"),
    ));
    painter.rect_filled(rect, 0.0, theme.drop_overlay);
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        "Drop a .ron session to open it",
        theme.drop_overlay_font.clone(),
        theme.drop_overlay_text,
    );
}

impl eframe::App for PeacemapApp {
    fn ui(&mut self, ui: &mut Ui, frame: &mut eframe::Frame) {
        self.frame_ui(ui);
        // Only the shell opens real dialogs; tests answer requests themselves.
        if let Some(request) = self.dialog_request.take() {
            self.dialogs.start(request, frame, ui.ctx());
        }
    }
}
