//! Errors of the file layer, in plain words, with the path last, in
//! English and Korean.
//!
//! A [`LoadError`] says what is wrong, where (line and column, when that
//! applies) and in which file. Every message comes from the `errors` part
//! of the catalogues (`assets/i18n/{en,ko}/errors.ftl`): `message(lang)`
//! gives it in a language, and `Display` gives the English one (for logs
//! and tests). `peacemap check` prints the parts in the
//! `FILE:LINE:COL: message` form.
//!
//! The errors keep what went wrong as data (a [`SyntaxProblem`], an
//! [`Item`], a [`FieldPath`], an [`IoFailure`]), not as English text, so
//! that each language can word the whole sentence its own way.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::validate::{Problem, ProblemKind};
use super::write::SaveStep;
use super::{MAX_FILE_BYTES, RECURSION_LIMIT};
use crate::model::{Lang, Text};
use crate::tr;

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

    /// `line 12, column 5` in `lang`.
    #[must_use]
    pub fn message(self, lang: Lang) -> String {
        tr!(
            lang,
            "error-position",
            line = self.line,
            column = self.column
        )
    }
}

impl fmt::Display for TextPosition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// `message`, after `position` when there is one.
fn at_position(lang: Lang, position: Option<TextPosition>, message: String) -> String {
    match position {
        Some(position) => tr!(
            lang,
            "error-at-position",
            position = position.message(lang),
            message = message
        ),
        None => message,
    }
}

/// `message`, naming `path` last when there is one.
fn in_file(lang: Lang, path: Option<&Path>, message: String) -> String {
    match path {
        Some(path) => tr!(
            lang,
            "error-in-file",
            message = message,
            path = path.display().to_string()
        ),
        None => message,
    }
}

/// Why a session could not be opened.
///
/// `Display` (English) reads like
/// `line 12, column 5: expected a number for progress_pct of track 3 (in /home/x/s.ron)`;
/// [`LoadError::message`] gives it in either language.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    /// What is wrong.
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

    /// The whole message in `lang`: line and column first, the file last
    /// (`Display` is this in English).
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        let message = at_position(lang, self.position, self.kind.message(lang));
        in_file(lang, self.path.as_deref(), message)
    }

    /// Every problem with its own position, each message in `lang` without
    /// position or path: the validation problems when the file parsed but
    /// broke a rule, otherwise this error alone.
    #[must_use]
    pub fn problems(&self, lang: Lang) -> Vec<(Option<TextPosition>, String)> {
        match &self.kind {
            LoadErrorKind::Invalid { problems } if !problems.is_empty() => problems
                .iter()
                .map(|p| (p.position, p.kind.message(lang)))
                .collect(),
            kind => vec![(self.position, kind.message(lang))],
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LoadError {}

/// Something in a file that opened, but that the app will not keep: the
/// user should hear of it before a save writes the file without it.
///
/// `Display` (English) reads like
/// `line 40, column 13: unknown field colour_hint in track 2 was skipped;
/// saving this session will drop it`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadWarning {
    /// What was found.
    pub kind: LoadWarningKind,
    /// Where in the file, when it could be found in the text.
    pub position: Option<TextPosition>,
}

impl LoadWarning {
    /// The whole warning in `lang`, line and column first.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        at_position(lang, self.position, self.kind.message(lang))
    }
}

impl fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// What a [`LoadWarning`] is about. Not `#[non_exhaustive]`: a new kind
/// must get its messages, and `tests/i18n_errors.rs` matches every kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadWarningKind {
    /// A field the format does not have (a typo, or a field of a newer
    /// version of the app): it was skipped, and a save writes the file
    /// without it.
    UnknownField {
        /// The field's name as written.
        field: String,
        /// Where it is (`track 2`, `milestone 1 of track 3`); `None` at the
        /// top level.
        place: Option<FieldPath>,
    },
    /// More unknown fields than are listed one by one
    /// ([`super::MAX_PROBLEMS`]).
    MoreUnknownFields {
        /// How many were not listed.
        count: usize,
    },
}

impl LoadWarningKind {
    /// The warning in `lang`, without position.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::UnknownField { field, place } => match place {
                Some(place) if !place.is_empty() => tr!(
                    lang,
                    "error-warning-unknown-field-in",
                    field = field.as_str(),
                    place = place.message(lang)
                ),
                _ => tr!(lang, "error-warning-unknown-field", field = field.as_str()),
            },
            Self::MoreUnknownFields { count } => {
                tr!(lang, "error-warning-more-unknown-fields", count = *count)
            }
        }
    }
}

