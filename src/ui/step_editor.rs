//! The editor of the step on screen, beside the timeline strip: its title,
//! date label and notes in the UI's language (typing in one field is one
//! undo step, as in the inspector), moving it earlier or later in the
//! story (the keyboard's way to reorder), and deleting it.

use egui::{RichText, TextEdit, Ui};

use super::Theme;
use super::name_field;
use super::source::illustrative_mark_ui;
use super::timeline::TimelineAction;
use crate::command::{Command, ScenarioEdit, StepField};
use crate::i18n::{Lang, lang_of};
use crate::model::{Scenario, Step, Text};
use crate::tr;

/// The hint of an empty field: the other language's text when it has
/// some (what a translation would replace), else `hint`.
fn hint<'a>(text: &'a Text, lang: Lang, hint: &'a str) -> &'a str {
    let shown = text.get(lang);
    if shown.is_empty() { hint } else { shown }
}

/// Draws the editor of `step`, the one at `index` in `scenario`. Edits go
/// to `commands`; deleting to `actions` (the timeline then shows a
/// neighbour and says how to undo).
pub fn step_editor_ui(
    ui: &mut Ui,
    scenario: &Scenario,
    index: usize,
    step: &Step,
    theme: &Theme,
    actions: &mut Vec<TimelineAction>,
    commands: &mut Vec<Command>,
) {
    let lang = lang_of(ui.ctx());
    let count = scenario.steps.len();
    let move_to = |to: usize| -> Command {
        ScenarioEdit::MoveStep {
            scenario: scenario.id.clone(),
            step: step.id.clone(),
            to,
        }
        .into()
    };
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(tr!(
                lang,
                "step-editor-heading",
                number = index + 1,
                count = count
            ))
            .strong(),
        );
        if step.source.is_illustrative() {
            illustrative_mark_ui(ui, theme);
        }
        if ui
            .add_enabled(index > 0, egui::Button::new(tr!(lang, "step-move-earlier")))
            .on_hover_text(tr!(lang, "step-move-earlier-tooltip"))
            .clicked()
        {
            commands.push(move_to(index - 1));
        }
        if ui
            .add_enabled(
                index + 1 < count,
                egui::Button::new(tr!(lang, "step-move-later")),
            )
            .on_hover_text(tr!(lang, "step-move-later-tooltip"))
            .clicked()
        {
            commands.push(move_to(index + 1));
        }
        if ui
            .button(tr!(lang, "step-delete"))
            .on_hover_text(tr!(lang, "step-delete-tooltip"))
            .clicked()
        {
            actions.push(TimelineAction::DeleteStep {
                scenario: scenario.id.clone(),
                step: step.id.clone(),
            });
        }
    });
    let edit = |field: StepField, text: String| -> Command {
        ScenarioEdit::EditStep {
            scenario: scenario.id.clone(),
            step: step.id.clone(),
            field,
            lang,
            text,
        }
        .into()
    };
    ui.horizontal(|ui| {
        ui.label(tr!(lang, "step-title"));
        let date_width = ui.spacing().text_edit_width * 0.5;
        let mut title = step.title.exact(lang).to_owned();
        let title_width = (ui.available_width()
            - date_width
            - ui.spacing().item_spacing.x * 3.0
            - ui.spacing().interact_size.x)
            .max(date_width);
        let response = ui.add(
            TextEdit::singleline(&mut title)
                .desired_width(title_width)
                .hint_text(hint(&step.title, lang, &tr!(lang, "step-title-hint"))),
        );
        name_field(&response, &tr!(lang, "step-title-field"));
        if response.changed() {
            commands.push(edit(StepField::Title, title));
        }
        ui.label(tr!(lang, "step-date"));
        let mut date = step.date.exact(lang).to_owned();
        let response = ui.add(
            TextEdit::singleline(&mut date)
                .desired_width(date_width)
                .hint_text(hint(&step.date, lang, &tr!(lang, "step-date-hint"))),
        );
        name_field(&response, &tr!(lang, "step-date-field"));
        if response.changed() {
            commands.push(edit(StepField::Date, date));
        }
    });
    let mut notes = step.notes.exact(lang).to_owned();
    // Long notes scroll inside the field: the timeline keeps its height,
    // and the board its room.
    let response = egui::ScrollArea::vertical()
        .id_salt(("step-notes", step.id.as_str()))
        .max_height(theme.step_notes_height)
        .show(ui, |ui| {
            ui.add(
                TextEdit::multiline(&mut notes)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY)
                    .hint_text(hint(&step.notes, lang, &tr!(lang, "step-notes-hint"))),
            )
        })
        .inner;
    name_field(&response, &tr!(lang, "step-notes-field"));
    if response.changed() {
        commands.push(edit(StepField::Notes, notes));
    }
}
