//! The Help menu: what the shapes and colours mean, and the shortcuts.

use egui::{RichText, Ui};

use super::Theme;
use super::ui_command::UiCommand;
use crate::model::Session;

/// Draws the Help menu's contents: how to read the highway, the roles on
/// the chips (drawn with `session`'s first participant), and every
/// keyboard shortcut.
pub fn help_ui(ui: &mut Ui, session: &Session, theme: &Theme) {
    ui.set_min_width(theme.help_min_width);
    ui.label(RichText::new("Reading the highway").strong());
    ui.label("Each lane is one negotiating track. The vehicle shows how far it has come; drag it, or focus it with Tab and use the arrow keys.");
    ui.label("Road signs are milestones: they light up once reached.");
    ui.label("Hazard stripes mark a stalled lane; a red and white barrier marks a table that convenes later.");
    ui.separator();
    ui.label(RichText::new("Roles on the chips").strong());
    if let Some(participant) = session.participants.first() {
        for role in crate::model::Role::ALL {
            ui.horizontal(|ui| {
                let (rect, _) = ui.allocate_exact_size(theme.help_chip_size, egui::Sense::hover());
                super::chip::paint_chip(ui.painter(), rect, participant, role, false, theme);
                ui.label(format!("{}: {}", role.label(), role.explanation()));
            });
        }
    }
    ui.separator();
    ui.label(RichText::new("Keyboard").strong());
    egui::Grid::new("shortcuts").num_columns(2).show(ui, |ui| {
        for command in UiCommand::ALL {
            if let Some(shortcut) = command.shortcut() {
                ui.label(RichText::new(ui.ctx().format_shortcut(&shortcut)).monospace());
                ui.label(command.label());
                ui.end_row();
            }
        }
        for (keys, what) in [
            ("Tab", "Move to the next control"),
            ("← → ↑ ↓", "Move a focused vehicle by 1 %"),
            ("Shift + arrows", "Move it by 10 %"),
            ("Home / End", "Move it to 0 % / 100 %"),
            ("Ctrl + = / -", "Zoom in / out"),
        ] {
            ui.label(RichText::new(keys).monospace());
            ui.label(what);
            ui.end_row();
        }
    });
}