impl fmt::Display for LoadWarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// What is wrong with a session file.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadErrorKind {
    /// The file could not be read at all.
    Read(IoFailure),
    /// The path names a folder or a device, not a file.
    NotAFile,
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// Size of the file, in bytes.
        size_bytes: u64,
    },
    /// Nothing but blank space (or nothing at all).
    Empty,
    /// Only comments, no session.
    NoSession,
    /// UTF-16 text (Windows Notepad's "Unicode").
    Utf16,
    /// A zero byte: a binary file, not text.
    NulByte,
    /// Bytes that are not UTF-8 text.
    NotUtf8 {
        /// The first offending byte.
        byte: u8,
    },
    /// The file has no `version` field.
    MissingVersion {
        /// The version this build writes, for the hint.
        current: u32,
    },
    /// Version 0, or some other number that was never a format version.
    UnknownVersion {
        /// The version in the file.
        found: u32,
    },
    /// Written by a newer Peacemap.
    NewerVersion {
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The text is not a well-formed session (boxed: it is the largest
    /// kind, and every `Result` of the loader carries a `LoadError`).
    Syntax(Box<SyntaxError>),
    /// The session parsed but breaks a rule; `problems` lists them (at most
    /// [`super::MAX_PROBLEMS`]).
    Invalid {
        /// Every problem found, in file order.
        problems: Vec<Problem>,
    },
}

impl LoadErrorKind {
    /// The message in `lang`, without position or path.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Read(failure) => tr!(lang, "error-read", reason = failure.message(lang)),
            Self::NotAFile => tr!(lang, "error-not-a-file"),
            Self::TooLarge { size_bytes } => tr!(
                lang,
                "error-too-large",
                size = size_bytes.div_ceil(1024 * 1024),
                limit = MAX_FILE_BYTES / (1024 * 1024)
            ),
            Self::Empty => tr!(lang, "error-empty"),
            Self::NoSession => tr!(lang, "error-no-session"),
            Self::Utf16 => tr!(lang, "error-utf16"),
            Self::NulByte => tr!(lang, "error-nul-byte"),
            Self::NotUtf8 { byte } => tr!(lang, "error-not-utf8", byte = format!("{byte:02X}")),
            Self::MissingVersion { current } => {
                tr!(lang, "error-missing-version", current = *current)
            }
            Self::UnknownVersion { found } => tr!(lang, "error-unknown-version", found = *found),
            Self::NewerVersion { found, supported } => tr!(
                lang,
                "error-newer-version",
                found = *found,
                supported = *supported
            ),
            Self::Syntax(syntax) => syntax.message(lang),
            Self::Invalid { problems } => describe_problems(problems, lang),
        }
    }
}

impl fmt::Display for LoadErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LoadErrorKind {}

/// The first problem, and how many more there are.
fn describe_problems(problems: &[Problem], lang: Lang) -> String {
    match problems {
        [] => tr!(lang, "error-invalid"),
        [only] => only.kind.message(lang),
        [first, rest @ ..] => tr!(
            lang,
            "error-invalid-and-more",
            first = first.kind.message(lang),
            count = rest.len()
        ),
    }
}

/// What the system said when a file could not be read or written, kept as
/// data (an [`io::Error`] cannot be cloned) to be worded in any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IoFailure {
    /// The kind of failure.
    pub kind: io::ErrorKind,
    /// The system's own words, shown for kinds without a message of ours.
    pub detail: String,
}

impl IoFailure {
    /// The failure in plain words, in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        use io::ErrorKind as K;
        match self.kind {
            K::NotFound => tr!(lang, "error-io-not-found"),
            K::PermissionDenied => tr!(lang, "error-io-permission-denied"),
            K::StorageFull => tr!(lang, "error-io-storage-full"),
            K::ReadOnlyFilesystem => tr!(lang, "error-io-read-only-disk"),
            K::IsADirectory => tr!(lang, "error-io-is-a-folder"),
            K::NotADirectory => tr!(lang, "error-io-not-a-folder"),
            K::QuotaExceeded => tr!(lang, "error-io-quota"),
            K::InvalidFilename => tr!(lang, "error-io-invalid-file-name"),
            _ => tr!(lang, "error-io-other", detail = self.detail.as_str()),
        }
    }
}

impl From<&io::Error> for IoFailure {
    fn from(error: &io::Error) -> Self {
        Self {
            kind: error.kind(),
            detail: error.to_string(),
        }
    }
}

impl fmt::Display for IoFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Text that is not a well-formed session: what the parser expected, in
/// which field, and whether the file looks cut off.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// What is wrong.
    pub problem: SyntaxProblem,
    /// The field the parser was in (`progress_pct of track 3`), when known.
    pub place: Option<FieldPath>,
    /// The text ends before the session does (a cut-off file).
    pub cut_off: bool,
    /// A likely cause read from the text around the error.
    pub hint: Option<SyntaxHint>,
}

impl SyntaxError {
    /// Just `problem`, with no place, hint or cut-off.
    #[must_use]
    pub fn new(problem: SyntaxProblem) -> Self {
        Self {
            problem,
            place: None,
            cut_off: false,
            hint: None,
        }
    }

    /// The message in `lang`: `expected a number for progress_pct of track 3`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        let mut message = self.problem.message(lang);
        if let Some(place) = self.place.as_ref().filter(|p| !p.is_empty()) {
            // "missing in track 2" but "expected a number for progress_pct".
            let place = place.message(lang);
            message = if self.problem.is_about_the_group() {
                tr!(
                    lang,
                    "error-syntax-in-place",
                    message = message,
                    place = place
                )
            } else {
                tr!(
                    lang,
                    "error-syntax-for-place",
                    message = message,
                    place = place
                )
            };
        }
        if self.cut_off {
            tr!(lang, "error-syntax-cut-off", message = message)
        } else if let Some(hint) = self.hint {
            tr!(
                lang,
                "error-syntax-with-hint",
                message = message,
                hint = hint.message(lang)
            )
        } else {
            message
        }
    }
}

