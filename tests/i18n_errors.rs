//! File errors, warnings and the command line in English and Korean: every
//! kind of error has a message in both languages, Korean messages keep the
//! line and column, and `peacemap check` speaks Korean when `--lang ko` or
//! the locale asks for it.
//!
//! The samples below hold one value of each variant of each error type.
//! Each list is checked by an exhaustive `match` (no `_` arm), so a new
//! variant does not compile until it is listed here, with a sample.

#![allow(
    clippy::expect_used,
    reason = "helpers outside #[test] functions; a failure there is a test failure"
)]

mod support;

use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use peacemap::cli::UsageError;
use peacemap::io::{
    FieldPath, IoFailure, Item, ItemKind, LoadError, LoadErrorKind, LoadWarning, LoadWarningKind,
    PathStep, Problem, ProblemKind, SaveAction, SaveError, SaveErrorKind, SaveStep, SyntaxError,
    SyntaxHint, SyntaxProblem, TextPosition, load_file, load_str,
};
use peacemap::model::{Lang, Text};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn corpus(name: &str) -> PathBuf {
    manifest_dir().join("tests/corpus").join(name)
}

fn has_hangul(text: &str) -> bool {
    text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

/// Checks one message pair: both exist (no message id shown instead, no
/// argument left unfilled), the Korean one is Korean and differs from the
/// English one.
fn assert_bilingual(what: &str, english: &str, korean: &str) {
    for (lang, text) in [("en", english), ("ko", korean)] {
        assert!(!text.trim().is_empty(), "{what}: empty in {lang}");
        assert!(
            !text.contains("error-") && !text.contains("{$") && !text.contains("{ $"),
            "{what}: {lang} message missing or not filled in: {text}"
        );
    }
    assert!(
        has_hangul(korean),
        "{what}: the Korean message has no Korean: {korean}"
    );
    assert!(
        !has_hangul(english),
        "{what}: the English message has Korean: {english}"
    );
    assert_ne!(english, korean, "{what}: the same in both languages");
}

fn at(line: usize, column: usize) -> TextPosition {
    TextPosition { line, column }
}

fn place() -> FieldPath {
    FieldPath {
        steps: vec![
            PathStep::Item {
                list: Some("tracks".to_owned()),
                number: 3,
            },
            PathStep::Item {
                list: Some("seats".to_owned()),
                number: 1,
            },
            PathStep::Field("role".to_owned()),
        ],
    }
}

/// Real validation problems, from a session that breaks two rules.
fn real_problems() -> Vec<Problem> {
    let golden =
        std::fs::read_to_string(manifest_dir().join("tests/golden/v2.ron")).expect("golden file");
    let text = golden
        .replacen("progress_pct: 15.0,", "progress_pct: 150.0,", 1)
        .replacen("weight: 1.0,", "weight: -1.0,", 1);
    match load_str(&text).expect_err("two broken rules").kind {
        LoadErrorKind::Invalid { problems } => {
            assert_eq!(problems.len(), 2, "{problems:?}");
            problems
        }
        other => panic!("expected a validation error, got {other:?}"),
    }
}

fn io_kinds() -> Vec<io::ErrorKind> {
    use io::ErrorKind as K;
    vec![
        K::NotFound,
        K::PermissionDenied,
        K::StorageFull,
        K::ReadOnlyFilesystem,
        K::IsADirectory,
        K::NotADirectory,
        K::QuotaExceeded,
        K::InvalidFilename,
        K::Other,
    ]
}

fn load_error_kinds() -> Vec<LoadErrorKind> {
    let all = vec![
        LoadErrorKind::Read(IoFailure {
            kind: io::ErrorKind::NotFound,
            detail: "No such file or directory (os error 2)".to_owned(),
        }),
        LoadErrorKind::NotAFile,
        LoadErrorKind::TooLarge {
            size_bytes: 70 * 1024 * 1024,
        },
        LoadErrorKind::Empty,
        LoadErrorKind::NoSession,
        LoadErrorKind::Utf16,
        LoadErrorKind::NulByte,
        LoadErrorKind::NotUtf8 { byte: 0xE9 },
        LoadErrorKind::MissingVersion { current: 2 },
        LoadErrorKind::UnknownVersion { found: 0 },
        LoadErrorKind::NewerVersion {
            found: 9,
            supported: 2,
        },
        LoadErrorKind::Syntax(Box::new(SyntaxError {
            place: Some(place()),
            ..SyntaxError::new(SyntaxProblem::ExpectedNumber)
        })),
        LoadErrorKind::Invalid {
            problems: real_problems(),
        },
    ];
    for kind in &all {
        // A new variant must be listed above (and here).
        match kind {
            LoadErrorKind::Read(_)
            | LoadErrorKind::NotAFile
            | LoadErrorKind::TooLarge { .. }
            | LoadErrorKind::Empty
            | LoadErrorKind::NoSession
            | LoadErrorKind::Utf16
            | LoadErrorKind::NulByte
            | LoadErrorKind::NotUtf8 { .. }
            | LoadErrorKind::MissingVersion { .. }
            | LoadErrorKind::UnknownVersion { .. }
            | LoadErrorKind::NewerVersion { .. }
            | LoadErrorKind::Syntax(_)
            | LoadErrorKind::Invalid { .. } => {}
        }
    }
    all
}

fn syntax_problems() -> Vec<SyntaxProblem> {
    use SyntaxProblem as S;
    let names = |names: &[&str]| names.iter().map(|&n| n.to_owned()).collect();
    let all = vec![
        S::EndsTooEarly,
        S::ExpectedList,
        S::ExpectedListEnd,
        S::ExpectedComma,
        S::ExpectedNumber,
        S::NumberUnderscore,
        S::ExpectedWholeNumber,
        S::NumberOutOfRange,
        S::NotADigit { digit: 'x' },
        S::UnderscoreAtStart,
        S::ExpectedBoolean,
        S::ExpectedText,
        S::UnclosedText,
        S::ExpectedCharacter,
        S::BadEscape {
            detail: "unknown escape character".to_owned(),
        },
        S::MustStartWithParenthesis,
        S::ExpectedGroup,
        S::ExpectedGroupEnd,
        S::ExpectedOption,
        S::ExpectedMap,
        S::ExpectedColon,
        S::ExpectedMapEnd,
        S::ExpectedFieldName,
        S::ExpectedUnit,
        S::UnexpectedCharacter { character: '#' },
        S::TextAfterTheEnd,
        S::NestedTooDeeply,
        S::UnclosedBlockComment,
        S::UnclosedLineComment,
        S::NotUtf8,
        S::NotAllowed {
            found: "Done".to_owned(),
            allowed: names(&["NotStarted", "Talking", "Agreed"]),
        },
        S::NoSuchField {
            found: "colour_hint".to_owned(),
            fields: names(&["id", "name"]),
        },
        S::MissingField {
            field: "weight".to_owned(),
        },
        S::DuplicateField {
            field: "weight".to_owned(),
        },
        S::WrongValue {
            expected: "a string".to_owned(),
            found: "the unsigned integer `5`".to_owned(),
        },
        S::WrongLength {
            expected: "3 elements".to_owned(),
            found: 2,
        },
        S::WrongGroupName {
            expected: "Rgb".to_owned(),
            found: "Rgba".to_owned(),
        },
        S::ExpectedGroupName {
            name: "Rgb".to_owned(),
        },
        S::InvalidName {
            name: "1st".to_owned(),
        },
        S::NoSuchExtension {
            name: "magic".to_owned(),
        },
        S::MalformedAttribute,
        S::Other {
            detail: "invalid milestone id".to_owned(),
        },
    ];
    for problem in &all {
        match problem {
            S::EndsTooEarly
            | S::ExpectedList
            | S::ExpectedListEnd
            | S::ExpectedComma
            | S::ExpectedNumber
            | S::NumberUnderscore
            | S::ExpectedWholeNumber
            | S::NumberOutOfRange
            | S::NotADigit { .. }
            | S::UnderscoreAtStart
            | S::ExpectedBoolean
            | S::ExpectedText
            | S::UnclosedText
            | S::ExpectedCharacter
            | S::BadEscape { .. }
            | S::MustStartWithParenthesis
            | S::ExpectedGroup
            | S::ExpectedGroupEnd
            | S::ExpectedOption
            | S::ExpectedMap
            | S::ExpectedColon
            | S::ExpectedMapEnd
            | S::ExpectedFieldName
            | S::ExpectedUnit
            | S::UnexpectedCharacter { .. }
            | S::TextAfterTheEnd
            | S::NestedTooDeeply
            | S::UnclosedBlockComment
            | S::UnclosedLineComment
            | S::NotUtf8
            | S::NotAllowed { .. }
            | S::NoSuchField { .. }
            | S::MissingField { .. }
            | S::DuplicateField { .. }
            | S::WrongValue { .. }
            | S::WrongLength { .. }
            | S::WrongGroupName { .. }
            | S::ExpectedGroupName { .. }
            | S::InvalidName { .. }
            | S::NoSuchExtension { .. }
            | S::MalformedAttribute
            | S::Other { .. } => {}
        }
    }
    all
}

fn item_kinds() -> Vec<ItemKind> {
    let all = vec![
        ItemKind::Participant,
        ItemKind::Track,
        ItemKind::Milestone,
        ItemKind::SanctionsStage,
        ItemKind::BorderOption,
        ItemKind::Scenario,
        ItemKind::Step,
    ];
    for kind in &all {
        match kind {
            ItemKind::Participant
            | ItemKind::Track
            | ItemKind::Milestone
            | ItemKind::SanctionsStage
            | ItemKind::BorderOption
            | ItemKind::Scenario
            | ItemKind::Step => {}
        }
    }
    all
}

fn items() -> Vec<Item> {
    let all = vec![
        Item::Numbered {
            kind: ItemKind::Track,
            number: 3,
        },
        Item::Named {
            kind: ItemKind::Track,
            id: "track-3".to_owned(),
            name: Text::both("Nuclear security", "핵 안보"),
        },
        Item::Milestone {
            number: 2,
            name: Text::en("Talks open"),
            track: "track-3".to_owned(),
        },
        Item::TrackMinimum {
            number: 1,
            stage: "stage-2".to_owned(),
        },
        Item::Seat {
            number: 2,
            track: "track-1".to_owned(),
        },
        Item::Precedent {
            number: 1,
            track: "track-4".to_owned(),
        },
        Item::BoardTrackEntry { number: 2 },
        Item::Ratification { number: 1 },
        Item::RegionalGate,
        Item::Step {
            number: 2,
            scenario: "story".to_owned(),
        },
    ];
    for item in &all {
        match item {
            Item::Numbered { .. }
            | Item::Named { .. }
            | Item::Milestone { .. }
            | Item::TrackMinimum { .. }
            | Item::Seat { .. }
            | Item::Precedent { .. }
            | Item::BoardTrackEntry { .. }
            | Item::Ratification { .. }
            | Item::RegionalGate
            | Item::Step { .. } => {}
        }
    }
    all
}

fn problem_kinds() -> Vec<ProblemKind> {
    use ProblemKind as P;
    let item = || Item::Named {
        kind: ItemKind::Track,
        id: "track-2".to_owned(),
        name: Text::en("Economic measures"),
    };
    let all = vec![
        P::DuplicateId {
            what: ItemKind::Track,
            id: "track-1".to_owned(),
        },
        P::EmptyId {
            item: Item::Numbered {
                kind: ItemKind::Participant,
                number: 4,
            },
        },
        P::UnknownParticipant {
            item: Item::Seat {
                number: 1,
                track: "track-1".to_owned(),
            },
            id: "xx".to_owned(),
        },
        P::UnknownTrack {
            item: Item::RegionalGate,
            id: "track-9".to_owned(),
        },
        P::OutOfRange {
            item: item(),
            field: "progress_pct",
            value: 150.0,
        },
        P::NotFinite {
            item: item(),
            field: "weight",
            value: f32::INFINITY,
        },
        P::EmptyName {
            item: item(),
            field: "name",
        },
        P::NegativeWeight {
            item: item(),
            value: -1.0,
        },
        P::DuplicateSeat {
            item: item(),
            participant: "us".to_owned(),
        },
        P::DuplicateRatification {
            participant: "cn".to_owned(),
        },
        P::UnknownBoardEntry {
            what: ItemKind::SanctionsStage,
            id: "stage-7".to_owned(),
        },
        P::DuplicateBoardEntry {
            what: ItemKind::Track,
            id: "track-1".to_owned(),
        },
        P::MissingBoardEntry {
            what: ItemKind::BorderOption,
            id: "border-2".to_owned(),
        },
        P::UnknownPart {
            item: Item::Precedent {
                number: 1,
                track: "track-4".to_owned(),
            },
            part: "A six-track proposal".to_owned(),
        },
        P::EmptyCitation {
            item: Item::Milestone {
                number: 2,
                name: Text::both("Liaison office opens", "연락사무소 개소"),
                track: "track-1".to_owned(),
            },
        },
        P::EmptyDate {
            item: Item::Seat {
                number: 2,
                track: "track-1".to_owned(),
            },
        },
        P::DuplicatePart {
            part: "Track 4".to_owned(),
        },
        P::EmptyPart { number: 3 },
        P::OnStep {
            scenario: "story".to_owned(),
            step: "step-2".to_owned(),
            problem: Box::new(P::UnknownTrack {
                item: Item::BoardTrackEntry { number: 1 },
                id: "track-9".to_owned(),
            }),
        },
        P::WrongVersion {
            found: 1,
            current: 2,
        },
    ];
    for kind in &all {
        match kind {
            P::DuplicateId { .. }
            | P::EmptyId { .. }
            | P::UnknownParticipant { .. }
            | P::UnknownTrack { .. }
            | P::OutOfRange { .. }
            | P::NotFinite { .. }
            | P::EmptyName { .. }
            | P::NegativeWeight { .. }
            | P::DuplicateSeat { .. }
            | P::DuplicateRatification { .. }
            | P::UnknownBoardEntry { .. }
            | P::DuplicateBoardEntry { .. }
            | P::MissingBoardEntry { .. }
            | P::UnknownPart { .. }
            | P::EmptyCitation { .. }
            | P::EmptyDate { .. }
            | P::DuplicatePart { .. }
            | P::EmptyPart { .. }
            | P::OnStep { .. }
            | P::WrongVersion { .. } => {}
        }
    }
    all
}

fn warning_kinds() -> Vec<LoadWarningKind> {
    let all = vec![
        LoadWarningKind::UnknownField {
            field: "lane_colour".to_owned(),
            place: Some(place()),
        },
        LoadWarningKind::UnknownField {
            field: "lane_colour".to_owned(),
            place: None,
        },
        LoadWarningKind::MoreUnknownFields { count: 7 },
    ];
    for kind in &all {
        match kind {
            LoadWarningKind::UnknownField { .. } | LoadWarningKind::MoreUnknownFields { .. } => {}
        }
    }
    all
}

fn save_actions() -> Vec<SaveAction> {
    let mut all: Vec<SaveAction> = SaveStep::ALL.into_iter().map(SaveAction::Step).collect();
    all.extend([
        SaveAction::SaveUnderName,
        SaveAction::ReplaceFile,
        SaveAction::ReadFileDetails,
        SaveAction::CreateSettingsFolder,
        SaveAction::CreateRecoveryFolder,
        SaveAction::CreateRecoveryLock,
    ]);
    for action in &all {
        match action {
            SaveAction::Step(
                SaveStep::CreateTemp
                | SaveStep::WriteTemp
                | SaveStep::SyncTemp
                | SaveStep::CopyPermissions
                | SaveStep::Backup
                | SaveStep::Replace
                | SaveStep::SyncFolder,
            )
            | SaveAction::SaveUnderName
            | SaveAction::ReplaceFile
            | SaveAction::ReadFileDetails
            | SaveAction::CreateSettingsFolder
            | SaveAction::CreateRecoveryFolder
            | SaveAction::CreateRecoveryLock => {}
        }
    }
    all
}

fn save_error_kinds() -> Vec<SaveErrorKind> {
    let all = vec![
        SaveErrorKind::Invalid {
            problems: real_problems(),
        },
        SaveErrorKind::Serialize("exceeded recursion limit".to_owned()),
        SaveErrorKind::NotReadable("line 3, column 1: expected a comma".to_owned()),
        SaveErrorKind::ReadOnly,
        SaveErrorKind::Io {
            action: SaveAction::Step(SaveStep::WriteTemp),
            source: io::Error::from(io::ErrorKind::StorageFull),
        },
    ];
    for kind in &all {
        match kind {
            SaveErrorKind::Invalid { .. }
            | SaveErrorKind::Serialize(_)
            | SaveErrorKind::NotReadable(_)
            | SaveErrorKind::ReadOnly
            | SaveErrorKind::Io { .. } => {}
        }
    }
    all
}

fn usage_errors() -> Vec<UsageError> {
    let all = vec![
        UsageError::NotAvailable {
            command: "export".to_owned(),
        },
        UsageError::UnknownCheckOption {
            option: "--strict".to_owned(),
        },
        UsageError::CheckNeedsAFile,
        UsageError::UnknownOption {
            option: "--frobnicate".to_owned(),
        },
        UsageError::OneFileToOpen,
        UsageError::LangNeedsAValue,
        UsageError::UnknownLang {
            value: "fr".to_owned(),
        },
    ];
    for error in &all {
        match error {
            UsageError::NotAvailable { .. }
            | UsageError::UnknownCheckOption { .. }
            | UsageError::CheckNeedsAFile
            | UsageError::UnknownOption { .. }
            | UsageError::OneFileToOpen
            | UsageError::LangNeedsAValue
            | UsageError::UnknownLang { .. } => {}
        }
    }
    all
}

/// Checks every message of `samples`, and that no two samples read the
/// same (a variant that falls back to another's message).
fn assert_all_bilingual<T: std::fmt::Debug>(
    samples: &[T],
    message: impl Fn(&T, Lang) -> String,
) -> usize {
    let mut seen = BTreeSet::new();
    for sample in samples {
        let english = message(sample, Lang::En);
        let korean = message(sample, Lang::Ko);
        assert_bilingual(&format!("{sample:?}"), &english, &korean);
        assert!(
            seen.insert(korean.clone()),
            "{sample:?} reads like another sample: {korean}"
        );
    }
    samples.len()
}

#[test]
fn every_error_kind_has_a_message_in_both_languages() {
    let counted = [
        assert_all_bilingual(&load_error_kinds(), LoadErrorKind::message),
        assert_all_bilingual(&syntax_problems(), SyntaxProblem::message),
        assert_all_bilingual(
            &[SyntaxHint::DecimalPoint, SyntaxHint::MissingClosingQuote],
            |h, l| h.message(l),
        ),
        assert_all_bilingual(&item_kinds(), |k, l| k.noun(l)),
        assert_all_bilingual(&item_kinds(), |k, l| k.plural(l)),
        assert_all_bilingual(&items(), Item::message),
        assert_all_bilingual(&problem_kinds(), ProblemKind::message),
        assert_all_bilingual(&warning_kinds(), LoadWarningKind::message),
        assert_all_bilingual(&save_actions(), |a, l| a.message(l)),
        assert_all_bilingual(&save_error_kinds(), SaveErrorKind::message),
        assert_all_bilingual(&usage_errors(), UsageError::message),
        assert_all_bilingual(&io_kinds(), |kind, l| {
            IoFailure {
                kind: *kind,
                detail: "os said no".to_owned(),
            }
            .message(l)
        }),
    ];
    // One sample of each variant (the warnings list one twice: with and
    // without a place).
    assert_eq!(counted, [13, 42, 2, 7, 7, 10, 20, 3, 13, 5, 7, 9]);
    // Every list the file format has names its items in both languages.
    let lists = [
        "participants",
        "tracks",
        "milestones",
        "sanctions",
        "options",
        "seats",
        "precedents",
        "measures",
        "track_minimums",
        "ratifications",
        "colour",
        "parts",
        "scenarios",
        "steps",
        "lanes_of_the_future",
    ];
    let mut steps: Vec<PathStep> = lists
        .iter()
        .map(|list| PathStep::Item {
            list: Some((*list).to_owned()),
            number: 2,
        })
        .collect();
    steps.push(PathStep::Item {
        list: None,
        number: 2,
    });
    assert_all_bilingual(&steps, PathStep::message);
    // A board entry names the item by the board's own word.
    for kind in [
        ItemKind::Track,
        ItemKind::SanctionsStage,
        ItemKind::BorderOption,
    ] {
        assert_bilingual(
            &format!("{kind:?} on the board"),
            &kind.board_noun(Lang::En),
            &kind.board_noun(Lang::Ko),
        );
    }
}

#[test]
fn messages_read_naturally_in_each_language() {
    let path = place();
    assert_eq!(path.message(Lang::En), "role of seat 1 of track 3");
    assert_eq!(path.message(Lang::Ko), "트랙 3의 좌석 1의 role");
    let error = LoadError {
        kind: LoadErrorKind::Syntax(Box::new(SyntaxError {
            place: Some(path),
            ..SyntaxError::new(SyntaxProblem::ExpectedText)
        })),
        position: Some(at(12, 5)),
        path: Some(PathBuf::from("/home/x/s.ron")),
    };
    assert_eq!(
        error.message(Lang::En),
        "line 12, column 5: expected text in double quotes for role of seat 1 of track 3 \
         (in /home/x/s.ron)"
    );
    assert_eq!(
        error.message(Lang::Ko),
        "12번째 줄, 5번째 열: 트랙 3의 좌석 1의 role: 큰따옴표로 묶은 텍스트가 와야 합니다 \
         (파일: /home/x/s.ron)"
    );
    // `Display` is the English message.
    assert_eq!(error.to_string(), error.message(Lang::En));
    // A bilingual name shows in the reader's language.
    let named = &items()[1];
    assert_eq!(
        named.message(Lang::En),
        "track \"track-3\" (Nuclear security)"
    );
    assert_eq!(named.message(Lang::Ko), "트랙 \"track-3\"(핵 안보)");
}

#[test]
fn korean_messages_keep_the_line_and_column() {
    let position = Some(at(23, 27));
    for kind in load_error_kinds() {
        let error = LoadError {
            kind,
            position,
            path: Some(PathBuf::from("s.ron")),
        };
        let korean = error.message(Lang::Ko);
        assert!(
            korean.starts_with("23번째 줄, 27번째 열: ") && korean.ends_with("(파일: s.ron)"),
            "{korean}"
        );
        assert!(
            error.message(Lang::En).starts_with("line 23, column 27: "),
            "{error}"
        );
    }
    for kind in warning_kinds() {
        let warning = LoadWarning { kind, position };
        let korean = warning.message(Lang::Ko);
        assert!(korean.starts_with("23번째 줄, 27번째 열: "), "{korean}");
    }
    // Each validation problem keeps its own place, in both languages.
    for problem in real_problems() {
        let position = problem.position.expect("located in the text");
        let korean = problem.message(Lang::Ko);
        assert!(
            korean.starts_with(&format!(
                "{}번째 줄, {}번째 열: ",
                position.line, position.column
            )),
            "{korean}"
        );
    }
}

#[test]
fn every_corpus_file_is_refused_in_korean_too() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(manifest_dir().join("tests/corpus"))
        .expect("corpus")
        .map(|entry| entry.expect("entry").path())
        .collect();
    files.sort();
    assert!(files.len() > 50, "the corpus is missing");
    for file in files {
        let error = load_file(&file).expect_err("every corpus file is broken");
        let english = error.message(Lang::En);
        let korean = error.message(Lang::Ko);
        assert_bilingual(&file.display().to_string(), &english, &korean);
        if let Some(position) = error.position {
            assert!(
                korean.starts_with(&format!(
                    "{}번째 줄, {}번째 열: ",
                    position.line, position.column
                )),
                "{}: {korean}",
                file.display()
            );
        }
        for (_, message) in error.problems(Lang::Ko) {
            assert!(has_hangul(&message), "{}: {message}", file.display());
        }
    }
}

