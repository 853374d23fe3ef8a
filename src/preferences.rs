//! Preferences kept between runs through eframe's storage: zoom, the
//! folder file dialogs start in, and the language the user chose. (The window's size and position are kept
//! by eframe itself, `NativeOptions::persist_window`.)

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::model::Lang;

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
    /// The language the user chose (View ▸ Language or the menu bar's
    /// toggle); `None` until they choose, when the system's is used.
    pub language: Option<Lang>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            last_folder: None,
            language: None,
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

    /// The language to start in: the one the user chose, or on a first
    /// run the system's ([`system_language`] of `environment`).
    pub fn start_language(&self, environment: impl Fn(&str) -> Option<String>) -> Lang {
        self.language
            .unwrap_or_else(|| system_language(environment))
    }
}

/// The system's language as the C library reads it: the first of
/// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty (looked up
/// with `environment`, `std::env::var` in the app). Korean when it names
/// Korean (`ko_KR.UTF-8`, `ko`), otherwise English.
pub fn system_language(environment: impl Fn(&str) -> Option<String>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&environment)
        .find(|value| !value.is_empty())
        .and_then(|value| Lang::from_code(&value))
        .filter(|lang| *lang == Lang::Ko)
        .unwrap_or(Lang::En)
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
            language: Some(Lang::Ko),
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
        // Preferences written before the language switch existed still load.
        eframe::Storage::set_string(&mut storage, STORAGE_KEY, "(zoom: 1.25)".to_owned());
        assert_eq!(Preferences::load(Some(&storage)).language, None);
    }

    /// An environment holding `vars`.
    fn environment(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |key| vars.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }

    #[test]
    fn a_first_run_speaks_korean_only_when_the_system_does() {
        for (vars, expected) in [
            (&[][..], Lang::En),
            (&[("LANG", "ko_KR.UTF-8")][..], Lang::Ko),
            (&[("LANG", "en_GB.UTF-8")][..], Lang::En),
            (&[("LANG", "de_DE.UTF-8")][..], Lang::En),
            (&[("LANG", "C")][..], Lang::En),
            // LC_ALL overrides LC_MESSAGES, which overrides LANG; empty ones are skipped.
            (
                &[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "ko_KR.UTF-8")][..],
                Lang::Ko,
            ),
            (
                &[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "en_US.UTF-8")][..],
                Lang::En,
            ),
            (&[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "")][..], Lang::Ko),
        ] {
            assert_eq!(system_language(environment(vars)), expected, "{vars:?}");
            assert_eq!(
                Preferences::default().start_language(environment(vars)),
                expected,
                "{vars:?}"
            );
        }
        // A language the user chose wins over the system's.
        let chosen = Preferences {
            language: Some(Lang::En),
            ..Preferences::default()
        };
        assert_eq!(
            chosen.start_language(environment(&[("LANG", "ko_KR.UTF-8")])),
            Lang::En
        );
    }
}
