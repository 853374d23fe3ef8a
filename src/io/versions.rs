//! File format versions: reading `version` first, then the right loader,
//! then migrations step by step up to the current model.
//!
//! # Adding version 5
//! 1. Copy today's model types that change into `src/io/v4.rs` as frozen
//!    structs (`SessionV4`, …) with the same serde layout; never edit them
//!    again (`src/io/v1.rs`, `src/io/v2.rs` and `src/io/v3.rs` show how).
//! 2. Add `Document::V4(SessionV4)` next to the others, make
//!    [`parse_version`] parse version 4 into it, and write
//!    `fn migrate_v4(old: SessionV4) -> Session`; make `migrate_v3` return
//!    a `SessionV4` (each migration takes exactly one step).
//! 3. Bump [`CURRENT_VERSION`], add `tests/golden/v5.ron` and
//!    `tests/golden/v4-as-v5.ron` (what `v4.ron` migrates to), keep the
//!    older golden files and their tests.
//!
//! [`migrate`] walks any old document up to the current one, one step at a
//! time, so every older file keeps opening.

use serde::Deserialize;

use super::error::{LoadError, LoadErrorKind, LoadWarning};
use super::parse::{parse_as, parse_document};
use super::v1::{SessionV1, migrate_v1};
use super::v2::{SessionV2, migrate_v2};
use super::v3::{SessionV3, migrate_v3};
use crate::model::{CURRENT_VERSION, Session};

/// A parsed document in the format of some version, on its way to the
/// current model.
pub(crate) enum Document {
    /// Version 1: board state inside the tracks (`src/io/v1.rs`).
    V1(Box<SessionV1>),
    /// Version 2: plain-string text, no sources (`src/io/v2.rs`).
    V2(Box<SessionV2>),
    /// Version 3: bilingual text and sources, no scenarios (`src/io/v3.rs`).
    V3(Box<SessionV3>),
    /// The current format: [`Session`] as defined in `src/model/`.
    Current(Box<Session>),
}

impl Document {
    /// The version the file said.
    pub(crate) fn version(&self) -> u32 {
        match self {
            Self::V1(old) => old.version(),
            Self::V2(old) => old.version(),
            Self::V3(old) => old.version(),
            Self::Current(session) => session.version,
        }
    }
}

/// Reads the `version` field of `text` without parsing the rest.
///
/// The common case, a file that starts with `(version: N,` (after blank
/// space and comments), is read directly; anything else goes through a
/// full parse that ignores every other field.
pub(crate) fn read_version(text: &str) -> Result<u32, LoadError> {
    let found = match quick_version(text) {
        Some(version) => Some(version),
        None => parse_as::<VersionProbe>(text)?.version,
    };
    found.ok_or(LoadError::new(LoadErrorKind::MissingVersion {
        current: CURRENT_VERSION,
    }))
}

/// Parses `text`, already known to be of `version`, in that version's format.
/// With `warnings`, fields the format does not have are noted there.
pub(crate) fn parse_version(
    text: &str,
    version: u32,
    warnings: Option<&mut Vec<LoadWarning>>,
) -> Result<Document, LoadError> {
    match version {
        0 => Err(LoadError::new(LoadErrorKind::UnknownVersion {
            found: version,
        })),
        1 => Ok(Document::V1(Box::new(parse_document::<SessionV1>(
            text, warnings,
        )?))),
        2 => Ok(Document::V2(Box::new(parse_document::<SessionV2>(
            text, warnings,
        )?))),
        3 => Ok(Document::V3(Box::new(parse_document::<SessionV3>(
            text, warnings,
        )?))),
        CURRENT_VERSION => Ok(Document::Current(Box::new(parse_document::<Session>(
            text, warnings,
        )?))),
        newer if newer > CURRENT_VERSION => Err(LoadError::new(LoadErrorKind::NewerVersion {
            found: newer,
            supported: CURRENT_VERSION,
        })),
        // An older version whose loader was forgotten: refuse rather than guess.
        older => Err(LoadError::new(LoadErrorKind::UnknownVersion {
            found: older,
        })),
    }
}

