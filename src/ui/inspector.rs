//! The track inspector: edit the selected track's name, format, status,
//! weight, notes, milestones and participants; move its lane, add a track
//! below it or remove it. Everything a drag does on the board can be done
//! here by keyboard and screen reader: move a seat to another track or
//! along its table, seat a participant, take one off, move the lane, move
//! the vehicle to a milestone.

use egui::{Grid, RichText, TextEdit, Ui};

use super::chip::paint_chip;
use super::source::source_ui;
use super::theme::Theme;
use super::ui_command::UiCommand;
use super::{choice_ui, name_field};
use crate::command::{BoardEdit, Command, SessionEdit};
use crate::i18n::lang_of;
use crate::model::{
    Board, Lang, ParticipantId, Role, Session, Text, Track, TrackState, TrackStatus,
};
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
    /// Put the keyboard in the name field on the next frame (a track was
    /// just added: its name is what the user types next).
    pub focus_name: bool,
}

/// What the inspector asks of the app besides edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InspectorAction {
    /// Nothing.
    None,
    /// Close the inspector.
    Close,
    /// Run an app command on the track shown (move its lane, add a track
    /// below it, ask to remove it).
    Run(UiCommand),
}

/// Draws the inspector for `track` (lane `number`), where it stands on the
/// board being edited (`board`, whose entry for it is `lane`).
#[expect(
    clippy::too_many_arguments,
    reason = "the track's definition, its place on the board and the panel's own state"
)]
pub fn inspector_ui(
    ui: &mut Ui,
    session: &Session,
    track: &Track,
    number: usize,
    board: &Board,
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
    if let Some(command) = lane_buttons_ui(ui, number, session.tracks.len()) {
        action = InspectorAction::Run(command);
    }
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
                std::mem::take(&mut state.focus_name),
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
                false,
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
    seats_ui(ui, session, track, board, lane, state, theme, commands);

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

/// The lane's own commands: move it up or down, add a track below it,
/// remove it. Returns the one clicked.
fn lane_buttons_ui(ui: &mut Ui, number: usize, lanes: usize) -> Option<UiCommand> {
    let language = lang_of(ui.ctx());
    let mut clicked = None;
    ui.horizontal_wrapped(|ui| {
        for (command, enabled, label) in [
            (UiCommand::MoveLaneUp, number > 1, None),
            (UiCommand::MoveLaneDown, number < lanes, None),
            (
                UiCommand::AddTrack,
                true,
                Some(tr!(language, "edit-inspector-add-track-below")),
            ),
            (UiCommand::RemoveTrack, true, None),
        ] {
            if command_button_ui(ui, command, enabled, label) {
                clicked = Some(command);
            }
        }
    });
    clicked
}

/// A button for an app command, labelled as in the menu (or `label`),
/// its tooltip naming its shortcut. Returns true when clicked.
fn command_button_ui(
    ui: &mut Ui,
    command: UiCommand,
    enabled: bool,
    label: Option<String>,
) -> bool {
    let language = lang_of(ui.ctx());
    let tooltip = match command.shortcut() {
        Some(shortcut) => tr!(
            language,
            "edit-tooltip-with-shortcut",
            tooltip = command.tooltip(language),
            shortcut = ui.ctx().format_shortcut(&shortcut)
        ),
        None => command.tooltip(language),
    };
    ui.add_enabled(
        enabled,
        egui::Button::new(label.unwrap_or_else(|| command.label(language))),
    )
    .on_hover_text(&tooltip)
    .on_disabled_hover_text(tooltip)
    .clicked()
}

/// One labelled single-line text row of the inspector grid; returns the
/// new text when the user changed it. `focus` puts the keyboard in it.
fn text_row_ui(
    ui: &mut Ui,
    label: &str,
    value: &str,
    hint: &str,
    accessible_name: &str,
    tooltip: Option<&str>,
    focus: bool,
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
    if focus {
        response.request_focus();
    }
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
                    .desired_width(ui.available_width() - 140.0),
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
            // The keyboard twin of releasing the vehicle on this sign.
            let at_sign = (lane.progress_pct - milestone.position_pct).abs() < 0.5;
            let go = ui
                .add_enabled(!at_sign, egui::Button::new("🚗"))
                .on_hover_text(tr!(
                    language,
                    "edit-milestone-go-tooltip",
                    pct = format!("{:.0}", milestone.position_pct)
                ))
                .on_disabled_hover_text(tr!(language, "edit-milestone-go-there"));
            go.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    !at_sign,
                    tr!(language, "edit-milestone-go", number = index + 1),
                )
            });
            if go.clicked() {
                commands.push(
                    BoardEdit::SetProgress {
                        track: id.clone(),
                        progress_pct: milestone.position_pct,
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

#[expect(
    clippy::too_many_arguments,
    reason = "the track's definition, the board, its place on it and the panel's own state"
)]
fn seats_ui(
    ui: &mut Ui,
    session: &Session,
    track: &Track,
    board: &Board,
    lane: &TrackState,
    state: &mut InspectorState,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let language = lang_of(ui.ctx());
    ui.label(RichText::new(tr!(language, "board-inspector-participants")).strong())
        .on_hover_text(tr!(language, "board-inspector-participants-tooltip"));
    let id = &track.id;
    for (index, seat) in lane.seats.iter().enumerate() {
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
        ui.indent(("seat-moves", index), |ui| {
            seat_moves_ui(
                ui,
                session,
                track,
                board,
                participant,
                index,
                lane.seats.len(),
                commands,
            );
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

/// The keyboard twins of dragging a chip: "Move to track…" (to another
/// lane's table) and earlier / later along this table. `index` is the
/// seat's place among the track's `seats` seats.
#[expect(
    clippy::too_many_arguments,
    reason = "the seat's place: session, track, board, participant, index, count"
)]
fn seat_moves_ui(
    ui: &mut Ui,
    session: &Session,
    track: &Track,
    board: &Board,
    participant: &crate::model::Participant,
    index: usize,
    seats: usize,
    commands: &mut Vec<Command>,
) {
    let language = lang_of(ui.ctx());
    let name = participant.short_label.get(language);
    let id = &participant.id;
    ui.horizontal(|ui| {
        let mut destination = None;
        let combo = ui.name_inputs(
            tr!(language, "edit-seat-move-to-field", participant = name),
            |ui| {
                egui::ComboBox::from_id_salt(("seat-move-to", track.id.as_str(), id.as_str()))
                    .selected_text(tr!(language, "edit-seat-move-to"))
                    .show_ui(ui, |ui| {
                        for (lane, other) in session.tracks.iter().enumerate() {
                            if other.id == track.id {
                                continue;
                            }
                            let seated = board
                                .track(&other.id)
                                .is_none_or(|state| state.seat(id).is_some());
                            let text = tr!(
                                language,
                                "edit-lane-named",
                                number = lane + 1,
                                track = other.name.get(language)
                            );
                            let response = ui
                                .add_enabled(!seated, egui::Button::selectable(false, text))
                                .on_hover_text(tr!(
                                    language,
                                    "edit-seat-move-to-tooltip",
                                    participant = name,
                                    track = other.name.get(language)
                                ))
                                .on_disabled_hover_text(tr!(
                                    language,
                                    "edit-seat-already-there",
                                    participant = name
                                ));
                            if response.clicked() {
                                destination = Some(other.id.clone());
                            }
                        }
                    })
                    .response
            },
        );
        // After the name: a tooltip names a widget that has no name yet.
        combo.on_hover_text(tr!(language, "edit-seat-move-to-combo-tooltip"));
        if let Some(to) = destination {
            commands.push(
                BoardEdit::MoveSeat {
                    participant: id.clone(),
                    from: track.id.clone(),
                    to,
                    at: None,
                }
                .into(),
            );
        }
        for (arrow, later, enabled, label, tooltip) in [
            (
                "↑",
                false,
                index > 0,
                tr!(language, "edit-seat-earlier", participant = name),
                tr!(language, "edit-seat-earlier-tooltip"),
            ),
            (
                "↓",
                true,
                index + 1 < seats,
                tr!(language, "edit-seat-later", participant = name),
                tr!(language, "edit-seat-later-tooltip"),
            ),
        ] {
            let response = ui
                .add_enabled(enabled, egui::Button::new(arrow))
                .on_hover_text(&tooltip)
                .on_disabled_hover_text(tooltip);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &label));
            if response.clicked() {
                let at = if later {
                    index + 1
                } else {
                    index.saturating_sub(1)
                };
                commands.push(
                    BoardEdit::MoveSeat {
                        participant: id.clone(),
                        from: track.id.clone(),
                        to: track.id.clone(),
                        at: Some(at),
                    }
                    .into(),
                );
            }
        }
    });
}

/// Names are required in a session file; say so while one is blank rather
/// than only when saving fails.
pub fn missing_name_warning_ui(ui: &mut Ui, theme: &Theme) {
    ui.label(RichText::new(tr!(lang_of(ui.ctx()), "board-missing-name")).color(theme.hazard));
}

/// A new, empty track for `session`, named in `lang` with the first
/// "New track N" no track of the session is called yet; weight 1, no
/// milestones. (Its id is given when it is added.)
pub fn new_track(session: &Session, lang: Lang) -> Track {
    let taken = |name: &str| {
        session
            .tracks
            .iter()
            .any(|t| t.name.en == name || t.name.ko == name)
    };
    let name = (1..=session.tracks.len() + 1)
        .map(|number| tr!(lang, "edit-new-track-name", number = number))
        .find(|name| !taken(name))
        .unwrap_or_else(|| {
            tr!(
                lang,
                "edit-new-track-name",
                number = session.tracks.len() + 1
            )
        });
    let mut text = Text::default();
    text.set(lang, name);
    Track {
        id: session.fresh_track_id(),
        name: text,
        summary: Text::default(),
        source: crate::model::Source::Unstated,
        format: Text::default(),
        format_explained: Text::default(),
        weight: 1.0,
        milestones: Vec::new(),
        precedents: Vec::new(),
        notes: Text::default(),
    }
}

/// The edit that adds a new track below `selected` (as the last lane when
/// nothing is selected), named in `lang`, and the id it will have.
pub fn add_track(
    session: &Session,
    selected: Option<&crate::model::TrackId>,
    lang: Lang,
) -> (SessionEdit, crate::model::TrackId) {
    // A lane number is the index of the place below it.
    let at = selected.and_then(|id| session.lane_number(id));
    let track = new_track(session, lang);
    let id = track.id.clone();
    (
        SessionEdit::AddTrack {
            track: Box::new(track),
            at,
        },
        id,
    )
}

/// The edit that moves `selected` one lane up (or down), if it can move.
pub fn lane_move(
    session: &Session,
    selected: Option<&crate::model::TrackId>,
    up: bool,
) -> Option<SessionEdit> {
    let track = selected?.clone();
    let number = session.lane_number(&track)?;
    let to = if up {
        number.checked_sub(2)?
    } else if number < session.tracks.len() {
        number
    } else {
        return None;
    };
    Some(SessionEdit::MoveTrack { track, to })
}
