//! Everything drawn on screen, one file per visible part.

pub mod about;
pub mod attribution;
pub mod baseline;
pub mod board;
pub mod border;
pub mod chip;
pub mod drag;
pub mod fonts;
pub mod gauge;
pub mod help;
pub mod inspector;
pub mod lane;
pub mod menu_bar;
pub mod modals;
pub mod paint;
pub mod palette;
pub mod participants;
pub mod playback;
pub mod relief;
pub mod scenarios;
pub mod source;
pub mod status_bar;
pub mod step_editor;
pub mod theme;
pub mod timeline;
pub mod ui_command;

pub use theme::Theme;

use crate::i18n::{Lang, message};
use crate::model::Text;

/// A message worded in both languages at once (`wording` is called with
/// each), for what is kept and shown later — a status line, a modal — so
/// that it follows a language switch made after it was written.
pub fn in_both_languages(wording: impl Fn(Lang) -> String) -> Text {
    Text::both(wording(Lang::En), wording(Lang::Ko))
}

/// The label of a model value in `lang`, by the catalogue id the model
/// gives it (`TrackStatus::message_id`, `Role::explanation_id`, …).
pub fn value_label(lang: Lang, message_id: &str) -> String {
    message(lang, message_id, None)
}

/// Gives a text field an accessible name without changing what it shows
/// (its hint text stays a hint; screen readers and tests get the name).
pub fn name_field(response: &egui::Response, name: &str) {
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_label(name));
}

/// A drop-down to pick one of `choices`, named `accessible_name` for screen
/// readers and tests. `label` and `tooltip` give each choice's catalogue
/// ids, worded in the UI's language. Returns the new choice when the user
/// changed it.
pub fn choice_ui<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    id_salt: impl egui::AsIdSalt,
    accessible_name: &str,
    current: T,
    choices: &[T],
    label: fn(T) -> &'static str,
    tooltip: Option<fn(T) -> &'static str>,
) -> Option<T> {
    let lang = crate::i18n::lang_of(ui.ctx());
    let mut chosen = current;
    ui.name_inputs(accessible_name, |ui| {
        egui::ComboBox::from_id_salt(id_salt)
            .selected_text(value_label(lang, label(current)))
            .show_ui(ui, |ui| {
                for &choice in choices {
                    let response =
                        ui.selectable_value(&mut chosen, choice, value_label(lang, label(choice)));
                    if let Some(tooltip) = tooltip {
                        response.on_hover_text(value_label(lang, tooltip(choice)));
                    }
                }
            });
    });
    (chosen != current).then_some(chosen)
}
