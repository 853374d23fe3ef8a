//! The autosave recovery copy and the recent-files list, each in a folder
//! passed in (here a temporary one; in the app the `directories` folders).

#![allow(
    clippy::expect_used,
    reason = "helpers outside #[test] functions; a failure there is a test failure"
)]

use std::fs;
use std::path::{Path, PathBuf};

use peacemap::io::recent::RecentFiles;
use peacemap::io::recovery::Recovery;
use peacemap::io::{bundled_session, load_file, save_file};
use peacemap::model::Text;

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn a_recovery_copy_is_written_read_back_and_discarded() {
    let data = temp_dir();
    let recovery = Recovery::claim_new(data.path().join("peacemap")).expect("claims");
    assert!(!recovery.exists());
    assert_eq!(recovery.read().expect("nothing to read"), None);

    let mut session = bundled_session().expect("bundled");
    session.title = "Unsaved work".into();
    let original = Path::new("/home/teacher/lesson.ron");
    recovery.write(&session, Some(original)).expect("writes");
    assert!(recovery.exists());

    let recovered = recovery.read().expect("reads").expect("a copy");
    assert_eq!(recovered.session, session);
    assert_eq!(recovered.original_path.as_deref(), Some(original));
    assert!(recovered.saved_at.is_some());
    // The copy is an ordinary session file.
    assert_eq!(
        load_file(&recovery.copy_path()).expect("opens by hand"),
        session
    );

    // Reading does not remove it: only the user's choice does.
    assert!(recovery.exists());
    recovery.discard().expect("discards");
    assert!(!recovery.exists());
    assert_eq!(recovery.read().expect("nothing"), None);
    recovery.discard().expect("discarding twice is fine");
}

#[test]
fn the_recovery_copy_never_touches_the_users_file() {
    let data = temp_dir();
    let documents = temp_dir();
    let user_file = documents.path().join("lesson.ron");
    let mut session = bundled_session().expect("bundled");
    save_file(&user_file, &session).expect("saves");
    let before = fs::read(&user_file).expect("read");

    session.title = "Edited, not saved".into();
    Recovery::claim_new(data.path())
        .expect("claims")
        .write(&session, Some(&user_file))
        .expect("writes");
    assert_eq!(fs::read(&user_file).expect("read"), before);
    let names: Vec<_> = fs::read_dir(documents.path()).expect("list").collect();
    assert_eq!(names.len(), 1, "nothing new next to the user's file");
}

#[test]
fn work_that_breaks_a_rule_is_still_recovered() {
    let data = temp_dir();
    let recovery = Recovery::claim_new(data.path()).expect("claims");
    let mut session = bundled_session().expect("bundled");
    session.tracks[0].name = Text::default();
    recovery
        .write(&session, None)
        .expect("writes what the user had");
    let recovered = recovery.read().expect("reads").expect("a copy");
    assert_eq!(recovered.session, session);
    assert_eq!(recovered.original_path, None);
}

#[test]
fn a_broken_recovery_copy_is_an_error_that_can_be_discarded() {
    let data = temp_dir();
    let recovery = Recovery::claim_new(data.path()).expect("claims");
    recovery
        .write(&bundled_session().expect("bundled"), None)
        .expect("writes");
    fs::write(recovery.copy_path(), b"(version: 1, title: \"cut off").expect("break it");
    let error = recovery.read().expect_err("broken");
    assert!(
        error
            .to_string()
            .contains(&recovery.copy_path().display().to_string()),
        "{error}"
    );
    recovery.discard().expect("discards");
    assert!(!recovery.exists());
}

