//! Writing sessions: the text layout, and the atomic save that never
//! leaves a half-written file behind.
//!
//! A save writes a temporary file in the target's folder, flushes and
//! syncs it, links the previous version aside, renames the temporary file
//! over the target, renames the previous version to `NAME.bak` and syncs
//! the folder. Until the rename
//! the target is untouched; the rename itself is atomic, so after a crash
//! the file holds either the old or the new content, never a mix.
//!
//! A save that is killed leaves its temporary file behind. Each save sweeps
//! the folder for such files of saves that are gone (see [`sweep_stale_temps`]):
//! a writer holds a lock on its temporary file until the rename, so a file
//! nobody holds a lock on, old enough and named for a process that is not
//! running, is a leftover.

use std::borrow::Cow;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use ron::ser::PrettyConfig;

use super::compact::{compact_small_values, expand_step_boards};
use super::error::{SaveAction, SaveError, SaveErrorKind};
use super::parse::options;
use crate::model::{CURRENT_VERSION, Session, Source, Text};

/// The text layout of saved files, set explicitly so that it never changes
/// with a ron upgrade or the platform: four-space indents, `\n` line ends,
/// no struct names, and items deeper than five levels (the seats of the
/// live board's track entries, a scenario step's whole board) on one line
/// each. Bilingual text and sources are then put on one line wherever they
/// stand, and each step's board is laid out over several lines like the
/// live one (see [`super::compact`]).
///
/// Text is written as it is (`"People's Republic"`, notes over several
/// lines), as a raw string when it holds `"` or `\` (`r#"a "quoted" word"#`),
/// and escaped only when `escape` is set (see [`to_ron_string`]).
fn pretty_config(escape: bool) -> PrettyConfig {
    PrettyConfig::new()
        .depth_limit(5)
        .new_line("\n")
        .indentor("    ")
        .separator(" ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .compact_arrays(false)
        .compact_structs(false)
        .compact_maps(false)
        .escape_strings(escape)
        .number_suffixes(false)
}

/// The comment line at the top of every saved session.
fn header() -> String {
    format!(
        "// Peacemap session, file format version {CURRENT_VERSION}. \
         To edit by hand, see docs/session-format.md.\n"
    )
}

/// A session as the text of a session file: a header comment, then the
/// pretty-printed RON. Loading this text gives back an equal session.
///
/// Text fields are written as they are, which is readable and ten times
/// faster than escaping every character. Only when some text holds a
/// control character other than a line break or a tab (a carriage return,
/// NUL, a byte-order mark) is the whole file written with escapes, so that
/// no editor or line-ending conversion can change it.
pub fn to_ron_string(session: &Session) -> Result<String, SaveError> {
    let text = write_text(session, false)?;
    if !has_fragile_characters(&text) {
        return Ok(one_line_small_values(text));
    }
    let mut text = write_text(session, true)?;
    // ron escapes apostrophes (`People\'s`); people write them plain. In
    // escaped output every `'` is written `\'` and a backslash `\\`, so
    // this replacement cannot change any other escape.
    if text.contains("\\'") {
        text = text.replace("\\'", "'");
    }
    Ok(one_line_small_values(text))
}

/// `text` with bilingual text and sources on one line and step boards
/// over several lines; not copied when there is nothing to move.
fn one_line_small_values(text: String) -> String {
    let text = match compact_small_values(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(compacted) => compacted,
    };
    match expand_step_boards(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(expanded) => expanded,
    }
}

fn write_text(session: &Session, escape: bool) -> Result<String, SaveError> {
    let mut text = header();
    // Growing a 10 MB string by doubling costs a tenth of the writing time.
    text.reserve(estimated_len(session));
    options()
        .to_writer_pretty(&mut text, session, pretty_config(escape))
        .map_err(|e| SaveError::new(SaveErrorKind::Serialize(e.to_string()), None))?;
    text.push('\n');
    Ok(text)
}

/// Roughly how long the text of `session` will be: its text fields plus the
/// layout around each item, and an eighth more, so that the text is never
/// copied to a larger buffer half-way (an unused reserve costs address
/// space, not memory). Only a capacity hint.
fn estimated_len(session: &Session) -> usize {
    const FIELD: usize = 24;
    let tracks: usize = session
        .tracks
        .iter()
        .map(|t| {
            let texts = len(&t.name)
                + len(&t.summary)
                + len(&t.format)
                + len(&t.format_explained)
                + source_len(&t.source);
            let notes = len(&t.notes)
                + t.precedents
                    .iter()
                    .map(|p| len(&p.text) + source_len(&p.source) + 2 * FIELD)
                    .sum::<usize>();
            let milestones: usize = t
                .milestones
                .iter()
                .map(|m| m.id.as_str().len() + len(&m.name) + source_len(&m.source) + 4 * FIELD)
                .sum();
            texts + notes + milestones + 15 * FIELD
        })
        .sum();
    let boards: usize = session.boards().map(board_len).sum();
    let steps: usize = session
        .scenarios
        .iter()
        .flat_map(|s| &s.steps)
        .map(|step| {
            len(&step.title) + len(&step.date) + len(&step.notes) + source_len(&step.source)
        })
        .sum();
    let participants: usize = session
        .participants
        .iter()
        .map(|p| len(&p.short_label) + len(&p.full_name) + 7 * FIELD)
        .sum();
    let stages: usize = session
        .sanctions
        .iter()
        .map(|s| {
            s.measures.iter().map(|m| len(m) + FIELD).sum::<usize>()
                + len(&s.name)
                + len(&s.acting_body)
                + source_len(&s.source)
                + 11 * FIELD
        })
        .sum();
    let estimate =
        tracks + boards + steps + participants + stages + len(&session.description) + 4096;
    estimate + estimate / 8
}

/// Roughly the bytes of `board`, laid out as on the live board.
fn board_len(board: &crate::model::Board) -> usize {
    const FIELD: usize = 24;
    let tracks: usize = board
        .tracks
        .iter()
        .map(|t| {
            t.seats
                .iter()
                .map(|s| source_len(&s.source) + 3 * FIELD)
                .sum::<usize>()
                + 6 * FIELD
        })
        .sum();
    tracks
        + (board.stages.len() + board.border_options.len() + board.ratifications.len()) * 4 * FIELD
        + 8 * FIELD
}

/// The bytes of both languages of `text`.
fn len(text: &Text) -> usize {
    text.en.len() + text.ko.len()
}

/// Roughly the bytes `source` adds to an item.
fn source_len(source: &Source) -> usize {
    const FIELD: usize = 24;
    match source {
        Source::Work { part, detail } => part.len() + len(detail) + 2 * FIELD,
        Source::Context { citation, date } => len(citation) + date.len() + 2 * FIELD,
        Source::Illustrative { note } => len(note) + FIELD,
        Source::Unstated => FIELD,
    }
}

/// Whether unescaped text holds characters that must be escaped to survive:
/// control characters other than `\n` and `\t` (the layout itself writes
/// only `\n` and spaces, so any other comes from inside a string), DEL, the
/// C1 controls and the byte-order mark.
fn has_fragile_characters(text: &str) -> bool {
    const CHUNK: usize = 64;
    let bytes = text.as_bytes();
    // A branch-free first look at each chunk (the compiler vectorises it);
    // the exact test only where a suspicious byte turns up.
    bytes.chunks(CHUNK).enumerate().any(|(n, chunk)| {
        let mut suspicious = 0_u8;
        for &b in chunk {
            suspicious |= (u8::from(b < 0x20) & u8::from(b != b'\n') & u8::from(b != b'\t'))
                | u8::from(b == 0x7f)
                | u8::from(b == 0xc2)
                | u8::from(b == 0xef);
        }
        suspicious != 0 && (n * CHUNK..n * CHUNK + chunk.len()).any(|i| is_fragile_at(bytes, i))
    })
}

fn is_fragile_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\n' | b'\t' => false,
        0..0x20 | 0x7f => true,
        // U+0080–U+009F: C2 80–C2 9F.
        0xc2 => bytes
            .get(i + 1)
            .is_some_and(|next| (0x80..0xa0).contains(next)),
        // U+FEFF: EF BB BF.
        0xef => bytes.get(i + 1..i + 3) == Some(&[0xbb, 0xbf][..]),
        _ => false,
    }
}

