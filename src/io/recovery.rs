//! The autosave recovery copies: written into the app's data folder (never
//! over the user's file) 30 seconds after the last change, offered back
//! after a crash, and removed only once the user has chosen.
//!
//! Each running instance has its own copy, `recovery-ID.ron`, and holds a
//! lock on `recovery-ID.lock` for as long as it runs (std's `File::try_lock`:
//! `flock` on Unix, `LockFileEx` on Windows; the operating system releases
//! it when the process ends, crash or not). At start, [`Recovery::orphans`]
//! offers only copies whose lock nobody holds, and takes their lock while
//! they are offered, so two instances never offer or delete each other's
//! live work.
//!
//! The app keeps an [`AutosaveTimer`], calls [`Recovery::write`] when it is
//! due, [`Recovery::discard`] after a successful save or a clean exit.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::error::{LoadError, SaveAction, SaveError, SaveErrorKind};
use super::parse::options;
use super::write::{Backup, NoHooks, to_ron_string, write_atomic};
use super::{parse_bytes, read_file};
use crate::model::Session;

/// How long after the last change the recovery copy is written.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(30);

/// Decides when the recovery copy is due: [`AUTOSAVE_DELAY`] after the last
/// change, once per burst of changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AutosaveTimer {
    last_change: Option<Instant>,
}

impl AutosaveTimer {
    /// Records an edit made at `now`; restarts the delay.
    pub fn note_change(&mut self, now: Instant) {
        self.last_change = Some(now);
    }

    /// True when changes are waiting and the delay has passed.
    #[must_use]
    pub fn is_due(&self, now: Instant) -> bool {
        self.last_change
            .is_some_and(|changed| now.saturating_duration_since(changed) >= AUTOSAVE_DELAY)
    }

    /// Time until the copy is due (zero when due), or `None` when nothing
    /// waits: what to pass to a repaint timer.
    #[must_use]
    pub fn time_left(&self, now: Instant) -> Option<Duration> {
        self.last_change
            .map(|changed| AUTOSAVE_DELAY.saturating_sub(now.saturating_duration_since(changed)))
    }

    /// Forgets pending changes: call after writing the recovery copy or
    /// saving the file.
    pub fn reset(&mut self) {
        self.last_change = None;
    }
}

/// A recovery copy found at start.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    /// The session as it was when the copy was written.
    pub session: Session,
    /// The file the session was being edited from, if it had one.
    pub original_path: Option<PathBuf>,
    /// When the copy was written.
    pub saved_at: Option<SystemTime>,
}

/// What is written next to the copy: where the work came from.
#[derive(Debug, Default, Serialize, Deserialize)]
struct RecoveryInfo {
    version: u32,
    original_path: Option<String>,
    saved_at_unix_secs: u64,
}

/// One instance's recovery copy in a data folder, with its lock held for
/// as long as this value lives.
#[derive(Debug)]
pub struct Recovery {
    folder: PathBuf,
    /// Names the files: `recovery-ID.ron`; empty for the single copy of
    /// versions before per-instance copies (`recovery.ron`).
    id: String,
    /// The locked lock file; `None` where the file system cannot lock.
    lock: Option<fs::File>,
}

/// Numbers the copies claimed by this process.
static NEXT_ID: AtomicU64 = AtomicU64::new(0);

impl Recovery {
    /// A new copy for this running instance in `data_folder` (the app
    /// passes its `directories::ProjectDirs` data folder; tests a temporary
    /// one), created if needed. Its lock is held until this value is
    /// dropped. Nothing is written until [`Self::write`].
    pub fn claim_new(data_folder: impl Into<PathBuf>) -> Result<Self, SaveError> {
        let folder = data_folder.into();
        fs::create_dir_all(&folder)
            .map_err(|e| SaveError::io(SaveAction::CreateRecoveryFolder, e, &folder))?;
        let millis = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        let id = format!(
            "{}-{millis}-{}",
            std::process::id(),
            NEXT_ID.fetch_add(1, Ordering::Relaxed)
        );
        let mut recovery = Self {
            folder,
            id,
            lock: None,
        };
        let lock_path = recovery.lock_path();
        let file = open_lock_file(&lock_path)
            .map_err(|e| SaveError::io(SaveAction::CreateRecoveryLock, e, &lock_path))?;
        match file.try_lock() {
            Ok(()) => recovery.lock = Some(file),
            Err(err) => log::warn!(
                "Could not lock {}: {err}; other Peacemap windows may offer this window's recovery copy",
                lock_path.display()
            ),
        }
        Ok(recovery)
    }

