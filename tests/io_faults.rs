//! Fault injection on the writer: a save that fails at any byte of the
//! write, or at any step around it, reports the error, leaves the target
//! byte-for-byte unchanged and leaves no temporary file behind.

#![allow(
    clippy::expect_used,
    reason = "helpers outside #[test] functions; a failure there is a test failure"
)]

mod io_support;

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;
use std::time::{Duration, SystemTime};

use peacemap::io::{
    SaveErrorKind, SaveHooks, SaveStep, backup_path, load_file, save_file, save_file_with,
    to_ron_string,
};
use peacemap::model::{Session, Text};

/// Fails the write after `fail_at` bytes, like a full disk.
struct FailAtByte {
    fail_at: usize,
    kind: io::ErrorKind,
}

impl SaveHooks for FailAtByte {
    fn write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        let cut = self.fail_at.min(bytes.len());
        // Written in small pieces, as a real disk would, so the failure
        // lands mid-file.
        for chunk in bytes[..cut].chunks(4096) {
            file.write_all(chunk)?;
        }
        if cut < bytes.len() || self.fail_at == bytes.len() {
            return Err(io::Error::new(self.kind, "injected failure"));
        }
        Ok(())
    }
}

/// Fails one step.
struct FailStep(SaveStep, io::ErrorKind);

impl SaveHooks for FailStep {
    fn before(&mut self, step: SaveStep) -> io::Result<()> {
        if step == self.0 {
            Err(io::Error::new(self.1, "injected failure"))
        } else {
            Ok(())
        }
    }
}

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A folder with `s.ron` saved twice, two different sessions (so the
/// backup holds the older one and differs from the file: a save that
/// wrongly touched the backup shows), the session now in it, and a third
/// session to save over it.
fn setup() -> (tempfile::TempDir, Session, Session) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut oldest = io_support::session(12, 10, 8, 60);
    oldest.title = Text::en("The oldest version");
    let old = io_support::session(12, 10, 8, 60);
    let path = dir.path().join("s.ron");
    save_file(&path, &oldest).expect("first save");
    save_file(&path, &old).expect("second save, making the backup");
    assert_eq!(load_file(&backup_path(&path)).expect("backup"), oldest);
    assert_ne!(
        fs::read(&path).expect("file"),
        fs::read(backup_path(&path)).expect("backup"),
        "the backup must differ from the file, or the backup checks below prove nothing"
    );
    let mut new = io_support::session(14, 12, 9, 70);
    new.title = Text::en("The new version");
    (dir, old, new)
}

#[test]
fn a_write_failing_at_any_offset_changes_nothing() {
    let (dir, old, new) = setup();
    let path = dir.path().join("s.ron");
    let before = fs::read(&path).expect("read");
    let backup_before = fs::read(backup_path(&path)).expect("backup");
    let new_len = to_ron_string(&new).expect("text").len();
    assert!(
        new_len > 40_000,
        "a file big enough to fail in many places: {new_len}"
    );

    // Every offset near the start and end, and a spread in between.
    let mut offsets: Vec<usize> = (0..64).chain(new_len - 64..=new_len).collect();
    offsets.extend((0..new_len).step_by(new_len / 200));
    let kinds = [
        io::ErrorKind::StorageFull,
        io::ErrorKind::PermissionDenied,
        io::ErrorKind::Other,
    ];
    for (i, &fail_at) in offsets.iter().enumerate() {
        let kind = kinds[i % kinds.len()];
        let error = save_file_with(&path, &new, &mut FailAtByte { fail_at, kind })
            .expect_err("the injected failure is reported");
        let message = error.to_string();
        assert!(
            message.contains("could not write the temporary file"),
            "{message}"
        );
        if kind == io::ErrorKind::StorageFull {
            assert!(message.contains("the disk is full"), "{message}");
        }
        assert!(
            message.ends_with(&format!("(in {})", path.display())),
            "{message}"
        );
        assert_eq!(
            fs::read(&path).expect("read"),
            before,
            "target changed at offset {fail_at}"
        );
        assert!(
            fs::read(backup_path(&path)).expect("backup") == backup_before,
            "the backup changed at offset {fail_at}"
        );
        assert_eq!(
            listing(dir.path()),
            ["s.ron", "s.ron.bak"],
            "left a file at offset {fail_at}"
        );
    }
    assert_eq!(load_file(&path).expect("still opens"), old);
}

