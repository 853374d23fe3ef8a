//! The status bar at the bottom: the latest message, or a hint.

use egui::{RichText, Ui};

use super::Theme;
use crate::i18n::lang_of;
use crate::model::Text;
use crate::tr;

/// A message shown in the status bar, worded in both languages so that it
/// follows a language switch made after it was written.
#[derive(Clone, Debug, PartialEq)]
pub enum StatusMessage {
    /// Something went as asked.
    Info(Text),
    /// Something went wrong; the document is unchanged.
    Error(Text),
}

/// Draws the status bar line for `status`.
pub fn status_bar_ui(ui: &mut Ui, status: Option<&StatusMessage>, theme: &Theme) {
    let lang = lang_of(ui.ctx());
    ui.horizontal(|ui| match status {
        Some(StatusMessage::Error(text)) => {
            ui.colored_label(
                theme.barrier,
                tr!(lang, "shell-status-error", message = text.get(lang)),
            );
        }
        Some(StatusMessage::Info(text)) => {
            ui.label(text.get(lang));
        }
        None => {
            ui.label(RichText::new(tr!(lang, "shell-status-hint")).weak());
        }
    });
}
