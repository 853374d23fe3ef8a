//! Errors of the file layer, in plain words, with the path last.
//!
//! A [`LoadError`] says what is wrong, where (line and column, when that
//! applies) and in which file; the app shows its `Display` as is, and
//! `peacemap check` prints the parts in the `FILE:LINE:COL: message` form.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::validate::Problem;
use super::{MAX_FILE_BYTES, RECURSION_LIMIT};

/// A place in a file: 1-based line and column (the column counts characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TextPosition {
    /// Line number, from 1.
    pub line: usize,
    /// Column number, from 1, in characters.
    pub column: usize,
}

impl TextPosition {
    /// The position of byte `offset` in `text` (clamped to the text's end
    /// and moved back to a character boundary).
    #[must_use]
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Self {
            line: 1 + before.bytes().filter(|&b| b == b'\n').count(),
            column: 1 + before[line_start..].chars().count(),
        }
    }

    fn from_ron(position: ron::error::Position) -> Self {
        Self {
            line: position.line,
            column: position.col,
        }
    }
}

impl fmt::Display for TextPosition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// Why a session could not be opened.
///
/// `Display` reads like
/// `line 12, column 5: expected a number for progress_pct of track 3 (in /home/x/s.ron)`.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    /// What is wrong, in plain words.
    pub kind: LoadErrorKind,
    /// Where in the file, when a place applies.
    pub position: Option<TextPosition>,
    /// The file, when the session came from one.
    pub path: Option<PathBuf>,
}

impl LoadError {
    pub(crate) fn new(kind: LoadErrorKind) -> Self {
        Self {
            kind,
            position: None,
            path: None,
        }
    }

    pub(crate) fn at(kind: LoadErrorKind, position: TextPosition) -> Self {
        Self {
            kind,
            position: Some(position),
            path: None,
        }
    }

    /// The same error, naming `path` as the file it came from.
    #[must_use]
    pub fn with_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Line of the problem, from 1, when a place applies.
    #[must_use]
    pub fn line(&self) -> Option<usize> {
        self.position.map(|p| p.line)
    }

    /// Column of the problem, from 1, when a place applies.
    #[must_use]
    pub fn column(&self) -> Option<usize> {
        self.position.map(|p| p.column)
    }

    /// The message alone, without position or path.
    #[must_use]
    pub fn message(&self) -> String {
        self.kind.to_string()
    }

    /// Every problem with its own position: the validation problems when the
    /// file parsed but broke a rule, otherwise this error alone.
    #[must_use]
    pub fn problems(&self) -> Vec<(Option<TextPosition>, String)> {
        match &self.kind {
            LoadErrorKind::Invalid { problems } if !problems.is_empty() => problems
                .iter()
                .map(|p| (p.position, p.kind.to_string()))
                .collect(),
            kind => vec![(self.position, kind.to_string())],
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(position) = self.position {
            write!(f, "{position}: ")?;
        }
        write!(f, "{}", self.kind)?;
        if let Some(path) = &self.path {
            write!(f, " (in {})", path.display())?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Something in a file that opened, but that the app will not keep: the
/// user should hear of it before a save writes the file without it.
///
/// `Display` reads like
/// `line 40, column 13: unknown field colour_hint in track 2 was skipped;
/// saving this session will drop it`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadWarning {
    /// What was found.
    pub kind: LoadWarningKind,
    /// Where in the file, when it could be found in the text.
    pub position: Option<TextPosition>,
}

impl fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(position) = self.position {
            write!(f, "{position}: ")?;
        }
        write!(f, "{}", self.kind)
    }
}

/// What a [`LoadWarning`] is about.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadWarningKind {
    /// A field the format does not have (a typo, or a field of a newer
    /// version of the app): it was skipped, and a save writes the file
    /// without it.
    #[error(
        "unknown field {field}{} was skipped; saving this session will drop it",
        place.as_ref().map(|p| format!(" in {p}")).unwrap_or_default()
    )]
    UnknownField {
        /// The field's name as written.
        field: String,
        /// Where it is, in words (`track 2`, `milestone 1 of track 3`);
        /// `None` at the top level.
        place: Option<String>,
    },
    /// More unknown fields than are listed one by one
    /// ([`super::MAX_PROBLEMS`]).
    #[error("{count} more unknown fields were skipped; saving this session will drop them")]
    MoreUnknownFields {
        /// How many were not listed.
        count: usize,
    },
}

