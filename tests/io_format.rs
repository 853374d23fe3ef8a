//! The session file format: golden files keep opening, the written layout
//! is stable and readable, hand-written variations are accepted, versions
//! are checked, and saving is safe (backup, permissions, links, refusals).

#![allow(
    clippy::expect_used,
    reason = "helpers outside #[test] functions; a failure there is a test failure"
)]

mod io_support;

use std::fs;
use std::path::{Path, PathBuf};

use peacemap::io::{
    LoadErrorKind, ProblemKind, SaveErrorKind, backup_path, bundled_session, load_file, load_str,
    save_file, to_ron_string, validate,
};
use peacemap::model::{CURRENT_VERSION, Session, Source, Text, TrackId};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn golden_v1() -> String {
    fs::read_to_string(golden_dir().join("v1.ron")).expect("golden v1")
}

fn golden_v2() -> String {
    fs::read_to_string(golden_dir().join("v2.ron")).expect("golden v2")
}

/// Every file in the folder, sorted, with no temporary files among them.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_golden_file_exists_for_every_version_and_each_still_opens() {
    for version in 1..=CURRENT_VERSION {
        let path = golden_dir().join(format!("v{version}.ron"));
        let session = load_file(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            session.version, CURRENT_VERSION,
            "migrated to the current version"
        );
    }
    // vN.ron: a file of version N; vN-as-vM.ron: what vN.ron migrates to
    // in version M (a file of version M).
    for name in listing(&golden_dir()) {
        let versions: Vec<u32> = name
            .strip_suffix(".ron")
            .into_iter()
            .flat_map(|stem| stem.split("-as-"))
            .map(|part| part.strip_prefix('v').and_then(|n| n.parse().ok()))
            .collect::<Option<_>>()
            .unwrap_or_else(|| panic!("golden files are named vN.ron or vN-as-vM.ron, not {name}"));
        assert!(
            matches!(versions[..], [_] | [_, _]) && versions.windows(2).all(|w| w[0] < w[1]),
            "golden files are named vN.ron or vN-as-vM.ron with N < M, not {name}"
        );
        assert!(
            versions.iter().all(|&v| v <= CURRENT_VERSION),
            "{name} is newer than this build"
        );
        load_file(&golden_dir().join(&name)).unwrap_or_else(|e| panic!("{e}"));
    }
}

/// Version 1 kept progress, status and seats inside each track and a
/// `reached` flag on each milestone; migrated, it must give exactly the
/// version-2 golden file (written from the same session).
#[test]
fn golden_v1_migrates_to_exactly_golden_v2() {
    let migrated = load_str(&golden_v1()).expect("v1 opens");
    let current = load_str(&golden_v2()).expect("v2 opens");
    assert_eq!(migrated, current);
    let nuclear = migrated
        .board
        .track(&TrackId::new("track-3"))
        .expect("entry");
    assert!((nuclear.progress_pct - 10.0).abs() < f32::EPSILON);
    assert_eq!(nuclear.seats.len(), 3);
    let ids: Vec<&str> = migrated.tracks[2]
        .milestones
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(ids, ["m-3-1", "m-3-2", "m-3-3", "m-3-4", "m-3-5"]);
    assert_eq!(migrated.board.stages.len(), migrated.sanctions.len());
    assert_eq!(
        migrated.board.border_options.len(),
        migrated.border.options.len()
    );
}

/// A version-1 file whose stored `reached` flags disagree with progress
/// still opens: the flag is dropped and reached is derived again.
#[test]
fn stale_reached_flags_of_version_1_are_dropped() {
    let text = golden_v1().replace("reached: true", "reached: false");
    assert_ne!(text, golden_v1(), "the golden file has reached signs");
    let session = load_str(&text).expect("opens");
    assert_eq!(session, load_str(&golden_v2()).expect("v2 opens"));
}

#[test]
fn golden_v1_holds_the_six_track_proposal() {
    let session = load_str(&golden_v1()).expect("opens");
    assert_eq!(session.tracks.len(), 6);
    assert_eq!(session.participants.len(), 8);
    assert_eq!(session.sanctions.len(), 4);
    assert_eq!(session.border.options.len(), 3);
    assert_eq!(
        session
            .board
            .regional_gate
            .as_ref()
            .map(|g| g.track.clone()),
        Some(TrackId::new("track-6"))
    );
}