/// A likely cause of a syntax error, read from the text around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxHint {
    /// `1.0` where a whole number belongs.
    DecimalPoint,
    /// A string that runs over several lines up to here: its opening
    /// quote was probably never closed.
    MissingClosingQuote,
}

impl SyntaxHint {
    /// The hint in `lang`.
    #[must_use]
    pub fn message(self, lang: Lang) -> String {
        match self {
            Self::DecimalPoint => tr!(lang, "error-hint-decimal-point"),
            Self::MissingClosingQuote => tr!(lang, "error-hint-missing-quote"),
        }
    }
}

/// What the parser found wrong in the text: the parser's error codes, in
/// the app's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// The text ends inside the session.
    EndsTooEarly,
    /// A list `[…]` was expected.
    ExpectedList,
    /// A list's `]` or a comma was expected.
    ExpectedListEnd,
    /// A comma was expected.
    ExpectedComma,
    /// A number was expected.
    ExpectedNumber,
    /// `_` inside a number.
    NumberUnderscore,
    /// A whole number was expected.
    ExpectedWholeNumber,
    /// A number too large or too small for its field.
    NumberOutOfRange,
    /// A character that is not a digit inside a number.
    NotADigit {
        /// The character.
        digit: char,
    },
    /// A number starting with `_`.
    UnderscoreAtStart,
    /// `true` or `false` was expected.
    ExpectedBoolean,
    /// Text in double quotes was expected.
    ExpectedText,
    /// Text whose closing quote is missing.
    UnclosedText,
    /// A character in single quotes was expected.
    ExpectedCharacter,
    /// A bad `\` escape in text.
    BadEscape {
        /// The parser's own words about it.
        detail: String,
    },
    /// The file does not start with `(`.
    MustStartWithParenthesis,
    /// A group `(…)` was expected.
    ExpectedGroup,
    /// A group's `)` or a comma was expected.
    ExpectedGroupEnd,
    /// `Some(…)` or `None` was expected.
    ExpectedOption,
    /// A map `{…}` was expected.
    ExpectedMap,
    /// `:` after a field name was expected.
    ExpectedColon,
    /// A map's `}` was expected.
    ExpectedMapEnd,
    /// A field name was expected.
    ExpectedFieldName,
    /// `()` was expected.
    ExpectedUnit,
    /// A character that does not belong here.
    UnexpectedCharacter {
        /// The character.
        character: char,
    },
    /// Text after the session's closing `)`.
    TextAfterTheEnd,
    /// More than [`RECURSION_LIMIT`] levels of brackets.
    NestedTooDeeply,
    /// A `/*` comment without `*/`.
    UnclosedBlockComment,
    /// A `//` comment without an end.
    UnclosedLineComment,
    /// Text that is not UTF-8.
    NotUtf8,
    /// A word (an enum value) that the field does not allow.
    NotAllowed {
        /// The word written.
        found: String,
        /// The words allowed.
        allowed: Vec<String>,
    },
    /// A field the group does not have.
    NoSuchField {
        /// The field written.
        found: String,
        /// The group's fields.
        fields: Vec<String>,
    },
    /// A required field is missing.
    MissingField {
        /// The field.
        field: String,
    },
    /// A field written twice.
    DuplicateField {
        /// The field.
        field: String,
    },
    /// A value of the wrong kind (as the parser words both).
    WrongValue {
        /// What belongs here.
        expected: String,
        /// What was found.
        found: String,
    },
    /// A list or group with the wrong number of items.
    WrongLength {
        /// How many belong here.
        expected: String,
        /// How many were found.
        found: usize,
    },
    /// A named group with the wrong name.
    WrongGroupName {
        /// The name that belongs here.
        expected: String,
        /// The name written.
        found: String,
    },
    /// A named group `Name(…)` was expected.
    ExpectedGroupName {
        /// The name.
        name: String,
    },
    /// A name that is not a valid identifier.
    InvalidName {
        /// The name.
        name: String,
    },
    /// A `#![enable(…)]` naming an extension RON does not have.
    NoSuchExtension {
        /// The extension.
        name: String,
    },
    /// A malformed `#![enable(…)]` line.
    MalformedAttribute,
    /// Anything else, in the parser's (or a field type's) own words.
    Other {
        /// The parser's words.
        detail: String,
    },
}

impl SyntaxProblem {
    /// True when the problem is about the group the parser was in, not
    /// about one value ("missing in track 2", not "expected a number for
    /// `progress_pct`").
    #[must_use]
    pub fn is_about_the_group(&self) -> bool {
        matches!(
            self,
            Self::MissingField { .. }
                | Self::DuplicateField { .. }
                | Self::NoSuchField { .. }
                | Self::ExpectedComma
                | Self::ExpectedGroupEnd
                | Self::ExpectedListEnd
                | Self::ExpectedMapEnd
                | Self::ExpectedFieldName
                | Self::ExpectedColon
                | Self::UnexpectedCharacter { .. }
                | Self::EndsTooEarly
        )
    }

