//! The one set of ron parser settings, used for loading and for the
//! re-read check before a save, the translation of its errors, and the
//! warnings about fields a file has that the format does not.

use serde::de::DeserializeOwned;
use serde_path_to_error::Segment;

use super::error::{
    FieldPath, LoadError, LoadWarning, LoadWarningKind, PathStep, TextPosition, from_ron,
};
use super::{MAX_PROBLEMS, RECURSION_LIMIT};

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

/// Parses `text` as a `T` like [`parse_as`], and adds to `warnings` each
/// field of the text that `T` does not have (the parser skips those, so a
/// save would drop them), located in the text: at most [`MAX_PROBLEMS`],
/// then one warning that counts the rest (finding each in the text scans
/// it, so a hostile file with a million cannot make that take long).
pub(crate) fn parse_noting_unknown<T: DeserializeOwned>(
    text: &str,
    warnings: &mut Vec<LoadWarning>,
) -> Result<T, LoadError> {
    let mut unknown: Vec<Vec<Step>> = Vec::new();
    let mut more = 0_usize;
    // As `ron::Options::from_str` does it, with the tracking wrapper around
    // the deserializer.
    let parsed =
        ron::Deserializer::from_str_with_options(text, &options()).and_then(|mut deserializer| {
            let value = serde_ignored::deserialize(&mut deserializer, |path| {
                if unknown.len() < MAX_PROBLEMS {
                    unknown.push(steps_of(&path));
                } else {
                    more += 1;
                }
            })
            .map_err(|e| deserializer.span_error(e))?;
            deserializer.end().map_err(|e| deserializer.span_error(e))?;
            Ok(value)
        });
    let value = parsed.map_err(|error| explain::<T>(text, &error))?;
    if !unknown.is_empty() {
        let mut finder = locate::Finder::new(text);
        warnings.extend(
            unknown
                .iter()
                .filter_map(|path| unknown_field(&mut finder, path)),
        );
    }
    if more > 0 {
        warnings.push(LoadWarning {
            kind: LoadWarningKind::MoreUnknownFields { count: more },
            position: None,
        });
    }
    Ok(value)
}

/// [`parse_noting_unknown`] when `warnings` is given, else [`parse_as`]
/// (faster: nothing is tracked).
pub(crate) fn parse_document<T: DeserializeOwned>(
    text: &str,
    warnings: Option<&mut Vec<LoadWarning>>,
) -> Result<T, LoadError> {
    match warnings {
        Some(warnings) => parse_noting_unknown(text, warnings),
        None => parse_as(text),
    }
}

/// One step of the path from the top of a document to a value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Step {
    /// A field of a struct.
    Field(String),
    /// An item of a list, from 0.
    Item(usize),
    /// An enum variant.
    Variant(String),
    /// A wrapper written around the value, or not (`Some(…)`, a newtype).
    Wrapped,
    /// A step the path tracker could not name.
    Unknown,
}

/// The steps of a path from `serde_ignored`, outermost first.
fn steps_of(path: &serde_ignored::Path<'_>) -> Vec<Step> {
    use serde_ignored::Path as P;
    let mut steps = Vec::new();
    let mut at = path;
    loop {
        let (step, parent) = match at {
            P::Root => break,
            P::Seq { parent, index } => (Step::Item(*index), parent),
            P::Map { parent, key } => (Step::Field(key.clone()), parent),
            P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
                (Step::Wrapped, parent)
            }
        };
        steps.push(step);
        at = parent;
    }
    steps.reverse();
    steps
}

/// The warning for an unknown field at `path`, located in `text`. `None`
/// for a path that does not end in a field name (nothing a user wrote).
fn unknown_field(finder: &mut locate::Finder<'_>, path: &[Step]) -> Option<LoadWarning> {
    let (Step::Field(field), within) = path.split_last()? else {
        return None;
    };
    let place = describe(within);
    Some(LoadWarning {
        kind: LoadWarningKind::UnknownField {
            field: field.clone(),
            place: (!place.is_empty()).then_some(place),
        },
        position: finder.field(path),
    })
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
                    Some(describe_path(tracked.path(), &error.code))
                }
                _ => None,
            }
        });
    from_ron(error, text, place)
}