#[test]
fn the_bundled_session_and_the_example_saves_open() {
    bundled_session().expect("bundled");
    let saves = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
    for name in listing(&saves)
        .iter()
        .filter(|n| Path::new(n).extension().is_some_and(|x| x == "ron"))
    {
        load_file(&saves.join(name)).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn written_text_is_readable_and_stable() {
    let session = load_str(&golden_v1()).expect("opens");
    let text = to_ron_string(&session).expect("writes");
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with(&format!(
            "// Peacemap session, file format version {CURRENT_VERSION}."
        )),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("docs/session-format.md"));
    assert_eq!(lines[1], "(");
    assert_eq!(
        lines[2],
        format!("    version: {CURRENT_VERSION},"),
        "version comes first"
    );
    assert!(text.ends_with(")\n"));
    // Readable ids, no struct names, plain apostrophes, one seat per line.
    assert!(text.contains("            id: \"track-3\",\n"));
    assert!(
        text.contains("colour: (46, 108, 196),"),
        "colours as plain triples"
    );
    assert!(!text.contains("Rgb("), "no struct names");
    assert!(
        text.contains("People's Republic of China"),
        "apostrophes are not escaped"
    );
    assert!(!text.contains("\\'"));
    assert!(text.contains(
        "                    (participant: \"rok\", role: Negotiator, source: Unstated),\n"
    ));
    assert!(
        !text.contains('\r') && !text.contains('\t'),
        "\\n line ends, space indents"
    );
    // Field order follows the model, whatever the input order was.
    let order: Vec<usize> = [
        "version:",
        "title:",
        "description:",
        "attribution:",
        "participants:",
        "tracks:",
        "sanctions:",
        "border:",
        "board:",
    ]
    .iter()
    .map(|field| text.find(&format!("\n    {field}")).expect(field))
    .collect();
    assert!(order.is_sorted(), "{order:?}");
    // Writing what was read gives the same text, byte for byte.
    let again = to_ron_string(&load_str(&text).expect("reads back")).expect("writes");
    assert_eq!(again, text);
}

#[test]
fn hand_written_variations_are_accepted() {
    let golden = golden_v1();
    let expected = load_str(&golden).expect("opens");

    // A UTF-8 byte-order mark and Windows line endings (Notepad).
    let windows = format!("\u{feff}{}", golden.replace('\n', "\r\n"));
    assert_eq!(load_str(&windows).expect("BOM and CRLF"), expected);

    // A struct name, version last, comments everywhere, fields out of order.
    let text = r##"
        /* a block comment */ Session( // the whole session
            title: r#"A "raw" title"#,
            description: "",
            participants: [(id: "a", short_label: "A", full_name: "A", colour: Rgb(1, 2, 3), kind: State,),],
            tracks: [],
            sanctions: [],
            border: (options: [], armistice: (question: "", notes: ""), ratifications: []),
            regional_gate: None,
            version: 1,
        )
    "##;
    let session = load_str(text).expect("hand-written session opens");
    assert_eq!(session.title, Text::en("A \"raw\" title"));
    assert_eq!(session.participants[0].colour.0, 1);
}

#[test]
fn missing_and_newer_versions_are_refused_with_both_numbers() {
    let golden = golden_v1();
    let without = golden.replacen("    version: 1,\n", "", 1);
    let error = load_str(&without).expect_err("no version");
    assert_eq!(
        error.kind,
        LoadErrorKind::MissingVersion {
            current: CURRENT_VERSION
        }
    );
    assert!(error.to_string().contains("no `version` field"));

    let newer = golden.replacen("version: 1,", "version: 7,", 1);
    let error = load_str(&newer).expect_err("newer");
    assert_eq!(
        error.kind,
        LoadErrorKind::NewerVersion {
            found: 7,
            supported: CURRENT_VERSION
        }
    );
    assert!(
        error.to_string().contains('7') && error.to_string().contains("up to 4"),
        "{error}"
    );

    // A newer file is refused before any of its content is looked at.
    let error = load_str("(version: 5, title: 5, whatever: [[[[]]]])").expect_err("newer");
    assert!(matches!(
        error.kind,
        LoadErrorKind::NewerVersion { found: 5, .. }
    ));
}

#[test]
fn validation_collects_every_problem_in_file_order() {
    let golden = golden_v1()
        .replacen("progress_pct: 10.0", "progress_pct: 140.0", 1)
        .replacen("weight: 1.0", "weight: -2.0", 1)
        .replacen(
            "(participant: \"rok\", role: Negotiator)",
            "(participant: \"nk\", role: Negotiator)",
            1,
        );
    let error = load_str(&golden).expect_err("three problems");
    let LoadErrorKind::Invalid { problems } = &error.kind else {
        panic!("{error}")
    };
    assert_eq!(problems.len(), 3, "{problems:#?}");
    let lines: Vec<usize> = problems
        .iter()
        .map(|p| p.position.expect("located").line)
        .collect();
    assert!(lines.is_sorted(), "{lines:?}");
    assert!(
        error.to_string().contains("(and 2 more problems)"),
        "{error}"
    );
    // The first is reported as the error's own position.
    assert_eq!(error.position, problems[0].position);
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn save_then_load_gives_the_same_session() {
    let dir = temp_dir();
    let path = dir.path().join("s.ron");
    let session = bundled_session().expect("bundled");
    save_file(&path, &session).expect("saves");
    assert_eq!(load_file(&path).expect("loads"), session);
    let big = io_support::session(60, 30, 20, 80);
    save_file(&path, &big).expect("saves the largest board");
    assert_eq!(load_file(&path).expect("loads"), big);
    assert_eq!(
        listing(dir.path()),
        ["s.ron", "s.ron.bak"],
        "no temporary file left"
    );
}

#[test]
fn each_save_keeps_the_previous_version_as_a_backup() {
    let dir = temp_dir();
    let path = dir.path().join("lesson.ron");
    let mut session = bundled_session().expect("bundled");
    save_file(&path, &session).expect("first save");
    assert!(
        !backup_path(&path).exists(),
        "nothing to back up the first time"
    );
    let first = fs::read(&path).expect("read");

    session.title = Text::en("Second");
    save_file(&path, &session).expect("second save");
    assert_eq!(backup_path(&path), dir.path().join("lesson.ron.bak"));
    assert_eq!(fs::read(backup_path(&path)).expect("backup"), first);
    let second = fs::read(&path).expect("read");

    session.title = Text::en("Third");
    save_file(&path, &session).expect("third save");
    assert_eq!(fs::read(backup_path(&path)).expect("backup"), second);
    assert_eq!(load_file(&path).expect("loads").title, Text::en("Third"));
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_file_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir();
    let path = dir.path().join("s.ron");
    let session = bundled_session().expect("bundled");
    save_file(&path, &session).expect("saves");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    save_file(&path, &session).expect("saves again");
    let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[cfg(unix)]
#[test]
fn saving_through_a_symbolic_link_keeps_the_link() {
    let dir = temp_dir();
    let real = dir.path().join("real.ron");
    let link = dir.path().join("link.ron");
    let mut session = bundled_session().expect("bundled");
    save_file(&real, &session).expect("saves");
    std::os::unix::fs::symlink(&real, &link).expect("link");
    session.title = Text::en("Through the link");
    save_file(&link, &session).expect("saves through the link");
    assert!(
        fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        load_file(&real).expect("loads").title,
        Text::en("Through the link")
    );
}

#[test]
fn a_read_only_file_is_not_replaced() {
    let dir = temp_dir();
    let path = dir.path().join("s.ron");
    let mut session = bundled_session().expect("bundled");
    save_file(&path, &session).expect("saves");
    let before = fs::read(&path).expect("read");
    let mut permissions = fs::metadata(&path).expect("meta").permissions();
    permissions.set_readonly(true);
    fs::set_permissions(&path, permissions).expect("make read-only");

    session.title = Text::en("Changed");
    let error = save_file(&path, &session).expect_err("read-only");
    assert!(matches!(error.kind, SaveErrorKind::ReadOnly));
    assert_eq!(
        error.to_string(),
        format!(
            "could not save: the file is read-only (in {})",
            path.display()
        )
    );
    assert_eq!(fs::read(&path).expect("read"), before);
    assert_eq!(listing(dir.path()), ["s.ron"]);
}

#[test]
fn saving_into_a_missing_folder_says_so() {
    let dir = temp_dir();
    let path = dir.path().join("gone").join("s.ron");
    let error = save_file(&path, &bundled_session().expect("bundled")).expect_err("no folder");
    let message = error.to_string();
    assert!(message.contains("does not exist"), "{message}");
    assert!(
        message.ends_with(&format!("(in {})", path.display())),
        "{message}"
    );
}

/// A folder made unwritable for this process; made writable again when
/// dropped (also when a test fails), so that it can be deleted.
#[cfg(unix)]
struct UnwritableFolder {
    path: std::path::PathBuf,
    immutable: bool,
}

#[cfg(unix)]
impl UnwritableFolder {
    /// Makes `path` unwritable: its permissions to 0555, which binds every
    /// user but root; for root (CI runs as root), also the file system's
    /// immutable flag (`chattr +i`), which binds root too. The error says
    /// why neither worked.
    fn new(path: &Path) -> Result<Self, String> {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o555))
            .map_err(|e| format!("could not chmod the folder: {e}"))?;
        let mut folder = Self {
            path: path.to_path_buf(),
            immutable: false,
        };
        if folder.is_writable() {
            let chattr = std::process::Command::new("chattr")
                .arg("+i")
                .arg(path)
                .output();
            match chattr {
                Ok(output) if output.status.success() => folder.immutable = true,
                Ok(output) => {
                    return Err(format!(
                        "running as root, and `chattr +i` failed: {}",
                        String::from_utf8_lossy(&output.stderr).trim()
                    ));
                }
                Err(e) => return Err(format!("running as root, and no `chattr`: {e}")),
            }
            if folder.is_writable() {
                return Err("the folder stays writable even when immutable".to_owned());
            }
        }
        Ok(folder)
    }

    fn is_writable(&self) -> bool {
        let probe = self.path.join("probe");
        let writable = fs::write(&probe, b"").is_ok();
        let _ = fs::remove_file(&probe);
        writable
    }
}

#[cfg(unix)]
impl Drop for UnwritableFolder {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.immutable {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(&self.path)
                .status();
        }
        let _ = fs::set_permissions(&self.path, fs::Permissions::from_mode(0o755));
    }
}

