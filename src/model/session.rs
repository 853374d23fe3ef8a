//! The session document: everything saved to a `.ron` file.

use serde::{Deserialize, Serialize};

use super::{BorderQuestion, Participant, ParticipantId, SanctionsStage, Track, TrackId};

/// The file format version this build writes.
pub const CURRENT_VERSION: u32 = 1;

/// A track that may only convene once the others have come far enough
/// (the six-party regional track in the proposal).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConveneGate {
    /// The gated track.
    pub track: TrackId,
    /// Weighted progress of all *other* tracks needed before it convenes, 0–100.
    pub threshold_pct: f32,
}

/// A whole Peacemap session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// Only the top level denies unknown fields: `regional_gate` is the one
// optional field, so a misspelt one would otherwise vanish silently (every
// other field is required, so a typo there already fails as "missing").
// Denying unknown fields on every struct costs about 30 % of parse time.
#[serde(deny_unknown_fields)]
pub struct Session {
    /// File format version; see [`CURRENT_VERSION`].
    pub version: u32,
    /// Title, shown in the window title.
    pub title: String,
    /// What this session is about.
    pub description: String,
    /// Everyone who can sit at a table.
    pub participants: Vec<Participant>,
    /// The tracks, in lane order.
    pub tracks: Vec<Track>,
    /// Sanctions relief stages, in order.
    pub sanctions: Vec<SanctionsStage>,
    /// The inter-Korean border options.
    pub border: BorderQuestion,
    /// The gate on the regional track, if any.
    pub regional_gate: Option<ConveneGate>,
}

impl Session {
    /// A session with no tracks, participants, stages or border options.
    pub fn empty() -> Self {
        Self {
            version: CURRENT_VERSION,
            title: "Untitled session".to_owned(),
            description: String::new(),
            participants: Vec::new(),
            tracks: Vec::new(),
            sanctions: Vec::new(),
            border: BorderQuestion {
                options: Vec::new(),
                armistice: super::Armistice {
                    question: String::new(),
                    notes: String::new(),
                },
                ratifications: Vec::new(),
            },
            regional_gate: None,
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

    /// The participant with this id.
    pub fn participant(&self, id: &ParticipantId) -> Option<&Participant> {
        self.participants.iter().find(|p| &p.id == id)
    }
}