#[test]
fn a_broken_info_note_loses_only_the_original_path() {
    let data = temp_dir();
    let recovery = Recovery::claim_new(data.path()).expect("claims");
    let session = bundled_session().expect("bundled");
    recovery
        .write(&session, Some(Path::new("/x.ron")))
        .expect("writes");
    let info = recovery
        .copy_path()
        .with_file_name(format!("{}-info.ron", stem(&recovery.copy_path())));
    assert!(info.exists(), "{}", info.display());
    fs::write(&info, b"\xff\xfe junk").expect("break it");
    let recovered = recovery.read().expect("reads").expect("a copy");
    assert_eq!(recovered.session, session);
    assert_eq!(recovered.original_path, None);
}

#[test]
fn writing_into_an_unusable_data_folder_is_an_error() {
    let data = temp_dir();
    let blocker = data.path().join("file-not-folder");
    fs::write(&blocker, b"").expect("create");
    let error =
        Recovery::claim_new(blocker.join("peacemap")).expect_err("cannot create the folder");
    assert!(
        error
            .to_string()
            .starts_with("could not save: could not create the recovery folder"),
        "{error}"
    );
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .expect("a file name")
        .to_string_lossy()
        .into_owned()
}

/// The copies offered at start in `folder`, by file name.
fn offered(folder: &Path) -> Vec<PathBuf> {
    Recovery::orphans(folder)
        .iter()
        .map(Recovery::copy_path)
        .collect()
}

#[test]
fn each_instance_has_its_own_copy_and_only_ended_instances_copies_are_offered() {
    let data = temp_dir();
    let session = bundled_session().expect("bundled");
    let first = Recovery::claim_new(data.path()).expect("claims");
    let second = Recovery::claim_new(data.path()).expect("claims");
    assert_ne!(first.copy_path(), second.copy_path());
    first.write(&session, None).expect("writes");
    second.write(&session, None).expect("writes");

    // Both still running: neither copy is anyone's to offer.
    assert_eq!(offered(data.path()), Vec::<PathBuf>::new());

    // The first one stops without cleaning up (a crash): only its copy is offered.
    let first_copy = first.copy_path();
    drop(first);
    let orphans = Recovery::orphans(data.path());
    assert_eq!(
        orphans.iter().map(Recovery::copy_path).collect::<Vec<_>>(),
        std::slice::from_ref(&first_copy)
    );
    // While it is being offered here, a third start does not offer it too.
    assert_eq!(offered(data.path()), Vec::<PathBuf>::new());
    // Discarding it leaves the running instance's copy alone.
    orphans[0].discard().expect("discards");
    drop(orphans);
    assert!(!first_copy.exists());
    assert!(second.exists(), "the running instance's work is untouched");
    assert_eq!(offered(data.path()), Vec::<PathBuf>::new());
}

#[test]
fn a_copy_from_before_per_instance_copies_is_offered_and_stale_locks_are_swept() {
    let data = temp_dir();
    let session = bundled_session().expect("bundled");
    // What an older Peacemap left: one recovery.ron, no lock.
    save_file(&data.path().join("recovery.ron"), &session).expect("saves");
    // An instance that ended before writing any copy leaves only its lock file.
    let quiet = Recovery::claim_new(data.path()).expect("claims");
    let lock = quiet.copy_path().with_extension("lock");
    assert!(lock.exists());
    std::mem::forget(quiet); // as if killed: no clean-up ran (the lock is still held here)
    // A lock file nobody holds, with no copy: what a killed instance leaves.
    let stale = data.path().join("recovery-1-2-3.lock");
    fs::write(&stale, b"").expect("create");
    assert_eq!(offered(data.path()), [data.path().join("recovery.ron")]);
    assert!(lock.exists(), "a lock still held is never swept");
    assert!(!stale.exists(), "a stale lock without a copy is swept");
}

#[test]
fn a_clean_instance_leaves_nothing_behind() {
    let data = temp_dir();
    let recovery = Recovery::claim_new(data.path()).expect("claims");
    recovery
        .write(&bundled_session().expect("bundled"), None)
        .expect("writes");
    recovery.discard().expect("discards");
    drop(recovery);
    let left: Vec<_> = fs::read_dir(data.path()).expect("list").collect();
    assert!(left.is_empty(), "{left:?}");
}