#[cfg(unix)]
#[test]
fn saving_into_a_read_only_folder_leaves_the_file_alone() {
    let dir = temp_dir();
    let path = dir.path().join("s.ron");
    let mut session = bundled_session().expect("bundled");
    save_file(&path, &session).expect("saves");
    let before = fs::read(&path).expect("read");
    let folder = match UnwritableFolder::new(dir.path()) {
        Ok(folder) => folder,
        Err(reason) => {
            eprintln!("skipped: cannot make a folder this process cannot write: {reason}");
            return;
        }
    };
    session.title = Text::en("Changed");
    let error = save_file(&path, &session).expect_err("read-only folder");
    assert!(error.to_string().contains("permission denied"), "{error}");
    assert_eq!(fs::read(&path).expect("read"), before);
    assert_eq!(listing(dir.path()), ["s.ron"]);
    drop(folder);
}

#[test]
fn an_invalid_session_is_never_written() {
    let dir = temp_dir();
    let path = dir.path().join("s.ron");
    let mut session = bundled_session().expect("bundled");
    save_file(&path, &session).expect("saves");
    let before = fs::read(&path).expect("read");

    session.board.tracks[2].progress_pct = 140.0;
    session.tracks[0].name = Text::en(String::new());
    let problems = validate(&session);
    assert_eq!(problems.len(), 2);
    assert!(matches!(
        problems[0].kind,
        ProblemKind::EmptyName { .. } | ProblemKind::OutOfRange { .. }
    ));
    let error = save_file(&path, &session).expect_err("invalid");
    let SaveErrorKind::Invalid { problems } = &error.kind else {
        panic!("{error}")
    };
    assert_eq!(problems.len(), 2);
    assert_eq!(
        error.to_string(),
        format!(
            "could not save: track \"track-1\": name is empty (and 1 more problem) (in {})",
            path.display()
        )
    );
    assert_eq!(
        problems[1].to_string(),
        "track \"track-3\" (Nuclear security): progress_pct 140 is outside 0–100"
    );
    assert_eq!(fs::read(&path).expect("read"), before);
    assert_eq!(listing(dir.path()), ["s.ron"]);

    let mut session = bundled_session().expect("bundled");
    session.version = 9;
    let error = save_file(&path, &session).expect_err("wrong version");
    assert!(
        error
            .to_string()
            .contains(&format!("writes version {CURRENT_VERSION}")),
        "{error}"
    );
}

