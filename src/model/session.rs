//! The session document: everything saved to a `.ron` file.

use serde::{Deserialize, Serialize};

use super::{
    Attribution, Board, BorderQuestion, Participant, ParticipantId, SanctionsStage, Text, Track,
    TrackId,
};

/// The file format version this build writes.
pub const CURRENT_VERSION: u32 = 3;

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
}
