//! The app shell: routes input to the [`Document`] and lays out the
//! panels. The document and its lifecycle live in `document.rs`; what is
//! drawn lives in `ui/`. Transient UI state (selection, open editors, the
//! modal queue, file dialogs) lives here.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::time::Instant;

use egui::{Panel, ScrollArea, Ui, UiBuilder};

use crate::command::Command;
use crate::document::{Document, OrphanCopy, OrphanProblem, PendingAction};
use crate::file_dialog::{DialogReply, DialogRequest, DialogWorker, InAppDialog};
use crate::i18n::{Lang, lang_of, set_lang};
use crate::model::{Board, BoardRef, ScenarioId, Session, StageId, TrackId};
use crate::preferences::Preferences;
use crate::tr;
use crate::ui::about::{AboutWindow, about_ui};
use crate::ui::attribution::attribution_strip_ui;
use crate::ui::baseline::{Baseline, changed_lanes};
use crate::ui::inspector::{self, InspectorAction, InspectorState, inspector_ui};
use crate::ui::menu_bar::{MenuChoice, menu_bar_ui};
use crate::ui::modals::{self, Modal, ModalChoice};
use crate::ui::palette::{self, PaletteAction};
use crate::ui::participants::{self, ParticipantsWindow, participants_window_ui};
use crate::ui::playback::{Playback, playback_bar_ui, reserve_playback_bar_ui};
use crate::ui::status_bar::{StatusMessage, status_bar_ui};
use crate::ui::timeline::{self, TimelineAction, TimelineState};
use crate::ui::ui_command::UiCommand;
use crate::ui::{Theme, board, border, gauge, in_both_languages, relief};

pub use crate::document::AppDirs;

/// Where the file dialog is.
#[derive(Debug)]
enum DialogState {
    /// None asked for.
    Closed,
    /// Asked for, waiting for the shell to open it.
    Requested(DialogRequest),
    /// The shell opened a native dialog; its answer has not come back.
    NativeOpen,
    /// The in-app dialog is open.
    InApp(Box<InAppDialog>),
}

/// Follows drags so that Esc can take one back.
#[derive(Clone, Copy, Debug, Default)]
struct DragWatch {
    /// The document's generation when the pointer last dragged nothing:
    /// Esc during a drag takes the document back to it.
    generation_before: u64,
    /// Whether something was being dragged last frame.
    was_dragging: bool,
    /// Esc cancelled a drag this frame: its edits are dropped.
    cancelled: bool,
    /// The vehicle was told to let go of its press; forgotten once the
    /// pointer button is up.
    marker_let_go: bool,
}

/// The whole application state.
pub struct PeacemapApp {
    /// The open document: session, history, file, recovery, recent files.
    pub document: Document,
    /// The track shown in the inspector.
    pub selected: Option<TrackId>,
    /// The board on screen, which board edits change: the live board, or
    /// the current step's (see [`Self::shown_board`]).
    pub on: BoardRef,
    /// The scenario the timeline shows, if any.
    pub scenario: Option<ScenarioId>,
    /// The timeline's own state: actions asked for this frame, the
    /// scenario being renamed.
    pub timeline: TimelineState,
    /// What the board marks beyond its state: lanes changed since the
    /// baseline, chips fading during playback.
    pub marks: board::BoardMarks,
    /// Playing the scenario back: Play / Pause, the speed, the board
    /// between two steps while it plays (see [`Self::drawn_board`]).
    pub playback: Playback,
    /// The step the board is compared with, if any.
    pub baseline: Baseline,
    /// What the inspector is holding before it becomes an edit.
    pub inspector: InspectorState,
    /// The relief stage whose editor is open.
    pub editing_stage: Option<StageId>,
    /// Whether the "About this map" window is shown.
    pub about: AboutWindow,
    /// The participants window and its new-participant form.
    pub participants: ParticipantsWindow,
    /// Colours and sizes.
    pub theme: Theme,
    /// The latest status message.
    pub status: Option<StatusMessage>,
    /// Zoom and the last folder, kept between runs.
    pub preferences: Preferences,
    /// The window title last sent, so it is only sent when it changes.
    sent_title: Option<String>,
    /// The file dialog asked for or open, if any.
    dialog: DialogState,
    /// Set once a native dialog could not open: use the in-app one from then on.
    native_dialogs_unavailable: bool,
    /// What to do after the Save as dialog of an unsaved-changes prompt.
    after_save: Option<PendingAction>,
    /// Modal windows waiting, the first one shown.
    modals: VecDeque<Modal>,
    /// Set once the user has agreed to close.
    close_confirmed: bool,
    /// Send a close command to the window on the next frame.
    request_close: bool,
    /// Native dialogs on a worker thread (started by the shell only).
    dialogs: DialogWorker,
    /// A zoom from the preferences, applied on the next frame.
    zoom_to_apply: Option<f32>,
    /// A language from the preferences (or the system), applied on the
    /// next frame.
    lang_to_apply: Option<Lang>,
    /// The language the UI spoke last frame (the egui context holds the
    /// live one), for what is worded outside a frame: the in-app file
    /// dialog opened from `dialog_finished`, which has no context.
    lang: Lang,
    /// What Esc during a drag needs to take it back.
    drag_watch: DragWatch,
    /// Width the side panel's contents needed last frame, when more than
    /// the panel had (0 otherwise).
    side_content_width: f32,
    /// The input time of the frame being drawn, for edits made outside the
    /// widgets (menu commands, confirmations).
    frame_time: f64,
}