    /// The copies in `data_folder` left by instances that are no longer
    /// running, oldest first, each now locked by the caller so that no
    /// other instance offers it too. Lock files of ended instances that
    /// left no copy are removed. A missing folder holds no copies.
    #[must_use]
    pub fn orphans(data_folder: &Path) -> Vec<Self> {
        let Ok(entries) = fs::read_dir(data_folder) else {
            return Vec::new();
        };
        let mut ids: Vec<String> = entries
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name();
                instance_id(name.to_str()?).map(str::to_owned)
            })
            .collect();
        ids.sort_by_key(|id| sort_key(id));
        ids.dedup();
        let mut orphans = Vec::new();
        for id in ids {
            let mut candidate = Self {
                folder: data_folder.to_path_buf(),
                id,
                lock: None,
            };
            let lock_path = candidate.lock_path();
            let file = match open_lock_file(&lock_path) {
                Ok(file) => file,
                Err(err) => {
                    log::warn!("Could not open {}: {err}", lock_path.display());
                    continue;
                }
            };
            match file.try_lock() {
                Ok(()) => candidate.lock = Some(file),
                Err(fs::TryLockError::WouldBlock) => continue, // a running instance's
                Err(fs::TryLockError::Error(err)) => {
                    log::warn!("Could not lock {}: {err}", lock_path.display());
                    continue;
                }
            }
            if candidate.exists() {
                orphans.push(candidate);
            } else {
                drop(candidate); // removes the stale lock file
            }
        }
        orphans
    }

    /// Where the copy is written: an ordinary session file that can also
    /// be opened by hand.
    #[must_use]
    pub fn copy_path(&self) -> PathBuf {
        self.file(".ron")
    }

    fn info_path(&self) -> PathBuf {
        self.file("-info.ron")
    }

    fn lock_path(&self) -> PathBuf {
        self.file(".lock")
    }

    fn file(&self, suffix: &str) -> PathBuf {
        if self.id.is_empty() {
            self.folder.join(format!("recovery{suffix}"))
        } else {
            self.folder.join(format!("recovery-{}{suffix}", self.id))
        }
    }

    /// Whether a copy is waiting.
    #[must_use]
    pub fn exists(&self) -> bool {
        self.copy_path().is_file()
    }

    /// Writes the copy of `session`, edited from `original` (if it has a
    /// file), atomically. The session is not validated (work in progress
    /// is kept as it is) but the text must parse back.
    pub fn write(&self, session: &Session, original: Option<&Path>) -> Result<(), SaveError> {
        let copy_path = self.copy_path();
        fs::create_dir_all(&self.folder)
            .map_err(|e| SaveError::io(SaveAction::CreateRecoveryFolder, e, &self.folder))?;
        let text = to_ron_string(session).map_err(|e| SaveError::new(e.kind, Some(&copy_path)))?;
        let verify = || {
            parse_bytes(text.as_bytes())
                .map(drop)
                .map_err(|error| SaveErrorKind::NotReadable(error.to_string()))
        };
        write_atomic(
            &copy_path,
            text.as_bytes(),
            Backup::Skip,
            &mut NoHooks,
            Some(&verify),
        )?;

        let info = RecoveryInfo {
            version: 1,
            original_path: original
                .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()))
                .and_then(|p| p.to_str().map(str::to_owned)),
            saved_at_unix_secs: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
        };
        let info_text = options().to_string(&info).map_err(|e| {
            SaveError::new(SaveErrorKind::Serialize(e.to_string()), Some(&copy_path))
        })?;
        write_atomic(
            &self.info_path(),
            info_text.as_bytes(),
            Backup::Skip,
            &mut NoHooks,
            None,
        )
    }

    /// The copy, if one was written. An unreadable copy is an error (so the
    /// app can say so and still let the user discard it).
    pub fn read(&self) -> Result<Option<Recovered>, LoadError> {
        let copy_path = self.copy_path();
        if !copy_path.exists() {
            return Ok(None);
        }
        let session = read_file(&copy_path)
            .and_then(|bytes| parse_bytes(&bytes))
            .map_err(|e| e.with_path(&copy_path))?;
        // The note on where the work came from is a nicety: a broken one is ignored.
        let info: RecoveryInfo = fs::read_to_string(self.info_path())
            .ok()
            .and_then(|text| options().from_str(&text).ok())
            .unwrap_or_default();
        Ok(Some(Recovered {
            session,
            original_path: info.original_path.map(PathBuf::from),
            saved_at: (info.saved_at_unix_secs > 0)
                .then(|| UNIX_EPOCH + Duration::from_secs(info.saved_at_unix_secs)),
        }))
    }

    /// Removes the copy: after the user has chosen to restore it or not,
    /// after a successful save, and on a clean exit. No copy is not an
    /// error. The lock stays held while this value lives.
    pub fn discard(&self) -> io::Result<()> {
        for path in [self.copy_path(), self.info_path()] {
            match fs::remove_file(&path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        Ok(())
    }
}

impl Drop for Recovery {
    /// Releases the lock. Without a copy left, the lock file goes too; with
    /// one (the user has not chosen yet), it stays for the next start.
    fn drop(&mut self) {
        if let Some(lock) = self.lock.take() {
            drop(lock); // closed first: Windows cannot remove an open file
            if !self.exists() {
                let _ = fs::remove_file(self.lock_path());
            }
        }
    }
}

fn open_lock_file(path: &Path) -> io::Result<fs::File> {
    fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
}

/// The instance id in a recovery file name: `recovery-ID.ron`,
/// `recovery-ID-info.ron` or `recovery-ID.lock`; `""` for the old single
/// `recovery.ron`. Ids are digits and dashes.
fn instance_id(file_name: &str) -> Option<&str> {
    let rest = file_name.strip_prefix("recovery")?;
    let stem = rest
        .strip_suffix("-info.ron")
        .or_else(|| rest.strip_suffix(".ron"))
        .or_else(|| rest.strip_suffix(".lock"))?;
    if stem.is_empty() {
        return Some("");
    }
    let id = stem.strip_prefix('-')?;
    (!id.is_empty() && id.chars().all(|c| c.is_ascii_digit() || c == '-')).then_some(id)
}

/// Orders ids by start time (`PID-MILLIS-N`), the old single copy first.
fn sort_key(id: &str) -> (u128, u64, String) {
    let mut parts = id.split('-');
    let _pid = parts.next();
    let millis = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    let n = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    (millis, n, id.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timer_waits_for_quiet() {
        let start = Instant::now();
        let mut timer = AutosaveTimer::default();
        assert!(!timer.is_due(start));
        assert_eq!(timer.time_left(start), None);
        timer.note_change(start);
        assert!(!timer.is_due(start + Duration::from_secs(29)));
        timer.note_change(start + Duration::from_secs(20));
        assert!(!timer.is_due(start + Duration::from_secs(49)));
        assert_eq!(
            timer.time_left(start + Duration::from_secs(40)),
            Some(Duration::from_secs(10))
        );
        assert!(timer.is_due(start + Duration::from_secs(50)));
        timer.reset();
        assert!(!timer.is_due(start + Duration::from_secs(99)));
    }

    #[test]
    fn instance_ids_come_from_recovery_file_names_only() {
        assert_eq!(instance_id("recovery.ron"), Some(""));
        assert_eq!(instance_id("recovery-info.ron"), Some(""));
        assert_eq!(instance_id("recovery-12-345-0.ron"), Some("12-345-0"));
        assert_eq!(instance_id("recovery-12-345-0-info.ron"), Some("12-345-0"));
        assert_eq!(instance_id("recovery-12-345-0.lock"), Some("12-345-0"));
        assert_eq!(instance_id("recovery-x.ron"), None);
        assert_eq!(instance_id("recovery-.ron"), None);
        assert_eq!(instance_id("notes.ron"), None);
        assert_eq!(instance_id(".recovery-1.ron.77-0.tmp"), None);
    }
}