#[test]
fn numbers_and_text_survive_exactly() {
    let mut session: Session = bundled_session().expect("bundled");
    session.board.tracks[0].progress_pct = 0.1;
    session.board.tracks[1].progress_pct = 100.0;
    session.board.tracks[2].progress_pct = f32::MIN_POSITIVE;
    session.tracks[3].weight = 1e30;
    session.tracks[4].notes = Text::en(
        "\"quoted\" \\ back\\slash\n\ttab \r cr \0 nul \u{feff} bom \u{7f} del 'apostrophe' 한국어 é",
    );
    session.title = Text::en("r#\"not raw\"#");
    let text = to_ron_string(&session).expect("writes");
    assert!(
        !text.contains('\0') && !text.contains('\r'),
        "control characters are escaped"
    );
    assert_eq!(load_str(&text).expect("reads"), session);
}

#[test]
fn the_example_in_the_format_documentation_is_valid() {
    let doc =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/session-format.md"))
            .expect("docs/session-format.md");
    let start = doc.find("```ron\n").expect("an example") + "```ron\n".len();
    let end = start + doc[start..].find("```").expect("end of the example");
    let session =
        load_str(&doc[start..end]).unwrap_or_else(|e| panic!("the documented example: {e}"));
    assert_eq!(session.tracks.len(), 2);
    assert_eq!(
        session.tracks[0].notes,
        Text::en("Free notes. They may run\nover several lines.")
    );
    assert!(session.board.regional_gate.is_some());
    assert!(
        doc[start..end].contains(&format!("\n    version: {CURRENT_VERSION},")),
        "the documented example is written in the current version, not migrated"
    );
    // It shows bilingual and Korean-only text, an attribution and every
    // kind of source.
    assert_eq!(
        session.tracks[0].name,
        Text::both("Inter-Korean relations", "남북관계")
    );
    assert_eq!(
        session.tracks[0].milestones[1].name,
        Text::both("", "경계 합의")
    );
    assert_eq!(
        session.attribution.parts,
        [Text::en("Two tracks"), Text::en("The border")]
    );
    let sources = [
        &session.tracks[0].source,
        &session.tracks[0].milestones[0].source,
        &session.tracks[0].milestones[1].source,
        &session.board.tracks[1].seats[0].source,
    ];
    assert!(matches!(sources[0], Source::Work { .. }));
    assert!(matches!(sources[1], Source::Context { .. }));
    assert!(sources[2].is_illustrative());
    assert!(sources[3].is_unstated());
    assert_eq!(session.board.tracks.len(), 2);
    assert_eq!(session.tracks[0].milestones[1].id.as_str(), "m-1-2");
}

