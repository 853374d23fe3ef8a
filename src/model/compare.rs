//! What differs between two boards of one session: a baseline (any step of
//! any scenario) and the board on screen.
//!
//! [`differences`] lists every change, in a fixed order (tracks in lane
//! order, then relief stages, border options, ratifications and the
//! regional gate), so the list reads the same every time and tests can
//! compare it whole. Pure: wording is the UI's job.

use super::{
    Board, BorderOptionId, BorderStatus, ConveneGate, ParticipantId, RatificationStatus, Role,
    Session, StageId, StageStatus, TrackId, TrackState, TrackStatus,
};

/// One thing that is different on the board from the baseline.
#[derive(Clone, Debug, PartialEq)]
pub enum Difference {
    /// A track's progress moved.
    Progress {
        /// The track.
        track: TrackId,
        /// Progress on the baseline, percent.
        from_pct: f32,
        /// Progress on the board, percent.
        to_pct: f32,
    },
    /// A track's status changed.
    TrackStatus {
        /// The track.
        track: TrackId,
        /// Status on the baseline.
        from: TrackStatus,
        /// Status on the board.
        to: TrackStatus,
    },
    /// A participant sits at a track's table that it did not on the baseline.
    SeatJoined {
        /// The track.
        track: TrackId,
        /// Who joined.
        participant: ParticipantId,
        /// In what role.
        role: Role,
    },
    /// A participant that sat at a track's table on the baseline no longer does.
    SeatLeft {
        /// The track.
        track: TrackId,
        /// Who left.
        participant: ParticipantId,
        /// The role it had.
        role: Role,
    },
    /// A participant sits at the same table in another role.
    SeatRole {
        /// The track.
        track: TrackId,
        /// Who.
        participant: ParticipantId,
        /// Role on the baseline.
        from: Role,
        /// Role on the board.
        to: Role,
    },
    /// A relief stage's status changed (`None`: that board has no state for it).
    Stage {
        /// The stage.
        stage: StageId,
        /// Status on the baseline.
        from: Option<StageStatus>,
        /// Status on the board.
        to: Option<StageStatus>,
    },
    /// A border option's status changed (`None`: that board has no state for it).
    BorderOption {
        /// The option.
        option: BorderOptionId,
        /// Status on the baseline.
        from: Option<BorderStatus>,
        /// Status on the board.
        to: Option<BorderStatus>,
    },
    /// A ratifier's status changed (`None`: not a ratifier on that board).
    Ratification {
        /// The ratifier.
        participant: ParticipantId,
        /// Status on the baseline.
        from: Option<RatificationStatus>,
        /// Status on the board.
        to: Option<RatificationStatus>,
    },
    /// The regional gate changed: its threshold, the track it closes, or
    /// whether there is one.
    Gate {
        /// The gate on the baseline.
        from: Option<ConveneGate>,
        /// The gate on the board.
        to: Option<ConveneGate>,
    },
}

impl Difference {
    /// The track whose lane this difference changes, if it is about one:
    /// a track's progress, status or seats, or the track a changed
    /// regional gate closes (on the board, or on the baseline when the
    /// board has no gate).
    pub fn track(&self) -> Option<&TrackId> {
        match self {
            Self::Progress { track, .. }
            | Self::TrackStatus { track, .. }
            | Self::SeatJoined { track, .. }
            | Self::SeatLeft { track, .. }
            | Self::SeatRole { track, .. } => Some(track),
            Self::Gate { from, to } => to.as_ref().or(from.as_ref()).map(|gate| &gate.track),
            Self::Stage { .. } | Self::BorderOption { .. } | Self::Ratification { .. } => None,
        }
    }
}

