//! The Help menu: what the shapes and colours mean, and the shortcuts.

use egui::{RichText, Ui};

use super::ui_command::UiCommand;
use super::{Theme, value_label};
use crate::i18n::lang_of;
use crate::model::Session;
use crate::tr;

/// Draws the Help menu's contents: how to read the highway, the roles on
/// the chips (drawn with `session`'s first participant), what dragging
/// does, and every keyboard shortcut.
pub fn help_ui(ui: &mut Ui, session: &Session, theme: &Theme) {
    let lang = lang_of(ui.ctx());
    ui.set_min_width(theme.help_min_width);
    ui.label(RichText::new(tr!(lang, "shell-help-reading")).strong());
    ui.label(tr!(lang, "shell-help-lanes"));
    ui.label(tr!(lang, "shell-help-signs"));
    ui.label(tr!(lang, "shell-help-hazards"));
    ui.separator();
    ui.label(RichText::new(tr!(lang, "shell-help-roles")).strong());
    if let Some(participant) = session.participants.first() {
        for role in crate::model::Role::ALL {
            ui.horizontal(|ui| {
                let (rect, _) = ui.allocate_exact_size(theme.help_chip_size, egui::Sense::hover());
                super::chip::paint_chip(ui.painter(), rect, participant, role, false, theme);
                ui.label(tr!(
                    lang,
                    "shell-help-role",
                    role = value_label(lang, role.message_id()),
                    explanation = value_label(lang, role.explanation_id())
                ));
            });
        }
    }
    ui.separator();
    ui.label(RichText::new(tr!(lang, "drag-help-title")).strong());
    ui.label(tr!(lang, "drag-help-chips"));
    ui.label(tr!(lang, "drag-help-lanes"));
    ui.label(tr!(lang, "drag-help-vehicle"));
    ui.label(tr!(lang, "drag-help-cancel"));
    ui.separator();
    ui.label(RichText::new(tr!(lang, "shell-help-keyboard")).strong());
    egui::Grid::new("shortcuts").num_columns(2).show(ui, |ui| {
        for command in UiCommand::ALL {
            if let Some(shortcut) = command.shortcut() {
                ui.label(RichText::new(ui.ctx().format_shortcut(&shortcut)).monospace());
                ui.label(command.label(lang));
                ui.end_row();
            }
        }
        for (keys, what) in [
            (tr!(lang, "shell-help-key-tab"), tr!(lang, "shell-help-tab")),
            (
                tr!(lang, "shell-help-key-arrows"),
                tr!(lang, "shell-help-arrows"),
            ),
            (
                tr!(lang, "shell-help-key-shift-arrows"),
                tr!(lang, "shell-help-shift-arrows"),
            ),
            (
                tr!(lang, "shell-help-key-home-end"),
                tr!(lang, "shell-help-home-end"),
            ),
            (
                tr!(lang, "shell-help-key-zoom"),
                tr!(lang, "shell-help-zoom"),
            ),
        ] {
            ui.label(RichText::new(keys).monospace());
            ui.label(what);
            ui.end_row();
        }
    });
    ui.add(egui::Label::new(tr!(lang, "edit-help-twins")).wrap());
}
