//! Where an item comes from, shown beside it: a small tag such as
//! "Essay · A six-track proposal, track 1", "Added context · Helsinki Final
//! Act, 1975" or "≈ Illustrative", and the mark that flags illustrative
//! numbers on the board.

use egui::{Color32, Rect, RichText, Role, Shape, Ui, WidgetInfo};

use super::theme::Theme;
use crate::i18n::lang_of;
use crate::model::{Attribution, Lang, Source};
use crate::tr;

/// The tag's words for `source` in `lang` ("Essay · A six-track proposal,
/// track 1"), without the illustrative mark. A part of the work is named
/// in `lang` when `attribution` translates it.
pub fn source_label(source: &Source, attribution: &Attribution, lang: Lang) -> String {
    match source {
        Source::Work { part, detail } => {
            let detail = detail.get(lang);
            let part = attribution
                .part(part)
                .map_or(part.as_str(), |named| named.get(lang));
            if part.trim().is_empty() {
                source_kind_name(source, lang)
            } else if detail.is_empty() {
                tr!(lang, "about-source-work", part = part)
            } else {
                tr!(
                    lang,
                    "about-source-work-detail",
                    part = part,
                    detail = detail
                )
            }
        }
        Source::Context { citation, date } => {
            let citation = citation.get(lang);
            if citation.trim().is_empty() {
                source_kind_name(source, lang)
            } else if date.trim().is_empty() {
                tr!(lang, "about-source-context", citation = citation)
            } else {
                tr!(
                    lang,
                    "about-source-context-dated",
                    citation = citation,
                    date = date.as_str()
                )
            }
        }
        Source::Illustrative { note } => {
            let note = note.get(lang);
            if note.is_empty() {
                source_kind_name(source, lang)
            } else {
                tr!(lang, "about-source-illustrative-note", note = note)
            }
        }
        Source::Unstated => source_kind_name(source, lang),
    }
}

/// The name of `source`'s kind alone: "Essay", "Added context",
/// "Illustrative" or "Source not stated".
pub fn source_kind_name(source: &Source, lang: Lang) -> String {
    match source {
        Source::Work { .. } => tr!(lang, "about-source-kind-work"),
        Source::Context { .. } => tr!(lang, "about-source-kind-context"),
        Source::Illustrative { .. } => tr!(lang, "about-source-illustrative"),
        Source::Unstated => tr!(lang, "about-source-unstated"),
    }
}

/// `name` as an item shows it on the board: led by the illustrative mark
/// ("≈ Liaison office opens") when `source` is illustrative.
pub fn marked_name(name: &str, source: &Source, lang: Lang) -> String {
    if source.is_illustrative() {
        format!("{} {name}", illustrative_mark(lang))
    } else {
        name.to_owned()
    }
}

/// What a kind of source means, in one or two sentences (the tag's tooltip
/// and the "About this map" panel's key).
pub fn source_kind_explanation(source: &Source, lang: Lang) -> String {
    match source {
        Source::Work { .. } => tr!(lang, "about-kind-work"),
        Source::Context { .. } => tr!(lang, "about-kind-context"),
        Source::Illustrative { .. } => tr!(
            lang,
            "about-kind-illustrative",
            mark = illustrative_mark(lang)
        ),
        Source::Unstated => tr!(lang, "about-kind-unstated"),
    }
}

/// The mark on illustrative items ("≈").
pub fn illustrative_mark(lang: Lang) -> String {
    tr!(lang, "about-illustrative-mark")
}

/// What an illustrative item's accessible description says.
pub fn illustrative_description(lang: Lang) -> String {
    tr!(lang, "about-illustrative-description")
}

/// The ink of the tag for `source`.
pub fn source_colour(source: &Source, theme: &Theme) -> Color32 {
    match source {
        Source::Work { .. } => theme.source_work,
        Source::Context { .. } => theme.source_context,
        Source::Illustrative { .. } => theme.illustrative,
        Source::Unstated => theme.source_unstated,
    }
}