/// What is wrong with a session file.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LoadErrorKind {
    /// The file could not be read at all.
    #[error("could not read the file: {0}")]
    Read(String),
    /// The path names a folder or a device, not a file.
    #[error("this is not a regular file")]
    NotAFile,
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error(
        "the file is too large to be a session ({} MiB; the limit is {} MiB)",
        size_bytes.div_ceil(1024 * 1024),
        MAX_FILE_BYTES / (1024 * 1024)
    )]
    TooLarge {
        /// Size of the file, in bytes.
        size_bytes: u64,
    },
    /// Nothing but blank space (or nothing at all).
    #[error("the file is empty: a session starts with `(version: 1, …`")]
    Empty,
    /// Only comments, no session.
    #[error("the file holds no session, only comments or blank space")]
    NoSession,
    /// UTF-16 text (Windows Notepad's "Unicode").
    #[error("the file is UTF-16 text; save it as UTF-8 and open it again")]
    Utf16,
    /// A zero byte: a binary file, not text.
    #[error("the file contains a zero (NUL) byte: it looks like a binary file, not a session")]
    NulByte,
    /// Bytes that are not UTF-8 text.
    #[error("byte 0x{byte:02X} is not valid UTF-8 text; save the file as UTF-8 and open it again")]
    NotUtf8 {
        /// The first offending byte.
        byte: u8,
    },
    /// The file has no `version` field.
    #[error(
        "the file has no `version` field, so it is not a Peacemap session \
         (a session starts with `(version: {current}, …`)"
    )]
    MissingVersion {
        /// The version this build writes, for the hint.
        current: u32,
    },
    /// Version 0, or some other number that was never a format version.
    #[error("version {found} is not a Peacemap file version (versions start at 1)")]
    UnknownVersion {
        /// The version in the file.
        found: u32,
    },
    /// Written by a newer Peacemap.
    #[error(
        "the file is format version {found}, but this Peacemap reads versions up to \
         {supported}; open it with a newer Peacemap"
    )]
    NewerVersion {
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The text is not a well-formed session.
    #[error("{message}")]
    Syntax {
        /// The problem in plain words.
        message: String,
    },
    /// The session parsed but breaks a rule; `problems` lists them (at most
    /// [`super::MAX_PROBLEMS`]).
    #[error("{}", describe_problems(problems))]
    Invalid {
        /// Every problem found, in file order.
        problems: Vec<Problem>,
    },
}

fn describe_problems(problems: &[Problem]) -> String {
    match problems {
        [] => "the session breaks a rule".to_owned(),
        [only] => only.kind.to_string(),
        [first, rest @ ..] => format!(
            "{} (and {} more problem{})",
            first.kind,
            rest.len(),
            if rest.len() == 1 { "" } else { "s" }
        ),
    }
}

/// Why a session could not be saved. The file on disk is unchanged.
///
/// `Display` reads like
/// `could not save: the disk is full (in /home/x/s.ron)`.
#[derive(Debug)]
pub struct SaveError {
    /// What went wrong.
    pub kind: SaveErrorKind,
    /// The file being written, when there is one.
    pub path: Option<PathBuf>,
}

impl SaveError {
    pub(crate) fn new(kind: SaveErrorKind, path: Option<&Path>) -> Self {
        Self {
            kind,
            path: path.map(Path::to_path_buf),
        }
    }

