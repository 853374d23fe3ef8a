//! The inter-Korean border options beside the relief ladder: one card per
//! option with its status switchable in place, the armistice question, and
//! the US/China ratification chips.

use egui::{Frame, Margin, RichText, Role, Stroke, Ui, WidgetInfo};

use super::source::source_ui;
use super::theme::Theme;
use super::value_label;
use crate::command::{BoardEdit, Command, SessionEdit};
use crate::i18n::lang_of;
use crate::model::{Attribution, Board, BorderOption, BorderStatus, RatificationStatus, Session};
use crate::tr;

/// Draws the border option cards with their status on `board`, the
/// armistice question and its notes, and the ratifiers.
pub fn border_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let lang = lang_of(ui.ctx());
    ui.label(
        RichText::new(tr!(lang, "board-border-heading"))
            .font(theme.heading.clone())
            .color(theme.text)
            .strong(),
    )
    .on_hover_text(tr!(lang, "board-border-heading-tooltip"));
    ui.add_space(4.0);
    for option in &session.border.options {
        let status = board
            .border_status(&option.id)
            .unwrap_or(BorderStatus::OnTable);
        border_card_ui(ui, option, &session.attribution, status, theme, commands);
        ui.add_space(6.0);
    }
    armistice_ui(ui, session, theme, commands);
    ui.add_space(6.0);
    ratification_ui(ui, session, board, theme, commands);
}

fn border_card_ui(
    ui: &mut Ui,
    option: &BorderOption,
    attribution: &Attribution,
    option_status: BorderStatus,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let lang = lang_of(ui.ctx());
    let accent = theme.border_status_colour(option_status);
    let card = Frame::new()
        .fill(theme.card_fill)
        .stroke(Stroke::new(
            if option_status == BorderStatus::OnTable {
                1.0
            } else {
                2.0
            },
            accent,
        ))
        .corner_radius(6.0)
        .inner_margin(Margin::same(8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let strike = option_status == BorderStatus::Rejected;
            let mut name = RichText::new(option.name.get(lang))
                .font(theme.body.clone())
                .color(theme.text)
                .strong();
            if strike {
                name = name.strikethrough().color(theme.text_weak);
            }
            ui.add(egui::Label::new(name).wrap());
            source_ui(
                ui,
                &option.source,
                attribution,
                option.name.get(lang),
                theme,
            );
            ui.add(
                egui::Label::new(
                    RichText::new(option.summary.get(lang))
                        .font(theme.small.clone())
                        .color(theme.text),
                )
                .wrap(),
            );
            if !option.precedent.is_empty() {
                ui.add(
                    egui::Label::new(
                        RichText::new(tr!(
                            lang,
                            "board-border-precedent",
                            precedent = option.precedent.get(lang)
                        ))
                        .font(theme.small.clone())
                        .color(theme.text_weak),
                    )
                    .wrap(),
                );
            }
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 4.0;
                for status in BorderStatus::ALL {
                    let selected = option_status == status;
                    let status_label = value_label(lang, status.message_id());
                    let text = RichText::new(&status_label).font(theme.small.clone());
                    let text = if selected {
                        text.color(theme.text_on(theme.border_status_colour(status)))
                            .strong()
                    } else {
                        text
                    };
                    let mut button = egui::Button::selectable(selected, text);
                    if selected {
                        button = button.fill(theme.border_status_colour(status));
                    }
                    let response = ui.add(button);
                    // Name each toggle after its card so screen readers and tests can tell them apart.
                    let a11y = tr!(
                        lang,
                        "board-border-status-choice",
                        option = option.name.get(lang),
                        status = status_label.as_str()
                    );
                    response.widget_info(|| {
                        WidgetInfo::selected(Role::RadioButton, true, selected, &a11y)
                    });
                    if response.clicked() && !selected {
                        commands.push(
                            BoardEdit::SetBorderStatus {
                                option: option.id.clone(),
                                status,
                            }
                            .into(),
                        );
                    }
                }
            });
        });
    let label = tr!(
        lang,
        "board-border-option",
        option = option.name.get(lang),
        status = value_label(lang, option_status.message_id()).to_lowercase()
    );
    card.response
        .widget_info(|| WidgetInfo::labeled(Role::Group, true, &label));
}

fn armistice_ui(ui: &mut Ui, session: &Session, theme: &Theme, commands: &mut Vec<Command>) {
    let lang = lang_of(ui.ctx());
    let armistice = &session.border.armistice;
    let card = Frame::new()
        .fill(theme.card_fill)
        .stroke(Stroke::new(1.0, theme.hazard.gamma_multiply(0.7)))
        .corner_radius(6.0)
        .inner_margin(Margin::same(8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(tr!(lang, "board-armistice-heading"))
                    .font(theme.small.clone())
                    .color(theme.hazard)
                    .strong(),
            );
            ui.add(
                egui::Label::new(
                    RichText::new(armistice.question.get(lang))
                        .font(theme.small.clone())
                        .color(theme.text),
                )
                .wrap(),
            );
            // The notes are the user's own thinking on the question: edited
            // in place, every burst of typing one undo step.
            let mut notes = armistice.notes.exact(lang).to_owned();
            let response = ui.add(
                egui::TextEdit::multiline(&mut notes)
                    .id_salt("armistice-notes")
                    .font(theme.small.clone())
                    .hint_text(tr!(lang, "board-armistice-notes-hint"))
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            );
            super::name_field(&response, &tr!(lang, "board-armistice-notes"));
            if response.changed() {
                commands.push(SessionEdit::SetArmisticeNotes { lang, notes }.into());
            }
        });
    card.response.widget_info(|| {
        WidgetInfo::labeled(Role::Group, true, tr!(lang, "board-armistice-question"))
    });
}

fn ratification_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let lang = lang_of(ui.ctx());
    ui.label(
        RichText::new(tr!(lang, "board-ratified-by"))
            .font(theme.small.clone())
            .color(theme.text_weak),
    )
    .on_hover_text(tr!(lang, "board-ratified-by-tooltip"));
    ui.horizontal_wrapped(|ui| {
        for ratification in &board.ratifications {
            let Some(participant) = session.participant(&ratification.participant) else {
                continue;
            };
            let ratified = ratification.status == RatificationStatus::Ratified;
            let colour = Theme::participant_colour(participant.colour);
            let icon = if ratified { "✔" } else { "○" };
            let text = RichText::new(format!("{icon} {}", participant.short_label.get(lang)))
                .font(theme.small.clone())
                .color(theme.text_on(colour));
            let button = egui::Button::new(text)
                .fill(if ratified {
                    colour
                } else {
                    colour.gamma_multiply(0.45)
                })
                .stroke(Stroke::new(if ratified { 2.0 } else { 1.0 }, theme.text))
                .corner_radius(10.0);
            let response = ui.add(button);
            let status_label = value_label(lang, ratification.status.message_id());
            let label = tr!(
                lang,
                "board-ratification-label",
                participant = participant.short_label.get(lang),
                status = status_label.to_lowercase()
            );
            response.widget_info(|| WidgetInfo::selected(Role::CheckBox, true, ratified, &label));
            let response = response.on_hover_text(tr!(
                lang,
                "board-ratification-tooltip",
                participant = participant.full_name.get(lang),
                status = status_label.as_str()
            ));
            if response.clicked() {
                let status = if ratified {
                    RatificationStatus::Pending
                } else {
                    RatificationStatus::Ratified
                };
                commands.push(
                    BoardEdit::SetRatification {
                        participant: participant.id.clone(),
                        status,
                    }
                    .into(),
                );
            }
        }
    });
}