    /// The problem in `lang`, without place.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::EndsTooEarly => tr!(lang, "error-syntax-ends-too-early"),
            Self::ExpectedList => tr!(lang, "error-syntax-expected-list"),
            Self::ExpectedListEnd => tr!(lang, "error-syntax-expected-list-end"),
            Self::ExpectedComma => tr!(lang, "error-syntax-expected-comma"),
            Self::ExpectedNumber => tr!(lang, "error-syntax-expected-number"),
            Self::NumberUnderscore => tr!(lang, "error-syntax-number-underscore"),
            Self::ExpectedWholeNumber => tr!(lang, "error-syntax-expected-whole-number"),
            Self::NumberOutOfRange => tr!(lang, "error-syntax-number-out-of-range"),
            Self::NotADigit { digit } => {
                tr!(
                    lang,
                    "error-syntax-not-a-digit",
                    digit = format!("{digit:?}")
                )
            }
            Self::UnderscoreAtStart => tr!(lang, "error-syntax-underscore-at-start"),
            Self::ExpectedBoolean => tr!(lang, "error-syntax-expected-boolean"),
            Self::ExpectedText => tr!(lang, "error-syntax-expected-text"),
            Self::UnclosedText => tr!(lang, "error-syntax-unclosed-text"),
            Self::ExpectedCharacter => tr!(lang, "error-syntax-expected-character"),
            Self::BadEscape { detail } => {
                tr!(lang, "error-syntax-bad-escape", detail = detail.as_str())
            }
            Self::MustStartWithParenthesis => tr!(lang, "error-syntax-must-start-with-parenthesis"),
            Self::ExpectedGroup => tr!(lang, "error-syntax-expected-group"),
            Self::ExpectedGroupEnd => tr!(lang, "error-syntax-expected-group-end"),
            Self::ExpectedOption => tr!(lang, "error-syntax-expected-option"),
            Self::ExpectedMap => tr!(lang, "error-syntax-expected-map"),
            Self::ExpectedColon => tr!(lang, "error-syntax-expected-colon"),
            Self::ExpectedMapEnd => tr!(lang, "error-syntax-expected-map-end"),
            Self::ExpectedFieldName => tr!(lang, "error-syntax-expected-field-name"),
            Self::ExpectedUnit => tr!(lang, "error-syntax-expected-unit"),
            Self::UnexpectedCharacter { character } => tr!(
                lang,
                "error-syntax-unexpected-character",
                character = format!("{character:?}")
            ),
            Self::TextAfterTheEnd => tr!(lang, "error-syntax-text-after-the-end"),
            Self::NestedTooDeeply => {
                tr!(
                    lang,
                    "error-syntax-nested-too-deeply",
                    limit = RECURSION_LIMIT
                )
            }
            Self::UnclosedBlockComment => tr!(lang, "error-syntax-unclosed-block-comment"),
            Self::UnclosedLineComment => tr!(lang, "error-syntax-unclosed-line-comment"),
            Self::NotUtf8 => tr!(lang, "error-syntax-not-utf8"),
            Self::NotAllowed { found, allowed } => tr!(
                lang,
                "error-syntax-not-allowed",
                found = found.as_str(),
                allowed = one_of(allowed, lang)
            ),
            Self::NoSuchField { found, fields } => tr!(
                lang,
                "error-syntax-no-such-field",
                found = found.as_str(),
                fields = one_of(fields, lang)
            ),
            Self::MissingField { field } => {
                tr!(lang, "error-syntax-missing-field", field = field.as_str())
            }
            Self::DuplicateField { field } => {
                tr!(lang, "error-syntax-duplicate-field", field = field.as_str())
            }
            Self::WrongValue { expected, found } => tr!(
                lang,
                "error-syntax-wrong-value",
                expected = expected.as_str(),
                found = found.as_str()
            ),
            Self::WrongLength { expected, found } => tr!(
                lang,
                "error-syntax-wrong-value",
                expected = expected.as_str(),
                found = found.to_string()
            ),
            Self::WrongGroupName { expected, found } => tr!(
                lang,
                "error-syntax-wrong-group-name",
                expected = expected.as_str(),
                found = found.as_str()
            ),
            Self::ExpectedGroupName { name } => {
                tr!(
                    lang,
                    "error-syntax-expected-group-name",
                    name = name.as_str()
                )
            }
            Self::InvalidName { name } => {
                tr!(
                    lang,
                    "error-syntax-invalid-name",
                    name = format!("{name:?}")
                )
            }
            Self::NoSuchExtension { name } => {
                tr!(lang, "error-syntax-no-such-extension", name = name.as_str())
            }
            Self::MalformedAttribute => tr!(lang, "error-syntax-malformed-attribute"),
            Self::Other { detail } => tr!(lang, "error-syntax-other", detail = detail.as_str()),
        }
    }

    /// The problem a ron error code describes. `at_root` is true when the
    /// parser was at the top of the file, not inside a field.
    fn of_ron(code: &ron::Error, at_root: bool) -> Self {
        use ron::Error as E;
        let names = |names: &[&str]| names.iter().map(|&n| n.to_owned()).collect();
        match code {
            E::Eof => Self::EndsTooEarly,
            E::ExpectedArray => Self::ExpectedList,
            E::ExpectedArrayEnd => Self::ExpectedListEnd,
            E::ExpectedComma => Self::ExpectedComma,
            E::ExpectedFloat => Self::ExpectedNumber,
            E::FloatUnderscore => Self::NumberUnderscore,
            E::ExpectedInteger => Self::ExpectedWholeNumber,
            E::IntegerOutOfBounds => Self::NumberOutOfRange,
            E::InvalidIntegerDigit { digit, .. } => Self::NotADigit { digit: *digit },
            E::UnderscoreAtBeginning => Self::UnderscoreAtStart,
            E::ExpectedBoolean => Self::ExpectedBoolean,
            E::ExpectedString | E::ExpectedByteString => Self::ExpectedText,
            E::ExpectedStringEnd => Self::UnclosedText,
            E::ExpectedChar | E::ExpectedByteLiteral => Self::ExpectedCharacter,
            E::InvalidEscape(what) => Self::BadEscape {
                detail: lower_first(what),
            },
            E::ExpectedNamedStructLike(_) | E::ExpectedStructLike if at_root => {
                Self::MustStartWithParenthesis
            }
            E::ExpectedNamedStructLike(_) | E::ExpectedStructLike => Self::ExpectedGroup,
            E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => Self::ExpectedGroupEnd,
            E::ExpectedOption => Self::ExpectedOption,
            E::ExpectedMap => Self::ExpectedMap,
            E::ExpectedMapColon => Self::ExpectedColon,
            E::ExpectedMapEnd => Self::ExpectedMapEnd,
            E::ExpectedIdentifier => Self::ExpectedFieldName,
            E::ExpectedUnit => Self::ExpectedUnit,
            E::UnexpectedChar(c) => Self::UnexpectedCharacter { character: *c },
            E::TrailingCharacters => Self::TextAfterTheEnd,
            E::ExceededRecursionLimit => Self::NestedTooDeeply,
            E::UnclosedBlockComment => Self::UnclosedBlockComment,
            E::UnclosedLineComment => Self::UnclosedLineComment,
            E::Utf8Error(_) => Self::NotUtf8,
            E::NoSuchEnumVariant {
                expected, found, ..
            } => Self::NotAllowed {
                found: found.clone(),
                allowed: names(expected),
            },
            E::NoSuchStructField {
                expected, found, ..
            } => Self::NoSuchField {
                found: found.clone(),
                fields: names(expected),
            },
            E::MissingStructField { field, .. } => Self::MissingField {
                field: field.to_string(),
            },
            E::DuplicateStructField { field, .. } => Self::DuplicateField {
                field: field.to_string(),
            },
            E::InvalidValueForType { expected, found } => Self::WrongValue {
                expected: expected.clone(),
                found: found.clone(),
            },
            E::ExpectedDifferentLength { expected, found } => Self::WrongLength {
                // serde says "tuple struct Rgb with 3 elements": keep the count.
                expected: expected
                    .rsplit(" with ")
                    .next()
                    .unwrap_or(expected)
                    .to_owned(),
                found: *found,
            },
            E::ExpectedDifferentStructName { expected, found } => Self::WrongGroupName {
                expected: (*expected).to_owned(),
                found: found.clone(),
            },
            E::ExpectedStructName(name) => Self::ExpectedGroupName { name: name.clone() },
            E::InvalidIdentifier(name) => Self::InvalidName { name: name.clone() },
            E::NoSuchExtension(name) => Self::NoSuchExtension { name: name.clone() },
            E::ExpectedAttribute | E::ExpectedAttributeEnd => Self::MalformedAttribute,
            other => Self::Other {
                detail: lower_first(&other.to_string()),
            },
        }
    }
}

