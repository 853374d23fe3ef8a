//! The menu bar: File, Edit, View and Help menus, then the file name (with
//! the unsaved mark) and the session title.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::Theme;
use super::help::help_ui;
use super::ui_command::UiCommand;
use crate::document::Document;
use crate::i18n::{Lang, lang_of};
use crate::preferences::ZOOM_RANGE;
use crate::tr;

/// What the user picked in the menus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MenuChoice {
    /// An app action.
    Command(UiCommand),
    /// A file from File ▸ Open recent.
    OpenRecent(PathBuf),
    /// A language from View ▸ Language.
    Language(Lang),
}

/// Draws the menu bar for `document`; `has_selection` enables Close
/// inspector. What the user picks is pushed onto `choices`.
pub fn menu_bar_ui(
    ui: &mut Ui,
    document: &Document,
    has_selection: bool,
    theme: &Theme,
    choices: &mut Vec<MenuChoice>,
) {
    let session = document.session();
    let lang = lang_of(ui.ctx());
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr!(lang, "shell-menu-file"), |ui| {
            for command in [UiCommand::New, UiCommand::Open] {
                if command.menu_button(ui, true) {
                    choices.push(MenuChoice::Command(command));
                }
            }
            ui.add_enabled_ui(!document.recent().is_empty(), |ui| {
                ui.menu_button(tr!(lang, "shell-menu-open-recent"), |ui| {
                    for path in document.recent().paths() {
                        let name = path.file_name().map_or_else(
                            || path.display().to_string(),
                            |n| n.to_string_lossy().into_owned(),
                        );
                        if ui
                            .button(name)
                            .on_hover_text(path.display().to_string())
                            .clicked()
                        {
                            choices.push(MenuChoice::OpenRecent(path.clone()));
                        }
                    }
                });
            });
            ui.separator();
            for command in [UiCommand::Save, UiCommand::SaveAs] {
                if command.menu_button(ui, true) {
                    choices.push(MenuChoice::Command(command));
                }
            }
        });
        ui.menu_button(tr!(lang, "shell-menu-edit"), |ui| {
            let undo_text = document.undo_label().map_or_else(
                || tr!(lang, "shell-nothing-to-undo"),
                |label| tr!(lang, "shell-undo-what", edit = label.get(lang)),
            );
            if UiCommand::Undo.menu_button(ui, document.undo_label().is_some()) {
                choices.push(MenuChoice::Command(UiCommand::Undo));
            }
            ui.label(RichText::new(undo_text).small().weak());
            if UiCommand::Redo.menu_button(ui, document.redo_label().is_some()) {
                choices.push(MenuChoice::Command(UiCommand::Redo));
            }
        });
        ui.menu_button(tr!(lang, "shell-menu-view"), |ui| {
            for command in [UiCommand::NextTrack, UiCommand::PreviousTrack] {
                if command.menu_button(ui, !session.tracks.is_empty()) {
                    choices.push(MenuChoice::Command(command));
                }
            }
            if UiCommand::CloseInspector.menu_button(ui, has_selection) {
                choices.push(MenuChoice::Command(UiCommand::CloseInspector));
            }
            ui.separator();
            // The timeline's keys (its strip and buttons are at the bottom).
            let has_steps = session.scenarios.iter().any(|s| !s.steps.is_empty());
            for (command, enabled) in [
                (UiCommand::PreviousStep, has_steps),
                (UiCommand::NextStep, has_steps),
                (UiCommand::CaptureStep, true),
            ] {
                if command.menu_button(ui, enabled) {
                    choices.push(MenuChoice::Command(command));
                }
            }
            ui.separator();
            zoom_menu_ui(ui);
            ui.separator();
            ui.menu_button(tr!(lang, "lang-switch"), |ui| {
                for choice in Lang::ALL {
                    if ui
                        .radio(lang == choice, choice.native_name())
                        .on_hover_text(tr!(choice, "lang-switch-tooltip"))
                        .clicked()
                    {
                        choices.push(MenuChoice::Language(choice));
                    }
                }
            });
        });
        ui.menu_button(tr!(lang, "shell-menu-help"), |ui| {
            if UiCommand::About.menu_button(ui, true) {
                choices.push(MenuChoice::Command(UiCommand::About));
            }
            ui.separator();
            help_ui(ui, session, theme);
        });
        ui.separator();
        let file = document.file_label(lang);
        let name = if document.is_dirty() {
            tr!(lang, "shell-file-unsaved", file = file)
        } else {
            file
        };
        ui.label(RichText::new(name).strong())
            .on_hover_text(document.path().map_or_else(
                || tr!(lang, "shell-file-not-saved-yet"),
                |p| p.display().to_string(),
            ));
        ui.label(RichText::new(session.title.get(lang)).weak())
            .on_hover_text(session.description.get(lang));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if let Some(choice) = language_toggle_ui(ui, lang) {
                choices.push(MenuChoice::Language(choice));
            }
        });
    });
}

/// View ▸ Zoom in / out / reset, as egui's own zoom buttons but worded
/// in the UI's language, within the zoom range kept between runs.
fn zoom_menu_ui(ui: &mut Ui) {
    use egui::gui_zoom::{kb_shortcuts, zoom_in, zoom_out};
    let lang = lang_of(ui.ctx());
    let ctx = ui.ctx().clone();
    let zoom = ctx.zoom_factor();
    let button = |text: String, shortcut: &egui::KeyboardShortcut| {
        egui::Button::new(text).shortcut_text(ctx.format_shortcut(shortcut))
    };
    let zoom_in_button = button(tr!(lang, "shell-zoom-in"), &kb_shortcuts::ZOOM_IN);
    if ui
        .add_enabled(zoom < *ZOOM_RANGE.end(), zoom_in_button)
        .clicked()
    {
        zoom_in(ui.ctx());
    }
    let zoom_out_button = button(tr!(lang, "shell-zoom-out"), &kb_shortcuts::ZOOM_OUT);
    if ui
        .add_enabled(zoom > *ZOOM_RANGE.start(), zoom_out_button)
        .clicked()
    {
        zoom_out(ui.ctx());
    }
    let reset_button = button(tr!(lang, "shell-zoom-reset"), &kb_shortcuts::ZOOM_RESET);
    if ui
        .add_enabled((zoom - 1.0).abs() > f32::EPSILON, reset_button)
        .clicked()
    {
        ui.ctx().set_zoom_factor(1.0);
    }
}

/// The language toggle at the right end of the menu bar: both languages'
/// own names, the one in use highlighted; a click switches to the other.
/// Returns the language the user switched to.
fn language_toggle_ui(ui: &mut Ui, lang: Lang) -> Option<Lang> {
    let mut job = egui::text::LayoutJob::default();
    let style = ui.style();
    for (index, shown) in Lang::ALL.into_iter().enumerate() {
        if index > 0 {
            RichText::new(" / ").weak().append_to(
                &mut job,
                style,
                egui::FontSelection::Default,
                egui::Align::Center,
            );
        }
        let name = RichText::new(shown.native_name());
        let name = if shown == lang {
            name.strong()
        } else {
            name.weak()
        };
        name.append_to(
            &mut job,
            style,
            egui::FontSelection::Default,
            egui::Align::Center,
        );
    }
    let other = lang.other();
    let response = ui
        .button(job)
        .on_hover_text(tr!(other, "lang-switch-tooltip"));
    let label = tr!(
        lang,
        "shell-lang-toggle",
        current = lang.native_name(),
        other = other.native_name()
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    response.clicked().then_some(other)
}
