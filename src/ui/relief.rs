//! The sanctions relief ladder: one card per stage with its threshold, the
//! measures relieved, the body that must act, and whether it is unlocked
//! (computed live) or what it still lacks.

use egui::{Frame, Margin, RichText, Role, Stroke, Ui, WidgetInfo};

use super::gauge::stage_short_name;
use super::source::{illustrative_mark_ui, mark_illustrative, source_ui};
use super::theme::Theme;
use super::{choice_ui, in_both_languages, name_field};
use crate::command::{BoardEdit, Command, SessionEdit};
use crate::i18n::lang_of;
use crate::model::rules::{Shortfall, StageLock, stage_lock};
use crate::model::{
    Board, Lang, SanctionsStage, Session, Source, StageId, StageStatus, Text, TrackId, TrackMinimum,
};
use crate::tr;

/// Draws the ladder of relief stages. `editing` is the stage whose editor
/// is open, if any (transient UI state owned by the app).
pub fn relief_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    editing: &mut Option<StageId>,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let lang = lang_of(ui.ctx());
    ui.label(
        RichText::new(tr!(lang, "board-relief-heading"))
            .font(theme.heading.clone())
            .color(theme.text)
            .strong(),
    )
    .on_hover_text(tr!(lang, "board-relief-heading-tooltip"));
    ui.add_space(4.0);
    if session.sanctions.is_empty() {
        ui.label(RichText::new(tr!(lang, "board-relief-none")).color(theme.text_weak));
    }
    for (index, stage) in session.sanctions.iter().enumerate() {
        stage_card_ui(ui, session, board, index, stage, editing, theme, commands);
        ui.add_space(6.0);
    }
    let add = ui
        .button(tr!(lang, "board-relief-add"))
        .on_hover_text(tr!(lang, "board-relief-add-tooltip"));
    add.widget_info(|| {
        WidgetInfo::labeled(Role::Button, true, tr!(lang, "board-relief-add-label"))
    });
    if add.clicked() {
        let stage = new_stage(session);
        *editing = Some(stage.id.clone());
        commands.push(
            SessionEdit::AddStage {
                stage: Box::new(stage),
            }
            .into(),
        );
    }
    if let Some(gate) = &board.regional_gate {
        ui.add_space(8.0);
        let name = session.track(&gate.track).map_or_else(
            || tr!(lang, "board-gate-unknown-track"),
            |t| t.name.get(lang).to_owned(),
        );
        ui.label(
            RichText::new(tr!(lang, "board-gate-convenes-when", track = name))
                .font(theme.small.clone())
                .color(theme.text_weak),
        );
        let mut threshold = gate.threshold_pct;
        let response = ui.name_inputs(tr!(lang, "board-gate-threshold"), |ui| {
            ui.add(
                egui::DragValue::new(&mut threshold)
                    .range(0.0..=100.0)
                    .suffix("%")
                    .max_decimals(0),
            )
        });
        if response.changed() {
            commands.push(
                BoardEdit::SetGateThreshold {
                    threshold_pct: threshold,
                }
                .into(),
            );
        }
    }
}

/// A fresh stage above the highest threshold, with an unused id, named in
/// both languages.
fn new_stage(session: &Session) -> SanctionsStage {
    let mut number = session.sanctions.len() + 1;
    while session
        .sanctions
        .iter()
        .any(|s| s.id.as_str() == format!("stage-{number}"))
    {
        number += 1;
    }
    let top = session
        .sanctions
        .iter()
        .map(|s| s.threshold_pct)
        .fold(0.0_f32, f32::max);
    SanctionsStage {
        id: StageId::new(format!("stage-{number}")),
        name: in_both_languages(|lang| tr!(lang, "board-new-stage-name")),
        source: Source::Unstated,
        measures: Vec::new(),
        acting_body: in_both_languages(|lang| tr!(lang, "board-new-stage-acting-body")),
        threshold_pct: (top + 10.0).min(100.0),
        track_minimums: Vec::new(),
    }
}