impl PeacemapApp {
    /// An app showing `session`, not saved to any file.
    pub fn new(session: Session) -> Self {
        Self {
            document: Document::new(session),
            selected: None,
            on: BoardRef::Live,
            scenario: None,
            timeline: TimelineState::default(),
            marks: board::BoardMarks::default(),
            playback: Playback::default(),
            baseline: Baseline::default(),
            inspector: InspectorState::default(),
            editing_stage: None,
            about: AboutWindow::Closed,
            participants: ParticipantsWindow::default(),
            theme: Theme::screen(),
            status: None,
            preferences: Preferences::default(),
            sent_title: None,
            dialog: DialogState::Closed,
            native_dialogs_unavailable: false,
            after_save: None,
            modals: VecDeque::new(),
            close_confirmed: false,
            request_close: false,
            dialogs: DialogWorker::default(),
            side_content_width: 0.0,
            drag_watch: DragWatch::default(),
            zoom_to_apply: None,
            lang_to_apply: None,
            lang: Lang::default(),
            frame_time: 0.0,
        }
    }

    /// An app showing the bundled six-track session.
    pub fn with_bundled_session() -> Self {
        match crate::io::bundled_session() {
            Ok(session) => Self::new(session),
            Err(err) => {
                // Only reachable if the binary was built with a broken asset;
                // a test guards against that. Still, never crash.
                let mut app = Self::new(Session::empty());
                app.status = Some(StatusMessage::Error(in_both_languages(|lang| {
                    tr!(
                        lang,
                        "shell-status-bundled-unreadable",
                        error = err.message(lang)
                    )
                })));
                app
            }
        }
    }

    /// Uses `dirs` for recent files and crash recovery, and offers to
    /// restore each recovery copy left by a Peacemap that is no longer
    /// running.
    #[must_use]
    pub fn with_dirs(mut self, dirs: &AppDirs) -> Self {
        let (orphans, claimed) = self.document.use_dirs(dirs);
        for orphan in orphans {
            self.offer_orphan(orphan);
        }
        if let Err(err) = claimed {
            self.status = Some(StatusMessage::Error(in_both_languages(|lang| {
                tr!(lang, "shell-status-recovery-off", error = err.message(lang))
            })));
        }
        self
    }

    fn offer_orphan(&mut self, orphan: OrphanCopy) {
        let OrphanCopy { copy_path, content } = orphan;
        self.modals.push_back(match content {
            Ok(recovered) => Modal::Recovery {
                copy_path,
                recovered: Box::new(recovered),
            },
            Err(problem) => Modal::Error {
                title: in_both_languages(|lang| tr!(lang, "shell-recovery-unreadable-title")),
                message: in_both_languages(|lang| {
                    let reason = match &problem {
                        OrphanProblem::Gone => tr!(lang, "shell-recovery-copy-gone"),
                        OrphanProblem::Unreadable(err) => err.message(lang),
                    };
                    tr!(
                        lang,
                        "shell-recovery-unreadable",
                        reason = reason,
                        path = copy_path.display().to_string()
                    )
                }),
            },
        });
    }

    /// Uses `preferences` (zoom, last folder, language); the zoom and a
    /// chosen language are applied on the first frame.
    #[must_use]
    pub fn with_preferences(mut self, preferences: Preferences) -> Self {
        self.zoom_to_apply = Some(preferences.zoom);
        if let Some(lang) = preferences.language {
            self.lang_to_apply = Some(lang);
        }
        self.preferences = preferences;
        self
    }

    /// Speaks `lang` from the first frame, without making it a preference
    /// (the system's language on a first run).
    #[must_use]
    pub fn with_language(mut self, lang: Lang) -> Self {
        self.lang_to_apply = Some(lang);
        self
    }

    /// Switches the UI to `lang` at once and remembers the choice for the
    /// next run. Not an edit: nothing to undo, the document stays as it is.
    pub fn choose_language(&mut self, ctx: &egui::Context, lang: Lang) {
        set_lang(ctx, lang);
        self.lang = lang;
        self.preferences.language = Some(lang);
    }

    /// Opens `path` at start (from the command line); on failure the
    /// current session stays and the error is queued after any recovery
    /// offer.
    #[must_use]
    pub fn with_file(mut self, path: &Path) -> Self {
        self.open_file(path);
        self
    }

    /// The document's session as it is now.
    pub fn session(&self) -> &Session {
        self.document.session()
    }