/// Where a value is in a session, in the words of the file: its fields and
/// list items from the top of the session down. `tracks[2].seats[0].role`
/// reads `role of seat 1 of track 3` in English.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldPath {
    /// The steps, outermost first.
    pub steps: Vec<PathStep>,
}

impl FieldPath {
    /// True when the path has no step (the top of the session).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The path in words, in `lang`: `role of seat 1 of track 3`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        let mut steps = self.steps.iter().map(|step| step.message(lang));
        let first = steps.next().unwrap_or_default();
        steps.fold(first, |outer, inner| {
            tr!(lang, "error-place-nested", outer = outer, inner = inner)
        })
    }
}

/// One step of a [`FieldPath`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathStep {
    /// A field, by its name in the file (`progress_pct`).
    Field(String),
    /// An item of a list, counted from 1, with the list's field name
    /// (`tracks`) when it has one.
    Item {
        /// The list's field name.
        list: Option<String>,
        /// The item's number, from 1.
        number: usize,
    },
    /// A variant of a choice (`Work`), by its name in the file.
    Variant(String),
}

impl PathStep {
    /// The step in words: the field's own name, or `track 3`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Field(name) | Self::Variant(name) => name.clone(),
            Self::Item { list, number } => tr!(
                lang,
                "error-place-item",
                noun = list_item_noun(list.as_deref(), lang),
                number = *number
            ),
        }
    }
}

/// What one item of the list in field `list` is called (`tracks`: track).
fn list_item_noun(list: Option<&str>, lang: Lang) -> String {
    match list {
        Some("participants") => ItemKind::Participant.noun(lang),
        Some("tracks") => ItemKind::Track.noun(lang),
        Some("milestones") => ItemKind::Milestone.noun(lang),
        Some("sanctions") => ItemKind::SanctionsStage.noun(lang),
        Some("options") => ItemKind::BorderOption.noun(lang),
        Some("seats") => tr!(lang, "error-noun-seat"),
        Some("precedents") => tr!(lang, "error-noun-precedent"),
        Some("measures") => tr!(lang, "error-noun-measure"),
        Some("track_minimums") => tr!(lang, "error-noun-track-minimum"),
        Some("ratifications") => tr!(lang, "error-noun-ratification"),
        Some("colour") => tr!(lang, "error-noun-colour-component"),
        Some("parts") => tr!(lang, "error-noun-part"),
        Some("scenarios") => ItemKind::Scenario.noun(lang),
        Some("steps") => ItemKind::Step.noun(lang),
        Some(other) => tr!(lang, "error-noun-list-item", list = other),
        None => tr!(lang, "error-noun-item"),
    }
}