/// Runs `first` on a second thread and `second` on this one, and returns
/// both results: a save checks the session while writing its text. Where
/// no thread can be started, both run here.
pub(crate) fn run_side_by_side<A: Send, B>(
    first: impl Fn() -> A + Sync,
    second: impl FnOnce() -> B,
) -> (A, B) {
    std::thread::scope(|scope| {
        let started = std::thread::Builder::new()
            .name("save-check".to_owned())
            .spawn_scoped(scope, &first);
        let b = second();
        let a = match started {
            Ok(thread) => thread
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => first(),
        };
        (a, b)
    })
}

/// Drops `value` on a thread of its own, so that freeing a large document
/// (a save's re-read copy) does not hold up the save. Where no thread can
/// be started, the value is dropped here.
pub(crate) fn drop_in_background<T: Send + 'static>(value: T) {
    // On failure the closure, and with it the value, is dropped right away.
    let _ = std::thread::Builder::new()
        .name("save-cleanup".to_owned())
        .spawn(move || drop(value));
}

/// One step of an atomic save, in the order they happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SaveStep {
    /// Create the temporary file next to the target.
    CreateTemp,
    /// Write the bytes to it.
    WriteTemp,
    /// Flush and sync it to disk.
    SyncTemp,
    /// Give it the target's permissions.
    CopyPermissions,
    /// Set the previous version aside; it becomes `NAME.bak` once the
    /// rename has put the new one in place (a failed save leaves the old
    /// backup as it was).
    Backup,
    /// Rename it over the target.
    Replace,
    /// Sync the folder, so that the rename itself is on disk. A failure
    /// here is logged, not reported: the new content is already in place.
    SyncFolder,
}