#[test]
fn text_is_written_as_people_would_write_it() {
    let mut session = bundled_session().expect("bundled");
    session.tracks[0].notes = Text::en("First line.\nSecond line, with\ta tab.");
    session.tracks[1].notes = Text::en("The \"joint\" statement");
    session.tracks[2].notes = Text::en("A path: C:\\peace\\map");
    let text = to_ron_string(&session).expect("writes");
    assert!(
        text.contains("notes: \"First line.\nSecond line, with\ta tab.\","),
        "literal line breaks"
    );
    assert!(
        text.contains("notes: r#\"The \"joint\" statement\"#,"),
        "raw strings for quotes"
    );
    assert!(text.contains("notes: r#\"A path: C:\\peace\\map\"#,"));
    assert_eq!(load_str(&text).expect("reads"), session);

    // A carriage return would not survive an editor: then everything is escaped.
    session.tracks[3].notes = Text::en("pasted\r\nfrom Windows");
    let text = to_ron_string(&session).expect("writes");
    assert!(
        text.contains("notes: \"pasted\\r\\nfrom Windows\","),
        "escaped"
    );
    assert!(text.contains("notes: \"The \\\"joint\\\" statement\","));
    assert!(
        text.contains("People's Republic of China"),
        "apostrophes stay plain"
    );
    assert_eq!(load_str(&text).expect("reads"), session);
    // And the escaped text survives a change to Windows line endings.
    assert_eq!(
        load_str(&text.replace('\n', "\r\n")).expect("reads"),
        session
    );
}

#[test]
fn a_misspelt_field_is_named_with_its_line() {
    let good = std::fs::read_to_string("saves/default.ron").unwrap();
    let bad = good.replacen("regional_gate:", "regional_gait:", 1);
    let line = bad
        .lines()
        .position(|l| l.contains("regional_gait"))
        .unwrap()
        + 1;
    let err = peacemap::io::load_str(&bad).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("regional_gait"), "{text}");
    assert_eq!(err.line(), Some(line), "{text}");
}