    pub(crate) fn io(action: &'static str, source: io::Error, path: &Path) -> Self {
        Self::new(SaveErrorKind::Io { action, source }, Some(path))
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not save: {}", self.kind)?;
        if let Some(path) = &self.path {
            write!(f, " (in {})", path.display())?;
        }
        Ok(())
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            SaveErrorKind::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// What went wrong while saving.
#[derive(Debug, thiserror::Error)]
pub enum SaveErrorKind {
    /// The session breaks a rule, so the file would not open again.
    #[error("{}", describe_problems(problems))]
    Invalid {
        /// Every problem found.
        problems: Vec<Problem>,
    },
    /// The session could not be written as text (should not happen).
    #[error("the session could not be written as text: {0}")]
    Serialize(String),
    /// The text written would not read back as the same session; nothing
    /// was written (should not happen; please report it).
    #[error("the saved text would not open again ({0}); nothing was written")]
    NotReadable(String),
    /// The target file is marked read-only.
    #[error("the file is read-only")]
    ReadOnly,
    /// The file system refused.
    #[error("could not {action}: {}", describe_io(source))]
    Io {
        /// What the save was doing, e.g. "write the temporary file".
        action: &'static str,
        /// The error from the system.
        source: io::Error,
    },
}

/// An I/O error in plain words.
pub(crate) fn describe_io(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => {
            "the file or folder does not exist (was it moved or deleted?)".to_owned()
        }
        io::ErrorKind::PermissionDenied => {
            "permission denied (is the folder read-only?)".to_owned()
        }
        io::ErrorKind::StorageFull => "the disk is full".to_owned(),
        io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        io::ErrorKind::IsADirectory => "this is a folder, not a file".to_owned(),
        io::ErrorKind::NotADirectory => "part of the path is a file, not a folder".to_owned(),
        io::ErrorKind::QuotaExceeded => "the disk quota is used up".to_owned(),
        io::ErrorKind::InvalidFilename => "the file name is not valid here".to_owned(),
        _ => error.to_string(),
    }
}

/// A ron parse error, translated into a [`LoadError`].
///
/// `text` is the text that was parsed (to tell a cut-off file from a wrong
/// value); `place` is where in the session the parser was, e.g.
/// `progress_pct of track 3`, when known.
pub(crate) fn from_ron(
    error: &ron::error::SpannedError,
    text: &str,
    place: Option<&str>,
) -> LoadError {
    use ron::Error as E;
    let place = place.filter(|p| !p.is_empty());
    let start_at = offset_of(text, error.span.start);
    let end_at = offset_of(text, error.span.end);
    // Unclosed strings and comments point at where they open, not at the end.
    let points_at_opening = matches!(
        error.code,
        E::ExpectedStringEnd | E::UnclosedBlockComment | E::TrailingCharacters
    );
    // Errors about a value's meaning, not its shape, never mean "cut off".
    let about_meaning = matches!(
        error.code,
        E::MissingStructField { .. }
            | E::DuplicateStructField { .. }
            | E::NoSuchStructField { .. }
            | E::NoSuchEnumVariant { .. }
            | E::InvalidValueForType { .. }
            | E::ExpectedDifferentLength { .. }
            | E::ExpectedDifferentStructName { .. }
            | E::IntegerOutOfBounds
            | E::Message(_)
    );
    let token_at = match (start_at, end_at) {
        _ if matches!(error.code, E::UnclosedBlockComment) => unclosed_comment(text).or(start_at),
        (Some(start_at), Some(end_at)) if start_at <= end_at => {
            let between = &text[start_at..end_at];
            Some(start_at + between.len() - between.trim_start().len())
        }
        (start_at, _) => start_at,
    };
    // A session ends with `)`: an error about meaning at the very end of a
    // text that does not is a cut-off file too (`colour: R` + end), and so
    // is an error on a last word that runs into the end (`reached: t`).
    let span_at_end = end_at.is_none_or(|at| text[at..].trim().is_empty())
        && (!about_meaning || !text.trim_end().ends_with(')'));
    let partial_word = matches!(
        error.code,
        E::ExpectedBoolean
            | E::ExpectedOption
            | E::ExpectedFloat
            | E::ExpectedInteger
            | E::ExpectedUnit
    );
    let last_word = partial_word
        && token_at.is_some_and(|at| {
            let rest = &text[at..];
            !rest.trim().is_empty()
                && rest
                    .trim_end()
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '+'))
        });
    let at_end = !points_at_opening && (span_at_end || last_word);
    let offset = if at_end { Some(text.len()) } else { token_at };
    let position = offset.map_or_else(
        || TextPosition::from_ron(error.span.start),
        |at| TextPosition::of_offset(text, at),
    );
    if matches!(error.code, E::ExpectedNamedStructLike(_)) && at_end && place.is_none() {
        return LoadError::at(LoadErrorKind::NoSession, position);
    }

    let mut message = describe_ron(&error.code, place.is_none());
    if let Some(place) = place {
        // "missing in track 2" but "expected a number for progress_pct".
        let about_the_group = matches!(
            error.code,
            E::MissingStructField { .. }
                | E::DuplicateStructField { .. }
                | E::NoSuchStructField { .. }
                | E::ExpectedComma
                | E::ExpectedStructLikeEnd
                | E::ExpectedArrayEnd
                | E::ExpectedMapEnd
                | E::ExpectedIdentifier
                | E::ExpectedMapColon
                | E::UnexpectedChar(_)
                | E::Eof
        );
        let preposition = if about_the_group { "in" } else { "for" };
        message = format!("{message} {preposition} {place}");
    }
    if at_end && !matches!(error.code, E::Eof) {
        message = format!("the file ends too early (is it cut off?): {message}");
    } else if let Some(hint) = offset.and_then(|at| hint(&error.code, text, at)) {
        message = format!("{message} ({hint})");
    }
    LoadError::at(LoadErrorKind::Syntax { message }, position)
}