impl SaveStep {
    /// Every step, in order.
    pub const ALL: [Self; 7] = [
        Self::CreateTemp,
        Self::WriteTemp,
        Self::SyncTemp,
        Self::CopyPermissions,
        Self::Backup,
        Self::Replace,
        Self::SyncFolder,
    ];
}

/// Points where a save can be made to fail: fault-injection tests use this
/// to check that every failure leaves the target unchanged and no
/// temporary file behind. The app uses [`NoHooks`].
pub trait SaveHooks {
    /// Called before each step; an error makes that step fail.
    fn before(&mut self, step: SaveStep) -> io::Result<()> {
        let _ = step;
        Ok(())
    }

    /// Writes the new content to the temporary file.
    fn write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }
}

/// Hooks that change nothing: a real save.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoHooks;

impl SaveHooks for NoHooks {}

/// Whether to keep the previous version as `NAME.bak`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Backup {
    /// Keep it (user files).
    Keep,
    /// Do not (recovery copies, settings).
    Skip,
}

/// The name of the backup kept next to `path`: `name.ron` → `name.ron.bak`.
#[must_use]
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// A check that the new text opens again, run while the file is written.
pub(crate) type Verify<'a> = &'a (dyn Fn() -> Result<(), SaveErrorKind> + Sync);

