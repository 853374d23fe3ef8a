//! `peacemap check`, `--help` and `--version`: through the library entry
//! points and through the real binary (exit codes, output format).

#![allow(
    clippy::expect_used,
    reason = "helpers outside #[test] functions; a failure there is a test failure"
)]

use std::path::{Path, PathBuf};
use std::process::Command;

use peacemap::cli::{EXIT_INVALID, EXIT_OK, run_check, run_check_in};
use peacemap::io::{bundled_session, load_file, save_file};
use peacemap::model::{Lang, Scenario, ScenarioId, Session, Source, Step, StepId, Text};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn golden() -> PathBuf {
    manifest_dir().join("tests/golden/v1.ron")
}

fn corpus(name: &str) -> PathBuf {
    manifest_dir().join("tests/corpus").join(name)
}

fn check(paths: &[PathBuf]) -> (i32, String) {
    let mut out = Vec::new();
    let code = run_check(paths, &mut out);
    (code, String::from_utf8(out).expect("UTF-8"))
}

#[test]
fn a_good_file_gets_ok_and_a_summary() {
    let (code, out) = check(&[golden()]);
    assert_eq!(code, EXIT_OK);
    assert_eq!(
        out,
        format!(
            "{}: ok (6 tracks, 0 scenarios, 0 steps)\n",
            golden().display()
        )
    );
}

/// `n` of a thing in English words, as `check` counts: `1 step`, `2 steps`.
fn counted(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// The `ok` line `check` must print for `path`, counted from the session
/// the file loads as.
fn expected_ok_line(path: &Path) -> String {
    let session = load_file(path).unwrap_or_else(|e| panic!("{e}"));
    let steps = session.scenarios.iter().map(|s| s.steps.len()).sum();
    format!(
        "{}: ok ({}, {}, {})\n",
        path.display(),
        counted(session.tracks.len(), "track"),
        counted(session.scenarios.len(), "scenario"),
        counted(steps, "step"),
    )
}

#[test]
fn the_bundled_file_and_golden_v4_are_counted_as_they_load() {
    for path in [
        manifest_dir().join("assets/default_session.ron"),
        manifest_dir().join("tests/golden/v4.ron"),
    ] {
        let (code, out) = check(std::slice::from_ref(&path));
        assert_eq!(code, EXIT_OK, "{out}");
        assert_eq!(out, expected_ok_line(&path));
    }
    let v4 = manifest_dir().join("tests/golden/v4.ron");
    assert_eq!(
        check(std::slice::from_ref(&v4)).1,
        format!("{}: ok (2 tracks, 2 scenarios, 6 steps)\n", v4.display())
    );
}

/// The bundled session with scenarios of `steps` steps each, every step a
/// copy of the live board.
fn with_scenarios(steps: &[usize]) -> Session {
    let mut session = bundled_session().expect("bundled");
    let mut next_step = 0;
    session.scenarios = steps
        .iter()
        .enumerate()
        .map(|(index, &count)| Scenario {
            id: ScenarioId::new(format!("scenario-{index}")),
            name: Text::en(format!("Scenario {index}")),
            steps: (0..count)
                .map(|_| {
                    next_step += 1;
                    Step {
                        id: StepId::new(format!("step-{next_step}")),
                        title: Text::en(format!("Step {next_step}")),
                        date: Text::en("2019"),
                        notes: Text::default(),
                        source: Source::Unstated,
                        board: session.board.clone(),
                    }
                })
                .collect(),
        })
        .collect();
    session
}

#[test]
fn check_counts_tracks_scenarios_and_steps_in_both_languages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = [
        (
            &[5, 7][..],
            "6 tracks, 2 scenarios, 12 steps",
            "트랙 6개, 시나리오 2개, 단계 12개",
        ),
        (
            &[1][..],
            "6 tracks, 1 scenario, 1 step",
            "트랙 6개, 시나리오 1개, 단계 1개",
        ),
        (
            &[0, 0, 0][..],
            "6 tracks, 3 scenarios, 0 steps",
            "트랙 6개, 시나리오 3개, 단계 0개",
        ),
    ];
    for (steps, english, korean) in cases {
        let path = dir.path().join("story.ron");
        save_file(&path, &with_scenarios(steps)).unwrap_or_else(|e| panic!("{e}"));
        let (code, out) = check(std::slice::from_ref(&path));
        assert_eq!(code, EXIT_OK, "{out}");
        assert_eq!(out, format!("{}: ok ({english})\n", path.display()));
        assert_eq!(out, expected_ok_line(&path));
        let mut korean_out = Vec::new();
        run_check_in(std::slice::from_ref(&path), Lang::Ko, &mut korean_out);
        assert_eq!(
            String::from_utf8(korean_out).expect("UTF-8"),
            format!("{}: 정상 ({korean})\n", path.display())
        );
    }
}