/// The byte offset of the `/*` that is never closed: a small scan that
/// skips strings and line comments and counts nested block comments.
fn unclosed_comment(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut opened: Vec<usize> = Vec::new();
    while i < bytes.len() {
        let pair = &bytes[i..bytes.len().min(i + 2)];
        if !opened.is_empty() {
            match pair {
                b"/*" => {
                    opened.push(i);
                    i += 2;
                }
                b"*/" => {
                    opened.pop();
                    i += 2;
                }
                _ => i += 1,
            }
            continue;
        }
        match pair {
            b"/*" => {
                opened.push(i);
                i += 2;
            }
            b"//" => i = text[i..].find('\n').map_or(bytes.len(), |end| i + end),
            [b'"', ..] => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    opened.first().copied()
}

/// A likely cause, read from the text around the error at byte `at`.
fn hint(code: &ron::Error, text: &str, at: usize) -> Option<&'static str> {
    use ron::Error as E;
    if !matches!(
        code,
        E::ExpectedComma | E::ExpectedStructLikeEnd | E::ExpectedArrayEnd | E::ExpectedMapColon
    ) {
        return None;
    }
    let before = text.get(..at)?.trim_end();
    let after = text.get(at..)?;
    if after.starts_with('.') && before.ends_with(|c: char| c.is_ascii_digit()) {
        return Some("whole numbers are written without a decimal point");
    }
    // A string that ends right here and runs over several lines probably
    // began as an unclosed string further up.
    let string_body = before.strip_suffix('"')?;
    let opening = string_body.rfind('"')?;
    string_body[opening..]
        .contains('\n')
        .then_some("is a closing double quote missing on an earlier line?")
}

/// The byte offset of a ron position (1-based line and character column).
fn offset_of(text: &str, position: ron::error::Position) -> Option<usize> {
    let line_start = if position.line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(position.line - 2)?.0 + 1
    };
    let line = text[line_start..].split('\n').next().unwrap_or_default();
    let column = line
        .char_indices()
        .nth(position.col.saturating_sub(1))
        .map_or(line.len(), |(at, _)| at);
    Some(line_start + column)
}

