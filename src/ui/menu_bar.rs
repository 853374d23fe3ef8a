//! The menu bar: File, Edit, View and Help menus, then the file name (with
//! the unsaved mark) and the session title.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::Theme;
use super::help::help_ui;
use super::ui_command::UiCommand;
use crate::document::Document;
use crate::i18n::{Lang, lang_of};
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
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            for command in [UiCommand::New, UiCommand::Open] {
                if command.menu_button(ui, true) {
                    choices.push(MenuChoice::Command(command));
                }
            }
            ui.add_enabled_ui(!document.recent().is_empty(), |ui| {
                ui.menu_button("Open recent", |ui| {
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
        ui.menu_button("Edit", |ui| {
            let undo_text = document
                .undo_label()
                .map_or_else(|| "Nothing to undo".to_owned(), |l| format!("Undo: {l}"));
            if UiCommand::Undo.menu_button(ui, document.undo_label().is_some()) {
                choices.push(MenuChoice::Command(UiCommand::Undo));
            }
            ui.label(RichText::new(undo_text).small().weak());
            if UiCommand::Redo.menu_button(ui, document.redo_label().is_some()) {
                choices.push(MenuChoice::Command(UiCommand::Redo));
            }
        });
        ui.menu_button("View", |ui| {
            for command in [UiCommand::NextTrack, UiCommand::PreviousTrack] {
                if command.menu_button(ui, !session.tracks.is_empty()) {
                    choices.push(MenuChoice::Command(command));
                }
            }
            if UiCommand::CloseInspector.menu_button(ui, has_selection) {
                choices.push(MenuChoice::Command(UiCommand::CloseInspector));
            }
            ui.separator();
            egui::gui_zoom::zoom_menu_buttons(ui);
            ui.separator();
            let lang = lang_of(ui.ctx());
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
        ui.menu_button("Help", |ui| help_ui(ui, session, theme));
        ui.separator();
        let mark = if document.is_dirty() {
            " • unsaved changes"
        } else {
            ""
        };
        ui.label(RichText::new(format!("{}{mark}", document.file_label())).strong())
            .on_hover_text(document.path().map_or_else(
                || "Not saved to a file yet".to_owned(),
                |p| p.display().to_string(),
            ));
        let lang = crate::i18n::lang_of(ui.ctx());
        ui.label(RichText::new(session.title.get(lang)).weak())
            .on_hover_text(session.description.get(lang));
    });
}
