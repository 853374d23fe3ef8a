//! App-level actions with their label, tooltip and keyboard shortcut in one
//! place, so menus and shortcuts never disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::{Lang, message};

/// An action on the app rather than an edit of the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiCommand {
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Close the track inspector.
    CloseInspector,
    /// Select the next track.
    NextTrack,
    /// Select the previous track.
    PreviousTrack,
    /// Start a new session from the template.
    New,
    /// Open a session file.
    Open,
    /// Save to the current file.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Open the "About this map" window.
    About,
    /// Show the step before the one on screen (the timeline's ←).
    PreviousStep,
    /// Show the step after the one on screen (the timeline's →).
    NextStep,
    /// Record the board on screen as a new step after the current one.
    CaptureStep,
    /// Play the current scenario from the step on screen, or pause it.
    PlayPause,
}

impl UiCommand {
    /// Every command, in the order the shortcut handler checks them.
    pub const ALL: [Self; 14] = [
        Self::Redo,
        Self::Undo,
        Self::CloseInspector,
        Self::NextTrack,
        Self::PreviousTrack,
        Self::New,
        Self::Open,
        Self::SaveAs,
        Self::Save,
        Self::About,
        Self::PreviousStep,
        Self::NextStep,
        Self::CaptureStep,
        Self::PlayPause,
    ];

    /// The catalogue id of the menu label.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Undo => "shell-command-undo",
            Self::Redo => "shell-command-redo",
            Self::CloseInspector => "shell-command-close-inspector",
            Self::NextTrack => "shell-command-next-track",
            Self::PreviousTrack => "shell-command-previous-track",
            Self::New => "shell-command-new",
            Self::Open => "shell-command-open",
            Self::Save => "shell-command-save",
            Self::SaveAs => "shell-command-save-as",
            Self::About => "about-open",
            Self::PreviousStep => "timeline-command-previous-step",
            Self::NextStep => "timeline-command-next-step",
            Self::CaptureStep => "timeline-capture",
            Self::PlayPause => "playback-command",
        }
    }

    /// The catalogue id of the tooltip.
    pub fn tooltip_id(self) -> &'static str {
        match self {
            Self::Undo => "shell-command-undo-tooltip",
            Self::Redo => "shell-command-redo-tooltip",
            Self::CloseInspector => "shell-command-close-inspector-tooltip",
            Self::NextTrack => "shell-command-next-track-tooltip",
            Self::PreviousTrack => "shell-command-previous-track-tooltip",
            Self::New => "shell-command-new-tooltip",
            Self::Open => "shell-command-open-tooltip",
            Self::Save => "shell-command-save-tooltip",
            Self::SaveAs => "shell-command-save-as-tooltip",
            Self::About => "about-open-tooltip",
            Self::PreviousStep => "timeline-command-previous-step-tooltip",
            Self::NextStep => "timeline-command-next-step-tooltip",
            Self::CaptureStep => "timeline-capture-tooltip",
            Self::PlayPause => "playback-command-tooltip",
        }
    }

    /// Menu label in `lang`.
    pub fn label(self, lang: Lang) -> String {
        message(lang, self.message_id(), None)
    }

    /// Tooltip in `lang`.
    pub fn tooltip(self, lang: Lang) -> String {
        message(lang, self.tooltip_id(), None)
    }

    /// Keyboard shortcut.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        match self {
            Self::Undo => Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::Z)),
            Self::Redo => Some(KeyboardShortcut::new(
                Modifiers::COMMAND.plus(Modifiers::SHIFT),
                Key::Z,
            )),
            Self::CloseInspector => Some(KeyboardShortcut::new(Modifiers::NONE, Key::Escape)),
            Self::NextTrack => Some(KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown)),
            Self::PreviousTrack => Some(KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp)),
            Self::New => Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::N)),
            Self::Open => Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::O)),
            Self::Save => Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::S)),
            Self::SaveAs => Some(KeyboardShortcut::new(
                Modifiers::COMMAND.plus(Modifiers::SHIFT),
                Key::S,
            )),
            Self::About => Some(KeyboardShortcut::new(Modifiers::NONE, Key::F1)),
            // Plain arrows: the shell only takes them when no text field,
            // slider or vehicle has the keyboard (see `Self::needs_free_arrows`).
            Self::PreviousStep => Some(KeyboardShortcut::new(Modifiers::NONE, Key::ArrowLeft)),
            Self::NextStep => Some(KeyboardShortcut::new(Modifiers::NONE, Key::ArrowRight)),
            Self::CaptureStep => Some(KeyboardShortcut::new(
                Modifiers::COMMAND.plus(Modifiers::SHIFT),
                Key::C,
            )),
            // Not Space: Space presses the focused button, and a shortcut
            // would take it from every button of the window.
            Self::PlayPause => Some(KeyboardShortcut::new(Modifiers::NONE, Key::P)),
        }
    }

    /// Whether the shortcut also works while a text field has the keyboard
    /// (file commands do; undo and arrows belong to the text field then).
    pub fn works_in_text_fields(self) -> bool {
        matches!(
            self,
            Self::New | Self::Open | Self::Save | Self::SaveAs | Self::About
        )
    }

    /// Whether the shortcut is a plain arrow key, which a focused slider or
    /// vehicle uses itself: the shell checks that none is focused first
    /// ([`crate::ui::timeline::arrows_are_free`]).
    pub fn needs_free_arrows(self) -> bool {
        matches!(self, Self::PreviousStep | Self::NextStep)
    }

    /// Whether the shortcut works while a button, slider or other
    /// non-text widget has the keyboard: Play / pause does (P types
    /// nothing there, and a presenter who clicked Play must be able to
    /// pause with the key); the others leave the keys to the widget.
    pub fn works_beside_focused_widgets(self) -> bool {
        self.works_in_text_fields() || matches!(self, Self::PlayPause)
    }

    /// A menu button for this command; returns true when clicked.
    pub fn menu_button(self, ui: &mut egui::Ui, enabled: bool) -> bool {
        let lang = crate::i18n::lang_of(ui.ctx());
        let mut button = egui::Button::new(self.label(lang));
        if let Some(shortcut) = self.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        ui.add_enabled(enabled, button)
            .on_hover_text(self.tooltip(lang))
            .clicked()
    }
}
