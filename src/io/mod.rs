//! Session files: reading, checking and writing the `.ron` document.
//!
//! Loading goes bytes → text (`decode`: size limit, byte-order mark,
//! line endings, encodings) → `version` → that version's parser →
//! migrations up to the current model → [`validate()`]. Saving checks the
//! session, writes it as text, re-reads that text with the same parser to
//! be sure it opens again, and only then replaces the file atomically,
//! keeping a backup (see [`save_file`]).
//!
//! The format is documented for people in `docs/session-format.md`.

mod compact;
mod decode;
mod error;
mod parse;
pub mod recent;
pub mod recovery;
mod v1;
mod v2;
mod v3;
mod validate;
mod versions;
mod write;

use std::io::Read;
use std::path::Path;

pub use error::{
    FieldPath, IoFailure, Item, ItemKind, LoadError, LoadErrorKind, LoadWarning, LoadWarningKind,
    PathStep, SaveAction, SaveError, SaveErrorKind, SyntaxError, SyntaxHint, SyntaxProblem,
    TextPosition,
};
pub use validate::{Problem, ProblemKind, validate};
pub use write::{NoHooks, SaveHooks, SaveStep, backup_path, to_ron_string};

use crate::model::Session;

/// Files larger than this are refused before they are read (64 MiB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// How deeply brackets may nest. A session needs about eight levels (the
/// bilingual detail of a seat's source is the deepest); the limit keeps
/// hostile input from overflowing the stack.
pub const RECURSION_LIMIT: usize = 64;

/// At most this many validation problems are reported for one file.
pub const MAX_PROBLEMS: usize = 100;

/// The bundled six-track session, embedded in the binary.
pub const BUNDLED_SESSION_RON: &str = include_str!("../../assets/default_session.ron");

/// The bundled default session.
pub fn bundled_session() -> Result<Session, LoadError> {
    load_str(BUNDLED_SESSION_RON)
}

/// Reads a session from RON text and checks it (see [`load_bytes`]).
pub fn load_str(text: &str) -> Result<Session, LoadError> {
    load_bytes(text.as_bytes())
}

/// Reads a session from the bytes of a file and checks it: any supported
/// version, migrated to the current one, with every rule of [`validate()`]
/// kept. The error says what is wrong and where.
///
/// Fields the format does not have are skipped without a word; to tell
/// the user (a save drops them), use [`load_bytes_with_warnings`].
pub fn load_bytes(bytes: &[u8]) -> Result<Session, LoadError> {
    load_checked(bytes, None)
}

/// A session read from a file, and what the user should hear about it
/// although it opened.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The session, migrated and checked as by [`load_bytes`].
    pub session: Session,
    /// Fields of the file that the session does not keep (a save drops
    /// them), in the order of the file, each with its line and column.
    pub warnings: Vec<LoadWarning>,
}

/// [`load_bytes`], and a warning for each field of the file that the
/// format does not have (a typo, or a field of a newer version): the
/// parser skips those, so a save would drop them.
pub fn load_bytes_with_warnings(bytes: &[u8]) -> Result<Loaded, LoadError> {
    let mut warnings = Vec::new();
    let session = load_checked(bytes, Some(&mut warnings))?;
    warnings.sort_by_key(|w| (w.position.is_none(), w.position));
    Ok(Loaded { session, warnings })
}

fn load_checked(
    bytes: &[u8],
    warnings: Option<&mut Vec<LoadWarning>>,
) -> Result<Session, LoadError> {
    let text = decode::decode(bytes)?;
    let (session, source_version) = parse_text(&text, warnings)?;
    let mut problems = validate::validate_from(&session, source_version);
    if problems.is_empty() {
        Ok(session)
    } else {
        validate::locate(&mut problems, &text);
        let position = problems.first().and_then(|p| p.position);
        Err(LoadError {
            kind: LoadErrorKind::Invalid { problems },
            position,
            path: None,
        })
    }
}

/// Reads a session like [`load_bytes`] but without [`validate()`]: for the
/// recovery copy, which holds whatever the user had, rules broken or not.
pub fn parse_bytes(bytes: &[u8]) -> Result<Session, LoadError> {
    let text = decode::decode(bytes)?;
    parse_text(&text, None).map(|(session, _)| session)
}