    /// The modal window shown now, if any (more may wait behind it).
    pub fn modal(&self) -> Option<&Modal> {
        self.modals.front()
    }

    /// The window title for the current document, in `lang`.
    pub fn window_title(&self, lang: Lang) -> String {
        self.document.title(lang)
    }

    /// What the shell does with a dialog request: takes it to open a real
    /// dialog, whose answer comes back through [`Self::dialog_finished`].
    /// (Tests take it and answer it themselves.)
    pub fn take_dialog_request(&mut self) -> Option<DialogRequest> {
        match std::mem::replace(&mut self.dialog, DialogState::Closed) {
            DialogState::Requested(request) => {
                self.dialog = DialogState::NativeOpen;
                Some(request)
            }
            other => {
                self.dialog = other;
                None
            }
        }
    }

    /// Runs an app-level command.
    pub fn run_ui_command(&mut self, command: UiCommand) {
        match command {
            UiCommand::Undo => {
                if let Some(label) = self.document.undo() {
                    self.status = Some(StatusMessage::Info(in_both_languages(|lang| {
                        tr!(lang, "shell-status-undid", edit = label.get(lang))
                    })));
                }
            }
            UiCommand::Redo => {
                if let Some(label) = self.document.redo() {
                    self.status = Some(StatusMessage::Info(in_both_languages(|lang| {
                        tr!(lang, "shell-status-redid", edit = label.get(lang))
                    })));
                }
            }
            UiCommand::CloseInspector => self.selected = None,
            UiCommand::PlayPause => {
                let session = self.document.session();
                self.playback
                    .toggle(session, &mut self.on, self.scenario.as_ref());
            }
            UiCommand::About => self.about = AboutWindow::Open,
            UiCommand::New => self.request(PendingAction::New),
            UiCommand::Open => self.request(PendingAction::Open(None)),
            UiCommand::Save => self.save(),
            UiCommand::SaveAs => {
                self.ask_save_as();
            }
            UiCommand::AddTrack => {
                let session = self.document.session();
                let (edit, id) = inspector::add_track(session, self.selected.as_ref(), self.lang);
                if self.apply_command(edit.into(), self.frame_time) {
                    self.selected = Some(id);
                    self.inspector.focus_name = true;
                }
            }
            UiCommand::RemoveTrack => {
                if let Some(modal) = self
                    .selected
                    .as_ref()
                    .and_then(|id| modals::track_removal_modal(self.document.session(), id))
                {
                    self.modals.push_back(modal);
                }
            }
            UiCommand::MoveLaneUp | UiCommand::MoveLaneDown => {
                let up = command == UiCommand::MoveLaneUp;
                let session = self.document.session();
                if let Some(edit) = inspector::lane_move(session, self.selected.as_ref(), up) {
                    self.apply_command(edit.into(), self.frame_time);
                }
            }
            UiCommand::Participants => self.participants.open = true,
            UiCommand::NextTrack | UiCommand::PreviousTrack => {
                let tracks = &self.document.session().tracks;
                let count = tracks.len();
                if count == 0 {
                    return;
                }
                let current = self
                    .selected
                    .as_ref()
                    .and_then(|id| tracks.iter().position(|t| &t.id == id));
                let next = match (command, current) {
                    (UiCommand::NextTrack, Some(i)) => (i + 1) % count,
                    (UiCommand::PreviousTrack, Some(i)) => (i + count - 1) % count,
                    (UiCommand::PreviousTrack, None) => count - 1,
                    _ => 0,
                };
                self.selected = Some(tracks[next].id.clone());
            }
            // Carried out after the pass by `timeline::run_timeline_actions`.
            UiCommand::PreviousStep => self.timeline.actions.push(TimelineAction::Previous),
            UiCommand::NextStep => self.timeline.actions.push(TimelineAction::Next),
            UiCommand::CaptureStep => self.timeline.actions.push(TimelineAction::Capture),
        }
        self.drop_stale_selection();
    }

    /// Applies `command` (a board edit to the board on screen); a failure
    /// is said in the status bar. Returns whether it was applied.
    pub(crate) fn apply_command(&mut self, command: Command, now: f64) -> bool {
        let command = command.on_board(&self.on);
        // Worded only if it fails (a failed command leaves the session
        // as it was, so the names are the same): no wording per drag frame.
        let failed = command.clone();
        match self.document.apply(command, now) {
            Ok(_) => true,
            Err(err) => {
                let label = failed.label(self.document.session());
                self.status = Some(StatusMessage::Error(in_both_languages(|lang| {
                    tr!(
                        lang,
                        "shell-status-edit-failed",
                        edit = label.get(lang),
                        error = err.to_string()
                    )
                })));
                false
            }
        }
    }