/// Every difference between `baseline` and `board`, both boards of
/// `session`, in a fixed order: for each track in lane order its progress,
/// status, seats joined (in the board's order), seats left (in the
/// baseline's order) and roles changed; then relief stages and border
/// options in the session's order, ratifications (the board's ratifiers,
/// then those only the baseline has), and the regional gate. Equal boards
/// give an empty list.
///
/// Progress is compared exactly: any move is a difference. A track state
/// one board lacks counts as not started, at 0 %, with nobody seated.
pub fn differences(session: &Session, baseline: &Board, board: &Board) -> Vec<Difference> {
    let mut found = Vec::new();
    for track in &session.tracks {
        let empty = TrackState {
            track: track.id.clone(),
            progress_pct: 0.0,
            status: TrackStatus::NotStarted,
            seats: Vec::new(),
        };
        let before = baseline.track(&track.id).unwrap_or(&empty);
        let after = board.track(&track.id).unwrap_or(&empty);
        track_differences(&track.id, before, after, &mut found);
    }
    for stage in &session.sanctions {
        let (from, to) = (
            baseline.stage_status(&stage.id),
            board.stage_status(&stage.id),
        );
        if from != to {
            found.push(Difference::Stage {
                stage: stage.id.clone(),
                from,
                to,
            });
        }
    }
    for option in &session.border.options {
        let (from, to) = (
            baseline.border_status(&option.id),
            board.border_status(&option.id),
        );
        if from != to {
            found.push(Difference::BorderOption {
                option: option.id.clone(),
                from,
                to,
            });
        }
    }
    let ratifiers = board.ratifications.iter().chain(
        baseline
            .ratifications
            .iter()
            .filter(|r| board.ratification(&r.participant).is_none()),
    );
    for ratification in ratifiers {
        let participant = &ratification.participant;
        let from = baseline.ratification(participant).map(|r| r.status);
        let to = board.ratification(participant).map(|r| r.status);
        if from != to {
            found.push(Difference::Ratification {
                participant: participant.clone(),
                from,
                to,
            });
        }
    }
    if baseline.regional_gate != board.regional_gate {
        found.push(Difference::Gate {
            from: baseline.regional_gate.clone(),
            to: board.regional_gate.clone(),
        });
    }
    found
}

/// The differences of one track, in the order [`differences`] promises.
fn track_differences(
    track: &TrackId,
    before: &TrackState,
    after: &TrackState,
    found: &mut Vec<Difference>,
) {
    // Exact on purpose: a nudge of a fraction of a percent is still a change.
    #[expect(clippy::float_cmp, reason = "any move of the vehicle is a difference")]
    let moved = before.progress_pct != after.progress_pct;
    if moved {
        found.push(Difference::Progress {
            track: track.clone(),
            from_pct: before.progress_pct,
            to_pct: after.progress_pct,
        });
    }
    if before.status != after.status {
        found.push(Difference::TrackStatus {
            track: track.clone(),
            from: before.status,
            to: after.status,
        });
    }
    for seat in &after.seats {
        if before.seat(&seat.participant).is_none() {
            found.push(Difference::SeatJoined {
                track: track.clone(),
                participant: seat.participant.clone(),
                role: seat.role,
            });
        }
    }
    for seat in &before.seats {
        if after.seat(&seat.participant).is_none() {
            found.push(Difference::SeatLeft {
                track: track.clone(),
                participant: seat.participant.clone(),
                role: seat.role,
            });
        }
    }
    for seat in &after.seats {
        if let Some(earlier) = before.seat(&seat.participant)
            && earlier.role != seat.role
        {
            found.push(Difference::SeatRole {
                track: track.clone(),
                participant: seat.participant.clone(),
                from: earlier.role,
                to: seat.role,
            });
        }
    }
}

/// The tracks whose lanes `differences` change, each once, in the order
/// they first appear (lane order, for a list from [`differences`]).
pub fn changed_tracks(differences: &[Difference]) -> Vec<TrackId> {
    let mut tracks: Vec<TrackId> = Vec::new();
    for track in differences.iter().filter_map(Difference::track) {
        if !tracks.contains(track) {
            tracks.push(track.clone());
        }
    }
    tracks
}
