//! A negotiating track: one lane of the highway.

use serde::{Deserialize, Serialize};

use super::{MilestoneId, ParticipantId, Source, Text, TrackId};

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

    /// The catalogue id of its short label (sentence case), e.g.
    /// "Under way"; the UI looks it up in the user's language.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::NotStarted => "board-track-status-not-started",
            Self::UnderWay => "board-track-status-under-way",
            Self::Stalled => "board-track-status-stalled",
            Self::Agreed => "board-track-status-agreed",
            Self::Deferred => "board-track-status-deferred",
        }
    }

    /// The catalogue id of its one-sentence explanation, for tooltips.
    pub fn explanation_id(self) -> &'static str {
        match self {
            Self::NotStarted => "board-track-status-not-started-explanation",
            Self::UnderWay => "board-track-status-under-way-explanation",
            Self::Stalled => "board-track-status-stalled-explanation",
            Self::Agreed => "board-track-status-agreed-explanation",
            Self::Deferred => "board-track-status-deferred-explanation",
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

    /// The catalogue id of its short label (sentence case), e.g.
    /// "Negotiator"; the UI looks it up in the user's language.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Negotiator => "board-role-negotiator",
            Self::Ratifier => "board-role-ratifier",
            Self::Implementer => "board-role-implementer",
            Self::Observer => "board-role-observer",
        }
    }

    /// The catalogue id of its one-sentence explanation, for tooltips.
    pub fn explanation_id(self) -> &'static str {
        match self {
            Self::Negotiator => "board-role-negotiator-explanation",
            Self::Ratifier => "board-role-ratifier-explanation",
            Self::Implementer => "board-role-implementer-explanation",
            Self::Observer => "board-role-observer-explanation",
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
    /// Where the seat comes from.
    pub source: Source,
}

/// A road sign along a track: an intermediate result.
///
/// Whether it is reached is not stored: it is derived from the track's
/// progress on a board by [`Milestone::is_reached`], so it can never
/// disagree with the vehicle's position.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    /// Stable id, unique within its track, e.g. `"m-3-1"`.
    pub id: MilestoneId,
    /// What the result is, e.g. "Joint declaration ending the war".
    pub name: Text,
    /// Where it stands along the track, 0–100.
    pub position_pct: f32,
    /// Where the milestone comes from.
    pub source: Source,
}

impl Milestone {
    /// True once a track's progress has reached the sign's position.
    pub fn is_reached(&self, progress_pct: f32) -> bool {
        self.position_pct <= progress_pct
    }
}

/// One negotiating track: what it is, which does not change from one
/// scenario step to the next. Where it stands (progress, status, seats) is
/// its [`TrackState`] on a board. Its lane number is its place in
/// `Session::tracks`, counted from 1.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Track {
    /// Stable id, e.g. `"track-3"`.
    pub id: TrackId,
    /// Name, e.g. "Nuclear security".
    pub name: Text,
    /// What the track covers, in one line.
    pub summary: Text,
    /// Where the track comes from.
    pub source: Source,
    /// Who sits at the table, in short, e.g. "Two plus two".
    pub format: Text,
    /// The format in plain words, for tooltips.
    pub format_explained: Text,
    /// Weight of this track in cumulative progress (0 or more).
    pub weight: f32,
    /// Road signs along the way, in the order they were written (the
    /// board sorts them by position when it draws them).
    pub milestones: Vec<Milestone>,
    /// Earlier agreements or bodies to learn from.
    pub precedents: Vec<Precedent>,
    /// Free notes.
    pub notes: Text,
}

/// An earlier agreement or body a track can learn from, and where the
/// comparison comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Precedent {
    /// The precedent, e.g. "Helsinki Final Act (1975)".
    pub text: Text,
    /// Where the comparison comes from.
    pub source: Source,
}

impl Track {
    /// The milestone with this id.
    pub fn milestone(&self, id: &MilestoneId) -> Option<&Milestone> {
        self.milestones.iter().find(|m| &m.id == id)
    }

    /// A milestone id not used on this track yet: `m-<track>-<n>`.
    pub fn fresh_milestone_id(&self) -> MilestoneId {
        let stem = self
            .id
            .as_str()
            .strip_prefix("track-")
            .unwrap_or(self.id.as_str());
        // Among n + 1 candidates at least one is free.
        (1..=self.milestones.len() + 1)
            .map(|n| MilestoneId::new(format!("m-{stem}-{n}")))
            .find(|id| self.milestone(id).is_none())
            .unwrap_or_else(|| MilestoneId::new(format!("m-{stem}-x")))
    }
}

/// Where one track stands on a board: what a scenario step records.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrackState {
    /// The track.
    pub track: TrackId,
    /// How far along the track is, 0–100.
    pub progress_pct: f32,
    /// Status in words.
    pub status: TrackStatus,
    /// Participants at the table and their roles.
    pub seats: Vec<Seat>,
}

impl TrackState {
    /// The seat of `participant`, if it sits at this table.
    pub fn seat(&self, participant: &ParticipantId) -> Option<&Seat> {
        self.seats.iter().find(|s| &s.participant == participant)
    }
}
