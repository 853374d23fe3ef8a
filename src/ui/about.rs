//! "About this map": what the mapped work proposes and who wrote it (from
//! the session's [`Attribution`]), what the source tags mean, and how to
//! read the board. Opened from the attribution strip, Help ▸ About this map
//! and F1.

use egui::{RichText, Ui};

use super::source::{illustrative_mark, source_colour, source_kind_explanation, source_kind_name};
use super::theme::Theme;
use crate::i18n::lang_of;
use crate::model::{Attribution, Lang, Source, Text};
use crate::tr;

/// Whether the "About this map" window is shown (transient UI state).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AboutWindow {
    /// Not shown.
    #[default]
    Closed,
    /// Shown over the board.
    Open,
}

/// Draws the "About this map" window for `attribution` while `window` is
/// open; its title-bar cross and its Close button close it.
pub fn about_ui(ui: &Ui, window: &mut AboutWindow, attribution: &Attribution, theme: &Theme) {
    if *window == AboutWindow::Closed {
        return;
    }
    let lang = lang_of(ui.ctx());
    let mut open = true;
    let mut close_clicked = false;
    // Fits the window: on a laptop the text scrolls and Close stays in view.
    let height = theme
        .about_max_height
        .min(ui.ctx().content_rect().height() * theme.about_max_screen_share);
    egui::Window::new(tr!(lang, "about-title"))
        .id(egui::Id::unique("about-this-map"))
        .open(&mut open)
        .collapsible(false)
        .resizable(true)
        .default_width(theme.about_width)
        .default_height(height)
        .max_height(height)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ui.ctx().content_rect().center())
        .show(ui.ctx(), |ui| {
            let footer = ui.spacing().interact_size.y + 3.0 * ui.spacing().item_spacing.y;
            egui::ScrollArea::vertical()
                .max_height((ui.available_height() - footer).max(0.0))
                .show(ui, |ui| {
                    about_contents_ui(ui, lang, attribution, theme);
                });
            ui.separator();
            close_clicked = ui.button(tr!(lang, "about-close")).clicked();
        });
    if close_clicked || !open {
        *window = AboutWindow::Closed;
    }
}

fn heading_ui(ui: &mut Ui, text: String, theme: &Theme) {
    ui.add_space(6.0);
    ui.label(
        RichText::new(text)
            .font(theme.heading.clone())
            .color(theme.text)
            .strong(),
    );
}

fn paragraph_ui(ui: &mut Ui, text: impl Into<String>, theme: &Theme) {
    ui.add(
        egui::Label::new(
            RichText::new(text.into())
                .font(theme.body.clone())
                .color(theme.text),
        )
        .wrap(),
    );
}

fn about_contents_ui(ui: &mut Ui, lang: Lang, attribution: &Attribution, theme: &Theme) {
    // What the work proposes: the session's own summary.
    heading_ui(ui, tr!(lang, "about-proposes-heading"), theme);
    let summary = attribution.summary.get(lang);
    if summary.is_empty() {
        paragraph_ui(ui, tr!(lang, "about-no-summary"), theme);
    } else {
        paragraph_ui(ui, summary, theme);
    }

    // The attribution in full.
    heading_ui(ui, tr!(lang, "about-source-heading"), theme);
    if attribution.is_empty() {
        paragraph_ui(ui, tr!(lang, "about-no-source"), theme);
    }
    egui::Grid::new("about-attribution")
        .num_columns(2)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            let rows: [(String, &Text); 5] = [
                (tr!(lang, "about-field-author"), &attribution.author),
                (tr!(lang, "about-field-title"), &attribution.title),
                (tr!(lang, "about-field-published"), &attribution.published),
                (tr!(lang, "about-field-standing"), &attribution.standing),
                (tr!(lang, "about-field-board"), &attribution.board_is),
            ];
            for (name, value) in rows {
                let value = value.get(lang);
                if value.is_empty() {
                    continue;
                }
                ui.label(RichText::new(name).color(theme.text_weak));
                ui.add(egui::Label::new(RichText::new(value).color(theme.text)).wrap());
                ui.end_row();
            }
            if !attribution.url.trim().is_empty() {
                ui.label(RichText::new(tr!(lang, "about-field-link")).color(theme.text_weak));
                ui.hyperlink(attribution.url.trim());
                ui.end_row();
            }
            if !attribution.parts.is_empty() {
                ui.label(RichText::new(tr!(lang, "about-field-parts")).color(theme.text_weak));
                ui.add(
                    egui::Label::new(
                        RichText::new(
                            attribution
                                .parts
                                .iter()
                                .map(|part| part.get(lang))
                                .collect::<Vec<_>>()
                                .join(" · "),
                        )
                        .color(theme.text),
                    )
                    .wrap(),
                );
                ui.end_row();
            }
        });

    // What the tags mean, each after its kind's name in the tag's colour.
    heading_ui(ui, tr!(lang, "about-kinds-heading"), theme);
    paragraph_ui(ui, tr!(lang, "about-kinds-intro"), theme);
    for kind in [
        Source::work(String::new()),
        Source::Context {
            citation: Text::default(),
            date: String::new(),
        },
        Source::illustrative(),
        Source::Unstated,
    ] {
        let mut name = source_kind_name(&kind, lang);
        if kind.is_illustrative() {
            name = format!("{} {name}", illustrative_mark(lang));
        }
        ui.label(
            RichText::new(name)
                .font(theme.body.clone())
                .color(source_colour(&kind, theme))
                .strong(),
        );
        paragraph_ui(ui, source_kind_explanation(&kind, lang), theme);
        ui.add_space(2.0);
    }

    // How to read the board.
    heading_ui(ui, tr!(lang, "about-reading-heading"), theme);
    let mark = illustrative_mark(lang);
    for text in [
        tr!(lang, "about-reading-lanes"),
        tr!(lang, "about-reading-vehicle"),
        tr!(lang, "about-reading-chips"),
        tr!(lang, "about-reading-signs", mark = mark.as_str()),
        tr!(lang, "about-reading-gauge"),
        tr!(lang, "about-reading-relief"),
        tr!(lang, "about-reading-border"),
    ] {
        paragraph_ui(ui, format!("• {text}"), theme);
    }
}
