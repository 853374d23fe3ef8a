//! Rules: pure functions of a session's definitions and one board.
//!
//! The board, the gauge, the stage ladder and (later) exports and scenario
//! comparisons all read these, so there is exactly one definition of each.
//! Each takes the board to judge explicitly, so the same rule judges the
//! live board, a scenario step or a baseline.

use super::{Board, ConveneGate, Lang, SanctionsStage, Session, Text, Track, TrackId};

/// Weighted mean progress of `tracks` on `board`, 0–100.
///
/// Weights below zero or not finite count as zero. When no track has a
/// positive weight, every track counts equally, so a session whose weights
/// were all set to zero still shows a meaningful figure. No tracks → 0.
pub fn weighted_progress<'a>(board: &Board, tracks: impl IntoIterator<Item = &'a Track>) -> f32 {
    let mut weighted_sum = 0.0_f64;
    let mut weight_sum = 0.0_f64;
    let mut plain_sum = 0.0_f64;
    let mut count = 0_u32;
    for track in tracks {
        let progress = f64::from(clamp_pct(board.progress_pct(&track.id)));
        let weight = f64::from(usable_weight(track.weight));
        weighted_sum += weight * progress;
        weight_sum += weight;
        plain_sum += progress;
        count += 1;
    }
    let mean = if weight_sum > 0.0 {
        weighted_sum / weight_sum
    } else if count > 0 {
        plain_sum / f64::from(count)
    } else {
        0.0
    };
    #[expect(clippy::cast_possible_truncation, reason = "a percentage fits in f32")]
    let mean = mean as f32;
    clamp_pct(mean)
}

/// Cumulative progress across all tracks of the session on `board`, 0–100.
pub fn cumulative_progress(session: &Session, board: &Board) -> f32 {
    weighted_progress(board, &session.tracks)
}

fn usable_weight(weight: f32) -> f32 {
    if weight.is_finite() && weight > 0.0 {
        weight
    } else {
        0.0
    }
}

fn clamp_pct(pct: f32) -> f32 {
    if pct.is_nan() {
        0.0
    } else {
        pct.clamp(0.0, 100.0)
    }
}

/// Something a locked sanctions stage still lacks.
#[derive(Clone, Debug, PartialEq)]
pub enum Shortfall {
    /// Cumulative progress is below the stage's threshold.
    Cumulative {
        /// Threshold, percent.
        needed_pct: f32,
        /// Current cumulative progress, percent.
        have_pct: f32,
    },
    /// A particular track is below its minimum.
    Track {
        /// The track.
        track: TrackId,
        /// Its name, for messages.
        track_name: Text,
        /// Minimum, percent.
        needed_pct: f32,
        /// Current progress, percent.
        have_pct: f32,
    },
    /// The stage names a track that is not in the session.
    UnknownTrack(TrackId),
}

impl std::fmt::Display for Shortfall {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Cumulative {
                needed_pct,
                have_pct,
            } => write!(
                f,
                "cumulative progress {have_pct:.0}% of {needed_pct:.0}% needed"
            ),
            Self::Track {
                track_name,
                needed_pct,
                have_pct,
                ..
            } => {
                write!(
                    f,
                    "{} at {have_pct:.0}% of {needed_pct:.0}% needed",
                    track_name.get(Lang::En)
                )
            }
            Self::UnknownTrack(id) => write!(f, "unknown track \"{id}\""),
        }
    }
}

/// Whether a sanctions stage can be sought yet.
#[derive(Clone, Debug, PartialEq)]
pub enum StageLock {
    /// Every condition is met.
    Unlocked,
    /// Not yet; lists exactly what is missing.
    Locked(Vec<Shortfall>),
}

impl StageLock {
    /// True when the stage can be sought.
    pub fn is_unlocked(&self) -> bool {
        matches!(self, Self::Unlocked)
    }
}

/// Whether `stage` is unlocked on `board`, and if not, what is missing.
pub fn stage_lock(session: &Session, board: &Board, stage: &SanctionsStage) -> StageLock {
    let cumulative = cumulative_progress(session, board);
    let mut missing = Vec::new();
    if cumulative < stage.threshold_pct {
        missing.push(Shortfall::Cumulative {
            needed_pct: stage.threshold_pct,
            have_pct: cumulative,
        });
    }
    for minimum in &stage.track_minimums {
        match session.track(&minimum.track) {
            Some(track) if clamp_pct(board.progress_pct(&track.id)) >= minimum.min_pct => {}
            Some(track) => missing.push(Shortfall::Track {
                track: track.id.clone(),
                track_name: track.name.clone(),
                needed_pct: minimum.min_pct,
                have_pct: clamp_pct(board.progress_pct(&track.id)),
            }),
            None => missing.push(Shortfall::UnknownTrack(minimum.track.clone())),
        }
    }
    if missing.is_empty() {
        StageLock::Unlocked
    } else {
        StageLock::Locked(missing)
    }
}

/// Whether a gated track may convene yet.
#[derive(Clone, Debug, PartialEq)]
pub enum GateState {
    /// The track is not gated.
    Ungated,
    /// The other tracks have come far enough.
    Open,
    /// Not yet: "later".
    Closed {
        /// Threshold on the other tracks, percent.
        needed_pct: f32,
        /// Their weighted progress now, percent.
        have_pct: f32,
    },
}

impl GateState {
    /// True while the track must wait.
    pub fn is_closed(&self) -> bool {
        matches!(self, Self::Closed { .. })
    }
}

/// Weighted progress on `board` of every track except the gated one, 0–100.
pub fn progress_outside(session: &Session, board: &Board, gated: &TrackId) -> f32 {
    weighted_progress(board, session.tracks.iter().filter(|t| &t.id != gated))
}

/// Whether `track` may convene under the board's regional gate.
pub fn convene_gate(session: &Session, board: &Board, track: &TrackId) -> GateState {
    match &board.regional_gate {
        Some(ConveneGate {
            track: gated,
            threshold_pct,
        }) if gated == track => {
            let have_pct = progress_outside(session, board, gated);
            if have_pct >= *threshold_pct {
                GateState::Open
            } else {
                GateState::Closed {
                    needed_pct: *threshold_pct,
                    have_pct,
                }
            }
        }
        _ => GateState::Ungated,
    }
}
