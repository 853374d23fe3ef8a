//! The status bar at the bottom: the latest message, or a hint.

use egui::{RichText, Ui};

use super::Theme;

/// A message shown in the status bar.
#[derive(Clone, Debug, PartialEq)]
pub enum StatusMessage {
    /// Something went as asked.
    Info(String),
    /// Something went wrong; the document is unchanged.
    Error(String),
}

/// Draws the status bar line for `status`.
pub fn status_bar_ui(ui: &mut Ui, status: Option<&StatusMessage>, theme: &Theme) {
    ui.horizontal(|ui| match status {
        Some(StatusMessage::Error(text)) => {
            ui.colored_label(theme.barrier, format!("⚠ {text}"));
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
