//! The eframe app: owns the document, its history and the transient UI
//! state, draws every panel, and applies the commands the panels emit, in
//! one place, after the pass.

use egui::{Panel, RichText, ScrollArea, Ui};

use crate::command::Command;
use crate::history::History;
use crate::model::{Session, StageId, TrackId};
use crate::ui::inspector::{InspectorAction, InspectorState, inspector_ui};
use crate::ui::ui_command::UiCommand;
use crate::ui::{Theme, board, border, gauge, relief};

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
        }
    }

    /// An app showing the bundled six-track session.
    pub fn with_bundled_session() -> Self {
        match crate::io::bundled_session() {
            Ok(session) => Self::new(session),
            Err(err) => {
                // Only reachable if the binary was built with a broken asset;
                // a test guards against that. Still, never crash.
                let mut app = Self::new(crate::model::Session::empty());
                app.status = Some(StatusMessage::Error(format!("The bundled session could not be read: {err}")));
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
            Ok(()) => {
                if self.session != before {
                    self.history.record(&before, label, key, now_secs);
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
                }
            }
            UiCommand::Redo => {
                if let Some(label) = self.history.redo_label()
                    && self.history.redo(&mut self.session)
                {
                    self.status = Some(StatusMessage::Info(format!("Redid: {label}")));
                }
            }
            UiCommand::CloseInspector => self.selected = None,
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
        format!("{} — Peacemap", self.session.title)
    }

    /// Draws one frame into `ui` and applies what the user did.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let now = ui.input(|i| i.time);
        self.handle_shortcuts(ui);
        let mut commands = Vec::new();
        let mut ui_commands = Vec::new();

        Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui, &mut ui_commands));
        Panel::top("gauge")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(12, 6)))
            .show(ui, |ui| gauge::gauge_ui(ui, &self.session, &self.theme));
        Panel::bottom("status").show(ui, |ui| self.status_bar_ui(ui));

        let side_width = (ui.available_width() * 0.33).clamp(380.0, 680.0);
        Panel::right("side")
            .resizable(true)
            .default_size(side_width)
            .min_size(320.0)
            .show(ui, |ui| {
                ScrollArea::vertical().id_salt("side-scroll").auto_shrink([false, false]).show(ui, |ui| {
                    let selected_track = self.selected.as_ref().and_then(|id| self.session.track(id));
                    if let Some(track) = selected_track {
                        let action = inspector_ui(ui, &self.session, track, &mut self.inspector, &self.theme, &mut commands);
                        if action == InspectorAction::Close {
                            ui_commands.push(UiCommand::CloseInspector);
                        }
                    } else {
                        ui.columns(2, |columns| {
                            let top_down = egui::Layout::top_down(egui::Align::Min);
                            columns[0].with_layout(top_down, |ui| relief::relief_ui(ui, &self.session, &mut self.editing_stage, &self.theme, &mut commands));
                            columns[1].with_layout(top_down, |ui| border::border_ui(ui, &self.session, &self.theme, &mut commands));
                        });
                    }
                });
            });

        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).fill(self.theme.background))
            .show(ui, |ui| {
                if let Some(clicked) = board::board_ui(ui, &self.session, self.selected.as_ref(), &self.theme, &mut commands) {
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
        self.update_title(ui.ctx());
    }

    fn handle_shortcuts(&mut self, ui: &Ui) {
        // Text fields have their own undo; leave keys to them while one is focused.
        if ui.ctx().egui_wants_keyboard_input() {
            return;
        }
        for command in UiCommand::ALL {
            if let Some(shortcut) = command.shortcut()
                && ui.input_mut(|i| i.consume_shortcut(&shortcut))
            {
                self.run_ui_command(command);
            }
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut Ui, ui_commands: &mut Vec<UiCommand>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("Edit", |ui| {
                let undo_text = self.history.undo_label().map_or_else(|| "Nothing to undo".to_owned(), |l| format!("Undo: {l}"));
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
            ui.label(RichText::new(&self.session.title).strong())
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
                let (rect, _) = ui.allocate_exact_size(egui::vec2(56.0, 20.0), egui::Sense::hover());
                crate::ui::chip::paint_chip(ui, rect, participant, role, false, theme);
                ui.label(format!("{}: {}", role.label(), role.explanation()));
            });
        }
    }
}

impl eframe::App for PeacemapApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }
}