/// The session in `text`, migrated to the current version, and the
/// version the text was written in. With `warnings`, fields the format
/// does not have are noted there.
fn parse_text(
    text: &str,
    warnings: Option<&mut Vec<LoadWarning>>,
) -> Result<(Session, u32), LoadError> {
    let version = versions::read_version(text)?;
    let document = versions::parse_version(text, version, warnings)?;
    let source_version = document.version();
    Ok((versions::migrate(document), source_version))
}

/// Reads and checks the session file at `path`. Files over
/// [`MAX_FILE_BYTES`] are refused before reading; errors name the path.
pub fn load_file(path: &Path) -> Result<Session, LoadError> {
    read_file(path)
        .and_then(|bytes| load_bytes(&bytes))
        .map_err(|e| e.with_path(path))
}

/// [`load_file`], with a warning for each field of the file that a save
/// would drop (see [`load_bytes_with_warnings`]).
pub fn load_file_with_warnings(path: &Path) -> Result<Loaded, LoadError> {
    read_file(path)
        .and_then(|bytes| load_bytes_with_warnings(&bytes))
        .map_err(|e| e.with_path(path))
}

/// The bytes of the file at `path`, refusing folders, devices and files
/// over [`MAX_FILE_BYTES`] (also when one grows while being read).
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    let read_error = |e: &std::io::Error| LoadError::new(LoadErrorKind::Read(IoFailure::from(e)));
    // Looked at before opening: opening a named pipe would wait for a writer.
    let meta = std::fs::metadata(path).map_err(|e| read_error(&e))?;
    if !meta.is_file() {
        return Err(LoadError::new(LoadErrorKind::NotAFile));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::new(LoadErrorKind::TooLarge {
            size_bytes: meta.len(),
        }));
    }
    let file = std::fs::File::open(path).map_err(|e| read_error(&e))?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| read_error(&e))?;
    Ok(bytes)
}

/// Saves `session` to `path` so that work is never lost:
///
/// 1. the session is checked with [`validate()`] (a file that would not
///    open again is never written);
/// 2. it is written as text and that text is parsed back with the same
///    settings as [`load_bytes`]; it must give the same session;
/// 3. the text goes to a temporary file in the same folder, flushed and
///    synced; the old file is kept as `NAME.bak` ([`backup_path`]) and the
///    temporary file is renamed over it, keeping its permissions; the
///    folder is synced.
///
/// On error the file at `path` is unchanged and no temporary file remains.
pub fn save_file(path: &Path, session: &Session) -> Result<(), SaveError> {
    save_file_with(path, session, &mut NoHooks)
}

/// [`save_file`] with hooks that can make any step fail (fault-injection
/// tests).
pub fn save_file_with(
    path: &Path,
    session: &Session,
    hooks: &mut dyn SaveHooks,
) -> Result<(), SaveError> {
    // Checked and written at once; an invalid session is never written.
    let (problems, text) = write::run_side_by_side(|| validate(session), || to_ron_string(session));
    if !problems.is_empty() {
        return Err(SaveError::new(
            SaveErrorKind::Invalid { problems },
            Some(path),
        ));
    }
    let text = text.map_err(|e| SaveError::new(e.kind, Some(path)))?;
    let verify = || reads_back_as(&text, session);
    write::write_atomic(
        path,
        text.as_bytes(),
        write::Backup::Keep,
        hooks,
        Some(&verify),
    )
}

/// Whether `text`, parsed with the settings used for opening, gives back
/// `session`. (`session` is valid, so the text then also opens.)
fn reads_back_as(text: &str, session: &Session) -> Result<(), SaveErrorKind> {
    match parse_bytes(text.as_bytes()) {
        Ok(reread) => {
            let same = reread == *session;
            // Freeing a large copy takes a while; the save need not wait.
            write::drop_in_background(reread);
            if same {
                Ok(())
            } else {
                Err(SaveErrorKind::NotReadable(
                    "it reads back as a different session".to_owned(),
                ))
            }
        }
        Err(error) => Err(SaveErrorKind::NotReadable(error.to_string())),
    }
}