/// A kind of item a session defines, with an id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// A participant (a state or body).
    Participant,
    /// A track (a lane).
    Track,
    /// A milestone of a track.
    Milestone,
    /// A stage of sanctions relief.
    SanctionsStage,
    /// An option for the border.
    BorderOption,
    /// A scenario (a story of steps).
    Scenario,
    /// A step of a scenario.
    Step,
}

impl ItemKind {
    /// One item of this kind: `track`.
    #[must_use]
    pub fn noun(self, lang: Lang) -> String {
        match self {
            Self::Participant => tr!(lang, "error-noun-participant"),
            Self::Track => tr!(lang, "error-noun-track"),
            Self::Milestone => tr!(lang, "error-noun-milestone"),
            Self::SanctionsStage => tr!(lang, "error-noun-sanctions-stage"),
            Self::BorderOption => tr!(lang, "error-noun-border-option"),
            Self::Scenario => tr!(lang, "error-noun-scenario"),
            Self::Step => tr!(lang, "error-noun-step"),
        }
    }

    /// Items of this kind among which ids must differ: `tracks`,
    /// `milestones of one track`.
    #[must_use]
    pub fn plural(self, lang: Lang) -> String {
        match self {
            Self::Participant => tr!(lang, "error-noun-participants"),
            Self::Track => tr!(lang, "error-noun-tracks"),
            Self::Milestone => tr!(lang, "error-noun-milestones-of-one-track"),
            Self::SanctionsStage => tr!(lang, "error-noun-sanctions-stages"),
            Self::BorderOption => tr!(lang, "error-noun-border-options"),
            Self::Scenario => tr!(lang, "error-noun-scenarios"),
            Self::Step => tr!(lang, "error-noun-steps-of-the-session"),
        }
    }

    /// An item of this kind as the board's entries name it (`stage`, the
    /// field an entry of `board.stages` refers by).
    #[must_use]
    pub fn board_noun(self, lang: Lang) -> String {
        match self {
            Self::Track => tr!(lang, "error-noun-board-track"),
            Self::SanctionsStage => tr!(lang, "error-noun-board-stage"),
            Self::BorderOption => tr!(lang, "error-noun-board-option"),
            Self::Participant | Self::Milestone | Self::Scenario | Self::Step => self.noun(lang),
        }
    }
}

/// The item a validation problem is about, to be named in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// The `number`th item of its list, named by position (its id is
    /// missing): `track 3`.
    Numbered {
        /// The kind of item.
        kind: ItemKind,
        /// Its place in its list, from 1.
        number: usize,
    },
    /// An item by its id, with its name when it has one:
    /// `track "track-3" (Nuclear security)`.
    Named {
        /// The kind of item.
        kind: ItemKind,
        /// Its id.
        id: String,
        /// Its name; may be empty.
        name: Text,
    },
    /// `milestone 2 ("Talks open") of track "track-3"`.
    Milestone {
        /// Its place among the track's milestones, from 1.
        number: usize,
        /// Its name; may be empty.
        name: Text,
        /// The track's id.
        track: String,
    },
    /// `track minimum 1 of sanctions stage "stage-2"`.
    TrackMinimum {
        /// Its place in the stage's list, from 1.
        number: usize,
        /// The stage's id.
        stage: String,
    },
    /// `seat 2 of track "track-1"` (on the board).
    Seat {
        /// Its place at the table, from 1.
        number: usize,
        /// The track's id.
        track: String,
    },
    /// `precedent 1 of track "track-4"`.
    Precedent {
        /// Its place in the track's list, from 1.
        number: usize,
        /// The track's id.
        track: String,
    },
    /// `board entry 2 of the tracks`.
    BoardTrackEntry {
        /// Its place in `board.tracks`, from 1.
        number: usize,
    },
    /// `border ratification 1`.
    Ratification {
        /// Its place in the list, from 1.
        number: usize,
    },
    /// The gate on the regional track.
    RegionalGate,
    /// `step 2 of scenario "story"` (its id is missing).
    Step {
        /// Its place in the scenario, from 1.
        number: usize,
        /// The scenario's id.
        scenario: String,
    },
}