/// Draws the tag for `source` in the UI's language: small, coloured by
/// kind, an illustrative one led by the mark; hovering explains the kind.
/// Screen readers hear "Source of `item`: …" (`item` names what the tag
/// belongs to, e.g. "milestone 2"), and "illustrative" as its description.
pub fn source_ui(
    ui: &mut Ui,
    source: &Source,
    attribution: &Attribution,
    item: &str,
    theme: &Theme,
) -> egui::Response {
    let lang = lang_of(ui.ctx());
    let words = source_label(source, attribution, lang);
    let shown = if source.is_illustrative() {
        format!("{} {words}", illustrative_mark(lang))
    } else {
        words.clone()
    };
    let response = ui.add(
        egui::Label::new(
            RichText::new(shown)
                .font(theme.source_font.clone())
                .color(source_colour(source, theme)),
        )
        .wrap(),
    );
    // A label's accessible text is its value (AccessKit): name the item
    // there, so that a screen reader says whose source this is.
    let name = tr!(lang, "about-source-name", item = item, source = words);
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &name));
    if source.is_illustrative() {
        let description = illustrative_description(lang);
        response
            .ctx
            .accesskit_node_builder(response.id, |node| node.set_description(description));
    }
    response.on_hover_text(source_kind_explanation(source, lang))
}

/// Draws the illustrative mark ("≈") as a small label before an
/// illustrative number; hovering explains it.
pub fn illustrative_mark_ui(ui: &mut Ui, theme: &Theme) -> egui::Response {
    let lang = lang_of(ui.ctx());
    ui.label(
        RichText::new(illustrative_mark(lang))
            .font(theme.small.clone())
            .color(theme.illustrative)
            .strong(),
    )
    .on_hover_text(illustrative_description(lang))
}

/// Marks the widget that shows an illustrative number or item: a dotted
/// outline around it, and "Illustrative: …" as its accessible description.
pub fn mark_illustrative(ui: &Ui, response: &egui::Response, theme: &Theme) {
    ui.painter()
        .extend(illustrative_outline(response.rect.expand(2.0), theme));
    let description = illustrative_description(lang_of(ui.ctx()));
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_description(description));
}

/// The dotted outline around an illustrative item (a milestone plate, a
/// threshold), in the theme's illustrative colour.
pub fn illustrative_outline(rect: Rect, theme: &Theme) -> Vec<Shape> {
    let corners = [
        rect.left_top(),
        rect.right_top(),
        rect.right_bottom(),
        rect.left_bottom(),
        rect.left_top(),
    ];
    Shape::dotted_line(
        &corners,
        theme.illustrative,
        theme.illustrative_dot_spacing,
        theme.illustrative_dot_radius,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    #[test]
    fn tags_name_the_kind_and_the_locator_in_both_languages() {
        let none = Attribution::default();
        let translated = Attribution {
            parts: vec![Text::both("A six-track proposal", "6트랙 제안")],
            ..Attribution::default()
        };
        let work = Source::Work {
            part: "A six-track proposal".to_owned(),
            detail: Text::both("track 1", "트랙 1"),
        };
        assert_eq!(
            source_label(&work, &translated, Lang::En),
            "Essay · A six-track proposal, track 1"
        );
        assert_eq!(
            source_label(&work, &translated, Lang::Ko),
            "기고문 · 6트랙 제안, 트랙 1"
        );
        // A part the attribution does not translate keeps its own name.
        assert_eq!(
            source_label(&work, &none, Lang::Ko),
            "기고문 · A six-track proposal, 트랙 1"
        );
        assert_eq!(
            source_label(&Source::work("The triangle"), &translated, Lang::En),
            "Essay · The triangle"
        );
        let context = Source::Context {
            citation: Text::en("Helsinki Final Act"),
            date: "1975".to_owned(),
        };
        assert_eq!(
            source_label(&context, &none, Lang::En),
            "Added context · Helsinki Final Act, 1975"
        );
        // A citation in English only still shows, under a Korean kind.
        assert_eq!(
            source_label(&context, &none, Lang::Ko),
            "보충 자료 · Helsinki Final Act, 1975"
        );
        assert_eq!(
            source_label(&Source::illustrative(), &none, Lang::En),
            "Illustrative"
        );
        assert_eq!(
            source_label(&Source::Unstated, &none, Lang::Ko),
            "출처 미기재"
        );
    }
}