#[test]
fn a_failure_at_any_step_before_the_rename_changes_nothing() {
    let (dir, old, new) = setup();
    let path = dir.path().join("s.ron");
    let before = fs::read(&path).expect("read");
    let backup_before = fs::read(backup_path(&path)).expect("backup");
    for step in SaveStep::ALL {
        if step == SaveStep::SyncFolder {
            continue;
        }
        for kind in [
            io::ErrorKind::PermissionDenied,
            io::ErrorKind::StorageFull,
            io::ErrorKind::NotFound,
        ] {
            let error = save_file_with(&path, &new, &mut FailStep(step, kind))
                .expect_err("the injected failure is reported");
            assert!(
                matches!(error.kind, SaveErrorKind::Io { .. }),
                "{step:?}: {error}"
            );
            assert!(
                error.to_string().starts_with("could not save: could not "),
                "{error}"
            );
            assert_eq!(
                fs::read(&path).expect("read"),
                before,
                "{step:?} changed the file"
            );
            // A failed backup step may leave the old backup as it was, never a broken one.
            assert!(
                fs::read(backup_path(&path)).expect("backup") == backup_before,
                "{step:?} changed the backup"
            );
            assert_eq!(
                listing(dir.path()),
                ["s.ron", "s.ron.bak"],
                "{step:?} left a file"
            );
        }
    }
    assert_eq!(load_file(&path).expect("still opens"), old);
}

#[test]
fn messages_say_what_failed_in_plain_words() {
    let (dir, _, new) = setup();
    let path = dir.path().join("s.ron");
    for (step, kind, words) in [
        (
            SaveStep::CreateTemp,
            io::ErrorKind::PermissionDenied,
            "could not create a temporary file in the folder: permission denied",
        ),
        (
            SaveStep::CreateTemp,
            io::ErrorKind::ReadOnlyFilesystem,
            "the disk is read-only",
        ),
        (
            SaveStep::SyncTemp,
            io::ErrorKind::StorageFull,
            "could not flush the temporary file to disk: the disk is full",
        ),
        (
            SaveStep::Backup,
            io::ErrorKind::QuotaExceeded,
            "could not keep a backup of the previous version",
        ),
        (
            SaveStep::Replace,
            io::ErrorKind::NotFound,
            "could not replace the file with the new version: the file or folder does not exist",
        ),
    ] {
        let error = save_file_with(&path, &new, &mut FailStep(step, kind)).expect_err("fails");
        assert!(error.to_string().contains(words), "{step:?}: {error}");
    }
}

#[test]
fn a_failed_folder_sync_after_the_rename_is_not_an_error() {
    // The new content is already in place; reporting failure would be wrong.
    let (dir, _, new) = setup();
    let path = dir.path().join("s.ron");
    save_file_with(
        &path,
        &new,
        &mut FailStep(SaveStep::SyncFolder, io::ErrorKind::Other),
    )
    .expect("saved");
    assert_eq!(load_file(&path).expect("opens"), new);
    assert_eq!(listing(dir.path()), ["s.ron", "s.ron.bak"]);
}

#[test]
fn a_failed_first_save_leaves_nothing_at_all() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("new.ron");
    let session = io_support::session(3, 3, 3, 10);
    for fail_at in [0, 1, 100, 1000] {
        let hooks = &mut FailAtByte {
            fail_at,
            kind: io::ErrorKind::StorageFull,
        };
        save_file_with(&path, &session, hooks).expect_err("fails");
        assert!(listing(dir.path()).is_empty(), "{:?}", listing(dir.path()));
    }
}

#[test]
fn the_folder_deleted_under_the_save_is_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("lessons");
    fs::create_dir(&folder).expect("mkdir");
    let path = folder.join("s.ron");
    let session = io_support::session(3, 3, 3, 10);
    save_file(&path, &session).expect("saves");
    fs::remove_dir_all(&folder).expect("delete the folder");
    let error = save_file(&path, &session).expect_err("folder gone");
    assert!(error.to_string().contains("does not exist"), "{error}");
    assert!(
        !folder.exists(),
        "the folder is not recreated behind the user's back"
    );
}

/// A temporary file named like a save's, `.NAME.PID-N.tmp`, last changed
/// `age` ago.
fn fake_temp(dir: &Path, name: &str, pid: u32, age: Duration) -> std::path::PathBuf {
    static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = dir.join(format!(".{name}.{pid}-{n}.tmp"));
    let file = File::create(&path).expect("create");
    file.set_modified(SystemTime::now() - age)
        .expect("set the time");
    path
}

