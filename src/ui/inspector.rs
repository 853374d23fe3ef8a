//! The track inspector: edit the selected track's name, format, status,
//! weight, notes, milestones and participants.

use egui::{Grid, RichText, TextEdit, Ui};

use super::chip::paint_chip;
use super::source::source_ui;
use super::theme::Theme;
use super::{choice_ui, name_field};
use crate::command::{BoardEdit, Command, SessionEdit};
use crate::i18n::lang_of;
use crate::model::{Lang, ParticipantId, Role, Session, Text, Track, TrackState, TrackStatus};
use crate::tr;

/// Transient inspector state: what the user is typing before adding it.
#[derive(Clone, Debug, Default)]
pub struct InspectorState {
    /// Name of the milestone about to be added.
    pub new_milestone_name: String,
    /// Position of the milestone about to be added.
    pub new_milestone_pct: f32,
    /// Participant about to be seated.
    pub new_seat: Option<ParticipantId>,
    /// Role of the participant about to be seated.
    pub new_seat_role: Option<Role>,
}

/// What the inspector asks of the app besides edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InspectorAction {
    /// Nothing.
    None,
    /// Close the inspector.
    Close,
}

/// Draws the inspector for `track` (lane `number`), where it stands on the
/// board being edited (`lane`).
#[expect(
    clippy::too_many_arguments,
    reason = "the track's definition, its place on the board and the panel's own state"
)]
pub fn inspector_ui(
    ui: &mut Ui,
    session: &Session,
    track: &Track,
    number: usize,
    lane: &TrackState,
    state: &mut InspectorState,
    theme: &Theme,
    commands: &mut Vec<Command>,
) -> InspectorAction {
    let language = lang_of(ui.ctx());
    let mut action = InspectorAction::None;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(tr!(language, "board-inspector-heading", number = number))
                .font(theme.heading.clone())
                .color(theme.text)
                .strong(),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(tr!(language, "board-inspector-close"))
                .on_hover_text(tr!(language, "board-inspector-close-tooltip"))
                .clicked()
            {
                action = InspectorAction::Close;
            }
        });
    });
    ui.add(
        egui::Label::new(RichText::new(track.summary.get(language)).color(theme.text_weak)).wrap(),
    );
    source_ui(
        ui,
        &track.source,
        &session.attribution,
        track.name.get(language),
        theme,
    );
    ui.separator();
    if track.name.is_blank() || track.milestones.iter().any(|m| m.name.is_blank()) {
        missing_name_warning_ui(ui, theme);
    }

    let id = track.id.clone();
    Grid::new(("inspector-grid", id.as_str()))
        .num_columns(2)
        .spacing([8.0, 6.0])
        .striped(false)
        .show(ui, |ui| {
            if let Some(name) = text_row_ui(
                ui,
                &tr!(language, "board-inspector-name"),
                track.name.exact(language),
                hint(
                    &track.name,
                    language,
                    &tr!(language, "board-inspector-name-hint"),
                ),
                &tr!(language, "board-inspector-name-field"),
                None,
            ) {
                commands.push(
                    SessionEdit::RenameTrack {
                        track: id.clone(),
                        lang: language,
                        name,
                    }
                    .into(),
                );
            }
            if let Some(format) = text_row_ui(
                ui,
                &tr!(language, "board-inspector-format"),
                track.format.exact(language),
                hint(
                    &track.format,
                    language,
                    &tr!(language, "board-inspector-format-hint"),
                ),
                &tr!(language, "board-inspector-format-field"),
                Some(track.format_explained.get(language)),
            ) {
                commands.push(
                    SessionEdit::SetTrackFormat {
                        track: id.clone(),
                        lang: language,
                        format,
                    }
                    .into(),
                );
            }

            ui.label(tr!(language, "board-inspector-status"));
            if let Some(status) = choice_ui(
                ui,
                ("inspector-status", id.as_str()),
                &tr!(language, "board-inspector-status-field"),
                lane.status,
                &TrackStatus::ALL,
                TrackStatus::message_id,
                Some(TrackStatus::explanation_id),
            ) {
                commands.push(
                    BoardEdit::SetTrackStatus {
                        track: id.clone(),
                        status,
                    }
                    .into(),
                );
            }
            ui.end_row();

            ui.label(tr!(language, "board-inspector-weight"))
                .on_hover_text(tr!(language, "board-inspector-weight-tooltip"));
            let mut weight = track.weight;
            let response = ui.name_inputs(tr!(language, "board-inspector-weight-field"), |ui| {
                ui.add(
                    egui::DragValue::new(&mut weight)
                        .range(0.0..=10.0)
                        .speed(0.05)
                        .max_decimals(2),
                )
            });
            if response.changed() {
                commands.push(
                    SessionEdit::SetTrackWeight {
                        track: id.clone(),
                        weight,
                    }
                    .into(),
                );
            }
            ui.end_row();
        });

    ui.add_space(6.0);
    ui.label(RichText::new(tr!(language, "board-inspector-notes")).strong());
    let mut notes = track.notes.exact(language).to_owned();
    let response = ui.add(
        TextEdit::multiline(&mut notes)
            .desired_rows(3)
            .desired_width(f32::INFINITY)
            .hint_text(hint(
                &track.notes,
                language,
                &tr!(language, "board-inspector-notes-hint"),
            )),
    );
    name_field(&response, &tr!(language, "board-inspector-notes-field"));
    if response.changed() {
        commands.push(
            SessionEdit::SetTrackNotes {
                track: id.clone(),
                lang: language,
                notes,
            }
            .into(),
        );
    }

    ui.add_space(6.0);
    milestones_ui(ui, session, track, lane, state, theme, commands);
    ui.add_space(6.0);
    seats_ui(ui, session, track, lane, state, theme, commands);

    if !track.precedents.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(tr!(language, "board-inspector-precedents")).strong());
        for (index, precedent) in track.precedents.iter().enumerate() {
            ui.add(
                egui::Label::new(tr!(
                    language,
                    "board-bullet",
                    item = precedent.text.get(language)
                ))
                .wrap(),
            );
            let item = tr!(language, "about-item-precedent", number = index + 1);
            source_ui(ui, &precedent.source, &session.attribution, &item, theme);
        }
    }
    action
}