/// One ron error code in plain words. `at_root` is true when the parser was
/// at the top of the file, not inside a field.
fn describe_ron(code: &ron::Error, at_root: bool) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "the file ends too early (is it cut off?)".to_owned(),
        E::ExpectedArray => "expected a list in square brackets `[…]`".to_owned(),
        E::ExpectedArrayEnd => {
            "expected `]` to close the list, or a comma before the next item".to_owned()
        }
        E::ExpectedComma => "expected a comma".to_owned(),
        E::ExpectedFloat => "expected a number".to_owned(),
        E::FloatUnderscore => "a number may not contain `_` here".to_owned(),
        E::ExpectedInteger => "expected a whole number".to_owned(),
        E::IntegerOutOfBounds => "the number is out of range here".to_owned(),
        E::InvalidIntegerDigit { digit, .. } => format!("{digit:?} is not a digit"),
        E::UnderscoreAtBeginning => "a number may not start with `_`".to_owned(),
        E::ExpectedBoolean => "expected `true` or `false`".to_owned(),
        E::ExpectedString | E::ExpectedByteString => "expected text in double quotes".to_owned(),
        E::ExpectedStringEnd => "this text has no closing double quote".to_owned(),
        E::ExpectedChar | E::ExpectedByteLiteral => {
            "expected a character in single quotes".to_owned()
        }
        E::InvalidEscape(what) => format!("bad escape sequence in text ({})", lower_first(what)),
        E::ExpectedNamedStructLike(_) | E::ExpectedStructLike if at_root => {
            "a session file must start with `(`: the whole session is one list of fields \
             in parentheses, like `(version: 1, title: \"…\", …)`"
                .to_owned()
        }
        E::ExpectedNamedStructLike(_) | E::ExpectedStructLike => {
            "expected `(` to start a group of fields".to_owned()
        }
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => {
            "expected `)`, or a comma before the next field".to_owned()
        }
        E::ExpectedOption => "expected `Some(…)` or `None`".to_owned(),
        E::ExpectedMap => "expected a map in braces `{…}`".to_owned(),
        E::ExpectedMapColon => "expected a colon `:` after the field name".to_owned(),
        E::ExpectedMapEnd => "expected `}`".to_owned(),
        E::ExpectedIdentifier => "expected a field name".to_owned(),
        E::ExpectedUnit => "expected `()`".to_owned(),
        E::UnexpectedChar(c) => format!("unexpected character {c:?}"),
        E::TrailingCharacters => "unexpected text after the end of the session".to_owned(),
        E::ExceededRecursionLimit => {
            format!("brackets are nested too deeply (more than {RECURSION_LIMIT} levels)")
        }
        E::UnclosedBlockComment => "a `/*` comment is never closed".to_owned(),
        E::UnclosedLineComment => "a `//` comment is never closed".to_owned(),
        E::Utf8Error(_) => "the text is not valid UTF-8".to_owned(),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => {
            format!(
                "`{found}` is not allowed here; use one of {}",
                one_of(expected)
            )
        }
        E::NoSuchStructField {
            expected, found, ..
        } => {
            format!(
                "there is no field `{found}` here; the fields are {}",
                one_of(expected)
            )
        }
        E::MissingStructField { field, .. } => format!("the field `{field}` is missing"),
        E::DuplicateStructField { field, .. } => format!("the field `{field}` appears twice"),
        E::InvalidValueForType { expected, found } => format!("expected {expected}, found {found}"),
        E::ExpectedDifferentLength { expected, found } => {
            // serde says "tuple struct Rgb with 3 elements": keep the count.
            let expected = expected.rsplit(" with ").next().unwrap_or(expected);
            format!("expected {expected}, found {found}")
        }
        E::ExpectedDifferentStructName { expected, found } => {
            format!("expected `{expected}(…)`, found `{found}(…)`")
        }
        E::ExpectedStructName(name) => format!("expected `{name}(…)`"),
        E::InvalidIdentifier(name) => format!("{name:?} is not a valid name"),
        E::NoSuchExtension(name) => format!("RON has no extension called `{name}`"),
        E::ExpectedAttribute | E::ExpectedAttributeEnd => {
            "a `#![enable(…)]` line is malformed".to_owned()
        }
        other => lower_first(&other.to_string()),
    }
}

fn one_of(names: &[&str]) -> String {
    match names {
        [] => "none".to_owned(),
        [only] => format!("`{only}`"),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(|n| format!("`{n}`")).collect();
            format!("{} or `{last}`", init.join(", "))
        }
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_from_one() {
        let text = "ab\ncé\nx";
        assert_eq!(
            TextPosition::of_offset(text, 0),
            TextPosition { line: 1, column: 1 }
        );
        assert_eq!(
            TextPosition::of_offset(text, 3),
            TextPosition { line: 2, column: 1 }
        );
        // 'é' is two bytes; the offset after it is column 3.
        assert_eq!(
            TextPosition::of_offset(text, 6),
            TextPosition { line: 2, column: 3 }
        );
        // Inside a character: moved back to its start.
        assert_eq!(
            TextPosition::of_offset(text, 5),
            TextPosition { line: 2, column: 2 }
        );
        assert_eq!(
            TextPosition::of_offset(text, 99),
            TextPosition { line: 3, column: 2 }
        );
    }

    #[test]
    fn display_puts_position_first_and_path_last() {
        let error = LoadError::at(
            LoadErrorKind::Syntax {
                message: "expected a number for progress_pct".to_owned(),
            },
            TextPosition {
                line: 12,
                column: 5,
            },
        )
        .with_path("/home/x/s.ron");
        assert_eq!(
            error.to_string(),
            "line 12, column 5: expected a number for progress_pct (in /home/x/s.ron)"
        );
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(one_of(&["A"]), "`A`");
        assert_eq!(one_of(&["A", "B", "C"]), "`A`, `B` or `C`");
    }
}