impl Item {
    /// The item in words, in `lang`; a name shows in `lang` when it has
    /// one there, else in the other language.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Numbered { kind, number } => tr!(
                lang,
                "error-item-numbered",
                noun = kind.noun(lang),
                number = *number
            ),
            Self::Named { kind, id, name } => {
                let name = name.get(lang).trim();
                if name.is_empty() {
                    tr!(
                        lang,
                        "error-item-with-id",
                        noun = kind.noun(lang),
                        id = id.as_str()
                    )
                } else {
                    tr!(
                        lang,
                        "error-item-with-id-and-name",
                        noun = kind.noun(lang),
                        id = id.as_str(),
                        name = name
                    )
                }
            }
            Self::Milestone {
                number,
                name,
                track,
            } => tr!(
                lang,
                "error-item-milestone",
                number = *number,
                name = name.get(lang),
                track = track.as_str()
            ),
            Self::TrackMinimum { number, stage } => tr!(
                lang,
                "error-item-track-minimum",
                number = *number,
                stage = stage.as_str()
            ),
            Self::Seat { number, track } => tr!(
                lang,
                "error-item-seat",
                number = *number,
                track = track.as_str()
            ),
            Self::Precedent { number, track } => tr!(
                lang,
                "error-item-precedent",
                number = *number,
                track = track.as_str()
            ),
            Self::BoardTrackEntry { number } => {
                tr!(lang, "error-item-board-track-entry", number = *number)
            }
            Self::Ratification { number } => {
                tr!(lang, "error-item-ratification", number = *number)
            }
            Self::RegionalGate => tr!(lang, "error-item-regional-gate"),
            Self::Step { number, scenario } => tr!(
                lang,
                "error-item-step",
                number = *number,
                scenario = scenario.as_str()
            ),
        }
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl ProblemKind {
    /// The broken rule in `lang`, naming the item.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::DuplicateId { what, id } => tr!(
                lang,
                "error-problem-duplicate-id",
                what = what.plural(lang),
                id = id.as_str()
            ),
            Self::EmptyId { item } => {
                tr!(lang, "error-problem-empty-id", item = item.message(lang))
            }
            Self::UnknownParticipant { item, id } => tr!(
                lang,
                "error-problem-unknown-participant",
                item = item.message(lang),
                id = id.as_str()
            ),
            Self::UnknownTrack { item, id } => tr!(
                lang,
                "error-problem-unknown-track",
                item = item.message(lang),
                id = id.as_str()
            ),
            Self::OutOfRange { item, field, value } => tr!(
                lang,
                "error-problem-out-of-range",
                item = item.message(lang),
                field = *field,
                value = value.to_string()
            ),
            Self::NotFinite { item, field, value } => tr!(
                lang,
                "error-problem-not-finite",
                item = item.message(lang),
                field = *field,
                value = value.to_string()
            ),
            Self::EmptyName { item, field } => tr!(
                lang,
                "error-problem-empty-name",
                item = item.message(lang),
                field = *field
            ),
            Self::NegativeWeight { item, value } => tr!(
                lang,
                "error-problem-negative-weight",
                item = item.message(lang),
                value = value.to_string()
            ),
            Self::DuplicateSeat { item, participant } => tr!(
                lang,
                "error-problem-duplicate-seat",
                item = item.message(lang),
                participant = participant.as_str()
            ),
            Self::DuplicateRatification { participant } => tr!(
                lang,
                "error-problem-duplicate-ratification",
                participant = participant.as_str()
            ),
            Self::UnknownBoardEntry { what, id } => tr!(
                lang,
                "error-problem-unknown-board-entry",
                what = what.board_noun(lang),
                id = id.as_str()
            ),
            Self::DuplicateBoardEntry { what, id } => tr!(
                lang,
                "error-problem-duplicate-board-entry",
                what = what.board_noun(lang),
                id = id.as_str()
            ),
            Self::MissingBoardEntry { what, id } => tr!(
                lang,
                "error-problem-missing-board-entry",
                what = what.board_noun(lang),
                id = id.as_str()
            ),
            Self::UnknownPart { item, part } => tr!(
                lang,
                "error-problem-unknown-part",
                item = item.message(lang),
                part = part.as_str()
            ),
            Self::EmptyCitation { item } => {
                tr!(
                    lang,
                    "error-problem-empty-citation",
                    item = item.message(lang)
                )
            }
            Self::EmptyDate { item } => {
                tr!(lang, "error-problem-empty-date", item = item.message(lang))
            }
            Self::DuplicatePart { part } => {
                tr!(lang, "error-problem-duplicate-part", part = part.as_str())
            }
            Self::EmptyPart { number } => tr!(lang, "error-problem-empty-part", number = *number),
            Self::OnStep {
                scenario,
                step,
                problem,
            } => tr!(
                lang,
                "error-problem-on-step",
                scenario = scenario.as_str(),
                step = step.as_str(),
                problem = problem.message(lang)
            ),
            Self::WrongVersion { found, current } => tr!(
                lang,
                "error-problem-wrong-version",
                found = *found,
                current = *current
            ),
        }
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ProblemKind {}

impl Problem {
    /// The problem in `lang`, line and column first.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        at_position(lang, self.position, self.kind.message(lang))
    }
}

/// Why a session could not be saved. The file on disk is unchanged.
///
/// `Display` (English) reads like
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

    pub(crate) fn io(action: SaveAction, source: io::Error, path: &Path) -> Self {
        Self::new(SaveErrorKind::Io { action, source }, Some(path))
    }

    /// The whole message in `lang`, the file last.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        let message = tr!(lang, "error-save", reason = self.kind.message(lang));
        in_file(lang, self.path.as_deref(), message)
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
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
#[derive(Debug)]
pub enum SaveErrorKind {
    /// The session breaks a rule, so the file would not open again.
    Invalid {
        /// Every problem found.
        problems: Vec<Problem>,
    },
    /// The session could not be written as text (should not happen).
    Serialize(String),
    /// The text written would not read back as the same session; nothing
    /// was written (should not happen; please report it).
    NotReadable(String),
    /// The target file is marked read-only.
    ReadOnly,
    /// The file system refused.
    Io {
        /// What the save was doing.
        action: SaveAction,
        /// The error from the system.
        source: io::Error,
    },
}