#[test]
fn a_bilingual_version_3_file_is_checked_ok() {
    let bilingual = manifest_dir().join("tests/golden/v3.ron");
    let text = std::fs::read_to_string(&bilingual).expect("golden v3");
    assert!(text.contains("ko: \"남북관계\""), "the file is bilingual");
    let (code, out) = check(std::slice::from_ref(&bilingual));
    assert_eq!(code, EXIT_OK, "{out}");
    assert_eq!(
        out,
        format!(
            "{}: ok (2 tracks, 0 scenarios, 0 steps)\n",
            bilingual.display()
        )
    );
}

#[test]
fn a_bilingual_file_with_a_source_the_attribution_does_not_list_gets_its_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(manifest_dir().join("tests/golden/v3.ron"))
        .expect("golden v3")
        .replacen(
            "Work(part: \"The border\", detail",
            "Work(part: \"경계\", detail",
            1,
        );
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, &text).expect("write");
    let line = 1 + text
        .lines()
        .position(|l| l.contains("part: \"경계\""))
        .expect("edited line");
    let (code, out) = check(std::slice::from_ref(&bad));
    assert_eq!(code, EXIT_INVALID);
    assert_eq!(
        out,
        format!(
            "{}:{line}:30: border option \"border-mdl\": its source names the part \"경계\" of the source work, which the attribution's parts do not list\n",
            bad.display()
        )
    );
}

#[test]
fn a_bad_file_gets_file_line_column_and_message() {
    let bad = corpus("23-wrong-type-progress.ron");
    let (code, out) = check(&[golden(), bad.clone()]);
    assert_eq!(code, EXIT_INVALID);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].ends_with(": ok (6 tracks, 0 scenarios, 0 steps)"),
        "{out}"
    );
    assert_eq!(
        lines[1],
        format!(
            "{}:23:27: expected a number for progress_pct of track 1",
            bad.display()
        )
    );
}

#[test]
fn problems_without_a_place_have_no_line_and_column() {
    let bad = corpus("43-newer-version.ron");
    let (code, out) = check(std::slice::from_ref(&bad));
    assert_eq!(code, EXIT_INVALID);
    assert_eq!(
        out,
        format!(
            "{}: the file is format version 5, but this Peacemap reads versions up to 4; open it with a newer Peacemap\n",
            bad.display()
        )
    );
}

#[test]
fn every_validation_problem_gets_its_own_line() {
    let bad = corpus("47-duplicate-track-id.ron");
    let (_, out) = check(std::slice::from_ref(&bad));
    let shown = bad.display().to_string();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(
        lines[0],
        format!("{shown}:34:13: two tracks have the id \"track-1\"; ids must differ")
    );
    assert!(lines[1].starts_with(&format!("{shown}:59:")), "{out}");
}

#[test]
fn a_missing_file_is_reported_not_fatal() {
    let missing = manifest_dir().join("tests/no-such-file.ron");
    let (code, out) = check(&[missing.clone(), golden()]);
    assert_eq!(code, EXIT_INVALID);
    assert!(
        out.starts_with(&format!(
            "{}: could not read the file: the file or folder does not exist",
            missing.display()
        )),
        "{out}"
    );
    assert!(
        out.lines().nth(1).is_some_and(|l| l.contains(": ok (")),
        "checking goes on: {out}"
    );
}