/// Replaces the file at `path` with `bytes`, atomically (see the module
/// docs). On error the target is unchanged and no temporary file remains.
///
/// `verify` runs on a second thread while the temporary file is written,
/// synced, given its permissions and the previous version linked aside;
/// nothing touches the target or its backup until it has passed.
pub(crate) fn write_atomic(
    path: &Path,
    bytes: &[u8],
    backup: Backup,
    hooks: &mut dyn SaveHooks,
    verify: Option<Verify<'_>>,
) -> Result<(), SaveError> {
    let target = resolve_symlink(path);
    let Some(name) = target.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        let error = io::Error::new(io::ErrorKind::InvalidFilename, "no file name");
        return Err(SaveError::io(SaveAction::SaveUnderName, error, path));
    };
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let existing = match fs::metadata(&target) {
        Ok(meta) if meta.is_dir() => {
            let error = io::Error::new(io::ErrorKind::IsADirectory, "is a folder");
            return Err(SaveError::io(SaveAction::ReplaceFile, error, path));
        }
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(SaveError::io(SaveAction::ReadFileDetails, e, path)),
    };
    if existing
        .as_ref()
        .is_some_and(|m| m.permissions().readonly())
    {
        return Err(SaveError::new(SaveErrorKind::ReadOnly, Some(path)));
    }
    let job = Job {
        path,
        target: &target,
        folder: &folder,
        name: &name,
        existing: existing.as_ref(),
        backup,
    };

    std::thread::scope(|scope| {
        // Where no thread can be started, the check runs on this one.
        let checker = verify.map(|verify| {
            std::thread::Builder::new()
                .name("save-verify".to_owned())
                .spawn_scoped(scope, verify)
                .map_err(|_| verify)
        });
        let check_passed = || match checker {
            None => Ok(()),
            Some(Ok(thread)) => thread
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Some(Err(verify)) => verify(),
        };
        job.run(bytes, hooks, check_passed)
    })
}

/// One atomic save, once the target has been looked at.
struct Job<'a> {
    path: &'a Path,
    target: &'a Path,
    folder: &'a Path,
    name: &'a str,
    existing: Option<&'a fs::Metadata>,
    backup: Backup,
}

impl Job<'_> {
    fn run(
        &self,
        bytes: &[u8],
        hooks: &mut dyn SaveHooks,
        check_passed: impl FnOnce() -> Result<(), SaveErrorKind>,
    ) -> Result<(), SaveError> {
        let path = self.path;
        let step =
            |step: SaveStep| move |e: io::Error| SaveError::io(SaveAction::Step(step), e, path);
        hooks
            .before(SaveStep::CreateTemp)
            .map_err(step(SaveStep::CreateTemp))?;
        sweep_stale_temps(self.folder, self.name);
        let (temp_path, mut file) =
            create_temp(self.folder, self.name).map_err(step(SaveStep::CreateTemp))?;
        // Held until the rename: it tells other saves' sweeps that this
        // file is in use. Where the file system has no locks, the sweep
        // cannot take one either and leaves every file alone.
        if let Err(error) = file.try_lock() {
            log::debug!("could not lock {}: {error}", temp_path.display());
        }

        // The previous version, linked aside; it becomes `NAME.bak` once the
        // new version is in place, so a failed save leaves the backup as
        // it was.
        let mut set_aside: Option<SetAside> = None;
        let replaced = (|| {
            hooks
                .before(SaveStep::WriteTemp)
                .map_err(step(SaveStep::WriteTemp))?;
            hooks
                .write(&mut file, bytes)
                .map_err(step(SaveStep::WriteTemp))?;
            hooks
                .before(SaveStep::SyncTemp)
                .map_err(step(SaveStep::SyncTemp))?;
            file.sync_all().map_err(step(SaveStep::SyncTemp))?;
            // Neither step touches the target or its backup, so both run
            // while the check may still be going.
            if let Some(meta) = self.existing {
                hooks
                    .before(SaveStep::CopyPermissions)
                    .map_err(step(SaveStep::CopyPermissions))?;
                fs::set_permissions(&temp_path, meta.permissions())
                    .map_err(step(SaveStep::CopyPermissions))?;
                if self.backup == Backup::Keep {
                    hooks
                        .before(SaveStep::Backup)
                        .map_err(step(SaveStep::Backup))?;
                    set_aside = Some(
                        set_aside_previous(self.target, self.folder, self.name)
                            .map_err(step(SaveStep::Backup))?,
                    );
                }
            }
            check_passed().map_err(|kind| SaveError::new(kind, Some(path)))?;
            hooks
                .before(SaveStep::Replace)
                .map_err(step(SaveStep::Replace))?;
            fs::rename(&temp_path, self.target).map_err(step(SaveStep::Replace))
        })();
        // Closing the file releases its lock, now that it is in place (or
        // about to be removed).
        drop(file);
        if let Err(error) = replaced {
            remove_if_present(&temp_path);
            if let Some(previous) = &set_aside {
                remove_if_present(&previous.path);
            }
            return Err(error);
        }
        if let Some(previous) = set_aside {
            let backup = backup_path(self.target);
            let renamed = fs::rename(&previous.path, &backup);
            // If the backup already was this very file, the rename did
            // nothing and the link is still there.
            remove_if_present(&previous.path);
            if let Err(error) = renamed {
                log::warn!(
                    "saved {} but could not keep the previous version as {}: {error}",
                    path.display(),
                    backup.display()
                );
            }
        }

        if let Err(error) = hooks
            .before(SaveStep::SyncFolder)
            .and_then(|()| sync_folder(self.folder))
        {
            log::warn!(
                "saved {} but could not sync its folder: {error}",
                path.display()
            );
        }
        Ok(())
    }
}