/// Migrates a document, one version at a time, to the current model.
///
/// Each older variant becomes the next version's document and goes round
/// again, until it is current.
pub(crate) fn migrate(mut document: Document) -> Session {
    loop {
        document = match document {
            Document::V1(old) => Document::V2(Box::new(migrate_v1(*old))),
            Document::V2(old) => Document::V3(Box::new(migrate_v2(*old))),
            Document::V3(old) => Document::Current(Box::new(migrate_v3(*old))),
            Document::Current(mut session) => {
                session.version = CURRENT_VERSION;
                return *session;
            }
        };
    }
}

/// The `version` field alone; every other field is skipped. Named like the
/// session so that a file written as `Session(…)` is accepted too.
#[derive(Deserialize)]
#[serde(rename = "Session")]
struct VersionProbe {
    #[serde(default, deserialize_with = "some_u32")]
    version: Option<u32>,
}

fn some_u32<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    u32::deserialize(deserializer).map(Some)
}

/// The version of a file that starts `(version: N,` or `(version: N)`,
/// with any blank space and comments between the tokens. `None` when the
/// file starts any other way (then a full parse decides).
fn quick_version(text: &str) -> Option<u32> {
    let mut rest = skip_blank(text)?;
    rest = skip_blank(rest.strip_prefix('(')?)?;
    rest = rest.strip_prefix("version")?;
    rest = skip_blank(rest)?;
    rest = skip_blank(rest.strip_prefix(':')?)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (number, after) = rest.split_at(digits);
    let after = skip_blank(after)?;
    if !(after.starts_with(',') || after.starts_with(')')) {
        return None;
    }
    // Leading zeros or an empty number: let the full parser judge.
    if number.is_empty() || number.len() > 1 && number.starts_with('0') {
        return None;
    }
    number.parse().ok()
}

/// Skips blank space, `// line` comments and (unnested) `/* block */`
/// comments; `None` on anything it does not understand.
fn skip_blank(mut text: &str) -> Option<&str> {
    loop {
        text = text.trim_start();
        if let Some(after) = text.strip_prefix("//") {
            text = after.find('\n').map_or("", |end| &after[end..]);
        } else if let Some(after) = text.strip_prefix("/*") {
            let end = after.find("*/")?;
            if after[..end].contains("/*") {
                return None;
            }
            text = &after[end + 2..];
        } else {
            return Some(text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_version_reads_the_common_start() {
        assert_eq!(quick_version("(version: 1, title: \"x\")"), Some(1));
        assert_eq!(
            quick_version("// a\n/* b */ (\n  // c\n  version : 12 )"),
            Some(12)
        );
        assert_eq!(quick_version("(version: 1 /* why */, x: 2)"), Some(1));
    }

    #[test]
    fn quick_version_leaves_the_rest_to_the_parser() {
        for text in [
            "(title: \"x\", version: 1)",
            "Session(version: 1)",
            "(version: 0x1,)",
            "(version: 1_0,)",
            "(version: 01,)",
            "(version: -1,)",
            "(version: \"1\",)",
            "(version: 99999999999,)",
            "/* /* nested */ */ (version: 1,)",
            "#![enable(implicit_some)] (version: 1,)",
            "(version: 1",
        ] {
            assert_eq!(quick_version(text), None, "{text}");
        }
    }

    #[test]
    fn the_probe_finds_version_anywhere_in_the_top_level() {
        assert_eq!(read_version("(title: \"x\", version: 3)"), Ok(3));
        assert_eq!(
            read_version("Session(tracks: [(version: 7)], version: 2)"),
            Ok(2)
        );
        let missing =
            read_version("(title: \"x\", tracks: [(version: 7)])").expect_err("no version");
        assert!(matches!(missing.kind, LoadErrorKind::MissingVersion { .. }));
    }
}
