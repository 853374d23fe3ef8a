//! Everything drawn on screen, one file per visible part.

pub mod about;
pub mod attribution;
pub mod board;
pub mod border;
pub mod chip;
pub mod fonts;
pub mod gauge;
pub mod help;
pub mod inspector;
pub mod lane;
pub mod menu_bar;
pub mod modals;
pub mod paint;
pub mod relief;
pub mod source;
pub mod status_bar;
pub mod theme;
pub mod ui_command;

pub use theme::Theme;

/// Gives a text field an accessible name without changing what it shows
/// (its hint text stays a hint; screen readers and tests get the name).
pub fn name_field(response: &egui::Response, name: &str) {
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_label(name));
}

/// A drop-down to pick one of `choices`, named `accessible_name` for screen
/// readers and tests. Returns the new choice when the user changed it.
pub fn choice_ui<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    id_salt: impl egui::AsIdSalt,
    accessible_name: &str,
    current: T,
    choices: &[T],
    label: fn(T) -> &'static str,
    tooltip: Option<fn(T) -> &'static str>,
) -> Option<T> {
    let mut chosen = current;
    ui.name_inputs(accessible_name, |ui| {
        egui::ComboBox::from_id_salt(id_salt)
            .selected_text(label(current))
            .show_ui(ui, |ui| {
                for &choice in choices {
                    let response = ui.selectable_value(&mut chosen, choice, label(choice));
                    if let Some(tooltip) = tooltip {
                        response.on_hover_text(tooltip(choice));
                    }
                }
            });
    });
    (chosen != current).then_some(chosen)
}
