//! Malformed session files: each must be refused with a clear message that
//! names the right thing and, where a place applies, its line and column.
//!
//! The files are in `tests/corpus/`; the table below says what each must
//! report. Generated cases (every prefix of the golden file, 100,000-deep
//! nesting, a file over the size limit) are built here, never committed.

#![allow(
    clippy::expect_used,
    reason = "helpers outside #[test] functions; a failure there is a test failure"
)]

use std::path::{Path, PathBuf};

use peacemap::cli::{EXIT_INVALID, run_check};
use peacemap::io::{LoadError, LoadErrorKind, MAX_FILE_BYTES, load_bytes, load_file, load_str};

/// Where the error must point.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// Exactly this line and column.
    At(usize, usize),
    /// No position (the problem is the whole file).
    Nowhere,
    /// Any position, or none.
    Anywhere,
}
use Expect::{Anywhere, At, Nowhere};

/// File name, words the message must contain, where it must point.
const CORPUS: &[(&str, &[&str], Expect)] = &[
    ("01-empty.ron", &["the file is empty"], Nowhere),
    ("02-blank.ron", &["the file is empty"], Nowhere),
    ("03-comments-only.ron", &["holds no session"], Anywhere),
    ("04-top-level-list.ron", &["must start with `(`"], At(1, 1)),
    (
        "05-top-level-string.ron",
        &["must start with `(`"],
        At(1, 1),
    ),
    (
        "06-top-level-number.ron",
        &["must start with `(`"],
        At(2, 1),
    ),
    ("07-top-level-map.ron", &["must start with `(`"], At(1, 1)),
    (
        "08-unclosed-string-at-end.ron",
        &["no closing double quote", "notes of track 2"],
        At(49, 20),
    ),
    (
        "09-unclosed-string.ron",
        &[
            "expected a comma",
            "closing double quote missing on an earlier line",
        ],
        At(5, 19),
    ),
    ("10-cut-off-mid-track.ron", &["ends too early"], At(24, 13)),
    (
        "11-trailing-garbage.ron",
        &["unexpected text after the end of the session"],
        At(72, 1),
    ),
    (
        "12-trailing-second-session.ron",
        &["unexpected text after the end of the session"],
        At(72, 1),
    ),
    ("13-missing-comma.ron", &["expected a comma"], At(15, 13)),
    ("14-unclosed-block-comment.ron", &["never closed"], At(1, 1)),
    (
        "15-bad-escape.ron",
        &["bad escape", "notes of track 2"],
        At(49, 21),
    ),
    ("16-missing-close-paren.ron", &["`ratifications`"], Anywhere),
    ("17-binary-junk.ron", &["not valid UTF-8"], At(1, 1)),
    ("18-nul-byte.ron", &["zero (NUL) byte"], At(4, 19)),
    ("19-latin1.ron", &["0xE9", "not valid UTF-8"], At(7, 54)),
    ("20-utf16le-bom.ron", &["UTF-16"], Nowhere),
    ("21-utf16be-bom.ron", &["UTF-16"], Nowhere),
    ("22-utf16le-no-bom.ron", &["UTF-16"], Nowhere),
    (
        "23-wrong-type-progress.ron",
        &["expected a number", "progress_pct of track 1"],
        At(23, 27),
    ),
    (
        "24-wrong-type-number.ron",
        &["without a decimal point", "track 2"],
        At(35, 22),
    ),
    (
        "25-wrong-type-seats.ron",
        &["expected a list", "seats of track 2"],
        At(40, 20),
    ),
    (
        "26-wrong-type-reached.ron",
        &[
            "expected `true` or `false`",
            "reached of milestone 1 of track 1",
        ],
        At(27, 75),
    ),
    (
        "27-wrong-type-title.ron",
        &["expected text in double quotes", "title"],
        At(4, 12),
    ),
    (
        "28-wrong-type-measures.ron",
        &["expected a list", "measures of sanctions stage 1"],
        At(56, 23),
    ),
    (
        "29-negative-count.ron",
        &["out of range", "number of track 2"],
        At(35, 22),
    ),
    (
        "30-huge-integer.ron",
        &["out of range", "number of track 2"],
        At(35, 21),
    ),
    (
        "31-colour-two-components.ron",
        &["3 elements", "colour of participant 2"],
        At(8, 111),
    ),
    (
        "32-colour-out-of-range.ron",
        &["out of range", "colour component 1 of participant 2"],
        At(8, 104),
    ),
    (
        "33-wrong-struct-name.ron",
        &["`Rgb(…)`", "`Rbg(…)`"],
        At(8, 103),
    ),
    (
        "34-implicit-some.ron",
        &["expected `Some(…)` or `None`", "regional_gate"],
        At(70, 20),
    ),
    (
        "35-unknown-variant-status.ron",
        &[
            "`Frozen` is not allowed here",
            "`UnderWay`",
            "status of track 2",
        ],
        At(45, 21),
    ),
    (
        "36-unknown-variant-role.ron",
        &[
            "`Mediator` is not allowed here",
            "`Negotiator`",
            "role of seat 2 of track 2",
        ],
        At(42, 45),
    ),
    (
        "37-unknown-variant-kind.ron",
        &["`International` is not allowed here", "`InternationalBody`"],
        At(9, 108),
    ),
    (
        "38-unknown-variant-border-kind.ron",
        &["`Permanent` is not allowed here", "kind of border option 1"],
        At(65, 38),
    ),
    (
        "39-missing-field.ron",
        &["the field `weight` is missing", "track 2"],
        At(49, 9),
    ),
    (
        "40-duplicate-field.ron",
        &["the field `name` appears twice", "track 1"],
        At(16, 13),
    ),
    ("41-missing-version.ron", &["no `version` field"], Nowhere),
    (
        "42-version-zero.ron",
        &["version 0 is not a Peacemap file version"],
        Nowhere,
    ),
    (
        "43-newer-version.ron",
        &["format version 5", "versions up to 4"],
        Nowhere,
    ),
    (
        "44-newer-version-far.ron",
        &["format version 99", "versions up to 4"],
        Nowhere,
    ),
    (
        "45-version-string.ron",
        &["expected a whole number", "version"],
        At(3, 14),
    ),
    (
        "46-version-negative.ron",
        &["out of range", "version"],
        At(3, 15),
    ),
    (
        "47-duplicate-track-id.ron",
        &["two tracks have the id \"track-1\""],
        At(34, 13),
    ),
    (
        "48-duplicate-participant-id.ron",
        &["two participants have the id \"rok\""],
        At(8, 10),
    ),
    (
        "49-duplicate-stage-id.ron",
        &["two sanctions stages have the id \"stage-1\""],
        At(63, 13),
    ),
    (
        "50-duplicate-border-id.ron",
        &["two border options have the id \"border-mdl\""],
        At(66, 14),
    ),
    (
        "51-unknown-participant-seat.ron",
        &[
            "seat 2 of track \"track-2\"",
            "there is no participant \"nk\"",
        ],
        At(42, 18),
    ),
    (
        "52-unknown-participant-ratification.ron",
        &["border ratification 1", "there is no participant \"us\""],
        At(68, 26),
    ),
    (
        "53-unknown-track-minimum.ron",
        &[
            "track minimum 1 of sanctions stage \"stage-1\"",
            "there is no track \"track-9\"",
        ],
        At(59, 31),
    ),
    (
        "54-unknown-track-gate.ron",
        &["the regional gate", "there is no track \"track-6\""],
        At(70, 26),
    ),
    (
        "55-progress-over-100.ron",
        &[
            "track \"track-1\" (Inter-Korean relations)",
            "progress_pct 140 is outside 0–100",
        ],
        At(23, 13),
    ),
    (
        "56-progress-negative.ron",
        &[
            "track \"track-2\" (Nuclear security)",
            "progress_pct -5 is outside 0–100",
        ],
        At(44, 13),
    ),
    (
        "57-threshold-over-100.ron",
        &[
            "sanctions stage \"stage-1\"",
            "threshold_pct 150 is outside 0–100",
        ],
        At(58, 13),
    ),
    (
        "58-milestone-position-out.ron",
        &[
            "milestone 2 (\"Border agreed\") of track \"track-1\"",
            "position_pct 170 is outside 0–100",
        ],
        At(28, 41),
    ),
    (
        "59-min-pct-out.ron",
        &[
            "track minimum 1 of sanctions stage \"stage-1\"",
            "min_pct 101 is outside 0–100",
        ],
        At(59, 49),
    ),
    (
        "60-gate-threshold-out.ron",
        &["the regional gate", "threshold_pct -1 is outside 0–100"],
        At(70, 44),
    ),
    (
        "61-nan-progress.ron",
        &[
            "track \"track-2\"",
            "progress_pct is NaN, not a finite number",
        ],
        At(44, 13),
    ),
    (
        "62-infinite-weight.ron",
        &["track \"track-2\"", "weight is inf, not a finite number"],
        At(46, 13),
    ),
    (
        "63-float-overflow.ron",
        &[
            "track \"track-1\"",
            "progress_pct is inf, not a finite number",
        ],
        At(23, 13),
    ),
    (
        "64-negative-weight.ron",
        &["track \"track-2\"", "weight -1 is negative"],
        At(46, 13),
    ),
    (
        "65-empty-track-name.ron",
        &["track \"track-2\": name is empty"],
        At(36, 13),
    ),
    (
        "66-empty-participant-label.ron",
        &["participant \"unsc\"", "short_label is empty"],
        At(9, 22),
    ),
    (
        "67-blank-stage-name.ron",
        &["sanctions stage \"stage-1\": name is empty"],
        At(55, 13),
    ),
    (
        "68-empty-milestone-name.ron",
        &["milestone 2 (\"\") of track \"track-1\"", "name is empty"],
        At(28, 18),
    ),
    (
        "69-empty-border-name.ron",
        &["border option \"border-mdl\"", "name is empty"],
        At(65, 52),
    ),
    ("70-empty-id.ron", &["track 2 has an empty id"], At(34, 13)),
    (
        "71-duplicate-seat.ron",
        &["track \"track-1\"", "participant \"rok\" is seated twice"],
        At(22, 18),
    ),
    // Version 3, made from tests/golden/v3.ron.
    (
        "72-unknown-source-kind.ron",
        &[
            "`Rumour` is not allowed here",
            "`Work`, `Context`, `Illustrative` or `Unstated`",
            "source of track 2",
        ],
        At(83, 21),
    ),
    (
        "73-text-unknown-language.ron",
        &["no field `kr`", "`en` or `ko`", "name of track 1"],
        At(45, 50),
    ),
    (
        "74-missing-source.ron",
        &["the field `source` is missing in track 2"],
        At(89, 9),
    ),
    (
        "75-unlisted-part.ron",
        &[
            "precedent 2 of track \"track-1\"",
            "names the part \"Border\"",
            "attribution's parts do not list",
        ],
        At(72, 34),
    ),
    (
        "76-context-without-date.ron",
        &["milestone 1", "added context but gives no date"],
        At(56, 125),
    ),
    (
        "77-text-wrong-type.ron",
        &[
            "expected a string, or (en: \"…\", ko: \"…\")",
            "format of track 1",
        ],
        At(48, 21),
    ),
    (
        "78-duplicate-part.ron",
        &["the attribution lists the part \"The border\" twice"],
        At(17, 13),
    ),
    (
        "79-name-blank-in-both-languages.ron",
        &["sanctions stage \"stage-1\": name is empty"],
        At(95, 13),
    ),
    // Version 4, made from tests/golden/v4.ron: scenarios and steps.
    (
        "80-step-unknown-track.ron",
        &[
            "step \"step-5\" of scenario \"what-if\"",
            "board entry 2 of the tracks: there is no track \"track-9\"",
        ],
        At(361, 33),
    ),
    (
        "81-step-unknown-participant.ron",
        &[
            "step \"step-2\" of scenario \"scenario-1\"",
            "seat 1 of track \"track-2\": there is no participant \"prc\"",
        ],
        At(230, 38),
    ),
    (
        "82-step-unknown-gate-track.ron",
        &[
            "step \"step-3\" of scenario \"scenario-1\"",
            "the regional gate: there is no track \"track-6\"",
        ],
        At(293, 29),
    ),
    (
        "83-duplicate-step-id.ron",
        &["two steps of the session have the id \"step-1\""],
        At(344, 21),
    ),
    (
        "84-duplicate-scenario-id.ron",
        &["two scenarios have the id \"scenario-1\""],
        At(301, 13),
    ),
    (
        "85-scenario-name-blank.ron",
        &["scenario \"what-if\": name is empty"],
        At(302, 13),
    ),
    (
        "86-step-progress-nan.ron",
        &[
            "step \"step-6\" of scenario \"what-if\"",
            "track \"track-1\" (Inter-Korean relations): progress_pct is NaN, not a finite number",
        ],
        At(393, 33),
    ),
    (
        "87-missing-scenarios.ron",
        &["the field `scenarios` is missing"],
        At(162, 1),
    ),
];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn golden_v1() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v1.ron"))
        .expect("golden file")
}

