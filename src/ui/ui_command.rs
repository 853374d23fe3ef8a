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
}

impl UiCommand {
    /// Every command, in the order the shortcut handler checks them.
    pub const ALL: [Self; 5] = [Self::Redo, Self::Undo, Self::CloseInspector, Self::NextTrack, Self::PreviousTrack];

    /// Menu label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::CloseInspector => "Close inspector",
            Self::NextTrack => "Next track",
            Self::PreviousTrack => "Previous track",
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
        }
    }

    /// Keyboard shortcut.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        match self {
            Self::Undo => Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::Z)),
            Self::Redo => Some(KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z)),
            Self::CloseInspector => Some(KeyboardShortcut::new(Modifiers::NONE, Key::Escape)),
            Self::NextTrack => Some(KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown)),
            Self::PreviousTrack => Some(KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp)),
        }
    }

    /// A menu button for this command; returns true when clicked.
    pub fn menu_button(self, ui: &mut egui::Ui, enabled: bool) -> bool {
        let mut button = egui::Button::new(self.label());
        if let Some(shortcut) = self.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        ui.add_enabled(enabled, button).on_hover_text(self.tooltip()).clicked()
    }
}
