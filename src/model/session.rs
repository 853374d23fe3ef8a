//! The session document: everything saved to a `.ron` file.

use serde::{Deserialize, Serialize};

use super::{
    Attribution, Board, BoardRef, BorderQuestion, Participant, ParticipantId, SanctionsStage,
    Scenario, ScenarioId, StepId, Text, Track, TrackId,
};

/// The file format version this build writes.
pub const CURRENT_VERSION: u32 = 4;

/// A whole Peacemap session: what does not change from one scenario step
/// to the next (title, participants, the tracks' definitions, the relief
/// stages, the border options), plus the live [`Board`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// Only the top level denies unknown fields: every field is required, so a
// misspelt one fails as "missing" anyway; nested structs are checked for
// unknown fields by the file layer's warnings. Denying unknown fields on
// every struct costs about 30 % of parse time.
#[serde(deny_unknown_fields)]
pub struct Session {
    /// File format version; see [`CURRENT_VERSION`].
    pub version: u32,
    /// Title, shown in the window title.
    pub title: Text,
    /// What this session is about.
    pub description: Text,
    /// Whose work the session maps, and what kind of picture its board is.
    pub attribution: Attribution,
    /// Everyone who can sit at a table.
    pub participants: Vec<Participant>,
    /// The tracks' definitions, in lane order.
    pub tracks: Vec<Track>,
    /// Sanctions relief stages, in order.
    pub sanctions: Vec<SanctionsStage>,
    /// The inter-Korean border options and the armistice question.
    pub border: BorderQuestion,
    /// Where everything stands now.
    pub board: Board,
    /// Stories told on this map: each an ordered list of steps, each step a
    /// whole board. Written in every file from version 4 on, even empty.
    pub scenarios: Vec<Scenario>,
}

impl Session {
    /// A session with no tracks, participants, stages or border options.
    pub fn empty() -> Self {
        Self {
            version: CURRENT_VERSION,
            title: Text::en("Untitled session"),
            description: Text::default(),
            attribution: Attribution::default(),
            participants: Vec::new(),
            tracks: Vec::new(),
            sanctions: Vec::new(),
            border: BorderQuestion {
                options: Vec::new(),
                armistice: super::Armistice {
                    question: Text::default(),
                    notes: Text::default(),
                },
            },
            board: Board::default(),
            scenarios: Vec::new(),
        }
    }

    /// The track with this id.
    pub fn track(&self, id: &TrackId) -> Option<&Track> {
        self.tracks.iter().find(|t| &t.id == id)
    }

    /// The track with this id, mutably.
    pub fn track_mut(&mut self, id: &TrackId) -> Option<&mut Track> {
        self.tracks.iter_mut().find(|t| &t.id == id)
    }

    /// The lane number of the track with this id: its place in lane order,
    /// counted from 1.
    pub fn lane_number(&self, id: &TrackId) -> Option<usize> {
        self.tracks.iter().position(|t| &t.id == id).map(|i| i + 1)
    }

    /// The participant with this id.
    pub fn participant(&self, id: &ParticipantId) -> Option<&Participant> {
        self.participants.iter().find(|p| &p.id == id)
    }

    /// The scenario with this id.
    pub fn scenario(&self, id: &ScenarioId) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| &s.id == id)
    }

    /// The scenario with this id, mutably.
    pub fn scenario_mut(&mut self, id: &ScenarioId) -> Option<&mut Scenario> {
        self.scenarios.iter_mut().find(|s| &s.id == id)
    }

    /// The board `at` names, if it exists (a deleted step's does not).
    pub fn board_at(&self, at: &BoardRef) -> Option<&Board> {
        match at {
            BoardRef::Live => Some(&self.board),
            BoardRef::Step { scenario, step } => Some(&self.scenario(scenario)?.step(step)?.board),
        }
    }

    /// The board `at` names, mutably.
    pub fn board_at_mut(&mut self, at: &BoardRef) -> Option<&mut Board> {
        match at {
            BoardRef::Live => Some(&mut self.board),
            BoardRef::Step { scenario, step } => {
                Some(&mut self.scenario_mut(scenario)?.step_mut(step)?.board)
            }
        }
    }

    /// Every board of the session: the live one first, then each step's in
    /// story order. Definition edits keep all of them in step.
    pub fn boards(&self) -> impl Iterator<Item = &Board> {
        std::iter::once(&self.board).chain(
            self.scenarios
                .iter()
                .flat_map(|s| s.steps.iter().map(|step| &step.board)),
        )
    }

    /// Every board of the session, mutably (see [`Self::boards`]).
    pub fn boards_mut(&mut self) -> impl Iterator<Item = &mut Board> {
        std::iter::once(&mut self.board).chain(
            self.scenarios
                .iter_mut()
                .flat_map(|s| s.steps.iter_mut().map(|step| &mut step.board)),
        )
    }

    /// The step with this id, in whichever scenario holds it.
    pub fn find_step(&self, id: &StepId) -> Option<(&Scenario, &crate::model::Step)> {
        self.scenarios
            .iter()
            .find_map(|s| s.step(id).map(|step| (s, step)))
    }

    /// A track id no track of the session has: `track-N`.
    pub fn fresh_track_id(&self) -> TrackId {
        fresh_id("track", |id| self.track(&TrackId::new(id)).is_some()).into()
    }

    /// A participant id no participant of the session has: `participant-N`.
    pub fn fresh_participant_id(&self) -> ParticipantId {
        fresh_id("participant", |id| {
            self.participant(&ParticipantId::new(id)).is_some()
        })
        .into()
    }

    /// A scenario id no scenario of the session has: `scenario-N`.
    pub fn fresh_scenario_id(&self) -> ScenarioId {
        fresh_id("scenario", |id| {
            self.scenario(&ScenarioId::new(id)).is_some()
        })
        .into()
    }

    /// A step id no step of any scenario has: `step-N`.
    pub fn fresh_step_id(&self) -> StepId {
        fresh_id("step", |id| self.find_step(&StepId::new(id)).is_some()).into()
    }
}

/// `prefix-N` for the smallest N from 1 that `taken` refuses.
fn fresh_id(prefix: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..=u64::MAX)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| format!("{prefix}-new"))
}