#[test]
fn a_save_sweeps_temporary_files_of_killed_saves_and_keeps_live_ones() {
    // Never a process id: Linux's are below 2^22, Windows' multiples of 4.
    const GONE: u32 = u32::MAX - 1;
    let hour = Duration::from_hours(1);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("s.ron");
    let session = io_support::session(3, 3, 3, 10);
    save_file(&path, &session).expect("first save");

    let stale = fake_temp(dir.path(), "s.ron", GONE, hour);
    let stale_backup_link = fake_temp(dir.path(), "s.ron.bak", GONE, hour);
    let stale_of_another_session = fake_temp(dir.path(), "other.ron", GONE, hour);
    // A save that was just started: it locks its file a moment after
    // creating it.
    let just_created = fake_temp(dir.path(), "s.ron", GONE, Duration::ZERO);
    // A save running in a process this machine cannot see (another
    // computer on a shared folder): it holds the lock.
    let locked = fake_temp(dir.path(), "s.ron", GONE, hour);
    let held = File::options().write(true).open(&locked).expect("open");
    held.try_lock().expect("lock");
    // A save in this very process.
    let this_process = fake_temp(dir.path(), "s.ron", std::process::id(), hour);
    // Not a session's: some other program's file.
    let not_ours = fake_temp(dir.path(), "notes.txt", GONE, hour);
    // A process that is running (pid 1 always is), seen through /proc.
    let running = fake_temp(dir.path(), "s.ron", 1, hour);

    save_file(&path, &session).expect("second save");

    for gone in [&stale, &stale_backup_link, &stale_of_another_session] {
        assert!(!gone.exists(), "{} was not swept", gone.display());
    }
    for kept in [&just_created, &locked, &this_process, &not_ours] {
        assert!(kept.exists(), "{} was swept", kept.display());
    }
    // Only Linux can tell a running process by its id without privileges;
    // elsewhere the lock alone decides.
    if cfg!(target_os = "linux") {
        assert!(running.exists(), "a running process's file was swept");
    } else {
        eprintln!("not on Linux: process ids are not checked; the lock decides");
    }
    let file_name = |p: &Path| p.file_name().expect("name").to_string_lossy().into_owned();
    let mut expected = vec![
        "s.ron".to_owned(),
        "s.ron.bak".to_owned(),
        file_name(&just_created),
        file_name(&locked),
        file_name(&this_process),
        file_name(&not_ours),
    ];
    if running.exists() {
        expected.push(file_name(&running));
    }
    expected.sort();
    assert_eq!(listing(dir.path()), expected);
    drop(held);
}

/// Checks, just before the rename, that the save's temporary file is
/// locked, so that no other process's sweep can take it.
struct ExpectTempLocked {
    folder: std::path::PathBuf,
    checked: usize,
}

impl SaveHooks for ExpectTempLocked {
    fn before(&mut self, step: SaveStep) -> io::Result<()> {
        if matches!(step, SaveStep::Backup | SaveStep::Replace) {
            for entry in fs::read_dir(&self.folder)? {
                let name = entry?.file_name().to_string_lossy().into_owned();
                let temporary = Path::new(&name).extension().is_some_and(|x| x == "tmp");
                // The previous version set aside for the backup is locked
                // too, on Unix (see `lock_set_aside`).
                let set_aside = name.starts_with(".s.ron.bak.");
                if name.starts_with(".s.ron.") && temporary && (cfg!(unix) || !set_aside) {
                    let file = File::options().write(true).open(self.folder.join(&name))?;
                    assert!(
                        matches!(file.try_lock(), Err(fs::TryLockError::WouldBlock)),
                        "{name} is not locked before {step:?}"
                    );
                    self.checked += 1;
                }
            }
        }
        Ok(())
    }
}

#[test]
fn a_save_holds_a_lock_on_its_temporary_file_until_the_rename() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("s.ron");
    let session = io_support::session(3, 3, 3, 10);
    save_file(&path, &session).expect("first save");
    let mut hooks = ExpectTempLocked {
        folder: dir.path().to_path_buf(),
        checked: 0,
    };
    save_file_with(&path, &session, &mut hooks).expect("second save");
    // The temporary file before the backup step and the rename, and the
    // set-aside previous version before the rename (on Unix).
    let expected = if cfg!(unix) { 3 } else { 2 };
    assert_eq!(hooks.checked, expected);
}