/// The hint of an edit field for `text` in `lang`: the other language's
/// text when `lang` has none (what the board shows meanwhile), else `hint`.
fn hint<'a>(text: &'a Text, lang: Lang, hint: &'a str) -> &'a str {
    let shown = text.get(lang);
    if shown.is_empty() { hint } else { shown }
}

/// One labelled single-line text row of the inspector grid; returns the
/// new text when the user changed it.
fn text_row_ui(
    ui: &mut Ui,
    label: &str,
    value: &str,
    hint: &str,
    accessible_name: &str,
    tooltip: Option<&str>,
) -> Option<String> {
    let label = ui.label(label);
    if let Some(tooltip) = tooltip {
        label.on_hover_text(tooltip);
    }
    let mut text = value.to_owned();
    let response = ui.add(
        TextEdit::singleline(&mut text)
            .desired_width(f32::INFINITY)
            .hint_text(hint),
    );
    name_field(&response, accessible_name);
    ui.end_row();
    response.changed().then_some(text)
}

fn milestones_ui(
    ui: &mut Ui,
    session: &Session,
    track: &Track,
    lane: &TrackState,
    state: &mut InspectorState,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let language = lang_of(ui.ctx());
    ui.label(RichText::new(tr!(language, "board-inspector-milestones")).strong())
        .on_hover_text(tr!(language, "board-inspector-milestones-tooltip"));
    let id = &track.id;
    for (index, milestone) in track.milestones.iter().enumerate() {
        ui.horizontal(|ui| {
            let mut name = milestone.name.exact(language).to_owned();
            let mut position_pct = milestone.position_pct;
            let mut changed = false;
            // Reached is a rule, not a setting: the sign is reached once the
            // vehicle is at or past it. Shown, never edited.
            let reached = milestone.is_reached(lane.progress_pct);
            let (mark, colour, words) = if reached {
                (
                    "✔",
                    theme.good,
                    tr!(
                        language,
                        "board-inspector-milestone-reached",
                        number = index + 1
                    ),
                )
            } else {
                (
                    "○",
                    theme.text_weak,
                    tr!(
                        language,
                        "board-inspector-milestone-ahead",
                        number = index + 1
                    ),
                )
            };
            let mark = ui
                .label(RichText::new(mark).color(colour))
                .on_hover_text(tr!(language, "board-inspector-milestone-mark-tooltip"));
            mark.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &words));
            let response = ui.add(
                TextEdit::singleline(&mut name)
                    .hint_text(hint(&milestone.name, language, ""))
                    .desired_width(ui.available_width() - 110.0),
            );
            name_field(
                &response,
                &tr!(
                    language,
                    "board-inspector-milestone-name",
                    number = index + 1
                ),
            );
            changed |= response.changed();
            changed |= ui
                .name_inputs(
                    tr!(
                        language,
                        "board-inspector-milestone-position",
                        number = index + 1
                    ),
                    |ui| {
                        ui.add(
                            egui::DragValue::new(&mut position_pct)
                                .range(0.0..=100.0)
                                .suffix("%")
                                .max_decimals(0),
                        )
                    },
                )
                .changed();
            if changed {
                commands.push(
                    SessionEdit::EditMilestone {
                        track: id.clone(),
                        milestone: milestone.id.clone(),
                        lang: language,
                        name,
                        position_pct,
                    }
                    .into(),
                );
            }
            let remove = ui
                .button("🗑")
                .on_hover_text(tr!(language, "board-inspector-milestone-remove-tooltip"));
            remove.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    tr!(
                        language,
                        "board-inspector-milestone-remove",
                        number = index + 1
                    ),
                )
            });
            if remove.clicked() {
                commands.push(
                    SessionEdit::RemoveMilestone {
                        track: id.clone(),
                        milestone: milestone.id.clone(),
                    }
                    .into(),
                );
            }
        });
        let item = tr!(language, "about-item-milestone", number = index + 1);
        ui.indent(("milestone-source", index), |ui| {
            source_ui(ui, &milestone.source, &session.attribution, &item, theme);
        });
    }
    ui.horizontal(|ui| {
        let response = ui.add(
            TextEdit::singleline(&mut state.new_milestone_name)
                .hint_text(tr!(language, "board-inspector-new-milestone-hint"))
                .desired_width(ui.available_width() - 110.0),
        );
        name_field(
            &response,
            &tr!(language, "board-inspector-new-milestone-name"),
        );
        ui.name_inputs(
            tr!(language, "board-inspector-new-milestone-position"),
            |ui| {
                ui.add(
                    egui::DragValue::new(&mut state.new_milestone_pct)
                        .range(0.0..=100.0)
                        .suffix("%")
                        .max_decimals(0),
                )
            },
        );
        let can_add = !state.new_milestone_name.trim().is_empty();
        let add = ui
            .add_enabled(
                can_add,
                egui::Button::new(tr!(language, "board-inspector-add")),
            )
            .on_hover_text(tr!(language, "board-inspector-add-milestone-tooltip"));
        add.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                can_add,
                tr!(language, "board-inspector-add-milestone"),
            )
        });
        let pressed_enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if can_add && (add.clicked() || pressed_enter) {
            let position_pct = state.new_milestone_pct;
            commands.push(
                SessionEdit::AddMilestone {
                    track: id.clone(),
                    lang: language,
                    name: state.new_milestone_name.trim().to_owned(),
                    position_pct,
                }
                .into(),
            );
            state.new_milestone_name.clear();
        }
    });
}

