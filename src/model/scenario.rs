//! Scenarios: named, ordered lists of steps, each a whole board.
//!
//! A story ("what if the nuclear lane stalls?") is a scenario; each of its
//! steps records where everything stands at one moment ([`Step::board`]),
//! with a title, a date label and notes. What a track *is* stays in the
//! session, so renaming a track renames it in every step at once.

use serde::{Deserialize, Serialize};

use super::{Board, ScenarioId, Source, StepId, Text};

/// A named story: an ordered list of steps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Stable id, unique in the session.
    pub id: ScenarioId,
    /// Name shown in the scenario picker.
    pub name: Text,
    /// The steps, in story order.
    pub steps: Vec<Step>,
}

impl Scenario {
    /// The step with this id.
    pub fn step(&self, id: &StepId) -> Option<&Step> {
        self.steps.iter().find(|s| &s.id == id)
    }

    /// The step with this id, mutably.
    pub fn step_mut(&mut self, id: &StepId) -> Option<&mut Step> {
        self.steps.iter_mut().find(|s| &s.id == id)
    }

    /// Where the step with this id is in the story, counted from 0.
    pub fn step_index(&self, id: &StepId) -> Option<usize> {
        self.steps.iter().position(|s| &s.id == id)
    }
}

/// One moment of a story: a whole board with a title, a date label and
/// notes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// Stable id, unique in the session (across scenarios).
    pub id: StepId,
    /// Short title shown on the timeline card, e.g. "Opening statement".
    pub title: Text,
    /// A date label, free text: "late 2018", "2019".
    pub date: Text,
    /// Narrative notes for the step.
    pub notes: Text,
    /// Where the step's events come from (the work, added context, or
    /// illustrative).
    pub source: Source,
    /// Where everything stands at this step.
    pub board: Board,
}

/// Which board of a session: the live one, or a scenario step's.
///
/// Board edits name the board they change, so the same edit works on the
/// live board and on any step, and undo covers both alike.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum BoardRef {
    /// The session's live board (no step chosen).
    #[default]
    Live,
    /// The board of one step of one scenario.
    Step {
        /// The scenario the step belongs to.
        scenario: ScenarioId,
        /// The step.
        step: StepId,
    },
}