    /// Asks to remove `participant`: where it sits, it confirms first;
    /// where it sits nowhere, it goes at once (Undo brings it back).
    fn remove_participant(&mut self, participant: crate::model::ParticipantId) {
        if let Some(modal) = participants::removal(self.document.session(), &participant) {
            self.modals.push_back(modal);
            return;
        }
        let Some(name) = self
            .document
            .session()
            .participant(&participant)
            .map(|p| p.short_label.clone())
        else {
            return;
        };
        if self.apply_command(
            crate::command::SessionEdit::RemoveParticipant { participant }.into(),
            self.frame_time,
        ) {
            self.status = Some(StatusMessage::Info(in_both_languages(|lang| {
                tr!(
                    lang,
                    "edit-status-participant-removed",
                    participant = name.get(lang)
                )
            })));
        }
    }

    /// A selection pointing at a track that no longer exists (after undo,
    /// open, new) is dropped; so are a step or scenario that no longer
    /// exists (the live board is shown instead).
    fn drop_stale_selection(&mut self) {
        let session = self.document.session();
        if let Some(id) = &self.selected
            && session.track(id).is_none()
        {
            self.selected = None;
        }
        // A step or scenario that is gone gives way to the live board and
        // the step's scenario, or the first one.
        timeline::settle_view(self);
    }

    /// The board on screen: the current step's, or the live board when no
    /// step is chosen (or the chosen one is gone).
    pub fn shown_board(&self) -> &Board {
        let session = self.document.session();
        session.board_at(&self.on).unwrap_or(&session.board)
    }

    /// The board drawn this frame: while a scenario plays, the board
    /// between two steps; otherwise [`Self::shown_board`].
    pub fn drawn_board(&self) -> &Board {
        self.playback.board().unwrap_or_else(|| self.shown_board())
    }

    /// Draws one frame into `ui` and applies what the user did.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let now = ui.input(|i| i.time);
        self.frame_time = now;
        if let Some(zoom) = self.zoom_to_apply.take() {
            ui.ctx().set_zoom_factor(zoom);
        }
        if let Some(lang) = self.lang_to_apply.take() {
            set_lang(ui.ctx(), lang);
        }
        self.lang = lang_of(ui.ctx());
        if let Some(reply) = self.dialogs.poll() {
            self.dialog_finished(reply);
        }
        self.handle_close_request(ui.ctx());
        self.handle_dropped_files(ui);
        if self.modals.is_empty() {
            self.handle_shortcuts(ui);
        }
        // Playback moves the board on screen and works out the board
        // between two steps before anything is drawn.
        self.playback
            .advance_frame(ui.ctx(), self.document.session(), &mut self.on);
        self.marks.seat_opacity = self.playback.seat_opacity().to_vec();
        self.marks.changed_tracks =
            changed_lanes(&self.baseline, self.document.session(), self.drawn_board());
        let mut commands = Vec::new();
        let mut menu_choices = Vec::new();
        let mut ui_commands = Vec::new();

