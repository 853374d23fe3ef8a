//! The participants window (Edit ▸ Participants…): every participant with
//! its label, full name, kind and colour; adding one; and asking to remove
//! one, saying first where it sits.

use egui::{Grid, RichText, TextEdit, Ui};

use super::chip::paint_chip;
use super::modals::Modal;
use super::theme::Theme;
use super::{choice_ui, in_both_languages, name_field, value_label};
use crate::command::{Command, SessionEdit};
use crate::i18n::{Lang, lang_of};
use crate::model::{Participant, ParticipantId, ParticipantKind, Rgb, Role, Session, Text};
use crate::tr;

/// Whether the participants window is shown, and the participant being
/// written before it is added (transient UI state).
#[derive(Clone, Debug)]
pub struct ParticipantsWindow {
    /// Whether the window is shown.
    pub open: bool,
    /// The new participant's short label, as typed.
    pub new_label: String,
    /// The new participant's full name, as typed.
    pub new_full_name: String,
    /// The new participant's kind.
    pub new_kind: ParticipantKind,
    /// The new participant's colour, once the user picked one (until then
    /// the first palette colour nobody has).
    pub new_colour: Option<Rgb>,
    /// Put the keyboard in the short label field on the next frame.
    pub focus_label: bool,
}

impl ParticipantsWindow {
    /// Opens the window ready to add a participant: the keyboard in the
    /// short label field (the palette's "Add participant…").
    pub fn open_to_add(&mut self) {
        self.open = true;
        self.focus_label = true;
    }
}

impl Default for ParticipantsWindow {
    fn default() -> Self {
        Self {
            open: false,
            new_label: String::new(),
            new_full_name: String::new(),
            new_kind: ParticipantKind::State,
            new_colour: None,
            focus_label: false,
        }
    }
}

/// Draws the participants window while it is open. Edits go onto
/// `commands`; a participant the user asked to remove is returned, for the
/// app to confirm ([`removal`]).
pub fn participants_window_ui(
    ui: &Ui,
    window: &mut ParticipantsWindow,
    session: &Session,
    theme: &Theme,
    commands: &mut Vec<Command>,
) -> Option<ParticipantId> {
    if !window.open {
        return None;
    }
    let lang = lang_of(ui.ctx());
    let mut open = true;
    let mut close_clicked = false;
    let mut remove = None;
    egui::Window::new(tr!(lang, "edit-participants-title"))
        .id(egui::Id::unique("participants-window"))
        .open(&mut open)
        .collapsible(false)
        .resizable(true)
        .default_width(theme.participants_width)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ui.ctx().content_rect().center())
        .show(ui.ctx(), |ui| {
            egui::ScrollArea::vertical()
                .max_height(ui.ctx().content_rect().height() * theme.about_max_screen_share * 0.5)
                .show(ui, |ui| {
                    remove = participant_list_ui(ui, session, theme);
                });
            ui.separator();
            new_participant_ui(ui, window, session, theme, commands);
            ui.separator();
            close_clicked = ui
                .button(tr!(lang, "edit-participants-close"))
                .on_hover_text(tr!(lang, "edit-participants-close-tooltip"))
                .clicked();
        });
    if close_clicked || !open {
        window.open = false;
    }
    remove
}

/// One row per participant: chip, label, full name, kind, and Remove….
/// Returns the participant whose Remove… was clicked.
fn participant_list_ui(ui: &mut Ui, session: &Session, theme: &Theme) -> Option<ParticipantId> {
    let lang = lang_of(ui.ctx());
    let mut remove = None;
    if session.participants.is_empty() {
        ui.label(RichText::new(tr!(lang, "edit-participants-none")).color(theme.text_weak));
        return None;
    }
    Grid::new("participants-grid")
        .num_columns(4)
        .spacing([8.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for participant in &session.participants {
                let label = participant.short_label.get(lang);
                let (rect, chip) =
                    ui.allocate_exact_size(theme.help_chip_size, egui::Sense::hover());
                paint_chip(
                    ui.painter(),
                    rect,
                    participant,
                    Role::Negotiator,
                    false,
                    theme,
                );
                let seats = seat_summary(session, &participant.id, lang);
                chip.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Label,
                        true,
                        tr!(
                            lang,
                            "edit-participants-row",
                            participant = label,
                            name = participant.full_name.get(lang),
                            kind = value_label(lang, participant.kind.message_id()),
                            seats = seats.clone()
                        ),
                    )
                });
                ui.label(participant.full_name.get(lang));
                ui.label(RichText::new(value_label(lang, participant.kind.message_id())).weak())
                    .on_hover_text(seats);
                let button = ui
                    .button(tr!(lang, "edit-participants-remove"))
                    .on_hover_text(tr!(
                        lang,
                        "edit-participants-remove-tooltip",
                        participant = participant.full_name.get(lang)
                    ));
                button.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        tr!(lang, "edit-participants-remove-named", participant = label),
                    )
                });
                if button.clicked() {
                    remove = Some(participant.id.clone());
                }
                ui.end_row();
            }
        });
    remove
}

