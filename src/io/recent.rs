//! The last ten session files opened or saved, kept as a small RON file in
//! the user's config folder. A missing or broken list is simply empty: it
//! never stops the app from starting.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::{SaveAction, SaveError, SaveErrorKind};
use super::parse::options;
use super::read_file;
use super::write::{Backup, NoHooks, write_atomic};

/// The name of the list in the config folder.
const FILE_NAME: &str = "recent_files.ron";

/// The file as written: `(version: 1, paths: ["/home/…/a.ron", …])`.
#[derive(Serialize, Deserialize)]
struct RecentFile {
    version: u32,
    paths: Vec<String>,
}

/// Recently used session files, most recent first, at most [`Self::MAX`],
/// no duplicates.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecentFiles {
    paths: Vec<PathBuf>,
}

impl RecentFiles {
    /// How many files are remembered.
    pub const MAX: usize = 10;

    /// The list kept in `config_folder`; empty when there is none or it
    /// cannot be read.
    #[must_use]
    pub fn load(config_folder: &Path) -> Self {
        let path = config_folder.join(FILE_NAME);
        let parsed = read_file(&path).ok().and_then(|bytes| {
            let text = std::str::from_utf8(&bytes).ok()?;
            options().from_str::<RecentFile>(text).ok()
        });
        let mut recent = Self::default();
        match parsed {
            Some(file) => {
                // Oldest first, so the most recent ends up in front.
                for path in file.paths.iter().take(Self::MAX).rev() {
                    recent.push_normalised(PathBuf::from(path));
                }
            }
            None if path.exists() => log::warn!("ignoring unreadable {}", path.display()),
            None => {}
        }
        recent
    }

    /// Writes the list into `config_folder` (created if needed), atomically.
    /// Paths that are not valid Unicode are left out.
    pub fn save(&self, config_folder: &Path) -> Result<(), SaveError> {
        let path = config_folder.join(FILE_NAME);
        fs::create_dir_all(config_folder)
            .map_err(|e| SaveError::io(SaveAction::CreateSettingsFolder, e, config_folder))?;
        let file = RecentFile {
            version: 1,
            paths: self
                .paths
                .iter()
                .filter_map(|p| p.to_str().map(str::to_owned))
                .collect(),
        };
        let pretty = ron::ser::PrettyConfig::new()
            .new_line("\n")
            .indentor("    ");
        let text = options()
            .to_string_pretty(&file, pretty)
            .map_err(|e| SaveError::new(SaveErrorKind::Serialize(e.to_string()), Some(&path)))?;
        write_atomic(&path, text.as_bytes(), Backup::Skip, &mut NoHooks, None)
    }

    /// Puts `path` first (moving it up if it was already listed) and drops
    /// the oldest beyond [`Self::MAX`]. The path is made absolute.
    pub fn push(&mut self, path: &Path) {
        let path = fs::canonicalize(path)
            .or_else(|_| std::path::absolute(path))
            .unwrap_or_else(|_| path.to_path_buf());
        self.push_normalised(path);
    }

    fn push_normalised(&mut self, path: PathBuf) {
        self.paths.retain(|p| *p != path);
        self.paths.insert(0, path);
        self.paths.truncate(Self::MAX);
    }

    /// Forgets `path` (e.g. when it no longer opens).
    pub fn remove(&mut self, path: &Path) {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let canonical = fs::canonicalize(path).unwrap_or_else(|_| absolute.clone());
        self.paths
            .retain(|p| *p != path && *p != absolute && *p != canonical);
    }

    /// Forgets every file.
    pub fn clear(&mut self) {
        self.paths.clear();
    }

    /// The files, most recent first.
    #[must_use]
    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// True when no file is remembered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }
}
