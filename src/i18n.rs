//! The user's language and the catalogues of every user-facing string.
//!
//! Strings live in Fluent catalogues, one folder per language
//! (`assets/i18n/en/`, `assets/i18n/ko/`) with the same files in each
//! ([`CATALOGUE_PARTS`]), embedded in the binary.
//! Code asks for a message by its id with [`tr!`](crate::tr):
//!
//! ```
//! use peacemap::{model::Lang, tr};
//! assert_eq!(tr!(Lang::En, "lang-switch"), "Language");
//! assert_eq!(tr!(Lang::Ko, "lang-switch"), "언어");
//! ```
//!
//! Fluent (Project Fluent, maintained by Mozilla) handles the arguments
//! and the per-language grammar, so no hand-written lookup tables. A test
//! (`tests/i18n_catalogue.rs`) checks that both catalogues have the same
//! messages with the same arguments, and that every id the source code
//! asks for exists.
//!
//! Which language the UI speaks is kept in each `egui::Context`
//! ([`lang_of`], [`set_lang`]), so that two windows or two tests can speak
//! different languages; code without a context (the command line, file
//! errors) takes a [`Lang`] argument.

use std::sync::LazyLock;

pub use fluent_bundle::FluentArgs;
use fluent_bundle::{FluentResource, concurrent::FluentBundle};

pub use crate::model::Lang;

/// One part of the catalogues: a file name under `assets/i18n/en/` and
/// `assets/i18n/ko/`, and the two files' text, embedded in the binary.
pub struct CataloguePart {
    /// The file name, the same in both folders (`board.ftl`).
    pub file: &'static str,
    /// The English file's text.
    pub english: &'static str,
    /// The Korean file's text.
    pub korean: &'static str,
}

impl CataloguePart {
    /// The text of this part in `lang`.
    pub fn source(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.english,
            Lang::Ko => self.korean,
        }
    }
}

macro_rules! catalogue_part {
    ($file:literal) => {
        CataloguePart {
            file: $file,
            english: include_str!(concat!("../assets/i18n/en/", $file)),
            korean: include_str!(concat!("../assets/i18n/ko/", $file)),
        }
    };
}

/// Every part of the catalogues. Parts split the strings by where they
/// appear, so that each file stays readable; an id is unique across all.
pub const CATALOGUE_PARTS: &[CataloguePart] = &[
    catalogue_part!("common.ftl"),
    catalogue_part!("shell.ftl"),
    catalogue_part!("board.ftl"),
    catalogue_part!("errors.ftl"),
    catalogue_part!("about.ftl"),
    catalogue_part!("story.ftl"),
    catalogue_part!("edit.ftl"),
];

struct Catalogues {
    english: FluentBundle<FluentResource>,
    korean: FluentBundle<FluentResource>,
}

static CATALOGUES: LazyLock<Catalogues> = LazyLock::new(|| Catalogues {
    english: bundle(Lang::En),
    korean: bundle(Lang::Ko),
});

/// Builds one language's bundle from every part. A syntax error drops only
/// the broken entries (logged); the catalogue test fails on any.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let locale = match lang {
        Lang::En => unic_langid::langid!("en"),
        Lang::Ko => unic_langid::langid!("ko"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // egui draws the Unicode isolation marks Fluent puts around arguments
    // as boxes; the catalogues' arguments are plain names and numbers.
    bundle.set_use_isolating(false);
    for part in CATALOGUE_PARTS {
        let resource = match FluentResource::try_new(part.source(lang).to_owned()) {
            Ok(resource) => resource,
            Err((partial, errors)) => {
                log::error!(
                    "{}/{} has syntax errors: {errors:?}",
                    lang.code(),
                    part.file
                );
                partial
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            log::error!("{}/{} repeats ids: {errors:?}", lang.code(), part.file);
        }
    }
    bundle
}

/// The message `id` in `lang`, with `args` filled in.
///
/// A message missing from `lang` falls back to English, and one missing
/// everywhere shows its id (the catalogue test fails on both), so a slip
/// never blanks a label in front of an audience.
pub fn message(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let catalogues = &*CATALOGUES;
    let own = match lang {
        Lang::En => &catalogues.english,
        Lang::Ko => &catalogues.korean,
    };
    for bundle in [own, &catalogues.english] {
        if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                log::warn!("message {id} in {}: {errors:?}", lang.code());
            }
            return text.into_owned();
        }
    }
    log::warn!("no message {id} in any catalogue");
    id.to_owned()
}

/// True when `lang`'s catalogue has a message `id` (with a value).
pub fn has_message(lang: Lang, id: &str) -> bool {
    let catalogues = &*CATALOGUES;
    let bundle = match lang {
        Lang::En => &catalogues.english,
        Lang::Ko => &catalogues.korean,
    };
    bundle
        .get_message(id)
        .is_some_and(|message| message.value().is_some())
}

/// A user-facing string from the catalogues: `tr!(lang, "id")`, or with
/// arguments `tr!(lang, "id", name = value, …)`. Argument names are Fluent
/// variable names (`{ $name }` in the catalogue); values are strings or
/// numbers.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal) => {
        $crate::i18n::message($lang, $id, None)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::message($lang, $id, Some(&args))
    }};
}

/// The language the UI of `ctx` speaks (English until [`set_lang`]).
pub fn lang_of(ctx: &egui::Context) -> Lang {
    ctx.data(|data| data.get_temp(lang_id()))
        .unwrap_or_default()
}

/// Makes the UI of `ctx` speak `lang` from the next widget drawn.
pub fn set_lang(ctx: &egui::Context, lang: Lang) {
    ctx.data_mut(|data| data.insert_temp(lang_id(), lang));
}

fn lang_id() -> egui::Id {
    egui::Id::unique("peacemap-language")
}
