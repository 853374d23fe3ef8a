//! Modal windows: the unsaved-changes prompt, errors, the offer to
//! restore work after a crash, and the confirmation before removing a track
//! or a participant. The app keeps a queue of them and shows the first;
//! each waits for its own answer.

use egui::{Modal as EguiModal, RichText, Ui};

use super::in_both_languages;
use super::theme::Theme;
use crate::command::SessionEdit;
use crate::document::PendingAction;
use crate::i18n::{Lang, lang_of};
use crate::io::recovery::Recovered;
use crate::model::{Session, Text, TrackId};
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
    /// A removal takes more with it than the user may see: say what, and
    /// ask before doing it.
    ConfirmRemoval {
        /// The question ("Remove the track “Nuclear security”?").
        title: Text,
        /// What goes with it, one line each.
        lines: Vec<Text>,
        /// The confirming button ("Remove track").
        confirm: Text,
        /// The edit made on confirming.
        edit: SessionEdit,
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
    /// Go ahead with the removal asked about.
    Confirm,
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
            Modal::ConfirmRemoval {
                title,
                lines,
                confirm,
                ..
            } => {
                ui.heading(RichText::new(title.get(lang)).color(theme.hazard));
                for line in lines {
                    ui.add(egui::Label::new(line.get(lang)).wrap());
                }
                ui.label(RichText::new(tr!(lang, "edit-remove-undo")).weak());
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui
                        .button(RichText::new(confirm.get(lang)).strong())
                        .on_hover_text(tr!(lang, "edit-remove-confirm-tooltip"))
                        .clicked()
                    {
                        choice = Some(ModalChoice::Confirm);
                    }
                    if ui
                        .button(tr!(lang, "edit-remove-cancel"))
                        .on_hover_text(tr!(lang, "edit-remove-cancel-tooltip"))
                        .clicked()
                    {
                        choice = Some(ModalChoice::Cancel);
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
            Modal::UnsavedChanges { .. } | Modal::ConfirmRemoval { .. } => {
                Some(ModalChoice::Cancel)
            }
        };
    }
    choice
}

/// The confirmation before removing `track`, saying what goes with it: its
/// state on the live board (with its seats), its entries in each
/// scenario's steps, relief stage minimums on it and a regional gate
/// waiting for it. `None` when there is no such track.
pub fn track_removal_modal(session: &Session, track: &TrackId) -> Option<Modal> {
    let definition = session.track(track)?;
    let number = session.lane_number(track)?;
    let name = |lang: Lang| definition.name.get(lang).to_owned();
    let participant_list = |lang: Lang, seats: &[crate::model::Seat]| {
        seats
            .iter()
            .map(|seat| {
                session.participant(&seat.participant).map_or_else(
                    || seat.participant.to_string(),
                    |p| p.short_label.get(lang).to_owned(),
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut lines = Vec::new();
    lines.push(in_both_languages(|lang| {
        tr!(
            lang,
            "edit-remove-track-intro",
            number = number,
            track = name(lang)
        )
    }));
    if let Some(state) = session.board.track(track) {
        lines.push(in_both_languages(|lang| {
            if state.seats.is_empty() {
                tr!(
                    lang,
                    "edit-remove-track-live-empty",
                    pct = format!("{:.0}", state.progress_pct)
                )
            } else {
                tr!(
                    lang,
                    "edit-remove-track-live",
                    pct = format!("{:.0}", state.progress_pct),
                    count = state.seats.len(),
                    participants = participant_list(lang, &state.seats)
                )
            }
        }));
    }
    for scenario in &session.scenarios {
        let states: Vec<_> = scenario
            .steps
            .iter()
            .filter_map(|step| step.board.track(track))
            .collect();
        if states.is_empty() {
            continue;
        }
        let seats: usize = states.iter().map(|s| s.seats.len()).sum();
        lines.push(in_both_languages(|lang| {
            tr!(
                lang,
                "edit-remove-track-steps",
                count = states.len(),
                scenario = scenario.name.get(lang),
                seats = seats
            )
        }));
    }
    let stages: Vec<_> = session
        .sanctions
        .iter()
        .filter(|stage| stage.track_minimums.iter().any(|m| &m.track == track))
        .collect();
    if !stages.is_empty() {
        lines.push(in_both_languages(|lang| {
            let names = stages
                .iter()
                .map(|stage| stage.name.get(lang))
                .collect::<Vec<_>>()
                .join(", ");
            tr!(
                lang,
                "edit-remove-track-minimums",
                count = stages.len(),
                stages = names
            )
        }));
    }
    let gated = session
        .boards()
        .filter(|board| {
            board
                .regional_gate
                .as_ref()
                .is_some_and(|gate| &gate.track == track)
        })
        .count();
    if gated > 0 {
        lines.push(in_both_languages(|lang| {
            tr!(lang, "edit-remove-track-gate", count = gated)
        }));
    }
    Some(Modal::ConfirmRemoval {
        title: in_both_languages(|lang| tr!(lang, "edit-remove-track-title", track = name(lang))),
        lines,
        confirm: in_both_languages(|lang| tr!(lang, "edit-remove-track-confirm")),
        edit: SessionEdit::RemoveTrack {
            track: track.clone(),
        },
    })
}
