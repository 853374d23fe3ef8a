//! How a lane looks: a pure rule over the document, computed once per lane
//! per frame and handed to the drawing code, which never decides it itself.
//!
//! The board, a presenter window and image export all draw from the same
//! `LaneLook`, so a lane cannot look stalled in one and open in another.

use super::rules::{GateState, convene_gate};
use super::{Board, Session, TrackId, TrackStatus};

/// The road surface a lane shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneSurface {
    /// Normal traffic.
    Open,
    /// Agreed: the vehicle wears the "agreed" colour.
    Agreed,
    /// Talks stuck: hazard stripes on the shoulders, a warning sign.
    Stalled,
    /// Deferred, or gated and the gate still closed: a closed on-ramp.
    Closed,
}

/// Everything about a lane's look that follows from the document.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneLook {
    /// The road surface.
    pub surface: LaneSurface,
    /// The lane's regional gate, if it has one: open, or what it still lacks.
    pub gate: GateState,
}

impl LaneLook {
    /// True when the on-ramp is closed (barrier across the start).
    pub fn is_closed(&self) -> bool {
        self.surface == LaneSurface::Closed
    }

    /// The words on the closed on-ramp's sign, if the on-ramp is closed.
    pub fn closed_sign(&self) -> Option<String> {
        if !self.is_closed() {
            return None;
        }
        Some(match self.gate {
            GateState::Closed {
                needed_pct,
                have_pct,
            } => format!(
                "Convenes later: opens when the other tracks reach {needed_pct:.0}% (now {have_pct:.0}%)"
            ),
            _ => "Deferred: convenes later".to_owned(),
        })
    }
}

/// The look of the lane of `track` as it stands on `board`.
///
/// A closed gate closes the lane whatever its status; a deferred track with
/// no gate is closed too (it convenes later). Otherwise the status decides:
/// stalled shows hazards, agreed shows the agreed colour. An unknown track
/// (or one missing from the board) looks open.
pub fn lane_look(session: &Session, board: &Board, track: &TrackId) -> LaneLook {
    let gate = convene_gate(session, board, track);
    let status = board.track(track).map(|t| t.status);
    let surface = if gate.is_closed()
        || (status == Some(TrackStatus::Deferred) && gate == GateState::Ungated)
    {
        LaneSurface::Closed
    } else {
        match status {
            Some(TrackStatus::Stalled) => LaneSurface::Stalled,
            Some(TrackStatus::Agreed) => LaneSurface::Agreed,
            _ => LaneSurface::Open,
        }
    };
    LaneLook { surface, gate }
}
