//! The one set of ron parser settings, used for loading and for the
//! re-read check before a save, and the translation of its errors.

use serde::de::DeserializeOwned;
use serde_path_to_error::Segment;

use super::RECURSION_LIMIT;
use super::error::{LoadError, from_ron};

/// The parser settings: no extensions, an explicit recursion limit so that
/// deeply nested input is refused instead of overflowing the stack.
pub(crate) fn options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

/// Parses `text` as a `T` with [`options`]; errors say where and what.
pub(crate) fn parse_as<T: DeserializeOwned>(text: &str) -> Result<T, LoadError> {
    options()
        .from_str::<T>(text)
        .map_err(|error| explain::<T>(text, &error))
}

/// Turns a parse error into a [`LoadError`], naming the field the parser
/// was in (`progress_pct of track 3`).
///
/// The fast parse keeps no path, so the text is parsed once more with a
/// path tracker; that costs time only when a file is broken.
fn explain<T: DeserializeOwned>(text: &str, error: &ron::error::SpannedError) -> LoadError {
    let place = ron::Deserializer::from_str_with_options(text, &options())
        .ok()
        .and_then(|mut deserializer| {
            match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
                Err(tracked) if deserializer.span_error(tracked.inner().clone()) == *error => {
                    Some(describe_path(tracked.path()))
                }
                _ => None,
            }
        });
    from_ron(error, text, place.as_deref())
}

/// A field path in words, innermost first: `tracks[2].seats[0].role`
/// becomes `role of seat 1 of track 3`.
fn describe_path(path: &serde_path_to_error::Path) -> String {
    let mut phrases: Vec<String> = Vec::new();
    let mut last_field: Option<&str> = None;
    for segment in path {
        match segment {
            Segment::Map { key } => {
                phrases.push(key.clone());
                last_field = Some(key);
            }
            Segment::Seq { index } => {
                let number = index + 1;
                match last_field.take() {
                    Some(field) => {
                        phrases.pop();
                        phrases.push(format!("{} {number}", item_name(field)));
                    }
                    None => phrases.push(format!("item {number}")),
                }
            }
            Segment::Enum { variant } => {
                phrases.push(variant.clone());
                last_field = None;
            }
            Segment::Unknown => last_field = None,
        }
    }
    phrases.reverse();
    phrases.join(" of ")
}

/// What one item of a list field is called.
fn item_name(list_field: &str) -> String {
    match list_field {
        "participants" => "participant".to_owned(),
        "tracks" => "track".to_owned(),
        "seats" => "seat".to_owned(),
        "milestones" => "milestone".to_owned(),
        "precedents" => "precedent".to_owned(),
        "sanctions" => "sanctions stage".to_owned(),
        "measures" => "measure".to_owned(),
        "track_minimums" => "track minimum".to_owned(),
        "options" => "border option".to_owned(),
        "ratifications" => "ratification".to_owned(),
        "colour" => "colour component".to_owned(),
        other => format!("{other} item"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::LoadErrorKind;
    use crate::io::error::TextPosition;

    #[derive(Debug, serde::Deserialize)]
    #[expect(dead_code, reason = "only parsed")]
    struct Outer {
        tracks: Vec<Inner>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[expect(dead_code, reason = "only parsed")]
    struct Inner {
        progress_pct: f32,
    }

    #[test]
    fn errors_name_the_field_in_words() {
        let text = "(tracks: [\n  (progress_pct: 1),\n  (progress_pct: \"x\"),\n])";
        let error = parse_as::<Outer>(text).expect_err("wrong type");
        assert_eq!(
            error.position,
            Some(TextPosition {
                line: 3,
                column: 18
            })
        );
        assert_eq!(
            error.kind,
            LoadErrorKind::Syntax {
                message: "expected a number for progress_pct of track 2".to_owned()
            }
        );
    }

    #[test]
    fn cut_off_text_says_so_and_points_at_the_end() {
        let error = parse_as::<Outer>("(tracks: [\n  (progress_pct: 1),").expect_err("cut off");
        assert_eq!(
            error.position,
            Some(TextPosition {
                line: 2,
                column: 21
            })
        );
        assert!(
            error.message().starts_with("the file ends too early"),
            "{error}"
        );
    }
}