/// The file a symbolic link points to, so that saving through a link
/// replaces the file and keeps the link.
fn resolve_symlink(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// A temporary file name next to the target: hidden, unique to this
/// process and call, ending in `.tmp`.
fn temp_path(folder: &Path, name: &str) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    folder.join(format!(".{name}.{}-{n}.tmp", std::process::id()))
}

/// Temporary files younger than this are never swept: a save locks its
/// file right after creating it, and this covers that moment many times
/// over (and clocks of network shares that run a little apart).
pub(crate) const STALE_TEMP_AGE: Duration = Duration::from_mins(1);

/// Removes temporary files that killed saves left in `folder`: those of
/// the file `name` being saved, and of any `*.ron` file (and their
/// backups), named `.NAME.PID-N.tmp`. A file is removed only when all of
/// these hold:
///
/// - it is older than [`STALE_TEMP_AGE`];
/// - no process holds a lock on it (a saving process holds one until its
///   rename, on any platform; the lock goes when the process dies);
/// - the process `PID` is not this one, and, where the platform can tell
///   (Linux: `/proc/PID`), is not running.
///
/// Anything unclear (a file system without locks, an unreadable entry)
/// keeps the file. Failures are logged, never reported: the sweep is
/// housekeeping, not part of the save.
pub(crate) fn sweep_stale_temps(folder: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(pid) = file_name
            .to_str()
            .and_then(|candidate| temp_owner(candidate, name))
        else {
            continue;
        };
        if pid == std::process::id() || process_is_running(pid) {
            continue;
        }
        let path = entry.path();
        // A plain file only: opening a named pipe would wait for a reader.
        let old_enough = fs::symlink_metadata(&path)
            .ok()
            .filter(fs::Metadata::is_file)
            .and_then(|meta| meta.modified().ok())
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|age| age >= STALE_TEMP_AGE);
        if !old_enough {
            continue;
        }
        // Opened for writing: on Windows a read handle cannot take the
        // exclusive lock.
        let Ok(file) = File::options().write(true).open(&path) else {
            continue;
        };
        if file.try_lock().is_ok() {
            match fs::remove_file(&path) {
                Ok(()) => log::info!("removed {} left by a killed save", path.display()),
                Err(error) => log::warn!(
                    "could not remove {} left by a killed save: {error}",
                    path.display()
                ),
            }
        }
    }
}

/// The process id in `candidate` when it is the name of a save's temporary
/// file (`.NAME.PID-N.tmp`) for the file `name`, its backup, or any
/// `*.ron` file or backup.
fn temp_owner(candidate: &str, name: &str) -> Option<u32> {
    let stem = candidate.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (rest, counter) = stem.rsplit_once('-')?;
    let (target, pid) = rest.rsplit_once('.')?;
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(counter) || !all_digits(pid) {
        return None;
    }
    let is_session = |file: &str| {
        Path::new(file)
            .extension()
            .is_some_and(|extension| extension.eq_ignore_ascii_case("ron"))
    };
    let backed_up = target.strip_suffix(".bak");
    let ours = target == name
        || backed_up == Some(name)
        || is_session(target)
        || backed_up.is_some_and(is_session);
    if ours { pid.parse().ok() } else { None }
}

