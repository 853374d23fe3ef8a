//! The open document and its lifecycle: the session, its undo history, the
//! file it belongs to, whether it has unsaved changes, this instance's
//! crash-recovery copy and the recent-files list.
//!
//! [`Document::apply`] is the only place the session changes (undo, redo,
//! open, new and restore replace it whole). The app shell routes input to
//! it and draws it; nothing here knows about egui.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::command::{Command, CommandError};
use crate::history::{History, Snapshot};
use crate::io::recent::RecentFiles;
use crate::io::recovery::{AutosaveTimer, Recovered, Recovery};
use crate::io::{LoadError, LoadWarning, SaveError};
use crate::model::{Lang, Session, Text};
use crate::tr;

/// Folders the app keeps its own files in: recent files (config) and the
/// recovery copies (data). `None` turns the feature off (tests, benches).
#[derive(Clone, Debug, Default)]
pub struct AppDirs {
    /// Config folder, for the recent-files list.
    pub config: Option<PathBuf>,
    /// Data folder, for the crash-recovery copies.
    pub data: Option<PathBuf>,
}

impl AppDirs {
    /// The user's folders for Peacemap, found with `directories`.
    pub fn from_system() -> Self {
        directories::ProjectDirs::from("org", "Peacemap", "Peacemap").map_or_else(
            Self::default,
            |dirs| Self {
                config: Some(dirs.config_dir().to_path_buf()),
                data: Some(dirs.data_dir().to_path_buf()),
            },
        )
    }
}

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PendingAction {
    /// Start a new session.
    New,
    /// Open a file; `None` asks for one with a dialog.
    Open(Option<PathBuf>),
    /// Close the window.
    Close,
}

/// A recovery copy left by an instance that is no longer running, found at
/// start and waiting for the user to restore or discard it.
#[derive(Clone, Debug, PartialEq)]
pub struct OrphanCopy {
    /// The copy's file: names it when the user answers.
    pub copy_path: PathBuf,
    /// What it holds, or why it cannot be read.
    pub content: Result<Recovered, OrphanProblem>,
}

/// Why a recovery copy cannot be offered.
#[derive(Clone, Debug, PartialEq)]
pub enum OrphanProblem {
    /// It was there when listed, and gone when read.
    Gone,
    /// It could not be read: the file layer's error, worded in the UI's
    /// language when shown.
    Unreadable(LoadError),
}

/// The open document: session, history, file, saved state, recovery copy
/// and recent files.
#[derive(Debug)]
pub struct Document {
    session: Session,
    history: History,
    path: Option<PathBuf>,
    /// History generation of the last save or open: different means unsaved changes.
    saved_generation: u64,
    recent: RecentFiles,
    config_folder: Option<PathBuf>,
    /// This instance's own recovery copy (locked while the app runs).
    recovery: Option<Recovery>,
    /// Copies of ended instances being offered to the user (locked by us).
    orphans: Vec<Recovery>,
    autosave: AutosaveTimer,
}

impl Document {
    /// An unsaved document holding `session`, with no recent files and no
    /// recovery copy until [`Self::use_dirs`].
    pub fn new(session: Session) -> Self {
        let history = History::default();
        let saved_generation = history.generation();
        Self {
            session,
            history,
            path: None,
            saved_generation,
            recent: RecentFiles::default(),
            config_folder: None,
            recovery: None,
            orphans: Vec::new(),
            autosave: AutosaveTimer::default(),
        }
    }

    /// Uses `dirs` for recent files and this instance's recovery copy, and
    /// returns the copies left by instances that are no longer running
    /// (never another running instance's), to offer to the user — also when
    /// this instance cannot have a copy of its own, which the second value
    /// then says.
    pub fn use_dirs(&mut self, dirs: &AppDirs) -> (Vec<OrphanCopy>, Result<(), SaveError>) {
        if let Some(config) = &dirs.config {
            self.recent = RecentFiles::load(config);
        }
        self.config_folder.clone_from(&dirs.config);
        let Some(data) = &dirs.data else {
            return (Vec::new(), Ok(()));
        };
        let orphans = Recovery::orphans(data);
        let found = orphans
            .iter()
            .map(|orphan| OrphanCopy {
                copy_path: orphan.copy_path(),
                content: match orphan.read() {
                    Ok(Some(recovered)) => Ok(recovered),
                    Ok(None) => Err(OrphanProblem::Gone),
                    Err(err) => Err(OrphanProblem::Unreadable(err)),
                },
            })
            .collect();
        self.orphans = orphans;
        let claimed = Recovery::claim_new(data).map(|recovery| {
            self.recovery = Some(recovery);
        });
        (found, claimed)
    }

    /// The session as it is now.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The file the session was opened from or last saved to.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Recently opened or saved files.
    pub fn recent(&self) -> &RecentFiles {
        &self.recent
    }

