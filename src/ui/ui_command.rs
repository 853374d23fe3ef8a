//! App-level actions with their label, tooltip and keyboard shortcut in one
//! place, so menus and shortcuts never disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

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
}

impl UiCommand {
    /// Every command, in the order the shortcut handler checks them.
    pub const ALL: [Self; 10] = [
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
    ];

    /// Menu label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::CloseInspector => "Close inspector",
            Self::NextTrack => "Next track",
            Self::PreviousTrack => "Previous track",
            Self::New => "New session",
            Self::Open => "Open…",
            Self::Save => "Save",
            Self::SaveAs => "Save as…",
            Self::About => "About this map",
        }
    }

    /// Tooltip.
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::Undo => "Take back the last change",
            Self::Redo => "Put back the change you took back",
            Self::CloseInspector => "Close the track inspector",
            Self::NextTrack => "Select the track below",
            Self::PreviousTrack => "Select the track above",
            Self::New => "Start a new, unsaved session from the six-track template",
            Self::Open => "Open a session file",
            Self::Save => "Save the session to its file",
            Self::SaveAs => "Save the session to a new file",
            Self::About => {
                "Whose proposal the board maps, where each item comes from, and how to read the board"
            }
        }
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

    /// A menu button for this command; returns true when clicked.
    pub fn menu_button(self, ui: &mut egui::Ui, enabled: bool) -> bool {
        let mut button = egui::Button::new(self.label());
        if let Some(shortcut) = self.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        ui.add_enabled(enabled, button)
            .on_hover_text(self.tooltip())
            .clicked()
    }
}