/// Whether process `pid` is running, where the platform can tell cheaply
/// and without privileges; `false` where it cannot (the lock decides).
fn process_is_running(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        false
    }
}

fn create_temp(folder: &Path, name: &str) -> io::Result<(PathBuf, File)> {
    let mut attempts = 0;
    loop {
        let path = temp_path(folder, name);
        match File::options().write(true).create_new(true).open(&path) {
            Ok(file) => return Ok((path, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempts < 100 => attempts += 1,
            Err(e) => return Err(e),
        }
    }
}

/// Sets the current target aside under a temporary name, for it to become
/// `NAME.bak` (by a rename, atomic too) once the new version is in place: a
/// hard link (instant, no data copied) where the file system has them,
/// else a synced copy.
fn set_aside_previous(target: &Path, folder: &Path, name: &str) -> io::Result<SetAside> {
    let temp = temp_path(folder, &format!("{name}.bak"));
    if fs::hard_link(target, &temp).is_err() {
        let copied = fs::copy(target, &temp).and_then(|_| File::open(&temp)?.sync_all());
        if let Err(error) = copied {
            remove_if_present(&temp);
            return Err(error);
        }
    }
    let lock = lock_set_aside(&temp);
    Ok(SetAside {
        path: temp,
        _lock: lock,
    })
}

/// The previous version under a temporary name, on its way to `NAME.bak`.
struct SetAside {
    path: PathBuf,
    /// Held (never read) until the rename to `NAME.bak`; see
    /// [`lock_set_aside`].
    _lock: Option<File>,
}

/// On Unix, a lock on the set-aside previous version, so that no other
/// process's sweep removes it before it becomes the backup (as a hard link
/// it carries the old file's age). Not on Windows, where locks are
/// mandatory and would stop other programs reading the file meanwhile;
/// there only the minute of [`STALE_TEMP_AGE`] since the file was last
/// written protects it, and a sweep that wins the race costs the backup of
/// this one save (logged), never the file.
#[cfg(unix)]
fn lock_set_aside(path: &Path) -> Option<File> {
    let file = File::open(path).ok()?;
    file.try_lock().ok()?;
    Some(file)
}

#[cfg(not(unix))]
fn lock_set_aside(_path: &Path) -> Option<File> {
    None
}

fn remove_if_present(path: &Path) {
    if let Err(error) = fs::remove_file(path)
        && error.kind() != io::ErrorKind::NotFound
    {
        log::warn!(
            "could not remove the temporary file {}: {error}",
            path.display()
        );
    }
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    // Windows has no folder handle to sync; the rename is flushed with the
    // file system's own journal.
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_control_characters_other_than_newline_and_tab_force_escapes() {
        for plain in [
            "",
            "a\nb",
            "tab\there",
            "한국어 é \"q\" \\",
            "\u{a0}\u{2028}",
        ] {
            assert!(!has_fragile_characters(plain), "{plain:?}");
        }
        for fragile in [
            "\r",
            "\0",
            "\u{1b}",
            "\u{7f}",
            "\u{85}",
            "\u{9f}",
            "x\u{feff}",
        ] {
            assert!(has_fragile_characters(fragile), "{fragile:?}");
        }
    }

    #[test]
    fn a_failed_check_leaves_the_target_untouched() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s.ron");
        fs::write(&path, b"old").expect("write");
        let verify = || Err(SaveErrorKind::NotReadable("test".to_owned()));
        let error = write_atomic(&path, b"new", Backup::Keep, &mut NoHooks, Some(&verify))
            .expect_err("the check failed");
        assert!(matches!(error.kind, SaveErrorKind::NotReadable(_)));
        assert!(
            error.to_string().contains("would not open again"),
            "{error}"
        );
        assert_eq!(fs::read(&path).expect("read"), b"old");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("list").collect();
        assert_eq!(names.len(), 1, "no backup, no temporary file");
    }

    #[test]
    fn the_backup_name_adds_bak() {
        assert_eq!(
            backup_path(Path::new("/a/lesson.ron")),
            Path::new("/a/lesson.ron.bak")
        );
    }
}