    /// Applies one edit at `now_secs` (input time): the only place the
    /// session is edited. Returns whether it changed. A command that
    /// continues the open gesture (the next frame of a drag) is applied with
    /// no snapshot; the first of a gesture snapshots, once, what it can
    /// change (`history::Snapshot`: one board for a board edit).
    pub fn apply(&mut self, command: Command, now_secs: f64) -> Result<bool, CommandError> {
        let key = command.coalesce_key();
        let changed = if self.history.continues_gesture(key.as_deref(), now_secs) {
            let changed = command.apply(&mut self.session)?;
            if changed {
                self.history.record_continued(now_secs);
            }
            changed
        } else {
            let before = Snapshot::before(&self.session, &command);
            let label = command.label(&self.session);
            let changed = command.apply(&mut self.session)?;
            if changed {
                self.history.record(before, label, key, now_secs);
            }
            changed
        };
        if changed {
            self.autosave.note_change(Instant::now());
        }
        Ok(changed)
    }

    /// Identifies the document's current state: equal generations mean
    /// equal documents.
    pub fn generation(&self) -> u64 {
        self.history.generation()
    }

    /// Takes back every edit made since the document was at `generation`
    /// (Esc during a drag: `generation` is where it stood when the drag
    /// began). The steps undone are dropped from redo too, so a cancelled
    /// drag leaves no trace. Stops at the first step that would undo past
    /// it. Returns whether anything was taken back.
    pub fn cancel_back_to(&mut self, generation: u64) -> bool {
        let mut cancelled = false;
        while self.history.generation() != generation
            && self.history.undo_reaches(generation)
            && self.history.undo(&mut self.session)
        {
            self.history.forget_redo_step();
            cancelled = true;
        }
        if cancelled {
            self.autosave.note_change(Instant::now());
        }
        cancelled
    }

    /// Ends the current gesture (pointer released): the next edit is a new
    /// undo step.
    pub fn end_gesture(&mut self) {
        self.history.end_gesture();
    }

    /// The label of the step undo would revert ([`Command::label`]), in
    /// both languages.
    pub fn undo_label(&self) -> Option<&Text> {
        self.history.undo_label()
    }

    /// The label of the step redo would reapply.
    pub fn redo_label(&self) -> Option<&Text> {
        self.history.redo_label()
    }

    /// Reverts the last step; returns its label, or `None` if there was
    /// none.
    pub fn undo(&mut self) -> Option<Text> {
        let label = self.history.undo_label()?.clone();
        self.history.undo(&mut self.session).then(|| {
            self.autosave.note_change(Instant::now());
            label
        })
    }

    /// Reapplies the last undone step; returns its label, or `None`.
    pub fn redo(&mut self) -> Option<Text> {
        let label = self.history.redo_label()?.clone();
        self.history.redo(&mut self.session).then(|| {
            self.autosave.note_change(Instant::now());
            label
        })
    }

    /// True when the session has changes that are not in its file.
    pub fn is_dirty(&self) -> bool {
        self.history.generation() != self.saved_generation
    }

    /// The file name shown in the title: the file's name, or "Untitled"
    /// in `lang`.
    pub fn file_label(&self, lang: Lang) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || tr!(lang, "shell-untitled"),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// The window title in `lang`: unsaved mark, file name, session title.
    pub fn title(&self, lang: Lang) -> String {
        let mark = if self.is_dirty() { "● " } else { "" };
        // The product's name and the separators are the same in every language.
        format!(
            "{mark}{} — {} — Peacemap",
            self.file_label(lang),
            self.session.title.get(lang)
        )
    }

    /// A file name to suggest for Save as: the file's, or one made from the
    /// session title.
    pub fn suggested_file_name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || format!("{}.ron", slug(self.session.title.get(Lang::En))),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// Replaces the document with an unsaved `session` (New).
    pub fn replace_with(&mut self, session: Session) {
        self.replace(session, None);
    }

    /// Opens the session in `path`. On failure the document stays exactly
    /// as it was.
    ///
    /// Returns the file's warnings: fields the format does not have, which
    /// the session does not keep and a save would drop, each located.
    pub fn open_file(&mut self, path: &Path) -> Result<Vec<LoadWarning>, LoadError> {
        let crate::io::Loaded { session, warnings } = crate::io::load_file_with_warnings(path)?;
        self.replace(session, Some(path.to_path_buf()));
        self.remember_recent(path);
        Ok(warnings)
    }

    fn replace(&mut self, session: Session, path: Option<PathBuf>) {
        self.session = session;
        self.history.clear();
        self.saved_generation = self.history.generation();
        self.path = path;
        self.discard_own_recovery();
    }

    /// Saves to `path` (atomically, keeping a backup); it becomes the
    /// document's file. On failure nothing about the document changes.
    pub fn save_to(&mut self, path: &Path) -> Result<(), SaveError> {
        crate::io::save_file(path, &self.session)?;
        self.path = Some(path.to_path_buf());
        self.saved_generation = self.history.generation();
        self.remember_recent(path);
        self.discard_own_recovery();
        Ok(())
    }

    /// Restores the orphaned copy at `copy_path` (as found by
    /// [`Self::use_dirs`]): its session replaces the document, marked
    /// unsaved, and the copy is removed.
    pub fn restore(&mut self, copy_path: &Path, recovered: Recovered) {
        let Recovered {
            session,
            original_path,
            ..
        } = recovered;
        self.replace(session, original_path);
        // Restored work is not in any file yet: keep it marked unsaved.
        self.saved_generation = self.history.generation().wrapping_sub(1);
        self.autosave.note_change(Instant::now());
        self.discard_orphan(copy_path);
    }

