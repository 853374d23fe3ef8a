//! The bundled Hangul font, so that Korean renders the same in the app, in
//! tests and in headless exports on a machine with no system fonts.
//!
//! egui's default fonts have no Hangul (Korean would be drawn as boxes).
//! [`install`] adds `NanumGothic` (SIL Open Font License 1.1, shipped
//! unmodified; see `assets/fonts/README.md` and `assets/fonts/OFL.txt`) as a
//! fallback **after** egui's own fonts in both families: Latin text keeps
//! egui's look, and only characters those fonts lack come from `NanumGothic`.

use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
use egui::{FontData, FontFamily};

/// The name the font is registered under in egui's font definitions.
pub const HANGUL_FONT_NAME: &str = "NanumGothic";

/// `NanumGothic` Regular, byte for byte as NAVER released it (the licence
/// forbids a modified copy from keeping the name).
pub static HANGUL_FONT: &[u8] = include_bytes!("../../assets/fonts/NanumGothic.ttf");

/// Adds the Hangul font to `ctx` as the last fallback of the proportional
/// and the monospace family. Safe to call more than once (egui keeps one
/// font per name). Takes effect at once if nothing has been laid out yet
/// this pass, otherwise from the next pass.
pub fn install(ctx: &egui::Context) {
    ctx.add_font(FontInsert::new(
        HANGUL_FONT_NAME,
        FontData::from_static(HANGUL_FONT),
        vec![
            InsertFontFamily {
                family: FontFamily::Proportional,
                priority: FontPriority::Lowest,
            },
            InsertFontFamily {
                family: FontFamily::Monospace,
                priority: FontPriority::Lowest,
            },
        ],
    ));
}

/// True when `ctx`'s fonts include the bundled Hangul font.
pub fn is_installed(ctx: &egui::Context) -> bool {
    ctx.fonts(|fonts| fonts.definitions().font_data.contains_key(HANGUL_FONT_NAME))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One pass with no renderer: the font atlas update is dropped unused.
    fn pass(ctx: &egui::Context, mut run_ui: impl FnMut(&mut egui::Ui)) {
        ctx.run_ui(egui::RawInput::default(), &mut run_ui)
            .textures_delta
            .clear();
    }

    fn first_frame_with(install_font: bool) -> egui::Context {
        let ctx = egui::Context::default();
        if install_font {
            install(&ctx);
        }
        pass(&ctx, |ui| {
            ui.label("한국어");
        });
        ctx
    }

    #[test]
    fn hangul_comes_from_the_bundled_font_after_egui_defaults() {
        let ctx = first_frame_with(true);
        assert!(is_installed(&ctx));
        ctx.fonts(|fonts| {
            let definitions = fonts.definitions();
            for family in [FontFamily::Proportional, FontFamily::Monospace] {
                let chain = &definitions.families[&family];
                assert_eq!(
                    chain.last().map(String::as_str),
                    Some(HANGUL_FONT_NAME),
                    "{family:?} ends with the Hangul fallback: {chain:?}"
                );
                assert!(chain.len() > 1, "egui's own fonts stay first: {chain:?}");
            }
        });
        let font = egui::FontId::proportional(14.0);
        ctx.fonts_mut(|fonts| {
            for c in ['한', '국', '어', '힣', '가'] {
                assert!(fonts.has_glyph(&font, c), "no glyph for {c}");
            }
        });
    }

    #[test]
    fn without_it_egui_has_no_hangul() {
        // Why the font is bundled: the defaults alone draw boxes.
        let ctx = first_frame_with(false);
        assert!(!is_installed(&ctx));
        let font = egui::FontId::proportional(14.0);
        ctx.fonts_mut(|fonts| assert!(!fonts.has_glyph(&font, '한')));
    }

    #[test]
    fn installing_twice_keeps_one_copy() {
        let ctx = first_frame_with(true);
        install(&ctx);
        pass(&ctx, |_| {});
        ctx.fonts(|fonts| {
            let chain = &fonts.definitions().families[&FontFamily::Proportional];
            let copies = chain.iter().filter(|n| *n == HANGUL_FONT_NAME).count();
            assert_eq!(copies, 1, "{chain:?}");
        });
    }
}