impl SaveErrorKind {
    /// What went wrong, in `lang` (without "could not save").
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Invalid { problems } => describe_problems(problems, lang),
            Self::Serialize(detail) => {
                tr!(lang, "error-save-serialize", detail = detail.as_str())
            }
            Self::NotReadable(detail) => {
                tr!(lang, "error-save-not-readable", detail = detail.as_str())
            }
            Self::ReadOnly => tr!(lang, "error-save-read-only"),
            Self::Io { action, source } => tr!(
                lang,
                "error-save-io",
                action = action.message(lang),
                reason = IoFailure::from(source).message(lang)
            ),
        }
    }
}

impl fmt::Display for SaveErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// What a save (or the recovery copy, or the list of recent files) was
/// doing when the file system refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveAction {
    /// One step of the atomic save.
    Step(SaveStep),
    /// Check the name to save under.
    SaveUnderName,
    /// Replace the file (refused when the name is a folder).
    ReplaceFile,
    /// Read the file's details (permissions, links).
    ReadFileDetails,
    /// Create the folder of the recent-files list.
    CreateSettingsFolder,
    /// Create the folder of the recovery copies.
    CreateRecoveryFolder,
    /// Create the lock that marks a recovery copy as this window's.
    CreateRecoveryLock,
}

impl SaveAction {
    /// What was being done, worded for "could not …" in `lang` (in Korean,
    /// the whole "could not …" clause).
    #[must_use]
    pub fn message(self, lang: Lang) -> String {
        match self {
            Self::Step(SaveStep::CreateTemp) => tr!(lang, "error-action-create-temp"),
            Self::Step(SaveStep::WriteTemp) => tr!(lang, "error-action-write-temp"),
            Self::Step(SaveStep::SyncTemp) => tr!(lang, "error-action-sync-temp"),
            Self::Step(SaveStep::CopyPermissions) => tr!(lang, "error-action-copy-permissions"),
            Self::Step(SaveStep::Backup) => tr!(lang, "error-action-backup"),
            Self::Step(SaveStep::Replace) => tr!(lang, "error-action-replace-with-new"),
            Self::Step(SaveStep::SyncFolder) => tr!(lang, "error-action-sync-folder"),
            Self::SaveUnderName => tr!(lang, "error-action-save-under-name"),
            Self::ReplaceFile => tr!(lang, "error-action-replace-file"),
            Self::ReadFileDetails => tr!(lang, "error-action-read-file-details"),
            Self::CreateSettingsFolder => tr!(lang, "error-action-create-settings-folder"),
            Self::CreateRecoveryFolder => tr!(lang, "error-action-create-recovery-folder"),
            Self::CreateRecoveryLock => tr!(lang, "error-action-create-recovery-lock"),
        }
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
    place: Option<FieldPath>,
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

    let problem = SyntaxProblem::of_ron(&error.code, place.is_none());
    let cut_off = at_end && problem != SyntaxProblem::EndsTooEarly;
    let hint = if cut_off {
        None
    } else {
        offset.and_then(|at| hint(&error.code, text, at))
    };
    LoadError::at(
        LoadErrorKind::Syntax(Box::new(SyntaxError {
            problem,
            place,
            cut_off,
            hint,
        })),
        position,
    )
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
fn hint(code: &ron::Error, text: &str, at: usize) -> Option<SyntaxHint> {
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
        return Some(SyntaxHint::DecimalPoint);
    }
    // A string that ends right here and runs over several lines probably
    // began as an unclosed string further up.
    let string_body = before.strip_suffix('"')?;
    let opening = string_body.rfind('"')?;
    string_body[opening..]
        .contains('\n')
        .then_some(SyntaxHint::MissingClosingQuote)
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

/// `` `A`, `B` or `C` `` in `lang`.
fn one_of(names: &[String], lang: Lang) -> String {
    match names {
        [] => tr!(lang, "error-list-none"),
        [only] => format!("`{only}`"),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(|n| format!("`{n}`")).collect();
            tr!(
                lang,
                "error-list-or",
                init = init.join(", "),
                last = format!("`{last}`")
            )
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
            LoadErrorKind::Syntax(Box::new(SyntaxError {
                place: Some(FieldPath {
                    steps: vec![PathStep::Field("progress_pct".to_owned())],
                }),
                ..SyntaxError::new(SyntaxProblem::ExpectedNumber)
            })),
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
        let names =
            |names: &[&str]| -> Vec<String> { names.iter().map(|&n| n.to_owned()).collect() };
        assert_eq!(one_of(&names(&["A"]), Lang::En), "`A`");
        assert_eq!(
            one_of(&names(&["A", "B", "C"]), Lang::En),
            "`A`, `B` or `C`"
        );
        assert_eq!(
            one_of(&names(&["A", "B", "C"]), Lang::Ko),
            "`A`, `B` 또는 `C`"
        );
    }
}