#[expect(
    clippy::too_many_arguments,
    reason = "a card of one stage: the document, the board, the stage and the panel's state"
)]
fn stage_card_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    index: usize,
    stage: &SanctionsStage,
    editing: &mut Option<StageId>,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let lang = lang_of(ui.ctx());
    let short = stage_short_name(lang, index);
    let lock = stage_lock(session, board, stage);
    let unlocked = lock.is_unlocked();
    let accent = if unlocked { theme.good } else { theme.locked };
    let lock_words = if unlocked {
        tr!(lang, "board-stage-unlocked-words")
    } else {
        tr!(lang, "board-stage-locked-words")
    };
    let card = Frame::new()
        .fill(theme.card_fill)
        .stroke(Stroke::new(if unlocked { 2.0 } else { 1.0 }, accent))
        .corner_radius(6.0)
        .inner_margin(Margin::same(8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let heading = if unlocked {
                    tr!(lang, "board-stage-unlocked", stage = short.as_str())
                } else {
                    tr!(lang, "board-stage-locked", stage = short.as_str())
                };
                ui.label(
                    RichText::new(heading)
                        .font(theme.small.clone())
                        .color(accent)
                        .strong(),
                );
                let illustrative = stage.source.is_illustrative();
                if illustrative {
                    illustrative_mark_ui(ui, theme);
                }
                let threshold = ui.label(
                    RichText::new(tr!(
                        lang,
                        "board-stage-threshold-at",
                        pct = format!("{:.0}", stage.threshold_pct)
                    ))
                    .font(theme.small.clone())
                    .color(theme.text_weak),
                );
                if illustrative {
                    mark_illustrative(ui, &threshold, theme);
                }
            });
            ui.add(
                egui::Label::new(
                    RichText::new(stage.name.get(lang))
                        .font(theme.body.clone())
                        .color(theme.text)
                        .strong(),
                )
                .wrap(),
            );
            source_ui(
                ui,
                &stage.source,
                &session.attribution,
                stage.name.get(lang),
                theme,
            );
            for measure in &stage.measures {
                ui.add(
                    egui::Label::new(
                        RichText::new(tr!(lang, "board-bullet", item = measure.get(lang)))
                            .font(theme.small.clone())
                            .color(theme.text),
                    )
                    .wrap(),
                );
            }
            ui.add(
                egui::Label::new(
                    RichText::new(tr!(
                        lang,
                        "board-stage-acts",
                        body = stage.acting_body.get(lang)
                    ))
                    .font(theme.small.clone())
                    .color(theme.text_weak),
                )
                .wrap(),
            )
            .on_hover_text(tr!(lang, "board-stage-acts-tooltip"));
            if let StageLock::Locked(missing) = &lock {
                for shortfall in missing {
                    ui.add(
                        egui::Label::new(
                            RichText::new(tr!(
                                lang,
                                "board-stage-missing",
                                what = shortfall_words(session, shortfall, lang)
                            ))
                            .font(theme.small.clone())
                            .color(theme.hazard),
                        )
                        .wrap(),
                    );
                }
            }
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(tr!(lang, "board-stage-status"))
                        .font(theme.small.clone())
                        .color(theme.text_weak),
                );
                if let Some(status) = choice_ui(
                    ui,
                    ("stage-status", stage.id.as_str()),
                    &tr!(lang, "board-stage-status-name", stage = short.as_str()),
                    board
                        .stage_status(&stage.id)
                        .unwrap_or(StageStatus::Planned),
                    &StageStatus::ALL,
                    StageStatus::message_id,
                    None,
                ) {
                    commands.push(
                        BoardEdit::SetStageStatus {
                            stage: stage.id.clone(),
                            status,
                        }
                        .into(),
                    );
                }
                let is_editing = editing.as_ref() == Some(&stage.id);
                let toggle = ui
                    .selectable_label(is_editing, tr!(lang, "board-stage-edit"))
                    .on_hover_text(tr!(lang, "board-stage-edit-tooltip"));
                toggle.widget_info(|| {
                    WidgetInfo::selected(
                        Role::Button,
                        true,
                        is_editing,
                        tr!(lang, "board-stage-edit-label", stage = short.as_str()),
                    )
                });
                if toggle.clicked() {
                    *editing = if is_editing {
                        None
                    } else {
                        Some(stage.id.clone())
                    };
                }
            });
            if editing.as_ref() == Some(&stage.id) {
                ui.separator();
                stage_editor_ui(ui, session, index, stage, theme, commands);
            }
        });
    let label = tr!(
        lang,
        "board-stage-card",
        stage = short.as_str(),
        name = stage.name.get(lang),
        lock = lock_words
    );
    card.response
        .widget_info(|| WidgetInfo::labeled(Role::Group, true, &label));
}

