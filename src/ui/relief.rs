//! The sanctions relief ladder: one card per stage with its threshold, the
//! measures relieved, the body that must act, and whether it is unlocked
//! (computed live) or what it still lacks.

use egui::{Frame, Margin, RichText, Role, Stroke, Ui, WidgetInfo};

use super::gauge::stage_short_name;
use super::theme::Theme;
use super::{choice_ui, name_field};
use crate::command::{BoardEdit, Command, SessionEdit};
use crate::model::rules::{StageLock, stage_lock};
use crate::model::{
    Board, Lang, SanctionsStage, Session, Source, StageId, StageStatus, Text, TrackId, TrackMinimum,
};

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
    ui.label(
        RichText::new("Sanctions relief, in stages")
            .font(theme.heading.clone())
            .color(theme.text)
            .strong(),
    )
    .on_hover_text(
        "Relief is judged on progress across all tracks together, and comes in specific \
             steps rather than all at once. Each stage names what is relieved and who must act.",
    );
    ui.add_space(4.0);
    if session.sanctions.is_empty() {
        ui.label(RichText::new("No relief stages in this session.").color(theme.text_weak));
    }
    for (index, stage) in session.sanctions.iter().enumerate() {
        stage_card_ui(ui, session, board, index, stage, editing, theme, commands);
        ui.add_space(6.0);
    }
    let add = ui
        .button("➕ Add stage")
        .on_hover_text("Add a relief stage at the top of the ladder");
    add.widget_info(|| WidgetInfo::labeled(Role::Button, true, "Add relief stage"));
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
        let name = session.track(&gate.track).map_or("The gated track", |t| {
            t.name.get(crate::i18n::lang_of(ui.ctx()))
        });
        ui.label(
            RichText::new(format!("{name} convenes when the other tracks reach"))
                .font(theme.small.clone())
                .color(theme.text_weak),
        );
        let mut threshold = gate.threshold_pct;
        let response = ui.name_inputs("Regional gate threshold", |ui| {
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

/// A fresh stage above the highest threshold, with an unused id.
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
        name: Text::en("New relief stage"),
        source: Source::Unstated,
        measures: Vec::new(),
        acting_body: Text::en("New UN Security Council resolution"),
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
    let lang = crate::i18n::lang_of(ui.ctx());
    let lock = stage_lock(session, board, stage);
    let unlocked = lock.is_unlocked();
    let accent = if unlocked { theme.good } else { theme.locked };
    let lock_words = if unlocked { "unlocked" } else { "locked" };
    let card = Frame::new()
        .fill(theme.card_fill)
        .stroke(Stroke::new(if unlocked { 2.0 } else { 1.0 }, accent))
        .corner_radius(6.0)
        .inner_margin(Margin::same(8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let icon = if unlocked {
                    "✔ Unlocked"
                } else {
                    "○ Locked"
                };
                ui.label(
                    RichText::new(format!("{} · {icon}", stage_short_name(index)))
                        .font(theme.small.clone())
                        .color(accent)
                        .strong(),
                );
                ui.label(
                    RichText::new(format!("at {:.0}%", stage.threshold_pct))
                        .font(theme.small.clone())
                        .color(theme.text_weak),
                );
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
            for measure in &stage.measures {
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("• {}", measure.get(lang)))
                            .font(theme.small.clone())
                            .color(theme.text),
                    )
                    .wrap(),
                );
            }
            ui.add(
                egui::Label::new(
                    RichText::new(format!("Acts: {}", stage.acting_body.get(lang)))
                        .font(theme.small.clone())
                        .color(theme.text_weak),
                )
                .wrap(),
            )
            .on_hover_text("The body that must decide before this relief can take effect.");
            if let StageLock::Locked(missing) = &lock {
                for shortfall in missing {
                    ui.add(
                        egui::Label::new(
                            RichText::new(format!("Missing: {shortfall}"))
                                .font(theme.small.clone())
                                .color(theme.hazard),
                        )
                        .wrap(),
                    );
                }
            }
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new("Status")
                        .font(theme.small.clone())
                        .color(theme.text_weak),
                );
                if let Some(status) = choice_ui(
                    ui,
                    ("stage-status", stage.id.as_str()),
                    &format!("{} status", stage_short_name(index)),
                    board
                        .stage_status(&stage.id)
                        .unwrap_or(StageStatus::Planned),
                    &StageStatus::ALL,
                    StageStatus::label,
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
                    .selectable_label(is_editing, "✏ Edit")
                    .on_hover_text("Edit this stage's name, threshold, measures and conditions");
                toggle.widget_info(|| {
                    WidgetInfo::selected(
                        Role::Button,
                        true,
                        is_editing,
                        format!("Edit {}", stage_short_name(index)),
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
    let label = format!(
        "{}: {}, {lock_words}",
        stage_short_name(index),
        stage.name.get(lang)
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
    let lang = crate::i18n::lang_of(ui.ctx());
    let short = stage_short_name(index);
    let mut edited = stage.clone();
    let mut changed = false;

    ui.label(RichText::new("Name").font(theme.small.clone()));
    let mut name = stage.name.exact(lang).to_owned();
    let response = ui.add(
        egui::TextEdit::singleline(&mut name)
            .hint_text(stage.name.get(lang))
            .desired_width(f32::INFINITY),
    );
    name_field(&response, &format!("{short} name"));
    if response.changed() {
        edited.name.set(lang, name);
        changed = true;
    }
    if edited.name.is_blank() {
        super::inspector::missing_name_warning_ui(ui, theme);
    }

    ui.horizontal(|ui| {
        ui.label(RichText::new("Threshold").font(theme.small.clone()))
            .on_hover_text(
                "Cumulative progress across all tracks needed before this relief can be sought",
            );
        changed |= ui
            .name_inputs(format!("{short} threshold"), |ui| {
                ui.add(
                    egui::DragValue::new(&mut edited.threshold_pct)
                        .range(0.0..=100.0)
                        .suffix("%")
                        .max_decimals(0),
                )
            })
            .changed();
    });

    ui.label(RichText::new("Acting body").font(theme.small.clone()));
    let mut acting_body = stage.acting_body.exact(lang).to_owned();
    let response = ui.add(
        egui::TextEdit::singleline(&mut acting_body)
            .hint_text(stage.acting_body.get(lang))
            .desired_width(f32::INFINITY),
    );
    name_field(&response, &format!("{short} acting body"));
    if response.changed() {
        edited.acting_body.set(lang, acting_body);
        changed = true;
    }

    ui.label(RichText::new("Measures, one per line").font(theme.small.clone()));
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
    name_field(&response, &format!("{short} measures"));
    if response.changed() {
        edited.measures = edited_measures(&stage.measures, lang, &measures);
        changed = true;
    }

    ui.label(RichText::new("Also needs, on particular tracks").font(theme.small.clone()));
    let mut remove = None;
    for (i, minimum) in edited.track_minimums.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let name = session
                .track(&minimum.track)
                .map_or(minimum.track.as_str(), |t| t.name.get(lang));
            ui.label(RichText::new(name).font(theme.small.clone()));
            changed |= ui
                .name_inputs(format!("{short} minimum on {name}"), |ui| {
                    ui.add(
                        egui::DragValue::new(&mut minimum.min_pct)
                            .range(0.0..=100.0)
                            .suffix("%")
                            .max_decimals(0),
                    )
                })
                .changed();
            let button = ui.small_button("✖").on_hover_text("Drop this condition");
            button.widget_info(|| {
                WidgetInfo::labeled(
                    Role::Button,
                    true,
                    format!("Remove {short} minimum on {name}"),
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
        ui.name_inputs(format!("{short} add a track minimum"), |ui| {
            egui::ComboBox::from_id_salt(("stage-add-minimum", stage.id.as_str()))
                .selected_text("Add a track condition…")
                .show_ui(ui, |ui| {
                    for track in &unused {
                        if ui.selectable_label(false, track.name.get(lang)).clicked() {
                            chosen = Some(track.id.clone());
                        }
                    }
                });
        });
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
        .button("🗑 Remove stage")
        .on_hover_text("Take this stage off the ladder (Ctrl+Z brings it back)");
    remove_stage.widget_info(|| WidgetInfo::labeled(Role::Button, true, format!("Remove {short}")));
    if remove_stage.clicked() {
        commands.push(
            SessionEdit::RemoveStage {
                stage: stage.id.clone(),
            }
            .into(),
        );
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
