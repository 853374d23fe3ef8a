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

    /// What the closed on-ramp's sign says, if the on-ramp is closed.
    pub fn closed_sign(&self) -> Option<ClosedSign> {
        if !self.is_closed() {
            return None;
        }
        Some(match self.gate {
            GateState::Closed {
                needed_pct,
                have_pct,
            } => ClosedSign::Gated {
                needed_pct,
                have_pct,
            },
            _ => ClosedSign::Deferred,
        })
    }
}

/// What the sign on a closed on-ramp says (the UI words it in the user's
/// language).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ClosedSign {
    /// Behind a closed regional gate: opens when the other tracks reach
    /// `needed_pct` together (they are at `have_pct`).
    Gated {
        /// The gate's threshold, percent.
        needed_pct: f32,
        /// Where the other tracks stand together, percent.
        have_pct: f32,
    },
    /// Deferred, with no gate: convenes later.
    Deferred,
}

impl ClosedSign {
    /// The catalogue id of the sign's words; [`ClosedSign::Gated`] takes
    /// the arguments `needed` and `have` (whole percentages).
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Gated { .. } => "board-closed-sign-gated",
            Self::Deferred => "board-closed-sign-deferred",
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ConveneGate;
    use crate::model::generate::stress_session;

    /// Three tracks, no gate, every track under way at 50 %.
    fn session() -> Session {
        let mut session = stress_session(3, 1, 1);
        session.board.regional_gate = None;
        for state in &mut session.board.tracks {
            state.status = TrackStatus::UnderWay;
            state.progress_pct = 50.0;
        }
        session
    }

    fn set_status(session: &mut Session, index: usize, status: TrackStatus) {
        session.board.tracks[index].status = status;
    }

    fn surface(session: &Session, index: usize) -> LaneSurface {
        lane_look(session, &session.board, &session.tracks[index].id).surface
    }

    #[test]
    fn the_status_decides_the_surface_when_there_is_no_gate() {
        let mut session = session();
        for (status, expected) in [
            (TrackStatus::NotStarted, LaneSurface::Open),
            (TrackStatus::UnderWay, LaneSurface::Open),
            (TrackStatus::Stalled, LaneSurface::Stalled),
            (TrackStatus::Agreed, LaneSurface::Agreed),
            (TrackStatus::Deferred, LaneSurface::Closed),
        ] {
            set_status(&mut session, 0, status);
            assert_eq!(surface(&session, 0), expected, "{status:?}");
        }
    }

    #[test]
    fn a_closed_gate_closes_the_lane_whatever_its_status_and_an_open_one_does_not() {
        let mut session = session();
        let gated = session.tracks[2].id.clone();
        session.board.regional_gate = Some(ConveneGate {
            track: gated.clone(),
            threshold_pct: 60.0,
        });
        set_status(&mut session, 2, TrackStatus::Stalled);
        let look = lane_look(&session, &session.board, &gated);
        assert_eq!(look.surface, LaneSurface::Closed);
        assert_eq!(
            look.closed_sign(),
            Some(ClosedSign::Gated {
                needed_pct: 60.0,
                have_pct: 50.0
            })
        );

        // The other tracks reach the threshold: the gate opens and the status shows again.
        for index in 0..2 {
            session.board.tracks[index].progress_pct = 70.0;
        }
        let look = lane_look(&session, &session.board, &gated);
        assert_eq!(look.surface, LaneSurface::Stalled);
        assert_eq!(look.gate, GateState::Open);
        assert_eq!(look.closed_sign(), None);

        // A deferred track behind an open gate may convene: not closed.
        set_status(&mut session, 2, TrackStatus::Deferred);
        assert_eq!(surface(&session, 2), LaneSurface::Open);
    }

    #[test]
    fn a_track_missing_from_the_board_looks_open() {
        let mut session = session();
        session.board.tracks.remove(1);
        assert_eq!(surface(&session, 1), LaneSurface::Open);
    }
}