fn paths(recent: &RecentFiles) -> Vec<String> {
    recent
        .paths()
        .iter()
        .map(|p| p.file_name().expect("name").to_string_lossy().into_owned())
        .collect()
}

#[test]
fn recent_files_keep_the_last_ten_most_recent_first_without_duplicates() {
    let dir = temp_dir();
    let mut recent = RecentFiles::default();
    assert!(recent.is_empty());
    for i in 0..12 {
        let path = dir.path().join(format!("{i}.ron"));
        fs::write(&path, b"").expect("create");
        recent.push(&path);
    }
    assert_eq!(
        paths(&recent),
        [
            "11.ron", "10.ron", "9.ron", "8.ron", "7.ron", "6.ron", "5.ron", "4.ron", "3.ron",
            "2.ron"
        ]
    );

    // Opening one again moves it to the front, also when named another way.
    let again = dir.path().join("sub/../5.ron");
    fs::create_dir(dir.path().join("sub")).expect("mkdir");
    recent.push(&again);
    assert_eq!(paths(&recent)[..3], ["5.ron", "11.ron", "10.ron"]);
    assert_eq!(recent.paths().len(), RecentFiles::MAX);
    assert!(recent.paths().iter().all(|p| p.is_absolute()));

    recent.remove(&dir.path().join("11.ron"));
    assert_eq!(paths(&recent)[..2], ["5.ron", "10.ron"]);
    recent.clear();
    assert!(recent.is_empty());
}

#[test]
fn recent_files_survive_a_save_and_load() {
    let config = temp_dir();
    let folder = config.path().join("nested/peacemap");
    let mut recent = RecentFiles::default();
    recent.push(Path::new("/tmp/a.ron"));
    recent.push(Path::new("/tmp/b \"quoted\" é.ron"));
    recent.save(&folder).expect("saves");
    let loaded = RecentFiles::load(&folder);
    assert_eq!(loaded, recent);
    assert_eq!(loaded.paths()[0], PathBuf::from("/tmp/b \"quoted\" é.ron"));
}

#[test]
fn a_missing_or_broken_recent_files_list_is_just_empty() {
    let config = temp_dir();
    assert!(RecentFiles::load(config.path()).is_empty(), "missing");
    assert!(RecentFiles::load(&config.path().join("no/such/folder")).is_empty());
    let file = config.path().join("recent_files.ron");
    for junk in [
        &b""[..],
        b"\xff\xfe\x00(",
        b"(version: 1, paths: [\"/a.ron\"",
        b"[1, 2, 3]",
        b"(version: 1, paths: [1, 2])",
        b"\0\0\0\0",
        "(paths: [".repeat(10_000).as_bytes(),
    ] {
        fs::write(&file, junk).expect("write junk");
        assert!(
            RecentFiles::load(config.path()).is_empty(),
            "{:?}",
            String::from_utf8_lossy(junk)
        );
    }
    // A folder where the list should be is no list either.
    fs::remove_file(&file).expect("remove");
    fs::create_dir(&file).expect("mkdir");
    assert!(RecentFiles::load(config.path()).is_empty());
}

#[test]
fn a_hand_edited_list_longer_than_ten_is_cut_to_ten() {
    let config = temp_dir();
    let names: Vec<String> = (0..15).map(|i| format!("\"/f{i}.ron\"")).collect();
    let text = format!("(version: 1, paths: [{}, \"/f0.ron\"])", names.join(", "));
    fs::write(config.path().join("recent_files.ron"), text).expect("write");
    let recent = RecentFiles::load(config.path());
    assert_eq!(recent.paths().len(), 10);
    assert_eq!(recent.paths()[0], PathBuf::from("/f0.ron"));
    assert_eq!(recent.paths()[9], PathBuf::from("/f9.ron"));
}
