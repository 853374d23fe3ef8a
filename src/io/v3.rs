//! File format version 3, frozen: the session as it was saved after text
//! became bilingual and items carried sources, and before scenarios of
//! steps were saved in the file (Peacemap 0.3). Never edit this struct; it
//! must keep reading every version-3 file ever written.
//!
//! Version 4 only added the session's `scenarios`, so every type below the
//! session (tracks, participants, the board, …) is shared with the current
//! model. If a later version changes one of them, copy the old one in here
//! first, as `src/io/v2.rs` does.

use serde::Deserialize;

use crate::model::{
    Attribution, Board, BorderQuestion, Participant, SanctionsStage, Session, Text, Track,
};

/// A version-3 session: today's session without `scenarios`.
#[derive(Debug, Deserialize)]
#[serde(rename = "Session", deny_unknown_fields)]
pub(crate) struct SessionV3 {
    pub(super) version: u32,
    pub(super) title: Text,
    pub(super) description: Text,
    pub(super) attribution: Attribution,
    pub(super) participants: Vec<Participant>,
    pub(super) tracks: Vec<Track>,
    pub(super) sanctions: Vec<SanctionsStage>,
    pub(super) border: BorderQuestion,
    pub(super) board: Board,
}

impl SessionV3 {
    /// The version the file said (3, or the file would not be here).
    pub(crate) fn version(&self) -> u32 {
        self.version
    }
}

/// Version 3 → version 4: the session gains its scenarios, none yet.
pub(crate) fn migrate_v3(old: SessionV3) -> Session {
    Session {
        version: 4,
        title: old.title,
        description: old.description,
        attribution: old.attribution,
        participants: old.participants,
        tracks: old.tracks,
        sanctions: old.sanctions,
        border: old.border,
        board: old.board,
        scenarios: Vec::new(),
    }
}
