//! Modal windows: the unsaved-changes prompt, errors, and the offer to
//! restore work after a crash. The app keeps a queue of them and shows the
//! first; each waits for its own answer.

use egui::{Modal as EguiModal, RichText, Ui};

use super::theme::Theme;
use crate::document::PendingAction;
use crate::io::recovery::Recovered;

/// A modal window waiting for the user.
#[derive(Clone, Debug, PartialEq)]
pub enum Modal {
    /// There are unsaved changes; ask before doing `then`.
    UnsavedChanges {
        /// What the user asked for.
        then: PendingAction,
        /// The file name, for the question.
        file_label: String,
    },
    /// Something failed; the message says what and where.
    Error {
        /// Short title.
        title: String,
        /// Full message, with path, line and column where known.
        message: String,
    },
    /// A file opened, but holds fields the format does not have: a save
    /// would drop them, so the user hears it, with each one's place.
    Warnings {
        /// The file's name.
        file_label: String,
        /// One line per warning: `line L, column C: …`.
        lines: Vec<String>,
    },
    /// Work saved before a crash was found.
    Recovery {
        /// The copy's file, to restore or discard exactly that one.
        copy_path: std::path::PathBuf,
        /// What it holds.
        recovered: Box<Recovered>,
    },
}

/// The user's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModalChoice {
    /// Save first.
    Save,
    /// Go on without saving / throw the recovery copy away.
    Discard,
    /// Do nothing.
    Cancel,
    /// Restore the recovery copy.
    Restore,
    /// Close an error message.
    Dismiss,
}

/// Draws `modal`; returns the user's choice once made.
pub fn modal_ui(ui: &mut Ui, modal: &Modal, theme: &Theme) -> Option<ModalChoice> {
    let mut choice = None;
    let response = EguiModal::new(egui::Id::unique("peacemap-modal")).show(ui.ctx(), |ui| {
        ui.set_max_width(theme.modal_max_width);
        match modal {
            Modal::UnsavedChanges { then, file_label } => {
                ui.heading("Save changes?");
                let doing = match then {
                    PendingAction::New => "starting a new session",
                    PendingAction::Open(_) => "opening another session",
                    PendingAction::Close => "closing",
                };
                ui.label(format!("“{file_label}” has changes that are not saved. Save them before {doing}?"));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(RichText::new("Save").strong()).clicked() {
                        choice = Some(ModalChoice::Save);
                    }
                    if ui.button("Don't save").on_hover_text("Throw the changes away").clicked() {
                        choice = Some(ModalChoice::Discard);
                    }
                    if ui.button("Cancel").on_hover_text("Go back to the session").clicked() {
                        choice = Some(ModalChoice::Cancel);
                    }
                });
            }
            Modal::Error { title, message } => {
                ui.heading(RichText::new(format!("⚠ {title}")).color(theme.barrier));
                ui.add(egui::Label::new(message).wrap().selectable(true));
                ui.label(RichText::new("The session that was open has not changed.").weak());
                ui.add_space(8.0);
                if ui.button("OK").clicked() {
                    choice = Some(ModalChoice::Dismiss);
                }
            }
            Modal::Warnings { file_label, lines } => {
                ui.heading(RichText::new(format!("⚠ “{file_label}” opened with warnings")).color(theme.hazard));
                ui.label("Peacemap does not know these fields. They are not part of the open session, and saving will leave them out of the file:");
                egui::ScrollArea::vertical().max_height(theme.modal_max_width * 0.5).show(ui, |ui| {
                    for line in lines {
                        ui.add(egui::Label::new(RichText::new(line).monospace()).wrap().selectable(true));
                    }
                });
                ui.label(RichText::new("Check the spelling against docs/session-format.md, or keep a copy of the file before saving.").weak());
                ui.add_space(8.0);
                if ui.button("OK").clicked() {
                    choice = Some(ModalChoice::Dismiss);
                }
            }
            Modal::Recovery { recovered, .. } => {
                ui.heading("Restore unsaved work?");
                let from = recovered
                    .original_path
                    .as_ref()
                    .map_or_else(|| "an unsaved session".to_owned(), |p| p.display().to_string());
                ui.label(format!(
                    "Peacemap stopped before “{}” ({from}) was saved. A copy of that work was kept.",
                    recovered.session.title.get(crate::i18n::lang_of(ui.ctx()))
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(RichText::new("Restore").strong()).clicked() {
                        choice = Some(ModalChoice::Restore);
                    }
                    if ui.button("Discard").on_hover_text("Delete the copy and start as usual").clicked() {
                        choice = Some(ModalChoice::Discard);
                    }
                });
            }
        }
    });
    if choice.is_none() && response.should_close() {
        // Esc or a click outside: cancel, except that a recovery offer must be answered.
        choice = match modal {
            Modal::Recovery { .. } => None,
            Modal::Error { .. } | Modal::Warnings { .. } => Some(ModalChoice::Dismiss),
            Modal::UnsavedChanges { .. } => Some(ModalChoice::Cancel),
        };
    }
    choice
}
