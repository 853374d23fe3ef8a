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