/// Inline editor for one stage: every field, each change one command.
fn stage_editor_ui(
    ui: &mut Ui,
    session: &Session,
    index: usize,
    stage: &SanctionsStage,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let lang = lang_of(ui.ctx());
    let short = stage_short_name(lang, index);
    let mut edited = stage.clone();
    let mut changed = false;

    ui.label(RichText::new(tr!(lang, "board-stage-field-name")).font(theme.small.clone()));
    let mut name = stage.name.exact(lang).to_owned();
    let response = ui.add(
        egui::TextEdit::singleline(&mut name)
            .hint_text(stage.name.get(lang))
            .desired_width(f32::INFINITY),
    );
    name_field(
        &response,
        &tr!(lang, "board-stage-name-field", stage = short.as_str()),
    );
    if response.changed() {
        edited.name.set(lang, name);
        changed = true;
    }
    if edited.name.is_blank() {
        super::inspector::missing_name_warning_ui(ui, theme);
    }

    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!(lang, "board-stage-field-threshold")).font(theme.small.clone()))
            .on_hover_text(tr!(lang, "board-stage-field-threshold-tooltip"));
        changed |= ui
            .name_inputs(
                tr!(lang, "board-stage-threshold-field", stage = short.as_str()),
                |ui| {
                    ui.add(
                        egui::DragValue::new(&mut edited.threshold_pct)
                            .range(0.0..=100.0)
                            .suffix("%")
                            .max_decimals(0),
                    )
                },
            )
            .changed();
    });

    ui.label(RichText::new(tr!(lang, "board-stage-field-acting-body")).font(theme.small.clone()));
    let mut acting_body = stage.acting_body.exact(lang).to_owned();
    let response = ui.add(
        egui::TextEdit::singleline(&mut acting_body)
            .hint_text(stage.acting_body.get(lang))
            .desired_width(f32::INFINITY),
    );
    name_field(
        &response,
        &tr!(
            lang,
            "board-stage-acting-body-field",
            stage = short.as_str()
        ),
    );
    if response.changed() {
        edited.acting_body.set(lang, acting_body);
        changed = true;
    }

    ui.label(RichText::new(tr!(lang, "board-stage-field-measures")).font(theme.small.clone()));
    let mut measures = stage
        .measures
        .iter()
        .map(|m| m.exact(lang))
        .collect::<Vec<_>>()
        .join("\n");
    let response = ui.add(
        egui::TextEdit::multiline(&mut measures)
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    );
    name_field(
        &response,
        &tr!(lang, "board-stage-measures-field", stage = short.as_str()),
    );
    if response.changed() {
        edited.measures = edited_measures(&stage.measures, lang, &measures);
        changed = true;
    }

    ui.label(RichText::new(tr!(lang, "board-stage-field-minimums")).font(theme.small.clone()));
    let mut remove = None;
    for (i, minimum) in edited.track_minimums.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let name = session
                .track(&minimum.track)
                .map_or(minimum.track.as_str(), |t| t.name.get(lang));
            ui.label(RichText::new(name).font(theme.small.clone()));
            changed |= ui
                .name_inputs(
                    tr!(
                        lang,
                        "board-stage-minimum-field",
                        stage = short.as_str(),
                        track = name
                    ),
                    |ui| {
                        ui.add(
                            egui::DragValue::new(&mut minimum.min_pct)
                                .range(0.0..=100.0)
                                .suffix("%")
                                .max_decimals(0),
                        )
                    },
                )
                .changed();
            let button = ui
                .small_button("✖")
                .on_hover_text(tr!(lang, "board-stage-minimum-remove-tooltip"));
            button.widget_info(|| {
                WidgetInfo::labeled(
                    Role::Button,
                    true,
                    tr!(
                        lang,
                        "board-stage-minimum-remove",
                        stage = short.as_str(),
                        track = name
                    ),
                )
            });
            if button.clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        edited.track_minimums.remove(i);
        changed = true;
    }
    let unused: Vec<_> = session
        .tracks
        .iter()
        .filter(|t| edited.track_minimums.iter().all(|m| m.track != t.id))
        .collect();
    if !unused.is_empty() {
        let mut chosen: Option<TrackId> = None;
        ui.name_inputs(
            tr!(
                lang,
                "board-stage-minimum-add-field",
                stage = short.as_str()
            ),
            |ui| {
                egui::ComboBox::from_id_salt(("stage-add-minimum", stage.id.as_str()))
                    .selected_text(tr!(lang, "board-stage-minimum-add"))
                    .show_ui(ui, |ui| {
                        for track in &unused {
                            if ui.selectable_label(false, track.name.get(lang)).clicked() {
                                chosen = Some(track.id.clone());
                            }
                        }
                    });
            },
        );
        if let Some(track) = chosen {
            edited.track_minimums.push(TrackMinimum {
                track,
                min_pct: 20.0,
            });
            changed = true;
        }
    }

    if changed {
        commands.push(
            SessionEdit::EditStage {
                stage: stage.id.clone(),
                edited: Box::new(edited),
            }
            .into(),
        );
    }
    let remove_stage = ui
        .button(tr!(lang, "board-stage-remove"))
        .on_hover_text(tr!(lang, "board-stage-remove-tooltip"));
    remove_stage.widget_info(|| {
        WidgetInfo::labeled(
            Role::Button,
            true,
            tr!(lang, "board-stage-remove-label", stage = short.as_str()),
        )
    });
    if remove_stage.clicked() {
        commands.push(
            SessionEdit::RemoveStage {
                stage: stage.id.clone(),
            }
            .into(),
        );
    }
}