/// A field path as the file names it: `tracks[2].seats[0].role` becomes
/// track 3 › seat 1 › role (`role of seat 1 of track 3` in English). For
/// a field the format does not have, the path ends in that field, which
/// the message already names: the place is where it was written (`board`,
/// not `regional_gates of board`).
fn describe_path(path: &serde_path_to_error::Path, error: &ron::Error) -> FieldPath {
    let mut steps: Vec<Step> = path
        .iter()
        .map(|segment| match segment {
            Segment::Map { key } => Step::Field(key.clone()),
            Segment::Seq { index } => Step::Item(*index),
            Segment::Enum { variant } => Step::Variant(variant.clone()),
            Segment::Unknown => Step::Unknown,
        })
        .collect();
    if let ron::Error::NoSuchStructField { found, .. } = error
        && steps.last() == Some(&Step::Field(found.clone()))
    {
        steps.pop();
    }
    describe(&steps)
}

/// Steps as a [`FieldPath`]: a list's field and an item of it become one
/// step (`tracks`, item 2: track 3); wrappers are left out.
fn describe(steps: &[Step]) -> FieldPath {
    let mut path: Vec<PathStep> = Vec::new();
    let mut last_field: Option<&str> = None;
    for step in steps {
        match step {
            Step::Field(key) => {
                path.push(PathStep::Field(key.clone()));
                last_field = Some(key);
            }
            Step::Item(index) => {
                let number = index + 1;
                let list = last_field.take().map(|field| {
                    path.pop();
                    field.to_owned()
                });
                path.push(PathStep::Item { list, number });
            }
            Step::Variant(variant) => {
                path.push(PathStep::Variant(variant.clone()));
                last_field = None;
            }
            Step::Wrapped => {}
            Step::Unknown => last_field = None,
        }
    }
    FieldPath { steps: path }
}

/// Finding a value of a RON text by its path, for warnings: a small
/// scanner that knows blank space, comments, strings and brackets, and
/// nothing of the model. Only run when there is something to warn about.
mod locate {
    use std::collections::HashMap;

    use super::{Step, TextPosition};