fn check(name: &str, error: &LoadError, words: &[&str], expect: Expect) -> Vec<String> {
    let mut failures = Vec::new();
    let message = error.to_string();
    for word in words {
        if !message.contains(word) {
            failures.push(format!("{name}: message lacks {word:?}: {message}"));
        }
    }
    let position = error.position.map(|p| (p.line, p.column));
    match expect {
        At(line, column) if position != Some((line, column)) => failures.push(format!(
            "{name}: expected line {line}, column {column}, got {position:?}: {message}"
        )),
        Nowhere if position.is_some() => {
            failures.push(format!(
                "{name}: expected no position, got {position:?}: {message}"
            ));
        }
        _ => {}
    }
    failures
}

#[test]
fn every_corpus_file_is_refused_with_a_clear_message() {
    let mut failures = Vec::new();
    for &(name, words, expect) in CORPUS {
        let path = corpus_dir().join(name);
        match load_file(&path) {
            Ok(_) => failures.push(format!("{name}: opened, but it is malformed")),
            Err(error) => {
                failures.extend(check(name, &error, words, expect));
                // The path is named, last.
                let message = error.to_string();
                if !message.ends_with(&format!("(in {})", path.display())) {
                    failures.push(format!("{name}: path not last: {message}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_corpus_is_complete_and_listed() {
    let mut on_disk: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("corpus folder")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CORPUS.iter().map(|(name, ..)| (*name).to_owned()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "every corpus file has a row, every row a file"
    );
    assert!(listed.len() >= 40);
}

#[test]
fn check_reports_every_corpus_file_with_its_position() {
    let paths: Vec<PathBuf> = CORPUS
        .iter()
        .map(|(name, ..)| corpus_dir().join(name))
        .collect();
    let mut out = Vec::new();
    assert_eq!(run_check(&paths, &mut out), EXIT_INVALID);
    let out = String::from_utf8(out).expect("UTF-8 output");
    for &(name, _, expect) in CORPUS {
        let shown = corpus_dir().join(name).display().to_string();
        let expected_start = match expect {
            At(line, column) => format!("{shown}:{line}:{column}: "),
            Nowhere | Anywhere => format!("{shown}:"),
        };
        assert!(
            out.lines().any(|line| line.starts_with(&expected_start)),
            "no line starting {expected_start:?} in\n{out}"
        );
    }
    assert!(!out.contains(": ok"), "{out}");
}

#[test]
fn every_prefix_of_the_golden_file_is_refused_cleanly() {
    let failures = prefixes_refused_cleanly(&golden_v1(), 10_000);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Version 3 nests deeper (bilingual text inside sources, on one line) and
/// writes Korean: every cut of it, inside a multi-byte character's
/// neighbours too, is refused as cut off.
#[test]
fn every_prefix_of_the_bilingual_golden_file_is_refused_cleanly() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v3.ron"))
            .expect("golden v3");
    assert!(text.contains("남북관계"));
    let failures = prefixes_refused_cleanly(&text, 4_000);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Loads every prefix of `text` (a valid session with at least
/// `min_cuts` character boundaries) and returns a line for each that
/// opened or was refused without saying the file is cut off.
fn prefixes_refused_cleanly(text: &str, min_cuts: usize) -> Vec<String> {
    assert!(load_str(text).is_ok());
    // Every shorter prefix that is not the whole session plus trailing blank
    // space must be refused, saying the file is cut off.
    let whole = text.trim_end().len();
    let cuts: Vec<usize> = (0..whole).filter(|&i| text.is_char_boundary(i)).collect();
    let threads = std::thread::available_parallelism()
        .map_or(2, usize::from)
        .max(2);
    let failures: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = cuts
            .chunks(cuts.len().div_ceil(threads))
            .map(|chunk| {
                scope.spawn(move || {
                    let mut failures = Vec::new();
                    for &cut in chunk {
                        match load_str(&text[..cut]) {
                            Ok(_) => failures.push(format!("prefix of {cut} bytes opened")),
                            Err(error) => {
                                let message = error.to_string();
                                let clear = message.contains("ends too early")
                                    || message.contains("no closing double quote")
                                    || matches!(
                                        error.kind,
                                        LoadErrorKind::Empty
                                            | LoadErrorKind::NoSession
                                            | LoadErrorKind::MissingVersion { .. }
                                    );
                                if !clear {
                                    failures.push(format!("prefix of {cut} bytes: {message}"));
                                }
                            }
                        }
                    }
                    failures
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("worker"))
            .collect()
    });
    assert!(
        cuts.len() > min_cuts,
        "the golden file is large enough to be a real test"
    );
    failures
}

#[test]
fn cut_off_files_point_at_their_end() {
    let text = golden_v1();
    let cut = text.len() / 2;
    let cut = (cut..text.len())
        .find(|&i| text.is_char_boundary(i))
        .expect("boundary");
    let prefix = &text[..cut];
    let error = load_str(prefix).expect_err("cut off");
    let line = prefix.matches('\n').count() + 1;
    let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    assert_eq!(
        error.position.map(|p| (p.line, p.column)),
        Some((line, column)),
        "{error}"
    );
}

#[test]
fn nesting_100000_deep_is_an_error_not_a_stack_overflow() {
    for (open, close) in [
        ("[", "]"),
        ("(", ")"),
        ("Some(", ")"),
        ("{", "}"),
        ("(a: ", ")"),
    ] {
        let deep = format!("{}{}", open.repeat(100_000), close.repeat(100_000));
        // Wherever the nesting sits, the answer is an error, not a crash.
        for text in [
            deep.clone(),
            format!("(version: 1, title: {deep})"),
            format!("(version: 1, tracks: [{deep}])"),
        ] {
            assert!(load_str(&text).is_err());
        }
        // In a field that the version probe skips, the parser does descend.
        let text = format!("(title: {deep}, version: 1)");
        let error = load_str(&text).expect_err("too deep");
        assert!(
            error.to_string().contains("nested too deeply"),
            "{open}: {error}"
        );
        assert_eq!(error.line(), Some(1));
    }
    let text = format!(
        "(version: 1, description: \"\", x: {}{})",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(load_str(&text).is_err());
}

#[test]
fn files_over_the_size_limit_are_refused_before_parsing() {
    let limit = usize::try_from(MAX_FILE_BYTES).expect("fits");
    // In memory: one byte over.
    let mut bytes = golden_v1().into_bytes();
    bytes.resize(limit + 1, b' ');
    let error = load_bytes(&bytes).expect_err("too large");
    assert!(
        matches!(error.kind, LoadErrorKind::TooLarge { .. }),
        "{error}"
    );
    assert!(error.to_string().contains("too large"), "{error}");
    assert!(error.to_string().contains("64 MiB"), "{error}");

    // On disk: a sparse file is refused from its size alone, without reading.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(MAX_FILE_BYTES + 1).expect("grow");
    let started = std::time::Instant::now();
    let error = load_file(&path).expect_err("too large");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(1),
        "read the whole file?"
    );
    assert!(error.to_string().contains("too large"), "{error}");
    assert!(
        error
            .to_string()
            .ends_with(&format!("(in {})", path.display()))
    );

    // Exactly at the limit is not refused for its size.
    bytes.truncate(limit);
    load_bytes(&bytes).expect("a session padded with blank space up to the limit opens");
}

#[test]
fn folders_and_missing_files_are_refused_with_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let error = load_file(dir.path()).expect_err("a folder");
    assert!(error.to_string().contains("not a regular file"), "{error}");
    let error = load_file(&dir.path().join("nope.ron")).expect_err("missing");
    assert!(error.to_string().contains("does not exist"), "{error}");
}

#[test]
fn arbitrary_junk_never_panics() {
    // A cheap deterministic sweep; the fuzz target goes much further.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let golden = golden_v1().into_bytes();
    for round in 0..2_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let mut bytes = golden.clone();
        let flips = 1 + (state % 4) as usize;
        for k in 0..flips {
            let at = (state.rotate_left(k as u32 * 16) as usize) % bytes.len();
            bytes[at] = (state >> (k * 8)) as u8;
        }
        if round % 3 == 0 {
            bytes.truncate((state as usize) % bytes.len());
        }
        let _ = load_bytes(&bytes);
    }
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_without_waiting_for_a_writer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("pipe.ron");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo is not available; skipped");
        return;
    }
    let error = load_file(&fifo).expect_err("not a file");
    assert!(matches!(error.kind, LoadErrorKind::NotAFile), "{error}");
}

#[test]
fn validating_huge_sessions_takes_linear_time() {
    use peacemap::model::{ParticipantId, Role, Seat, Source};
    // A file of this size is possible within the limit; checking every seat
    // against every participant would take hours.
    let mut session = load_str(&golden_v1()).expect("opens");
    let n = 200_000;
    let template = session.participants[0].clone();
    session.participants = (0..n)
        .map(|i| {
            let mut p = template.clone();
            p.id = ParticipantId::new(format!("p{i}"));
            p
        })
        .collect();
    session.board.tracks[0].seats = (0..n)
        .map(|i| Seat {
            source: Source::Unstated,
            participant: ParticipantId::new(format!("p{i}")),
            role: Role::Observer,
        })
        .collect();
    let started = std::time::Instant::now();
    let problems = peacemap::io::validate(&session);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    // The border ratifications and other seats name participants that are gone.
    assert!(!problems.is_empty());
    assert!(problems.len() <= peacemap::io::MAX_PROBLEMS);
}