fn peacemap(args: &[&str]) -> (Option<i32>, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_peacemap"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        // English, whatever the machine's locale (tests/i18n_errors.rs
        // checks the Korean).
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("run peacemap");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_binary_checks_files_with_the_documented_exit_codes() {
    let golden = golden().display().to_string();
    let (code, out, _) = peacemap(&["check", &golden]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.starts_with(&format!("{golden}: ok (")), "{out}");

    let bad = corpus("01-empty.ron").display().to_string();
    let (code, out, _) = peacemap(&["check", &golden, &bad]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains(&format!("{bad}: the file is empty")), "{out}");

    let (code, _, err) = peacemap(&["check"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("at least one file") && err.contains("--help"),
        "{err}"
    );

    let (code, _, err) = peacemap(&["--no-such-option"]);
    assert_eq!(code, Some(2), "{err}");
}

#[test]
fn the_binary_prints_help_and_version() {
    let (code, out, _) = peacemap(&["--help"]);
    assert_eq!(code, Some(0));
    assert!(out.contains("peacemap check FILE..."), "{out}");
    assert!(out.contains("Exit status"), "{out}");
    let (code, out, _) = peacemap(&["--version"]);
    assert_eq!(code, Some(0));
    assert_eq!(out, format!("peacemap {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn the_binary_never_panics_on_any_corpus_file() {
    let mut args = vec!["check".to_owned()];
    for entry in std::fs::read_dir(manifest_dir().join("tests/corpus")).expect("corpus") {
        args.push(entry.expect("entry").path().display().to_string());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, out, err) = peacemap(&args);
    assert_eq!(code, Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.lines().count() >= args.len() - 1);
}

/// `golden` with `field: value,` added after the first track's weight,
/// written to a file in `dir`; the added field's line and column.
fn with_unknown_field(dir: &Path, golden: &str, name: &str) -> (PathBuf, usize, usize) {
    let text = std::fs::read_to_string(manifest_dir().join("tests/golden").join(golden))
        .expect("golden file");
    let anchor = "            weight: 1.0,\n";
    let at = text.find(anchor).expect("a track weight") + anchor.len();
    let line = text[..at].lines().count() + 1;
    let mut edited = text.clone();
    edited.insert_str(at, "            lane_colour: \"teal\", // mine\n");
    let path = dir.join(name);
    std::fs::write(&path, edited).expect("write");
    (path, line, 13)
}

#[test]
fn a_field_the_format_does_not_have_gets_a_located_warning_and_still_ok() {
    let dir = tempfile::tempdir().expect("temp dir");
    for golden in ["v1.ron", "v2.ron"] {
        let (path, line, column) = with_unknown_field(dir.path(), golden, golden);
        let (code, out) = check(std::slice::from_ref(&path));
        assert_eq!(code, EXIT_OK, "{out}");
        assert_eq!(
            out,
            format!(
                "{shown}:{line}:{column}: warning: unknown field lane_colour in track 1 was skipped; \
                 saving this session will drop it\n\
                 {shown}: ok (6 tracks, 0 scenarios, 0 steps; 1 warning)\n",
                shown = path.display()
            ),
            "{golden}"
        );
        // The library says the same, and the session is the one without it.
        let loaded = peacemap::io::load_file_with_warnings(&path).expect("opens");
        assert_eq!(loaded.warnings.len(), 1);
        assert_eq!(
            loaded.session,
            peacemap::io::load_file(&manifest_dir().join("tests/golden").join(golden))
                .expect("golden opens")
        );
    }
}

#[test]
fn the_binary_exits_zero_on_a_file_with_only_warnings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, _, _) = with_unknown_field(dir.path(), "v2.ron", "s.ron");
    let path = path.to_str().expect("UTF-8 path");
    let (code, out, _) = peacemap(&["check", path]);
    assert_eq!(code, Some(EXIT_OK));
    assert!(
        out.contains(": warning: unknown field lane_colour"),
        "{out}"
    );
}