        Panel::top("menu").show(ui, |ui| {
            menu_bar_ui(
                ui,
                &self.document,
                self.selected.as_ref(),
                &self.theme,
                &mut menu_choices,
            );
        });
        Panel::top("gauge")
            .frame(
                egui::Frame::side_top_panel(ui.style()).inner_margin(self.theme.gauge_panel_margin),
            )
            .show(ui, |ui| {
                gauge::gauge_ui(ui, self.document.session(), self.drawn_board(), &self.theme);
            });
        // Whose proposal this is and that the board is a scenario: above
        // the board from the first frame, never hidden.
        Panel::top("attribution")
            .frame(
                egui::Frame::side_top_panel(ui.style())
                    .fill(self.theme.attribution_fill)
                    .inner_margin(self.theme.attribution_margin),
            )
            .show(ui, |ui| {
                if attribution_strip_ui(ui, &self.document.session().attribution, &self.theme) {
                    ui_commands.push(UiCommand::About);
                }
            });
        // The participant palette (drag sources and the remove area).
        let palette_action = Panel::top("palette")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(self.theme.palette_margin))
            .show(ui, |ui| {
                palette::palette_ui(ui, self.document.session(), &self.theme)
            })
            .inner;
        match palette_action {
            Some(PaletteAction::AddParticipant) => self.participants.open_to_add(),
            Some(PaletteAction::RemoveParticipant(id)) => self.remove_participant(id),
            None => {}
        }
        Panel::bottom("status").show(ui, |ui| {
            status_bar_ui(ui, self.status.as_ref(), &self.theme);
        });
        // The timeline takes its place above the status bar now; like the
        // side panel's, its widgets are added after the board's (Tab order).
        let timeline_rect = timeline::reserve_timeline_panel(ui, self);
        // Bottom panels stack upwards in the order they are declared: the
        // playback bar comes after the timeline's, to sit above it. Only
        // when there is a scenario to play or compare with. Like the side
        // panel, it takes its place now and its widgets come after the
        // board's (Tab reaches the lanes first).
        let playback_rect = (!self.document.session().scenarios.is_empty())
            .then(|| reserve_playback_bar_ui(ui, &self.playback));

        // The side panel takes its place now, but its widgets are added
        // after the board's, so that Tab reaches the lanes before the
        // relief and border panels (focus follows the order widgets are added).
        let side_width = (ui.available_width() * self.theme.side_panel_share).clamp(
            self.theme.side_panel_min_start,
            self.theme.side_panel_max_start,
        );
        let side_rect = Panel::right("side")
            .resizable(true)
            .default_size(side_width)
            .min_size(self.theme.side_panel_min)
            .show(ui, |ui| {
                // Claims its whole width now (its contents, drawn later, fill
                // it), or more where they were wider last frame.
                ui.set_min_width(ui.available_width().max(self.side_content_width));
                ui.max_rect().union(ui.min_rect())
            })
            .inner;

        // Which board edits go to, right above the board.
        timeline::step_banner_panel(ui, self);
        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).fill(self.theme.background))
            .show(ui, |ui| {
                if let Some(clicked) = board::board_ui(
                    ui,
                    self.document.session(),
                    self.drawn_board(),
                    &self.marks,
                    self.selected.as_ref(),
                    &self.theme,
                    &mut commands,
                ) {
                    self.selected = Some(clicked);
                }
            });

        if let Some(rect) = playback_rect {
            playback_bar_ui(
                ui,
                rect,
                self.document.session(),
                &mut self.playback,
                &mut self.baseline,
                &self.on,
                self.scenario.as_ref(),
                &self.theme,
                &mut ui_commands,
            );
        }

        let overflow = ui
            .scope_builder(UiBuilder::new().max_rect(side_rect), |ui| {
                ui.set_clip_rect(side_rect);
                self.side_panel_ui(ui, &mut commands, &mut ui_commands)
            })
            .inner;
        // Contents wider than the panel: from the next frame on the panel is
        // that much wider (and keeps that width), as it would have been had
        // they been drawn inside it.
        self.side_content_width = if overflow > 0.5 {
            side_rect.width() + overflow
        } else {
            0.0
        };
        timeline::timeline_panel_ui(ui, self, timeline_rect, &mut commands);

        // A drag cancelled this frame makes no edit on its way out.
        if std::mem::take(&mut self.drag_watch.cancelled) {
            commands.clear();
        }
        // Apply everything the panels asked for, after the pass. While a
        // scenario plays the board on screen is read-only: its figures are
        // between two steps (the lane sliders would round them into
        // edits), so board edits are dropped; pause to edit.
        if self.playback.is_playing() {
            commands.retain(|command| !matches!(command, Command::Board { .. }));
        }
        for command in commands {
            self.apply_command(command, now);
        }
        for choice in menu_choices {
            match choice {
                MenuChoice::Command(command) => ui_commands.push(command),
                MenuChoice::OpenRecent(path) => self.open_recent(path),
                MenuChoice::Language(lang) => self.choose_language(ui.ctx(), lang),
            }
        }
        for command in ui_commands {
            self.run_ui_command(command);
        }
        timeline::run_timeline_actions(self, now);
        if ui.input(|i| i.pointer.any_released()) {
            self.document.end_gesture();
        }
        if self.drag_watch.marker_let_go && !ui.input(|i| i.pointer.primary_down()) {
            crate::ui::lane::vehicle::forget_cancelled_marker_drag(ui.ctx());
            self.drag_watch.marker_let_go = false;
        }

        if let DialogState::InApp(dialog) = &mut self.dialog
            && let Some(reply) = dialog.dialog_ui(ui)
        {
            self.dialog_finished(reply);
        }
        about_ui(
            ui,
            &mut self.about,
            &self.document.session().attribution,
            &self.theme,
        );
        let mut participant_edits = Vec::new();
        if let Some(participant) = participants_window_ui(
            ui,
            &mut self.participants,
            self.document.session(),
            &self.theme,
            &mut participant_edits,
        ) {
            self.remove_participant(participant);
        }
        for command in participant_edits {
            self.apply_command(command, now);
        }
        if let Some(modal) = self.modals.front()
            && let Some(choice) = modals::modal_ui(ui, modal, &self.theme)
        {
            self.modal_finished(choice);
        }
        drop_overlay_ui(ui, &self.theme);
        self.autosave_if_due(ui.ctx(), Instant::now());
        // Play pressed this frame (button or key): the next frame must come.
        // Paused this frame: no chip is left fading.
        self.playback.keep_playing(ui.ctx());
        if !self.playback.is_playing() {
            self.marks.seat_opacity.clear();
        }
        self.preferences.zoom = ui.ctx().zoom_factor();
        self.update_title(ui.ctx());
    }

    /// The side panel's contents: the inspector for the selected track, or
    /// the relief ladder and the border question. Returns by how much they
    /// were wider than the room they had.
    fn side_panel_ui(
        &mut self,
        ui: &mut Ui,
        commands: &mut Vec<Command>,
        ui_commands: &mut Vec<UiCommand>,
    ) -> f32 {
        let output = ScrollArea::vertical()
            .id_salt("side-scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let session = self.document.session();
                let shown_board = self
                    .playback
                    .board()
                    .unwrap_or_else(|| session.board_at(&self.on).unwrap_or(&session.board));
                let selected_track = self.selected.as_ref().and_then(|id| {
                    Some((
                        session.track(id)?,
                        session.lane_number(id)?,
                        shown_board.track(id)?,
                    ))
                });
                if let Some((track, number, lane)) = selected_track {
                    let action = inspector_ui(
                        ui,
                        session,
                        track,
                        number,
                        shown_board,
                        lane,
                        &mut self.inspector,
                        &self.theme,
                        commands,
                    );
                    match action {
                        InspectorAction::None => {}
                        InspectorAction::Close => ui_commands.push(UiCommand::CloseInspector),
                        InspectorAction::Run(command) => ui_commands.push(command),
                    }
                } else {
                    ui.columns(2, |columns| {
                        let top_down = egui::Layout::top_down(egui::Align::Min);
                        columns[0].with_layout(top_down, |ui| {
                            relief::relief_ui(
                                ui,
                                session,
                                shown_board,
                                &mut self.editing_stage,
                                &self.theme,
                                commands,
                            );
                        });
                        columns[1].with_layout(top_down, |ui| {
                            border::border_ui(ui, session, shown_board, &self.theme, commands);
                        });
                    });
                }
            });
        output.content_size.x - output.inner_rect.width()
    }

    /// Asks for `action`; with unsaved changes, asks first whether to save.
    fn request(&mut self, action: PendingAction) {
        if self.document.is_dirty() {
            let already_asked = self
                .modals
                .iter()
                .any(|m| matches!(m, Modal::UnsavedChanges { then, .. } if *then == action));
            if !already_asked {
                self.modals.push_back(Modal::UnsavedChanges {
                    then: action,
                    file_label: in_both_languages(|lang| self.document.file_label(lang)),
                });
            }
        } else {
            self.perform(action);
        }
    }

    fn perform(&mut self, action: PendingAction) {
        match action {
            PendingAction::New => match crate::io::bundled_session() {
                Ok(session) => {
                    self.document.replace_with(session);
                    self.forget_view_state();
                    self.status = Some(StatusMessage::Info(in_both_languages(|lang| {
                        tr!(lang, "shell-status-new-session")
                    })));
                }
                Err(err) => self.modals.push_back(Modal::Error {
                    title: in_both_languages(|lang| tr!(lang, "shell-new-failed-title")),
                    message: in_both_languages(|lang| err.message(lang)),
                }),
            },
            PendingAction::Open(Some(path)) => self.open_file(&path),
            PendingAction::Open(None) => {
                self.ask_dialog(DialogRequest::Open {
                    folder: self.start_folder(),
                });
            }
            PendingAction::Close => {
                self.close_confirmed = true;
                // The user chose: the recovery copy is no longer needed.
                self.document.discard_own_recovery();
                self.request_close = true;
            }
        }
    }

    /// Hands `request` to the shell, or to the in-app dialog where the
    /// system has none. Refused, with a message, while a dialog is open.
    fn ask_dialog(&mut self, request: DialogRequest) -> bool {
        if !matches!(self.dialog, DialogState::Closed) {
            self.status = Some(StatusMessage::Error(in_both_languages(|lang| {
                tr!(lang, "shell-status-dialog-already-open")
            })));
            return false;
        }
        if self.native_dialogs_unavailable {
            self.dialog = DialogState::InApp(Box::new(InAppDialog::new(request, self.lang)));
        } else {
            self.dialog = DialogState::Requested(request);
        }
        true
    }

    fn start_folder(&self) -> Option<PathBuf> {
        self.document
            .path()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .or_else(|| self.preferences.last_folder.clone())
            .or_else(|| {
                self.document
                    .recent()
                    .paths()
                    .first()
                    .and_then(|p| p.parent())
                    .map(Path::to_path_buf)
            })
    }

    fn forget_view_state(&mut self) {
        self.selected = None;
        self.on = BoardRef::Live;
        self.scenario = None;
        self.timeline = TimelineState::default();
        // Another session: its steps are not the ones played or compared.
        self.playback.pause();
        self.baseline = Baseline::default();
        self.editing_stage = None;
        self.inspector = InspectorState::default();
    }

    fn remember_folder(&mut self, path: &Path) {
        if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
            self.preferences.last_folder = Some(folder.to_path_buf());
        }
    }

    /// Opens the session in `path`. On failure the open session stays
    /// exactly as it was and the error is shown with its line and column.
    fn open_file(&mut self, path: &Path) {
        match self.document.open_file(path) {
            Ok(warnings) => {
                self.forget_view_state();
                self.remember_folder(path);
                let shown = path.display().to_string();
                if warnings.is_empty() {
                    self.status = Some(StatusMessage::Info(in_both_languages(|lang| {
                        tr!(lang, "shell-status-opened", path = shown.clone())
                    })));
                } else {
                    self.status = Some(StatusMessage::Error(in_both_languages(|lang| {
                        tr!(
                            lang,
                            "shell-status-opened-with-warnings",
                            path = shown.clone(),
                            count = warnings.len()
                        )
                    })));
                    self.modals.push_back(Modal::Warnings {
                        file_label: in_both_languages(|lang| self.document.file_label(lang)),
                        lines: warnings
                            .iter()
                            .map(|warning| in_both_languages(|lang| warning.message(lang)))
                            .collect(),
                    });
                }
            }
            Err(err) => {
                self.modals.push_back(Modal::Error {
                    title: in_both_languages(|lang| tr!(lang, "shell-open-failed-title")),
                    message: in_both_languages(|lang| err.message(lang)),
                });
                let shown = path.display().to_string();
                self.status = Some(StatusMessage::Error(in_both_languages(|lang| {
                    tr!(lang, "shell-status-open-failed", path = shown.clone())
                })));
            }
        }
    }

    /// File ▸ Open recent: a file that is gone is said so and dropped from
    /// the list; otherwise it opens (asking about unsaved changes first).
    fn open_recent(&mut self, path: PathBuf) {
        if path.is_file() {
            self.request(PendingAction::Open(Some(path)));
            return;
        }
        self.document.forget_recent(&path);
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let shown = path.display().to_string();
        self.modals.push_back(Modal::Error {
            title: in_both_languages(|lang| tr!(lang, "shell-recent-missing-title")),
            message: in_both_languages(|lang| {
                tr!(
                    lang,
                    "shell-recent-missing",
                    name = name.clone(),
                    path = shown.clone()
                )
            }),
        });
        self.status = Some(StatusMessage::Error(in_both_languages(|lang| {
            tr!(lang, "shell-status-not-found", path = shown.clone())
        })));
    }

    /// Saves to the current file, or asks where with a dialog.
    fn save(&mut self) {
        match self.document.path().map(Path::to_path_buf) {
            Some(path) => {
                self.save_to(&path);
            }
            None => {
                self.ask_save_as();
            }
        }
    }

    fn ask_save_as(&mut self) -> bool {
        self.ask_dialog(DialogRequest::SaveAs {
            folder: self.start_folder(),
            file_name: self.document.suggested_file_name(),
        })
    }

    /// Saves to `path` (atomically, keeping a backup). Returns true on
    /// success; on failure says why in a modal.
    fn save_to(&mut self, path: &Path) -> bool {
        match self.document.save_to(path) {
            Ok(()) => {
                self.remember_folder(path);
                let shown = path.display().to_string();
                self.status = Some(StatusMessage::Info(in_both_languages(|lang| {
                    tr!(lang, "shell-status-saved", path = shown.clone())
                })));
                true
            }
            Err(err) => {
                self.modals.push_back(Modal::Error {
                    title: in_both_languages(|lang| tr!(lang, "shell-save-failed-title")),
                    message: in_both_languages(|lang| err.message(lang)),
                });
                let shown = path.display().to_string();
                self.status = Some(StatusMessage::Error(in_both_languages(|lang| {
                    tr!(lang, "shell-status-not-saved", path = shown.clone())
                })));
                false
            }
        }
    }

    /// Takes the answer of a file dialog (from the shell's native dialog,
    /// the in-app dialog, or a test).
    pub fn dialog_finished(&mut self, reply: DialogReply) {
        self.dialog = DialogState::Closed;
        match reply {
            DialogReply::Open(path) => self.open_file(&path),
            DialogReply::SaveAs(path) => {
                // Taken whether or not the save works: after a failed save
                // nothing may run later on another save's success.
                let then = self.after_save.take();
                if self.save_to(&path)
                    && let Some(action) = then
                {
                    self.perform(action);
                }
            }
            DialogReply::Cancelled => self.after_save = None,
            DialogReply::Unavailable(request) => {
                self.native_dialogs_unavailable = true;
                self.status = Some(StatusMessage::Info(in_both_languages(|lang| {
                    tr!(lang, "shell-status-no-native-dialog")
                })));
                self.dialog = DialogState::InApp(Box::new(InAppDialog::new(request, self.lang)));
            }
        }
    }

    /// Takes the user's answer to the modal window shown.
    fn modal_finished(&mut self, choice: ModalChoice) {
        let Some(modal) = self.modals.pop_front() else {
            return;
        };
        match (modal, choice) {
            (Modal::UnsavedChanges { then, .. }, ModalChoice::Save) => {
                if let Some(path) = self.document.path().map(Path::to_path_buf) {
                    if self.save_to(&path) {
                        self.perform(then);
                    }
                } else if self.ask_save_as() {
                    // No file yet: ask where, then carry on once saved.
                    self.after_save = Some(then);
                }
            }
            (Modal::UnsavedChanges { then, .. }, ModalChoice::Discard) => self.perform(then),
            (
                Modal::Recovery {
                    copy_path,
                    recovered,
                },
                ModalChoice::Restore,
            ) => {
                self.document.restore(&copy_path, *recovered);
                self.forget_view_state();
                self.status = Some(StatusMessage::Info(in_both_languages(|lang| {
                    tr!(lang, "shell-status-restored")
                })));
            }
            (Modal::Recovery { copy_path, .. }, ModalChoice::Discard) => {
                self.document.discard_orphan(&copy_path);
            }
            (Modal::ConfirmRemoval { edit, .. }, ModalChoice::Confirm) => {
                self.apply_command(edit.into(), self.frame_time);
                self.drop_stale_selection();
            }
            _ => {}
        }
    }

    /// Writes the recovery copy if the autosave delay has passed since the
    /// last change; otherwise asks for one repaint when it will have.
    pub fn autosave_if_due(&mut self, ctx: &egui::Context, now: Instant) {
        match self.document.autosave_if_due(now) {
            // One wake-up when the copy is due; no polling in between.
            Ok(Some(left)) => ctx.request_repaint_after(left),
            Ok(None) => {}
            Err(err) => {
                self.status = Some(StatusMessage::Error(in_both_languages(|lang| {
                    tr!(
                        lang,
                        "shell-status-recovery-write-failed",
                        error = err.message(lang)
                    )
                })));
            }
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if self.request_close {
            self.request_close = false;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_confirmed {
            if self.document.is_dirty() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.request(PendingAction::Close);
            } else {
                self.document.discard_own_recovery();
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
        // Text fields have their own undo; leave those keys to them while one
        // is focused. The in-app file dialog keeps Esc and the arrows too.
        let in_app_dialog = matches!(self.dialog, DialogState::InApp(_));
        let typing = ui.ctx().egui_wants_keyboard_input() || in_app_dialog;
        // Esc mid-drag of a vehicle or slider cancels the drag: the edits it
        // made so far are taken back and the pointer lets go (chip and lane
        // drags are cancelled by egui's drag-and-drop, which takes Esc first).
        // egui's drag-and-drop lets go of every drag on Esc before the pass
        // begins, so the drag is the one of the last frame.
        let dragging = ui.ctx().dragged_id().is_some();
        if (dragging || self.drag_watch.was_dragging)
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            ui.ctx().stop_dragging();
            crate::ui::lane::vehicle::cancel_marker_drag(ui.ctx());
            self.drag_watch.marker_let_go = true;
            // The widget let go this frame may still report its release
            // (the vehicle snaps then): this frame's edits are dropped.
            self.drag_watch.cancelled = true;
            if self
                .document
                .cancel_back_to(self.drag_watch.generation_before)
            {
                self.status = Some(StatusMessage::Info(in_both_languages(|lang| {
                    tr!(lang, "shell-status-drag-cancelled")
                })));
            }
        }
        if !dragging {
            self.drag_watch.generation_before = self.document.generation();
        }
        self.drag_watch.was_dragging = dragging;
        // Esc closes what is on top first: the About window sits above the
        // inspector, so it goes before the inspector does.
        if !typing
            && self.about == AboutWindow::Open
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            self.about = AboutWindow::Closed;
        }
        // A letter key (P) still plays and pauses beside a focused button,
        // never in a text field or the in-app dialog.
        let text_focused = ui.ctx().text_edit_focused() || in_app_dialog;
        let blocked_by_focus = |command: UiCommand| {
            if text_focused {
                !command.works_in_text_fields()
            } else {
                !command.works_beside_focused_widgets()
            }
        };
        for command in UiCommand::ALL {
            // ← / → step through the timeline while a button or a card
            // has the keyboard too, but not a text field, a slider or a
            // vehicle (they use the arrows).
            if command.needs_free_arrows() {
                let session = self.document.session();
                if in_app_dialog
                    || !timeline::arrows_are_free(ui.ctx(), session, self.scenario.as_ref())
                {
                    continue;
                }
            } else if typing && blocked_by_focus(command) {
                continue;
            }
            if let Some(shortcut) = command.shortcut()
                && ui.input_mut(|i| i.consume_shortcut(&shortcut))
            {
                self.run_ui_command(command);
            }
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title(crate::i18n::lang_of(ctx));
        if self.sent_title.as_deref() != Some(title.as_str()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.sent_title = Some(title);
        }
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
    painter.rect_filled(rect, 0.0, theme.drop_overlay_fill);
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        tr!(lang_of(ui.ctx()), "shell-drop-overlay"),
        theme.drop_overlay_font.clone(),
        theme.drop_overlay_text,
    );
}

impl eframe::App for PeacemapApp {
    fn ui(&mut self, ui: &mut Ui, frame: &mut eframe::Frame) {
        self.frame_ui(ui);
        // Only the shell opens real dialogs; tests answer requests themselves.
        if let Some(request) = self.take_dialog_request()
            && let Err(request) = self.dialogs.start(request, frame, ui.ctx())
        {
            // No worker thread for it: show the in-app dialog instead.
            self.dialog_finished(DialogReply::Unavailable(request));
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.preferences.save(storage);
    }
}
