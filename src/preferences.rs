//! Preferences kept between runs through eframe's storage: zoom and the
//! folder file dialogs start in. (The window's size and position are kept
//! by eframe itself, `NativeOptions::persist_window`.)

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// The key the preferences are stored under.
pub const STORAGE_KEY: &str = "peacemap-preferences";

/// Smallest and largest zoom accepted from storage (a hand-edited or
/// broken value must not make the window unusable).
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.5..=3.0;

/// What the user set last time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// egui zoom factor (View ▸ Zoom, Ctrl + = / -).
    pub zoom: f32,
    /// Folder of the last file opened or saved: where dialogs start.
    pub last_folder: Option<PathBuf>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            last_folder: None,
        }
    }
}

impl Preferences {
    /// The preferences in `storage`; defaults when there are none or they
    /// cannot be read. A zoom outside [`ZOOM_RANGE`] (or not a number) is
    /// brought back into it.
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        let mut preferences: Self = storage
            .and_then(|s| eframe::get_value(s, STORAGE_KEY))
            .unwrap_or_default();
        preferences.zoom = if preferences.zoom.is_finite() {
            preferences
                .zoom
                .clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end())
        } else {
            1.0
        };
        preferences
    }

    /// Writes the preferences into `storage` (eframe flushes it to disk).
    pub fn save(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, self);
    }
}

/// An `eframe::Storage` kept in memory: what a run without a storage
/// file (tests, a future browser build before it has local storage) saves
/// its preferences into.
#[derive(Clone, Debug, Default)]
pub struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferences_round_trip_through_eframe_storage() {
        let mut storage = MemoryStorage::default();
        assert_eq!(Preferences::load(Some(&storage)), Preferences::default());
        assert_eq!(Preferences::load(None), Preferences::default());
        let preferences = Preferences {
            zoom: 1.5,
            last_folder: Some(PathBuf::from("/home/teacher/lessons")),
        };
        preferences.save(&mut storage);
        assert_eq!(Preferences::load(Some(&storage)), preferences);
    }

    #[test]
    #[allow(clippy::float_cmp, reason = "clamped to exactly the range's ends")]
    fn broken_or_extreme_stored_preferences_are_made_safe() {
        let mut storage = MemoryStorage::default();
        eframe::Storage::set_string(&mut storage, STORAGE_KEY, "(zoom: 40.0)".to_owned());
        assert_eq!(Preferences::load(Some(&storage)).zoom, 3.0);
        eframe::Storage::set_string(&mut storage, STORAGE_KEY, "(zoom: 0.01)".to_owned());
        assert_eq!(Preferences::load(Some(&storage)).zoom, 0.5);
        eframe::Storage::set_string(&mut storage, STORAGE_KEY, "not ron".to_owned());
        assert_eq!(Preferences::load(Some(&storage)), Preferences::default());
    }
}
