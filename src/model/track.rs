//! A negotiating track: one lane of the highway.

use serde::{Deserialize, Serialize};

use super::{ParticipantId, TrackId};

/// How far along a track is, in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TrackStatus {
    /// Talks have not begun.
    NotStarted,
    /// Talks are moving.
    UnderWay,
    /// Talks are stuck.
    Stalled,
    /// The parties have agreed.
    Agreed,
    /// Deliberately left until later (the regional track waits for the others).
    Deferred,
}

impl TrackStatus {
    /// Every status, in the order menus show them.
    pub const ALL: [Self; 5] = [
        Self::NotStarted,
        Self::UnderWay,
        Self::Stalled,
        Self::Agreed,
        Self::Deferred,
    ];

    /// Short label, sentence case.
    pub fn label(self) -> &'static str {
        match self {
            Self::NotStarted => "Not started",
            Self::UnderWay => "Under way",
            Self::Stalled => "Stalled",
            Self::Agreed => "Agreed",
            Self::Deferred => "Later",
        }
    }

    /// One sentence for tooltips.
    pub fn explanation(self) -> &'static str {
        match self {
            Self::NotStarted => "No talks on this track yet.",
            Self::UnderWay => "The parties are negotiating and moving.",
            Self::Stalled => "Talks are stuck: the lane has stopped moving.",
            Self::Agreed => "The parties have reached agreement on this track.",
            Self::Deferred => {
                "Held back on purpose until the other tracks give it something to discuss."
            }
        }
    }
}

/// The part a participant plays at a track's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Negotiates the terms.
    Negotiator,
    /// Signs off on what the negotiators agree.
    Ratifier,
    /// Helps carry out an agreement (inspection, funds, expertise).
    Implementer,
    /// Follows the talks with an interest, without a seat at the table.
    Observer,
}

impl Role {
    /// Every role, in the order menus show them.
    pub const ALL: [Self; 4] = [
        Self::Negotiator,
        Self::Ratifier,
        Self::Implementer,
        Self::Observer,
    ];

    /// Short label, sentence case.
    pub fn label(self) -> &'static str {
        match self {
            Self::Negotiator => "Negotiator",
            Self::Ratifier => "Ratifier",
            Self::Implementer => "Implementer",
            Self::Observer => "Observer",
        }
    }

    /// One sentence for tooltips.
    pub fn explanation(self) -> &'static str {
        match self {
            Self::Negotiator => "Sits at the table and bargains over the terms.",
            Self::Ratifier => "Confirms what the negotiators agree.",
            Self::Implementer => "Helps put an agreement into practice.",
            Self::Observer => "Has a stake and follows the talks without bargaining.",
        }
    }
}

/// A participant's seat at a track's table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Seat {
    /// Who sits here.
    pub participant: ParticipantId,
    /// In what role.
    pub role: Role,
}

/// A road sign along a track: an intermediate result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    /// What the result is, e.g. "Joint declaration ending the war".
    pub name: String,
    /// Where it stands along the track, 0–100.
    pub position_pct: f32,
    /// Whether it has been reached.
    pub reached: bool,
}

/// One negotiating track: a lane of the highway.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Track {
    /// Stable id, e.g. `"track-3"`.
    pub id: TrackId,
    /// Number shown on the lane (1–6 in the proposal).
    pub number: u32,
    /// Name, e.g. "Nuclear security".
    pub name: String,
    /// What the track covers, in one line.
    pub summary: String,
    /// Who sits at the table, in short, e.g. "Two plus two".
    pub format: String,
    /// The format in plain words, for tooltips.
    pub format_explained: String,
    /// Participants and their roles.
    pub seats: Vec<Seat>,
    /// How far along the track is, 0–100.
    pub progress_pct: f32,
    /// Status in words.
    pub status: TrackStatus,
    /// Weight of this track in cumulative progress (0 or more).
    pub weight: f32,
    /// Road signs along the way.
    pub milestones: Vec<Milestone>,
    /// Earlier agreements or bodies to learn from.
    pub precedents: Vec<String>,
    /// Free notes.
    pub notes: String,
}

impl Track {
    /// The seat of `participant`, if it sits on this track.
    pub fn seat(&self, participant: &ParticipantId) -> Option<&Seat> {
        self.seats.iter().find(|s| &s.participant == participant)
    }
}
