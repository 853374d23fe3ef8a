//! Sanctions relief in stages (track 2).

use serde::{Deserialize, Serialize};

use super::{Source, StageId, Text, TrackId};

/// Where a relief stage stands politically (whether it *can* be sought is a rule).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StageStatus {
    /// Drafted, not yet asked for.
    Planned,
    /// Asked of the acting body.
    Requested,
    /// Granted by the acting body.
    Granted,
    /// Granted once, then withdrawn.
    Withdrawn,
}

impl StageStatus {
    /// Every status, in the order menus show them.
    pub const ALL: [Self; 4] = [
        Self::Planned,
        Self::Requested,
        Self::Granted,
        Self::Withdrawn,
    ];

    /// The catalogue id of its short label (sentence case), e.g.
    /// "Granted"; the UI looks it up in the user's language.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Planned => "board-stage-status-planned",
            Self::Requested => "board-stage-status-requested",
            Self::Granted => "board-stage-status-granted",
            Self::Withdrawn => "board-stage-status-withdrawn",
        }
    }
}

/// A minimum on one particular track that a stage also needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrackMinimum {
    /// The track.
    pub track: TrackId,
    /// Its minimum progress, 0–100.
    pub min_pct: f32,
}

/// One step of staged sanctions relief: its definition (its political
/// status on a board is a [`StageState`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SanctionsStage {
    /// Stable id, e.g. `"stage-1"`.
    pub id: StageId,
    /// Name, e.g. "Humanitarian and civilian trade".
    pub name: Text,
    /// Where the stage comes from.
    pub source: Source,
    /// The measures relieved at this stage.
    pub measures: Vec<Text>,
    /// The body that must act, e.g. "New UN Security Council resolution".
    pub acting_body: Text,
    /// Cumulative progress across all tracks needed, 0–100.
    pub threshold_pct: f32,
    /// Further minimums on particular tracks.
    pub track_minimums: Vec<TrackMinimum>,
}

/// Where one relief stage stands politically on a board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageState {
    /// The stage.
    pub stage: StageId,
    /// Political status.
    pub status: StageStatus,
}