    /// Finds fields by path in one text. It remembers where each value on
    /// the way was, and the last item found in each list, so that many
    /// paths in file order (as the parser reports them) cost about one
    /// pass over the text, not one each.
    pub(in crate::io) struct Finder<'t> {
        text: &'t str,
        /// Where the document's value starts (after attributes).
        start: Option<usize>,
        /// Where the value at a path starts.
        values: HashMap<Vec<Step>, usize>,
        /// For the list at a path: the last item found and where it starts.
        last_item: HashMap<Vec<Step>, (usize, usize)>,
        /// Where each line starts.
        line_starts: Vec<usize>,
    }

    impl<'t> Finder<'t> {
        pub(in crate::io) fn new(text: &'t str) -> Self {
            let bytes = text.as_bytes();
            let mut line_starts = vec![0];
            line_starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
            Self {
                text,
                start: skip_blank(bytes, 0).and_then(|at| skip_attributes(bytes, at)),
                values: HashMap::new(),
                last_item: HashMap::new(),
                line_starts,
            }
        }

        /// The line and column of the name of the field at the end of
        /// `path`.
        pub(in crate::io) fn field(&mut self, path: &[Step]) -> Option<TextPosition> {
            let offset = self.field_offset(path)?;
            let line = self.line_starts.partition_point(|&start| start <= offset);
            let line_start = self.line_starts[line - 1];
            Some(TextPosition {
                line,
                column: 1 + self.text.get(line_start..offset)?.chars().count(),
            })
        }

        fn field_offset(&mut self, path: &[Step]) -> Option<usize> {
            let bytes = self.text.as_bytes();
            let mut at = self.start?;
            let mut found = None;
            for (i, step) in path.iter().enumerate() {
                let last = i + 1 == path.len();
                if !last && let Some(&known) = self.values.get(&path[..=i]) {
                    at = known;
                    continue;
                }
                match step {
                    Step::Field(key) => {
                        let inside = open_struct(bytes, at)?;
                        let (key_at, value_at) = find_field(bytes, inside, key)?;
                        found = Some(key_at);
                        at = value_at;
                    }
                    Step::Item(index) => {
                        let list_path = &path[..i];
                        let (skip, from) = match self.last_item.get(list_path) {
                            Some(&(seen, seen_at)) if seen <= *index => (index - seen, seen_at),
                            _ => (*index, open(bytes, at, b'[')?),
                        };
                        at = find_item(bytes, from, skip)?;
                        self.last_item.insert(list_path.to_vec(), (*index, at));
                    }
                    Step::Wrapped => at = unwrap(bytes, at)?,
                    Step::Variant(_) | Step::Unknown => return None,
                }
                if !last {
                    self.values.insert(path[..=i].to_vec(), at);
                }
            }
            found
        }
    }

    /// Skips blank space and comments (`// line`, nested `/* block */`).
    fn skip_blank(bytes: &[u8], mut at: usize) -> Option<usize> {
        loop {
            match bytes.get(at..)? {
                [b, ..] if b.is_ascii_whitespace() => at += 1,
                [b'/', b'/', ..] => {
                    at = bytes[at..]
                        .iter()
                        .position(|&b| b == b'\n')
                        .map_or(bytes.len(), |end| at + end);
                }
                [b'/', b'*', ..] => {
                    let mut depth = 0_usize;
                    loop {
                        match bytes.get(at..)? {
                            [b'/', b'*', ..] => {
                                depth += 1;
                                at += 2;
                            }
                            [b'*', b'/', ..] => {
                                depth -= 1;
                                at += 2;
                                if depth == 0 {
                                    break;
                                }
                            }
                            [_, ..] => at += 1,
                            [] => return None,
                        }
                    }
                }
                _ => return Some(at),
            }
        }
    }

    /// Skips `#![enable(…)]` attributes at the start of a file.
    fn skip_attributes(bytes: &[u8], mut at: usize) -> Option<usize> {
        while bytes.get(at..)?.starts_with(b"#!") {
            at = skip_blank(bytes, skip_value(bytes, skip_blank(bytes, at + 2)?)?)?;
        }
        Some(at)
    }

    fn is_ident_byte(b: u8) -> bool {
        b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
    }

    /// The end of the identifier (or number, or other bare token) at `at`.
    fn skip_word(bytes: &[u8], at: usize) -> usize {
        let mut end = at;
        while bytes
            .get(end)
            .is_some_and(|&b| is_ident_byte(b) || matches!(b, b'#' | b'.' | b'+' | b'-'))
        {
            end += 1;
        }
        end
    }

    /// The offset after the string that starts at `at` (`"…"`, `'…'` or
    /// a raw string `r#"…"#`), or `None` if none starts there.
    fn skip_string(bytes: &[u8], at: usize) -> Option<usize> {
        match bytes.get(at..)? {
            [quote @ (b'"' | b'\''), ..] => {
                let mut i = at + 1;
                loop {
                    match *bytes.get(i)? {
                        b'\\' => i += 2,
                        b if b == *quote => return Some(i + 1),
                        _ => i += 1,
                    }
                }
            }
            [b'r' | b'b', ..] => {
                let mut i = at + 1;
                if bytes[at] == b'b' && bytes.get(i) == Some(&b'r') {
                    i += 1;
                }
                let hashes = bytes[i..].iter().take_while(|&&b| b == b'#').count();
                if bytes.get(i + hashes) != Some(&b'"') {
                    return None;
                }
                if hashes == 0 && bytes[at] == b'b' && i == at + 1 {
                    // b"…": escapes like a plain string.
                    return skip_string(bytes, at + 1);
                }
                let body = i + hashes + 1;
                let closing: Vec<u8> = std::iter::once(b'"')
                    .chain(std::iter::repeat_n(b'#', hashes))
                    .collect();
                bytes[body..]
                    .windows(closing.len())
                    .position(|w| w == closing.as_slice())
                    .map(|end| body + end + closing.len())
            }
            _ => None,
        }
    }

    /// The offset after the value that starts at `at`.
    fn skip_value(bytes: &[u8], at: usize) -> Option<usize> {
        if let Some(end) = skip_string(bytes, at) {
            return Some(end);
        }
        let close = match *bytes.get(at)? {
            b'(' => b')',
            b'[' => b']',
            b'{' => b'}',
            _ => {
                let end = skip_word(bytes, at);
                if end == at {
                    return None;
                }
                // `Name(…)`, `Some(…)`: the brackets belong to the value.
                let after = skip_blank(bytes, end)?;
                return if matches!(bytes.get(after), Some(b'(' | b'[' | b'{'))
                    && bytes[at].is_ascii_alphabetic()
                {
                    skip_value(bytes, after)
                } else {
                    Some(end)
                };
            }
        };
        let mut i = at + 1;
        loop {
            i = skip_blank(bytes, i)?;
            match *bytes.get(i)? {
                b if b == close => return Some(i + 1),
                b',' | b':' => i += 1,
                _ => i = skip_value(bytes, i)?,
            }
        }
    }

    /// Inside the bracket `open` of the value at `at`, after a name if one
    /// is written (`Session(`, `Some(`).
    fn open(bytes: &[u8], at: usize, open: u8) -> Option<usize> {
        let mut at = skip_blank(bytes, at)?;
        if bytes.get(at)?.is_ascii_alphabetic() {
            at = skip_blank(bytes, skip_word(bytes, at))?;
        }
        (*bytes.get(at)? == open).then_some(at + 1)
    }

    /// Inside the struct at `at`, which may be wrapped in `Some(…)` or a
    /// struct name.
    fn open_struct(bytes: &[u8], at: usize) -> Option<usize> {
        let inside = open(bytes, at, b'(')?;
        if looks_like_struct(bytes, inside) {
            return Some(inside);
        }
        // `Some((…))` or `Name((…))`: one more level.
        open(bytes, inside, b'(').filter(|&deeper| looks_like_struct(bytes, deeper))
    }

    /// Whether the text at `at` (inside a bracket) starts `name:` or is empty.
    fn looks_like_struct(bytes: &[u8], at: usize) -> bool {
        let Some(at) = skip_blank(bytes, at) else {
            return false;
        };
        if bytes.get(at) == Some(&b')') {
            return true;
        }
        let end = skip_word(bytes, at);
        end > at && skip_blank(bytes, end).is_some_and(|after| bytes.get(after) == Some(&b':'))
    }

    /// The value inside a written `Some(…)` or newtype `(…)` at `at`; the
    /// value itself where no wrapper is written.
    fn unwrap(bytes: &[u8], at: usize) -> Option<usize> {
        let at = skip_blank(bytes, at)?;
        if bytes[at..].starts_with(b"Some") {
            let inside = open(bytes, at, b'(')?;
            return skip_blank(bytes, inside);
        }
        Some(at)
    }

    /// The field `key` among the fields starting at `at`: the offsets of
    /// its name and its value.
    fn find_field(bytes: &[u8], mut at: usize, key: &str) -> Option<(usize, usize)> {
        loop {
            at = skip_blank(bytes, at)?;
            if bytes.get(at)? == &b')' {
                return None;
            }
            let name_end = skip_word(bytes, at);
            let name = std::str::from_utf8(&bytes[at..name_end]).ok()?;
            let colon = skip_blank(bytes, name_end)?;
            if bytes.get(colon)? != &b':' {
                return None;
            }
            let value_at = skip_blank(bytes, colon + 1)?;
            if name == key || name.strip_prefix("r#") == Some(key) {
                return Some((at, value_at));
            }
            at = skip_blank(bytes, skip_value(bytes, value_at)?)?;
            if bytes.get(at) == Some(&b',') {
                at += 1;
            }
        }
    }

    /// The start of the item `skip` items after the one at `at` (or after
    /// the opening bracket at `at`).
    fn find_item(bytes: &[u8], mut at: usize, skip: usize) -> Option<usize> {
        for _ in 0..skip {
            at = skip_blank(bytes, at)?;
            if matches!(bytes.get(at)?, b']' | b')') {
                return None;
            }
            at = skip_blank(bytes, skip_value(bytes, at)?)?;
            if bytes.get(at) == Some(&b',') {
                at += 1;
            }
        }
        let at = skip_blank(bytes, at)?;
        (!matches!(bytes.get(at)?, b']' | b')')).then_some(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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

    #[derive(Debug, serde::Deserialize)]
    #[expect(dead_code, reason = "only parsed")]
    struct Doc {
        tracks: Vec<Track>,
        gate: Option<Gate>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[expect(dead_code, reason = "only parsed")]
    struct Track {
        name: String,
        milestones: Vec<Gate>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[expect(dead_code, reason = "only parsed")]
    struct Gate {
        at: f32,
    }

    /// The warnings for `text` as `line:column message` strings.
    fn warnings_of(text: &str) -> Vec<String> {
        let mut warnings = Vec::new();
        parse_noting_unknown::<Doc>(text, &mut warnings).expect("parses");
        warnings
            .iter()
            .map(|w| {
                let p = w.position.expect("located");
                format!("{}:{} {}", p.line, p.column, w.kind)
            })
            .collect()
    }

    #[test]
    fn unknown_fields_are_warned_about_at_their_name() {
        // Strings, raw strings, comments and brackets that look like fields
        // must not confuse the search.
        let text = r##"#![enable(implicit_some)]
// colour: ( ) [ "
(
    tracks: [
        (name: "a: (b", milestones: [], /* colour: 1 */),
        (
            name: r#"x "colour:" ]"#,
            milestones: [(at: 1), (at: 2, colour: "red")],
            colour: (1, 2, [3]),
        ),
    ],
    gate: (at: 3.0, r#note: 'q'),
    extra: [ "]" ],
)"##;
        assert_eq!(
            warnings_of(text),
            [
                "8:43 unknown field colour in milestone 2 of track 2 was skipped; \
                 saving this session will drop it",
                "9:13 unknown field colour in track 2 was skipped; saving this session will drop it",
                "12:21 unknown field note in gate was skipped; saving this session will drop it",
                "13:5 unknown field extra was skipped; saving this session will drop it",
            ]
        );
    }

    #[test]
    fn written_wrappers_are_looked_through() {
        let text =
            "Doc(tracks: [Track(name: \"n\", milestones: [], x: 1)], gate: Some((at: 1, y: 2)))";
        assert_eq!(
            warnings_of(text),
            [
                "1:47 unknown field x in track 1 was skipped; saving this session will drop it",
                "1:74 unknown field y in gate was skipped; saving this session will drop it",
            ]
        );
    }

    #[test]
    fn a_file_without_unknown_fields_has_no_warnings_and_errors_are_unchanged() {
        let text = "(tracks: [(name: \"n\", milestones: [(at: 1)])], gate: None)";
        assert!(warnings_of(text).is_empty());
        let broken = "(tracks: [\n  (name: 1, milestones: []),\n])";
        let mut warnings = Vec::new();
        let error = parse_noting_unknown::<Doc>(broken, &mut warnings).expect_err("wrong type");
        assert_eq!(error, parse_as::<Doc>(broken).expect_err("wrong type"));
    }

    #[test]
    fn the_finder_finds_paths_in_any_order() {
        let text = "(\n  a: [(x: 1), (x: 2),\n    (x: 3)],\n  b: 4,\n)";
        let mut finder = locate::Finder::new(text);
        let field = |name: &str| Step::Field(name.to_owned());
        let x_of = |i| [field("a"), Step::Item(i), field("x")];
        let at = |line, column| Some(TextPosition { line, column });
        assert_eq!(finder.field(&x_of(2)), at(3, 6));
        assert_eq!(finder.field(&x_of(0)), at(2, 8));
        assert_eq!(finder.field(&x_of(1)), at(2, 16));
        assert_eq!(finder.field(&x_of(2)), at(3, 6));
        assert_eq!(finder.field(&x_of(3)), None);
        assert_eq!(finder.field(&[field("b")]), at(4, 3));
    }

    #[test]
    fn unknown_fields_past_the_limit_are_counted_not_listed() {
        let items: Vec<String> = (0..MAX_PROBLEMS + 7)
            .map(|i| format!("(name: \"{i}\", milestones: [], x: {i})"))
            .collect();
        let text = format!("(tracks: [{}], gate: None)", items.join(", "));
        let mut warnings = Vec::new();
        parse_noting_unknown::<Doc>(&text, &mut warnings).expect("parses");
        assert_eq!(warnings.len(), MAX_PROBLEMS + 1);
        assert!(
            warnings[..MAX_PROBLEMS]
                .iter()
                .all(|w| w.position.is_some())
        );
        assert_eq!(
            warnings[MAX_PROBLEMS].to_string(),
            "7 more unknown fields were skipped; saving this session will drop them"
        );
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
            error.kind.to_string(),
            "expected a number for progress_pct of track 2"
        );
        assert_eq!(
            error.kind.message(crate::model::Lang::Ko),
            "트랙 2의 progress_pct: 숫자가 와야 합니다"
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
            error
                .kind
                .to_string()
                .starts_with("the file ends too early"),
            "{error}"
        );
    }
}