/// What a locked stage still lacks, in `lang` (the track named as the
/// session names it).
fn shortfall_words(session: &Session, shortfall: &Shortfall, lang: Lang) -> String {
    match shortfall {
        Shortfall::Cumulative {
            needed_pct,
            have_pct,
        } => tr!(
            lang,
            "board-shortfall-cumulative",
            have = format!("{have_pct:.0}"),
            needed = format!("{needed_pct:.0}")
        ),
        Shortfall::Track {
            track,
            track_name,
            needed_pct,
            have_pct,
        } => tr!(
            lang,
            "board-shortfall-track",
            track = session
                .track(track)
                .map_or_else(|| track_name.get(lang), |t| t.name.get(lang)),
            have = format!("{have_pct:.0}"),
            needed = format!("{needed_pct:.0}")
        ),
        Shortfall::UnknownTrack(id) => {
            tr!(lang, "board-shortfall-unknown-track", track = id.as_str())
        }
    }
}

/// The measures after the user edited their `lang` text, one per line, in
/// `lines`: line `n` replaces measure `n`'s text in `lang` and keeps its
/// other language; a new line adds a measure. A measure whose line was
/// deleted is dropped unless the other language still has text for it.
fn edited_measures(old: &[Text], lang: Lang, lines: &str) -> Vec<Text> {
    let lines: Vec<&str> = lines.lines().collect();
    (0..old.len().max(lines.len()))
        .filter_map(|n| {
            let mut measure = old.get(n).cloned().unwrap_or_default();
            measure.set(lang, lines.get(n).copied().unwrap_or_default());
            // A measure whose line was deleted stays only for its other language.
            (n < lines.len() || !measure.is_empty()).then_some(measure)
        })
        .collect()
}