    /// Deletes the orphaned copy at `copy_path` (the user chose Discard).
    pub fn discard_orphan(&mut self, copy_path: &Path) {
        if let Some(index) = self.orphans.iter().position(|o| o.copy_path() == copy_path) {
            let orphan = self.orphans.remove(index);
            if let Err(err) = orphan.discard() {
                log::warn!("Could not remove the recovery copy: {err}");
            }
        }
    }

    /// Forgets this instance's recovery copy: the user has chosen to close
    /// or the work is saved.
    pub fn discard_own_recovery(&mut self) {
        self.autosave.reset();
        if let Some(recovery) = &self.recovery
            && recovery.exists()
            && let Err(err) = recovery.discard()
        {
            log::warn!("Could not remove the recovery copy: {err}");
        }
    }

    /// Where this instance writes its recovery copy, if it has one.
    pub fn recovery_copy_path(&self) -> Option<PathBuf> {
        self.recovery.as_ref().map(Recovery::copy_path)
    }

    /// Writes the recovery copy if the autosave delay has passed since the
    /// last change. Returns how long until it is due when it is not yet,
    /// so the caller can ask for one repaint then.
    pub fn autosave_if_due(&mut self, now: Instant) -> Result<Option<Duration>, SaveError> {
        let Some(recovery) = &self.recovery else {
            return Ok(None);
        };
        if !self.is_dirty() {
            self.autosave.reset();
            return Ok(None);
        }
        if self.autosave.is_due(now) {
            self.autosave.reset();
            recovery.write(&self.session, self.path.as_deref())?;
            log::info!(
                "Recovery copy written to {}",
                recovery.copy_path().display()
            );
            Ok(None)
        } else {
            Ok(self.autosave.time_left(now))
        }
    }

    /// Forgets `path` in the recent-files list (it no longer opens).
    pub fn forget_recent(&mut self, path: &Path) {
        self.recent.remove(path);
        self.save_recent();
    }

    fn remember_recent(&mut self, path: &Path) {
        self.recent.push(path);
        self.save_recent();
    }

    fn save_recent(&self) {
        if let Some(config) = &self.config_folder
            && let Err(err) = self.recent.save(config)
        {
            log::warn!("Could not save the recent-files list: {err}");
        }
    }
}

/// A file name made from a session title: "Six-track peace" → "six-track-peace".
fn slug(title: &str) -> String {
    let slug: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "session".to_owned()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::BoardEdit;
    use crate::model::TrackId;
    use crate::model::generate::stress_session;

    fn set_progress(track: &TrackId, progress_pct: f32) -> Command {
        Command::from(BoardEdit::SetProgress {
            track: track.clone(),
            progress_pct,
        })
    }

    fn progress(document: &Document, track: &TrackId) -> Option<f32> {
        document
            .session()
            .board
            .track(track)
            .map(|t| t.progress_pct)
    }

    #[test]
    fn a_drag_is_one_undo_step_and_an_edit_that_changes_nothing_is_none() {
        let session = stress_session(3, 2, 2);
        let track = session.tracks[1].id.clone();
        let start = progress(&Document::new(session.clone()), &track);
        let mut document = Document::new(session);
        assert!(!document.is_dirty());
        for (i, value) in [20.0, 30.0, 40.0].into_iter().enumerate() {
            assert_eq!(
                document.apply(set_progress(&track, value), i as f64 * 0.1),
                Ok(true)
            );
        }
        assert!(document.is_dirty());
        assert_eq!(progress(&document, &track), Some(40.0));
        document.end_gesture();
        // Setting the value it already has changes nothing and records nothing.
        assert_eq!(document.apply(set_progress(&track, 40.0), 5.0), Ok(false));
        let label = document.undo().map(|label| label.get(Lang::En).to_owned());
        assert_eq!(label.as_deref(), Some("Move progress on Generated track 2"));
        assert_eq!(
            progress(&document, &track),
            start,
            "the whole drag undone at once"
        );
        assert!(!document.is_dirty());
        assert_eq!(document.undo(), None);
        let label = document.redo().map(|label| label.get(Lang::En).to_owned());
        assert_eq!(label.as_deref(), Some("Move progress on Generated track 2"));
        assert_eq!(progress(&document, &track), Some(40.0));
    }

    #[test]
    fn a_refused_edit_changes_nothing() {
        let mut document = Document::new(stress_session(2, 2, 2));
        let before = document.session().clone();
        assert!(
            document
                .apply(set_progress(&TrackId::new("no-such-track"), 50.0), 0.0)
                .is_err()
        );
        assert_eq!(document.session(), &before);
        assert!(!document.is_dirty());
        assert_eq!(document.undo_label(), None);
    }

    #[test]
    fn slugs_are_plain_file_names() {
        assert_eq!(slug("Six-track peace"), "six-track-peace");
        assert_eq!(slug("  !! "), "session");
    }
}