/// The form that adds a participant: short label, full name, kind and a
/// colour from the theme's palette.
fn new_participant_ui(
    ui: &mut Ui,
    window: &mut ParticipantsWindow,
    session: &Session,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let lang = lang_of(ui.ctx());
    ui.label(RichText::new(tr!(lang, "edit-participants-new")).strong());
    let colour = window
        .new_colour
        .unwrap_or_else(|| first_free_colour(session));
    Grid::new("new-participant-grid")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            ui.label(tr!(lang, "edit-participants-label"));
            let response = ui.add(
                TextEdit::singleline(&mut window.new_label)
                    .hint_text(tr!(lang, "edit-participants-label-hint"))
                    .desired_width(f32::INFINITY),
            );
            name_field(&response, &tr!(lang, "edit-participants-label-field"));
            if std::mem::take(&mut window.focus_label) {
                response.request_focus();
            }
            ui.end_row();

            ui.label(tr!(lang, "edit-participants-full-name"));
            let response = ui.add(
                TextEdit::singleline(&mut window.new_full_name)
                    .hint_text(tr!(lang, "edit-participants-full-name-hint"))
                    .desired_width(f32::INFINITY),
            );
            name_field(&response, &tr!(lang, "edit-participants-full-name-field"));
            ui.end_row();

            ui.label(tr!(lang, "edit-participants-kind"));
            if let Some(kind) = choice_ui(
                ui,
                ("participants-window", "new-kind"),
                &tr!(lang, "edit-participants-kind-field"),
                window.new_kind,
                &ParticipantKind::ALL,
                ParticipantKind::message_id,
                None,
            ) {
                window.new_kind = kind;
            }
            ui.end_row();

            ui.label(tr!(lang, "edit-participants-colour"));
            ui.horizontal_wrapped(|ui| {
                for (index, candidate) in Theme::PARTICIPANT_PALETTE.into_iter().enumerate() {
                    if colour_swatch_ui(
                        ui,
                        session,
                        candidate,
                        index + 1,
                        candidate == colour,
                        theme,
                    ) {
                        window.new_colour = Some(candidate);
                    }
                }
            });
            ui.end_row();
        });

    let label = window.new_label.trim();
    // The full name is optional: the label stands in for it.
    let full_name = Some(window.new_full_name.trim())
        .filter(|name| !name.is_empty())
        .unwrap_or(label);
    let can_add = !label.is_empty();
    let add = ui
        .add_enabled(
            can_add,
            egui::Button::new(tr!(lang, "edit-participants-add")),
        )
        .on_hover_text(tr!(lang, "edit-participants-add-tooltip"))
        .on_disabled_hover_text(tr!(lang, "edit-participants-add-disabled"));
    if can_add && add.clicked() {
        commands.push(
            SessionEdit::AddParticipant {
                participant: Box::new(Participant {
                    // A fresh id is given when it is added.
                    id: session.fresh_participant_id(),
                    short_label: in_one_language(lang, label),
                    full_name: in_one_language(lang, full_name),
                    colour,
                    kind: window.new_kind,
                }),
            }
            .into(),
        );
        window.new_label.clear();
        window.new_full_name.clear();
        window.new_colour = None;
    }
}

/// One selectable colour of the palette, named for screen readers by its
/// number and who has it already. Returns true when clicked.
fn colour_swatch_ui(
    ui: &mut Ui,
    session: &Session,
    colour: Rgb,
    number: usize,
    selected: bool,
    theme: &Theme,
) -> bool {
    let lang = lang_of(ui.ctx());
    let (rect, response) = ui.allocate_exact_size(theme.colour_swatch_size, egui::Sense::click());
    let fill = Theme::participant_colour(colour);
    let painter = ui.painter();
    painter.rect_filled(rect, theme.road_rounding, fill);
    if selected {
        painter.rect_stroke(
            rect.expand(theme.selection_width),
            theme.road_rounding,
            egui::Stroke::new(theme.selection_width, theme.selection),
            egui::StrokeKind::Outside,
        );
    }
    if response.has_focus() {
        painter.rect_stroke(
            rect,
            theme.road_rounding,
            ui.visuals().selection.stroke,
            egui::StrokeKind::Inside,
        );
    }
    let users: Vec<_> = session
        .participants
        .iter()
        .filter(|p| p.colour == colour)
        .map(|p| p.short_label.get(lang))
        .collect();
    let words = if users.is_empty() {
        tr!(lang, "edit-colour-free", number = number)
    } else {
        tr!(
            lang,
            "edit-colour-used",
            number = number,
            participants = users.join(", ")
        )
    };
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &words));
    let clicked = response.clicked();
    response.on_hover_text(words);
    clicked
}

