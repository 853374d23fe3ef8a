//! A board: where every track, relief stage and border option stands.
//!
//! The session holds one live board; later, each scenario step holds one
//! too. Everything that changes from step to step is here, and nothing
//! else: what a track *is* (its name, format, milestones, weight) stays in
//! the session, so two boards of one session always describe the same
//! tracks.

use serde::{Deserialize, Serialize};

use super::{
    BorderOptionId, BorderStatus, ParticipantId, Ratification, StageId, StageStatus, TrackId,
    TrackState,
};

/// A track that may only convene once the others have come far enough
/// (the six-party regional track in the proposal).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConveneGate {
    /// The gated track.
    pub track: TrackId,
    /// Weighted progress of all *other* tracks needed before it convenes, 0–100.
    pub threshold_pct: f32,
}

/// The state of every part of the map at one moment.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
// `regional_gate` is optional: a misspelt one would otherwise vanish
// silently, so the board, like the session, refuses unknown fields (one
// board per session or step: no measurable parse cost).
#[serde(deny_unknown_fields)]
pub struct Board {
    /// One entry per track of the session, looked up by id.
    pub tracks: Vec<TrackState>,
    /// One entry per relief stage of the session.
    pub stages: Vec<super::StageState>,
    /// One entry per border option of the session.
    pub border_options: Vec<super::BorderOptionState>,
    /// Ratifiers of what the two Koreas agree (the US and China), and
    /// whether they have.
    pub ratifications: Vec<Ratification>,
    /// The gate on the regional track, if any.
    pub regional_gate: Option<ConveneGate>,
}

impl Board {
    /// Where the track with this id stands.
    pub fn track(&self, id: &TrackId) -> Option<&TrackState> {
        self.tracks.iter().find(|t| &t.track == id)
    }

    /// Where the track with this id stands, mutably.
    pub fn track_mut(&mut self, id: &TrackId) -> Option<&mut TrackState> {
        self.tracks.iter_mut().find(|t| &t.track == id)
    }

    /// Progress of the track with this id, 0 when the board has no entry.
    pub fn progress_pct(&self, id: &TrackId) -> f32 {
        self.track(id).map_or(0.0, |t| t.progress_pct)
    }

    /// Status of the relief stage with this id.
    pub fn stage_status(&self, id: &StageId) -> Option<StageStatus> {
        self.stages
            .iter()
            .find(|s| &s.stage == id)
            .map(|s| s.status)
    }

    /// Status of the border option with this id.
    pub fn border_status(&self, id: &BorderOptionId) -> Option<BorderStatus> {
        self.border_options
            .iter()
            .find(|o| &o.option == id)
            .map(|o| o.status)
    }

    /// The ratification entry of `participant`.
    pub fn ratification(&self, participant: &ParticipantId) -> Option<&Ratification> {
        self.ratifications
            .iter()
            .find(|r| &r.participant == participant)
    }
}
