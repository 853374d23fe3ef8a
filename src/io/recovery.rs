//! The autosave recovery copy: written into the app's data folder (never
//! over the user's file) 30 seconds after the last change, offered back
//! after a crash, and removed only once the user has chosen.
//!
//! The app keeps an [`AutosaveTimer`], calls [`Recovery::write`] when it is
//! due, [`Recovery::discard`] after a successful save or a clean exit, and
//! [`Recovery::read`] at start: a copy found then means the last run ended
//! with unsaved work.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::error::{LoadError, SaveError, SaveErrorKind};
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

/// The recovery copy in one data folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    folder: PathBuf,
}

impl Recovery {
    /// The recovery copy kept in `data_folder` (the app passes its
    /// `directories::ProjectDirs` data folder; tests a temporary one). The
    /// folder is created when the first copy is written.
    pub fn new(data_folder: impl Into<PathBuf>) -> Self {
        Self {
            folder: data_folder.into(),
        }
    }

    /// Where the copy is written: an ordinary session file that can also
    /// be opened by hand.
    #[must_use]
    pub fn copy_path(&self) -> PathBuf {
        self.folder.join("recovery.ron")
    }

    fn info_path(&self) -> PathBuf {
        self.folder.join("recovery-info.ron")
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
            .map_err(|e| SaveError::io("create the recovery folder", e, &self.folder))?;
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

    /// The copy left by the last run, if any. An unreadable copy is an
    /// error (so the app can say so and still let the user discard it).
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
    /// after a successful save, and on a clean exit. No copy is not an error.
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
}
