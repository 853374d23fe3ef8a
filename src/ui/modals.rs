//! Modal windows: the unsaved-changes prompt, errors, and the offer to
//! restore work after a crash. The app keeps a queue of them and shows the
//! first; each waits for its own answer.

use egui::{Modal as EguiModal, RichText, Ui};

use super::theme::Theme;
use crate::document::PendingAction;
use crate::i18n::lang_of;
use crate::io::recovery::Recovered;
use crate::model::Text;
use crate::tr;

/// A modal window waiting for the user.
#[derive(Clone, Debug, PartialEq)]
pub enum Modal {
    /// There are unsaved changes; ask before doing `then`.
    UnsavedChanges {
        /// What the user asked for.
        then: PendingAction,
        /// The file name ("Untitled" in both languages), for the question.
        file_label: Text,
    },
    /// Something failed; the message says what and where.
    Error {
        /// Short title, in both languages.
        title: Text,
        /// Full message, with path, line and column where known (in
        /// English only where the file layer words it).
        message: Text,
    },
    /// A file opened, but holds fields the format does not have: a save
    /// would drop them, so the user hears it, with each one's place.
    Warnings {
        /// The file's name.
        file_label: Text,
        /// One line per warning, in both languages: `line L, column C: …`.
        lines: Vec<Text>,
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
    let lang = lang_of(ui.ctx());
    let mut choice = None;
    let response = EguiModal::new(egui::Id::unique("peacemap-modal")).show(ui.ctx(), |ui| {
        ui.set_max_width(theme.modal_max_width);
        match modal {
            Modal::UnsavedChanges { then, file_label } => {
                ui.heading(tr!(lang, "shell-unsaved-title"));
                let question = match then {
                    PendingAction::New => {
                        tr!(
                            lang,
                            "shell-unsaved-before-new",
                            file = file_label.get(lang)
                        )
                    }
                    PendingAction::Open(_) => tr!(
                        lang,
                        "shell-unsaved-before-open",
                        file = file_label.get(lang)
                    ),
                    PendingAction::Close => tr!(
                        lang,
                        "shell-unsaved-before-close",
                        file = file_label.get(lang)
                    ),
                };
                ui.label(question);
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui
                        .button(RichText::new(tr!(lang, "shell-unsaved-save")).strong())
                        .clicked()
                    {
                        choice = Some(ModalChoice::Save);
                    }
                    if ui
                        .button(tr!(lang, "shell-unsaved-discard"))
                        .on_hover_text(tr!(lang, "shell-unsaved-discard-tooltip"))
                        .clicked()
                    {
                        choice = Some(ModalChoice::Discard);
                    }
                    if ui
                        .button(tr!(lang, "shell-unsaved-cancel"))
                        .on_hover_text(tr!(lang, "shell-unsaved-cancel-tooltip"))
                        .clicked()
                    {
                        choice = Some(ModalChoice::Cancel);
                    }
                });
            }
            Modal::Error { title, message } => {
                ui.heading(
                    RichText::new(tr!(lang, "shell-error-title", title = title.get(lang)))
                        .color(theme.barrier),
                );
                ui.add(egui::Label::new(message.get(lang)).wrap().selectable(true));
                ui.label(RichText::new(tr!(lang, "shell-error-unchanged")).weak());
                ui.add_space(8.0);
                if ui.button(tr!(lang, "shell-ok")).clicked() {
                    choice = Some(ModalChoice::Dismiss);
                }
            }
            Modal::Warnings { file_label, lines } => {
                ui.heading(
                    RichText::new(tr!(
                        lang,
                        "shell-warnings-title",
                        file = file_label.get(lang)
                    ))
                    .color(theme.hazard),
                );
                ui.label(tr!(lang, "shell-warnings-explained"));
                egui::ScrollArea::vertical()
                    .max_height(theme.modal_max_width * 0.5)
                    .show(ui, |ui| {
                        for line in lines {
                            ui.add(
                                egui::Label::new(RichText::new(line.get(lang)).monospace())
                                    .wrap()
                                    .selectable(true),
                            );
                        }
                    });
                ui.label(RichText::new(tr!(lang, "shell-warnings-advice")).weak());
                ui.add_space(8.0);
                if ui.button(tr!(lang, "shell-ok")).clicked() {
                    choice = Some(ModalChoice::Dismiss);
                }
            }
            Modal::Recovery { recovered, .. } => {
                ui.heading(tr!(lang, "shell-recovery-title"));
                let from = recovered.original_path.as_ref().map_or_else(
                    || tr!(lang, "shell-recovery-unsaved-session"),
                    |p| p.display().to_string(),
                );
                ui.label(tr!(
                    lang,
                    "shell-recovery-offer",
                    title = recovered.session.title.get(lang),
                    from = from
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui
                        .button(RichText::new(tr!(lang, "shell-recovery-restore")).strong())
                        .clicked()
                    {
                        choice = Some(ModalChoice::Restore);
                    }
                    if ui
                        .button(tr!(lang, "shell-recovery-discard"))
                        .on_hover_text(tr!(lang, "shell-recovery-discard-tooltip"))
                        .clicked()
                    {
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