#[test]
fn save_errors_are_worded_in_both_languages_with_the_file_last() {
    let error = SaveError {
        kind: SaveErrorKind::Io {
            action: SaveAction::Step(SaveStep::WriteTemp),
            source: io::Error::from(io::ErrorKind::StorageFull),
        },
        path: Some(PathBuf::from("/tmp/s.ron")),
    };
    assert_eq!(
        error.to_string(),
        "could not save: could not write the temporary file: the disk is full (in /tmp/s.ron)"
    );
    assert_eq!(
        error.message(Lang::Ko),
        "저장하지 못했습니다: 임시 파일을 쓰지 못했습니다: 디스크가 가득 찼습니다 (파일: /tmp/s.ron)"
    );
}

/// Runs the real binary with the locale variables given and no others.
fn peacemap(args: &[&str], locale: &[(&str, &str)]) -> (Option<i32>, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_peacemap"));
    command
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (name, value) in locale {
        command.env(name, value);
    }
    let output = command.output().expect("run peacemap");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// What `check` must print for corpus file 23 in Korean: the place and
/// the problem, after `FILE:LINE:COL`.
fn korean_wrong_type_line() -> (String, String) {
    let bad = corpus("23-wrong-type-progress.ron").display().to_string();
    let line = format!("{bad}:23:27: 트랙 1의 progress_pct: 숫자가 와야 합니다\n");
    (bad, line)
}

#[test]
fn check_with_lang_ko_prints_korean_with_line_and_column() {
    let (bad, expected) = korean_wrong_type_line();
    let (code, out, _) = peacemap(&["check", &bad, "--lang", "ko"], &[]);
    assert_eq!(code, Some(1), "{out}");
    assert_eq!(out, expected);
    // `--lang` wins over the locale, both ways.
    let (_, out, _) = peacemap(&["check", "--lang=ko", &bad], &[("LANG", "en_US.UTF-8")]);
    assert_eq!(out, expected);
    let (_, out, _) = peacemap(&["check", "--lang", "en", &bad], &[("LANG", "ko_KR.UTF-8")]);
    assert_eq!(
        out,
        format!("{bad}:23:27: expected a number for progress_pct of track 1\n")
    );
}

#[test]
fn check_speaks_the_locale_language_without_lang() {
    let (bad, expected) = korean_wrong_type_line();
    let (code, out, _) = peacemap(&["check", &bad], &[("LANG", "ko_KR.UTF-8")]);
    assert_eq!(code, Some(1), "{out}");
    assert_eq!(out, expected);
    // LC_ALL comes first: an English LC_ALL beats a Korean LANG.
    let (_, out, _) = peacemap(
        &["check", &bad],
        &[("LC_ALL", "C.UTF-8"), ("LANG", "ko_KR.UTF-8")],
    );
    assert!(out.contains("expected a number"), "{out}");
    // No locale at all: English.
    let (_, out, _) = peacemap(&["check", &bad], &[]);
    assert!(out.contains("expected a number"), "{out}");
}

#[test]
fn the_rest_of_the_command_line_speaks_korean_too() {
    let golden = manifest_dir().join("tests/golden/v2.ron");
    let golden = golden.display().to_string();
    let (code, out, _) = peacemap(&["check", "--lang", "ko", &golden], &[]);
    assert_eq!(code, Some(0));
    assert_eq!(
        out,
        format!("{golden}: 정상 (트랙 6개, 시나리오 0개, 단계 0개)\n")
    );
    let (code, out, _) = peacemap(&["--help"], &[("LANG", "ko_KR.UTF-8")]);
    assert_eq!(code, Some(0));
    assert!(
        out.contains("사용법:") && out.contains("--lang en|ko") && out.contains("종료 상태"),
        "{out}"
    );
    let (code, _, err) = peacemap(&["check", "--lang", "ko"], &[]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("파일이 하나 이상 필요합니다") && err.contains("peacemap --help"),
        "{err}"
    );
    let (code, _, err) = peacemap(&["check", "--lang", "fr", &golden], &[]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("`fr`") && err.contains("`en` or `ko`"),
        "{err}"
    );
}

/// The golden version-3 file (bilingual) with its second track's name in
/// both languages too, written to `dir` as `name`, after `edit`.
fn bilingual_v3(dir: &Path, name: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let golden =
        std::fs::read_to_string(manifest_dir().join("tests/golden/v3.ron")).expect("golden file");
    let bilingual = golden.replacen(
        "name: \"Economic measures\",",
        "name: (en: \"Economic measures\", ko: \"경제 조치\"),",
        1,
    );
    assert_ne!(bilingual, golden, "the golden file has no track 2 to edit");
    let path = dir.join(name);
    std::fs::write(&path, edit(bilingual)).expect("write");
    path
}

#[test]
fn check_accepts_and_validates_bilingual_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = bilingual_v3(dir.path(), "good.ron", |text| text);
    let good = good.to_str().expect("UTF-8 path");
    let (code, out, _) = peacemap(&["check", "--lang", "ko", good], &[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.starts_with(&format!("{good}: 정상 (트랙 2개")), "{out}");

    // A broken rule on the bilingual track names it in the reader's
    // language, at the line of the board entry.
    let bad = bilingual_v3(dir.path(), "bad.ron", |text| {
        text.replacen("progress_pct: 0.0,", "progress_pct: 150.0,", 1)
    });
    let line = std::fs::read_to_string(&bad)
        .expect("read")
        .lines()
        .position(|l| l.contains("progress_pct: 150.0"))
        .expect("the edit")
        + 1;
    let bad = bad.to_str().expect("UTF-8 path");
    let (code, out, _) = peacemap(&["check", "--lang", "ko", bad], &[]);
    assert_eq!(code, Some(1), "{out}");
    assert_eq!(
        out,
        format!(
            "{bad}:{line}:17: 트랙 \"track-2\"(경제 조치): progress_pct 값(150)이 0–100 범위를 \
             벗어납니다\n"
        )
    );
    let (_, out, _) = peacemap(&["check", bad], &[]);
    assert_eq!(
        out,
        format!(
            "{bad}:{line}:17: track \"track-2\" (Economic measures): progress_pct 150 is outside \
             0–100\n"
        )
    );

    // Text in neither language is an empty name, in Korean too.
    let blank = bilingual_v3(dir.path(), "blank.ron", |text| {
        text.replacen(
            "name: (en: \"Economic measures\", ko: \"경제 조치\"),",
            "name: (en: \"\", ko: \" \"),",
            1,
        )
    });
    let line = std::fs::read_to_string(&blank)
        .expect("read")
        .lines()
        .position(|l| l.contains("name: (en: \"\", ko: \" \"),"))
        .expect("the edit")
        + 1;
    let blank = blank.to_str().expect("UTF-8 path");
    let (code, out, _) = peacemap(&["check", "--lang", "ko", blank], &[]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.starts_with(&format!(
            "{blank}:{line}:13: 트랙 \"track-2\": name 값이 비어 있습니다"
        )),
        "{out}"
    );
}

#[test]
fn the_app_shows_file_errors_and_warnings_in_the_ui_language() {
    let mut harness = support::app_harness(support::LAPTOP);
    harness
        .get_by_role_and_label(Role::Button, "Language: English. Switch to 한국어")
        .click();
    harness.run();
    let before = harness.state().session().clone();

    // A broken file: the error, in Korean, with its line and column.
    support::drop_file(&mut harness, &corpus("23-wrong-type-progress.ron"));
    harness.get_by_label_contains("세션을 열 수 없습니다");
    let message = harness
        .get_by_label_contains("23번째 줄, 27번째 열: 트랙 1의 progress_pct: 숫자가 와야 합니다");
    assert!(
        format!("{message:?}").contains("(파일: "),
        "the file is named: {message:?}"
    );
    assert!(
        harness
            .query_by_label_contains("expected a number")
            .is_none(),
        "no English left in the message"
    );
    assert_eq!(harness.state().session(), &before, "the session is kept");
    harness.get_by_role_and_label(Role::Button, "확인").click();
    harness.run();

    // A file with a field the format does not have: the warning, in Korean,
    // where the field is.
    let dir = tempfile::tempdir().expect("temp dir");
    let text =
        std::fs::read_to_string(manifest_dir().join("tests/golden/v3.ron")).expect("golden file");
    let anchor = "            weight: 1.0,\n";
    let at = text.find(anchor).expect("a track weight") + anchor.len();
    let line = text[..at].lines().count() + 1;
    let mut edited = text.clone();
    edited.insert_str(at, "            lane_colour: \"teal\",\n");
    let path = dir.path().join("typo.ron");
    std::fs::write(&path, edited).expect("write");
    support::drop_file(&mut harness, &path);
    harness.get_by_label_contains("파일을 경고와 함께 열었습니다");
    harness.get_by_label_contains(&format!(
        "{line}번째 줄, 13번째 열: 트랙 1의 알 수 없는 필드 lane_colour"
    ));
}
