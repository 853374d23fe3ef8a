//! The attribution strip above the board: whose proposal the board maps
//! and what kind of work it is (from the session's [`Attribution`]), that
//! the board's state is a hypothetical scenario, the legend of the
//! illustrative mark, and the way into "About this map".
//!
//! Always drawn, from the first frame, and never dismissable: a scholar in
//! the audience must see at a glance that this is one author's proposal, not
//! the record of an official process.

use egui::{Frame, RichText, Role, Ui, WidgetInfo};

use super::source::{illustrative_description, illustrative_mark};
use super::theme::Theme;
use crate::i18n::lang_of;
use crate::model::Attribution;
use crate::tr;

/// Draws the strip for `attribution` across the width of `ui`. Returns true
/// when the user asked for "About this map".
pub fn attribution_strip_ui(ui: &mut Ui, attribution: &Attribution, theme: &Theme) -> bool {
    let lang = lang_of(ui.ctx());
    let font = theme.attribution_font.clone();
    let mut about_clicked = false;
    let strip = ui.horizontal_wrapped(|ui| {
        strip_words_ui(ui, attribution, theme);
        if ui
            .button(RichText::new(tr!(lang, "about-open")).font(font.clone()))
            .on_hover_text(tr!(lang, "about-open-tooltip"))
            .clicked()
        {
            about_clicked = true;
        }
    });
    let name = tr!(lang, "about-strip-name");
    strip
        .response
        .widget_info(|| WidgetInfo::labeled(Role::Group, true, &name));
    about_clicked
}

/// The strip's words: the badge, the credit, what the board is, the legend.
fn strip_words_ui(ui: &mut Ui, attribution: &Attribution, theme: &Theme) {
    let lang = lang_of(ui.ctx());
    let font = theme.attribution_font.clone();
    // The badge: the board is a scenario, whatever the session credits.
    Frame::new()
        .fill(theme.hypothetical_fill)
        .corner_radius(theme.lane_rounding)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.label(
                RichText::new(tr!(lang, "about-strip-hypothetical"))
                    .font(font.clone())
                    .color(theme.hypothetical_ink)
                    .strong(),
            );
        });
    if attribution.is_empty() {
        ui.label(
            RichText::new(tr!(lang, "about-strip-no-source"))
                .font(font.clone())
                .color(theme.text)
                .strong(),
        );
    } else {
        let credit = tr!(
            lang,
            "about-strip-maps",
            author = attribution.author.get(lang),
            title = attribution.title.get(lang),
            published = attribution.published.get(lang)
        );
        ui.label(
            RichText::new(credit)
                .font(font.clone())
                .color(theme.text)
                .strong(),
        );
        let standing = attribution.standing.get(lang);
        if !standing.is_empty() {
            ui.label(RichText::new(standing).font(font.clone()).color(theme.text));
        }
    }
    let board_is = attribution.board_is.get(lang);
    let board_is = if board_is.is_empty() {
        tr!(lang, "about-strip-hypothetical-default")
    } else {
        board_is.to_owned()
    };
    ui.label(
        RichText::new(board_is)
            .font(font.clone())
            .color(theme.text_weak),
    );

    // The legend of the mark that illustrative items carry on the board.
    ui.label(
        RichText::new(format!(
            "{} {}",
            illustrative_mark(lang),
            tr!(lang, "about-strip-legend")
        ))
        .font(font.clone())
        .color(theme.illustrative),
    )
    .on_hover_text(illustrative_description(lang));
}
