//! Everything drawn on screen, one file per visible part.

pub mod board;
pub mod border;
pub mod chip;
pub mod gauge;
pub mod inspector;
pub mod lane;
pub mod modals;
pub mod paint;
pub mod relief;
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
