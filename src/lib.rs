//! Peacemap: a multi-track peace process drawn as a multi-lane highway.
//!
//! Data flows one way: input → [`command::Command`] → [`model::Session`]
//! (the document) → the [`ui`] draws it again. See `docs/ARCHITECTURE.md`.

pub mod app;
pub mod cli;
pub mod command;
pub mod document;
pub mod file_dialog;
pub mod history;
pub mod i18n;
pub mod io;
pub mod model;
pub mod preferences;
pub mod ui;