fn seats_ui(
    ui: &mut Ui,
    session: &Session,
    track: &Track,
    lane: &TrackState,
    state: &mut InspectorState,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let language = lang_of(ui.ctx());
    ui.label(RichText::new(tr!(language, "board-inspector-participants")).strong())
        .on_hover_text(tr!(language, "board-inspector-participants-tooltip"));
    let id = &track.id;
    for seat in &lane.seats {
        let Some(participant) = session.participant(&seat.participant) else {
            continue;
        };
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(64.0, 20.0), egui::Sense::hover());
            paint_chip(ui.painter(), rect, participant, seat.role, false, theme);
            if let Some(role) = choice_ui(
                ui,
                ("seat-role", id.as_str(), participant.id.as_str()),
                &tr!(
                    language,
                    "board-inspector-role-field",
                    participant = participant.short_label.get(language)
                ),
                seat.role,
                &Role::ALL,
                Role::message_id,
                Some(Role::explanation_id),
            ) {
                commands.push(
                    BoardEdit::SetSeatRole {
                        track: id.clone(),
                        participant: participant.id.clone(),
                        role,
                    }
                    .into(),
                );
            }
            let remove = ui
                .button(tr!(language, "board-inspector-remove"))
                .on_hover_text(tr!(
                    language,
                    "board-inspector-remove-seat-tooltip",
                    participant = participant.full_name.get(language)
                ));
            remove.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    tr!(
                        language,
                        "board-inspector-remove-seat",
                        participant = participant.short_label.get(language)
                    ),
                )
            });
            if remove.clicked() {
                commands.push(
                    BoardEdit::RemoveSeat {
                        track: id.clone(),
                        participant: participant.id.clone(),
                    }
                    .into(),
                );
            }
        });
        let item = tr!(
            language,
            "about-item-seat",
            participant = participant.short_label.get(language)
        );
        source_ui(ui, &seat.source, &session.attribution, &item, theme);
    }

    let free: Vec<_> = session
        .participants
        .iter()
        .filter(|p| lane.seat(&p.id).is_none())
        .collect();
    if free.is_empty() {
        return;
    }
    if state
        .new_seat
        .as_ref()
        .is_none_or(|p| lane.seat(p).is_some() || session.participant(p).is_none())
    {
        state.new_seat = free.first().map(|p| p.id.clone());
    }
    let role = state.new_seat_role.get_or_insert(Role::Negotiator);
    ui.horizontal(|ui| {
        let selected_name = state
            .new_seat
            .as_ref()
            .and_then(|p| session.participant(p))
            .map_or("—", |p| p.short_label.get(language));
        ui.name_inputs(tr!(language, "board-inspector-new-seat-field"), |ui| {
            egui::ComboBox::from_id_salt(("new-seat", id.as_str()))
                .selected_text(selected_name)
                .show_ui(ui, |ui| {
                    for participant in &free {
                        ui.selectable_value(
                            &mut state.new_seat,
                            Some(participant.id.clone()),
                            participant.short_label.get(language),
                        )
                        .on_hover_text(participant.full_name.get(language));
                    }
                });
        });
        if let Some(chosen) = choice_ui(
            ui,
            ("new-seat-role", id.as_str()),
            &tr!(language, "board-inspector-new-seat-role-field"),
            *role,
            &Role::ALL,
            Role::message_id,
            Some(Role::explanation_id),
        ) {
            *role = chosen;
        }
        let add = ui
            .button(tr!(language, "board-inspector-add"))
            .on_hover_text(tr!(language, "board-inspector-add-seat-tooltip"));
        add.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                tr!(language, "board-inspector-add-seat"),
            )
        });
        if add.clicked()
            && let Some(participant) = state.new_seat.clone()
        {
            commands.push(
                BoardEdit::AddSeat {
                    track: id.clone(),
                    participant,
                    role: *role,
                    at: None,
                }
                .into(),
            );
        }
    });
}

/// Names are required in a session file; say so while one is blank rather
/// than only when saving fails.
pub fn missing_name_warning_ui(ui: &mut Ui, theme: &Theme) {
    ui.label(RichText::new(tr!(lang_of(ui.ctx()), "board-missing-name")).color(theme.hazard));
}