/// The first palette colour no participant of `session` has (the first
/// colour when every one is taken).
pub fn first_free_colour(session: &Session) -> Rgb {
    Theme::PARTICIPANT_PALETTE
        .into_iter()
        .find(|c| session.participants.iter().all(|p| p.colour != *c))
        .unwrap_or(Theme::PARTICIPANT_PALETTE[0])
}

fn in_one_language(lang: Lang, text: &str) -> Text {
    let mut result = Text::default();
    result.set(lang, text);
    result
}

/// The lanes of the live board where `participant` sits, lane number and
/// name: "2 Economic measures, 4 General security".
fn live_lanes(session: &Session, participant: &ParticipantId, lang: Lang) -> Vec<String> {
    session
        .tracks
        .iter()
        .enumerate()
        .filter(|(_, track)| {
            session
                .board
                .track(&track.id)
                .is_some_and(|state| state.seat(participant).is_some())
        })
        .map(|(index, track)| {
            tr!(
                lang,
                "edit-lane-named",
                number = index + 1,
                track = track.name.get(lang)
            )
        })
        .collect()
}

/// How many steps of each scenario seat `participant` somewhere, for the
/// scenarios where any does.
fn steps_seating<'a>(
    session: &'a Session,
    participant: &ParticipantId,
) -> Vec<(&'a crate::model::Scenario, usize)> {
    session
        .scenarios
        .iter()
        .map(|scenario| {
            let count = scenario
                .steps
                .iter()
                .filter(|step| {
                    step.board
                        .tracks
                        .iter()
                        .any(|state| state.seat(participant).is_some())
                })
                .count();
            (scenario, count)
        })
        .filter(|(_, count)| *count > 0)
        .collect()
}

/// A short note of where a participant sits, for its row's tooltip.
fn seat_summary(session: &Session, participant: &ParticipantId, lang: Lang) -> String {
    let lanes = live_lanes(session, participant, lang);
    if lanes.is_empty() {
        tr!(lang, "edit-participants-sits-nowhere")
    } else {
        tr!(lang, "edit-participants-sits", lanes = lanes.join(", "))
    }
}

/// Where `participant` sits, in one sentence: "China sits at: 2 Peace
/// regime, 4 Security; and in 5 steps of “The proposal's story”". `None`
/// when it has no seat on any board (the live one or a step's).
pub fn where_it_sits(session: &Session, participant: &ParticipantId, lang: Lang) -> Option<String> {
    let name = session.participant(participant)?.short_label.get(lang);
    let lanes = live_lanes(session, participant, lang);
    let steps = steps_seating(session, participant);
    if lanes.is_empty() && steps.is_empty() {
        return None;
    }
    let mut sentence = if lanes.is_empty() {
        tr!(lang, "edit-sits-nowhere-live", participant = name)
    } else {
        tr!(
            lang,
            "edit-sits-at",
            participant = name,
            lanes = lanes.join(", ")
        )
    };
    for (scenario, count) in steps {
        sentence.push_str(&tr!(
            lang,
            "edit-sits-in-steps",
            count = count,
            scenario = scenario.name.get(lang)
        ));
    }
    Some(sentence)
}

/// On how many boards (the live one and every step's) `participant` is a
/// ratifier of the border agreement.
fn ratifying_boards(session: &Session, participant: &ParticipantId) -> usize {
    session
        .boards()
        .filter(|board| board.ratification(participant).is_some())
        .count()
}

/// What removing `participant` asks first: a confirmation saying where it
/// sits (and that it ratifies, if it does), or `None` when it has no seat
/// and no ratification on any board — then nothing but the participant
/// itself goes, so the app removes it at once and Undo brings it back.
pub fn removal(session: &Session, participant: &ParticipantId) -> Option<Modal> {
    let found = session.participant(participant)?;
    let ratifies = ratifying_boards(session, participant);
    let mut lines = Vec::new();
    if where_it_sits(session, participant, Lang::En).is_some() {
        lines.push(in_both_languages(|lang| {
            where_it_sits(session, participant, lang).unwrap_or_default()
        }));
    }
    if ratifies > 0 {
        lines.push(in_both_languages(|lang| {
            tr!(
                lang,
                "edit-sits-ratifier",
                participant = found.short_label.get(lang),
                count = ratifies
            )
        }));
    }
    if lines.is_empty() {
        return None;
    }
    lines.push(in_both_languages(|lang| {
        tr!(
            lang,
            "edit-remove-participant-consequence",
            participant = found.short_label.get(lang)
        )
    }));
    Some(Modal::ConfirmRemoval {
        title: in_both_languages(|lang| {
            tr!(
                lang,
                "edit-remove-participant-title",
                participant = found.short_label.get(lang)
            )
        }),
        lines,
        confirm: in_both_languages(|lang| {
            tr!(
                lang,
                "edit-remove-participant-confirm",
                participant = found.short_label.get(lang)
            )
        }),
        edit: SessionEdit::RemoveParticipant {
            participant: participant.clone(),
        },
    })
}
