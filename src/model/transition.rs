//! The board between two steps of a story, for playback.
//!
//! [`between`] gives the board at a moment `t` (0 = the first board, 1 =
//! the second) of the passage from one step to the next: vehicles slide
//! (progress is interpolated, eased), statuses change at the midpoint, and
//! chips that join or leave a table fade in or out. Everything the rules
//! derive from a board (stages unlocking, milestones reached, the regional
//! gate opening) follows from the interpolated progress, so thresholds are
//! crossed on screen as the vehicles pass them.
//!
//! Pure: no clock, no egui. The caller owns time.

use super::{Board, ConveneGate, ParticipantId, Seat, TrackId, TrackState};

/// Where in a passage statuses, stage and border states and ratifications
/// switch from the first board's to the second's.
pub const MIDPOINT: f32 = 0.5;

/// The board at one moment between two steps, with the chips drawn
/// part-transparent.
#[derive(Clone, Debug, PartialEq)]
pub struct Transition {
    /// What the board shows at this moment. Seats joining or leaving are
    /// all present (the union of both boards' seats) until the end.
    pub board: Board,
    /// Seats drawn part-transparent, 0 (invisible) to 1 (solid): arriving
    /// ones fading in, leaving ones fading out. Seats not listed are solid.
    pub seat_opacity: Vec<(TrackId, ParticipantId, f32)>,
}

/// Slow in, slow out: 0 → 0, 1 → 1, monotone, flat at both ends
/// (smoothstep). `t` outside 0–1 is clamped; NaN counts as 0.
pub fn ease(t: f32) -> f32 {
    let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
    t * t * (3.0 - 2.0 * t)
}

/// The board at moment `t` of the passage from `from` to `to` (0 = `from`
/// exactly, 1 = `to` exactly; outside 0–1 is clamped).
///
/// - Progress moves from one board's figure to the other's along [`ease`].
/// - Track statuses, relief stage and border option statuses,
///   ratifications and which track the regional gate closes switch at
///   [`MIDPOINT`]; the gate's threshold slides like progress when both
///   boards gate the same track.
/// - Seats are the union of both boards' seats: a seat only in `to` fades
///   in, one only in `from` fades out; a seat on both keeps its place and
///   takes `to`'s role at the midpoint. The order is `from`'s, with
///   arriving seats placed after the seat they follow in `to`, so no chip
///   jumps while it is visible.
/// - A track state only one board has is shown from the midpoint on (if
///   only `to` has it) or until the midpoint (if only `from` has it).
pub fn between(from: &Board, to: &Board, t: f32) -> Transition {
    let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
    if t <= 0.0 {
        return Transition {
            board: from.clone(),
            seat_opacity: Vec::new(),
        };
    }
    if t >= 1.0 {
        return Transition {
            board: to.clone(),
            seat_opacity: Vec::new(),
        };
    }
    let eased = ease(t);
    let second_half = t >= MIDPOINT;
    let mut seat_opacity = Vec::new();

    let mut tracks = Vec::with_capacity(from.tracks.len().max(to.tracks.len()));
    for start in &from.tracks {
        match to.track(&start.track) {
            Some(end) => tracks.push(track_between(
                start,
                end,
                eased,
                second_half,
                &mut seat_opacity,
            )),
            None if !second_half => tracks.push(start.clone()),
            None => {}
        }
    }
    if second_half {
        tracks.extend(
            to.tracks
                .iter()
                .filter(|end| from.track(&end.track).is_none())
                .cloned(),
        );
    }

    let later = if second_half { to } else { from };
    Transition {
        board: Board {
            tracks,
            stages: later.stages.clone(),
            border_options: later.border_options.clone(),
            ratifications: later.ratifications.clone(),
            regional_gate: gate_between(
                from.regional_gate.as_ref(),
                to.regional_gate.as_ref(),
                eased,
                second_half,
            ),
        },
        seat_opacity,
    }
}

/// One track between its two states; records the fading seats.
fn track_between(
    start: &TrackState,
    end: &TrackState,
    eased: f32,
    second_half: bool,
    seat_opacity: &mut Vec<(TrackId, ParticipantId, f32)>,
) -> TrackState {
    let mut seats: Vec<Seat> = Vec::with_capacity(start.seats.len() + end.seats.len());
    for seat in &start.seats {
        match end.seat(&seat.participant) {
            // Staying: the role (and the seat's source) change at the midpoint.
            Some(later) if second_half => seats.push(later.clone()),
            Some(_) => seats.push(seat.clone()),
            None => {
                seat_opacity.push((start.track.clone(), seat.participant.clone(), 1.0 - eased));
                seats.push(seat.clone());
            }
        }
    }
    for (index, seat) in end.seats.iter().enumerate() {
        if start.seat(&seat.participant).is_some() {
            continue;
        }
        seat_opacity.push((start.track.clone(), seat.participant.clone(), eased));
        // After the nearest seat before it in `to` that is already placed.
        let at = end.seats[..index]
            .iter()
            .rev()
            .find_map(|before| {
                seats
                    .iter()
                    .position(|placed| placed.participant == before.participant)
            })
            .map_or(0, |position| position + 1);
        seats.insert(at, seat.clone());
    }
    TrackState {
        track: start.track.clone(),
        progress_pct: lerp(start.progress_pct, end.progress_pct, eased),
        status: if second_half {
            end.status
        } else {
            start.status
        },
        seats,
    }
}

/// The regional gate between two boards: the threshold slides when both
/// gate the same track; otherwise the gate switches at the midpoint.
fn gate_between(
    from: Option<&ConveneGate>,
    to: Option<&ConveneGate>,
    eased: f32,
    second_half: bool,
) -> Option<ConveneGate> {
    match (from, to) {
        (Some(start), Some(end)) if start.track == end.track => Some(ConveneGate {
            track: end.track.clone(),
            threshold_pct: lerp(start.threshold_pct, end.threshold_pct, eased),
        }),
        _ if second_half => to.cloned(),
        _ => from.cloned(),
    }
}

/// `a` moved towards `b` by `fraction` (0–1); exactly `a` at 0.
fn lerp(a: f32, b: f32, fraction: f32) -> f32 {
    a + (b - a) * fraction
}
