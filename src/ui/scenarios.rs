//! The scenario bar at the head of the timeline: a picker of the
//! session's scenarios, and New, Duplicate, Rename (a field in place of the
//! picker) and Delete.
//!
//! Delete acts at once, without a confirmation window: undo restores the
//! scenario exactly, and the status bar says so and how. A window would ask
//! about something that cannot be lost.

use egui::{RichText, TextEdit, Ui};

use super::name_field;
use super::timeline::{TimelineAction, TimelineState, scenario_name};
use crate::command::{Command, ScenarioEdit};
use crate::i18n::lang_of;
use crate::model::{Scenario, Session};
use crate::tr;

/// Draws the scenario bar for the scenario the timeline shows (`None`
/// when the session has none). Renames go to `commands`; choosing,
/// adding, copying and deleting to `state.actions`.
pub fn scenario_bar_ui(
    ui: &mut Ui,
    session: &Session,
    scenario: Option<&Scenario>,
    state: &mut TimelineState,
    commands: &mut Vec<Command>,
) {
    let lang = lang_of(ui.ctx());
    ui.label(RichText::new(tr!(lang, "scenario-picker")).strong())
        .on_hover_text(tr!(lang, "scenario-picker-tooltip"));
    let renaming = scenario.filter(|s| state.renaming.as_ref() == Some(&s.id));
    if let Some(scenario) = renaming {
        rename_field_ui(ui, scenario, state, commands);
    } else {
        picker_ui(ui, session, scenario, state);
    }
    if ui
        .button(tr!(lang, "scenario-new"))
        .on_hover_text(tr!(lang, "scenario-new-tooltip"))
        .clicked()
    {
        state.actions.push(TimelineAction::NewScenario);
    }
    let Some(scenario) = scenario else {
        return;
    };
    if ui
        .button(tr!(lang, "scenario-duplicate"))
        .on_hover_text(tr!(lang, "scenario-duplicate-tooltip"))
        .clicked()
    {
        state
            .actions
            .push(TimelineAction::DuplicateScenario(scenario.id.clone()));
    }
    if renaming.is_none()
        && ui
            .button(tr!(lang, "scenario-rename"))
            .on_hover_text(tr!(lang, "scenario-rename-tooltip"))
            .clicked()
    {
        state.renaming = Some(scenario.id.clone());
        state.focus_rename = true;
    }
    if ui
        .button(tr!(lang, "scenario-delete"))
        .on_hover_text(tr!(lang, "scenario-delete-tooltip"))
        .clicked()
    {
        state
            .actions
            .push(TimelineAction::DeleteScenario(scenario.id.clone()));
    }
}

/// The drop-down of the session's scenarios.
fn picker_ui(ui: &mut Ui, session: &Session, shown: Option<&Scenario>, state: &mut TimelineState) {
    let lang = lang_of(ui.ctx());
    let selected = shown.map_or_else(|| tr!(lang, "scenario-none"), |s| scenario_name(s, lang));
    ui.name_inputs(tr!(lang, "scenario-picker"), |ui| {
        egui::ComboBox::from_id_salt("scenario-picker")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                for scenario in &session.scenarios {
                    let current = shown.is_some_and(|s| s.id == scenario.id);
                    if ui
                        .selectable_label(current, scenario_name(scenario, lang))
                        .clicked()
                        && !current
                    {
                        state
                            .actions
                            .push(TimelineAction::ChooseScenario(scenario.id.clone()));
                    }
                }
            });
    });
}

/// The scenario's name in the UI's language, edited in place of the
/// picker; Enter, Esc or Done ends the rename. Typing the whole name is
/// one undo step.
fn rename_field_ui(
    ui: &mut Ui,
    scenario: &Scenario,
    state: &mut TimelineState,
    commands: &mut Vec<Command>,
) {
    let lang = lang_of(ui.ctx());
    let mut name = scenario.name.exact(lang).to_owned();
    let response = ui.add(
        TextEdit::singleline(&mut name)
            .desired_width(ui.spacing().text_edit_width * 0.8)
            .hint_text(scenario.name.get(lang.other())),
    );
    name_field(&response, &tr!(lang, "scenario-rename-field"));
    if std::mem::take(&mut state.focus_rename) {
        response.request_focus();
    }
    if response.changed() {
        commands.push(
            ScenarioEdit::RenameScenario {
                scenario: scenario.id.clone(),
                lang,
                name,
            }
            .into(),
        );
    }
    let done = ui.button(tr!(lang, "scenario-rename-done")).clicked();
    if done || response.lost_focus() {
        state.renaming = None;
    }
}
