//! Where each item on the board comes from: the session's source work (for
//! the bundled session, the essay), added context, or illustration.
//!
//! The board maps one author's proposal, not an official process; these
//! types let every track, milestone, precedent, relief stage, border option
//! and seat say which of its facts are the source's, which are real events
//! the source does not name, and which are made up to make the board move.

use serde::{Deserialize, Serialize};

use super::Text;

/// Where one item on the board comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Source {
    /// Stated in the session's source work ([`Attribution`]).
    Work {
        /// The part of the work that says it: one of [`Attribution::parts`].
        part: String,
        /// A finer pointer inside that part ("track 1", "third paragraph"); may be empty.
        #[serde(default, skip_serializing_if = "Text::is_empty")]
        detail: Text,
    },
    /// A real event, treaty or fact that the source work does not name.
    Context {
        /// Where it is documented ("Helsinki Final Act, principle III").
        citation: Text,
        /// When it happened or was signed ("1975-08-01", "September 2018").
        date: String,
    },
    /// Made up to make the board move: a threshold, a percentage, an
    /// invented milestone or seat. Not a fact.
    Illustrative {
        /// Why it is there or what it stands for; may be empty.
        #[serde(default, skip_serializing_if = "Text::is_empty")]
        note: Text,
    },
    /// Nobody has said (items of files written before sources existed).
    #[default]
    Unstated,
}

impl Source {
    /// The source work at `part`, with no finer pointer.
    pub fn work(part: impl Into<String>) -> Self {
        Self::Work {
            part: part.into(),
            detail: Text::default(),
        }
    }

    /// An illustration with no note.
    pub fn illustrative() -> Self {
        Self::Illustrative {
            note: Text::default(),
        }
    }

    /// True for made-up items, which the board marks so that no one takes
    /// them for facts.
    pub fn is_illustrative(&self) -> bool {
        matches!(self, Self::Illustrative { .. })
    }

    /// True when the item has no source at all.
    pub fn is_unstated(&self) -> bool {
        matches!(self, Self::Unstated)
    }
}

/// Whose work a session maps, and what kind of picture its board is. Shown
/// on screen from the first frame, and saved with the session so that a
/// teacher's own sessions credit their sources.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attribution {
    /// Who wrote the source work ("Philip Zelikow").
    pub author: Text,
    /// Its title.
    pub title: Text,
    /// Where and when it appeared ("Foreign Affairs, July 2018").
    pub published: Text,
    /// A link to it; may be empty.
    #[serde(default)]
    pub url: String,
    /// What the work is and is not, in one or two sentences ("an opinion
    /// essay's proposal that never became an official process").
    pub standing: Text,
    /// What the work proposes, in a few sentences in the session author's
    /// own words (the "About this map" panel shows it).
    pub summary: Text,
    /// What the board's state is ("a hypothetical scenario: progress,
    /// thresholds and dates are illustrative").
    pub board_is: Text,
    /// The work's named parts (its section headings), in the work's own
    /// language and translated. A part is named by [`Attribution::part_key`]
    /// (its English text, or its Korean one when it has no English), and
    /// every [`Source::Work`] must name one of them.
    #[serde(default)]
    pub parts: Vec<Text>,
}

impl Attribution {
    /// The name a [`Source::Work`] uses for `part`: its English text, or
    /// its Korean one when it has no English.
    pub fn part_key(part: &Text) -> &str {
        part.get(super::Lang::En)
    }

    /// The part that a [`Source::Work`] names `key`, if the work has it.
    pub fn part(&self, key: &str) -> Option<&Text> {
        self.parts.iter().find(|part| Self::part_key(part) == key)
    }

    /// True when the session credits no source work at all (files written
    /// before attribution existed).
    pub fn is_empty(&self) -> bool {
        self.author.is_empty() && self.title.is_empty() && self.published.is_empty()
    }
}
