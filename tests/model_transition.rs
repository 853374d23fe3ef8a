//! `model::transition`: the board between two steps during playback.
//! Boards are built in code so each test shows the numbers it depends on.

use peacemap::model::transition::{MIDPOINT, between, ease};
use peacemap::model::{
    Board, BorderOptionId, BorderOptionState, BorderStatus, ConveneGate, ParticipantId,
    Ratification, RatificationStatus, Role, Seat, Source, StageId, StageState, StageStatus,
    TrackId, TrackState, TrackStatus,
};

fn seat(participant: &str, role: Role) -> Seat {
    Seat {
        participant: ParticipantId::new(participant),
        role,
        source: Source::Unstated,
    }
}

fn track(id: &str, progress_pct: f32, status: TrackStatus, seats: Vec<Seat>) -> TrackState {
    TrackState {
        track: TrackId::new(id),
        progress_pct,
        status,
        seats,
    }
}

/// The board a step starts from: two tracks, a stage, a border option, a
/// ratifier and a gate.
fn from_board() -> Board {
    Board {
        tracks: vec![
            track(
                "nuclear",
                40.0,
                TrackStatus::UnderWay,
                vec![
                    seat("us", Role::Negotiator),
                    seat("dprk", Role::Negotiator),
                    seat("rok", Role::Implementer),
                ],
            ),
            track(
                "economy",
                10.0,
                TrackStatus::NotStarted,
                vec![seat("rok", Role::Negotiator)],
            ),
        ],
        stages: vec![StageState {
            stage: StageId::new("stage-1"),
            status: StageStatus::Planned,
        }],
        border_options: vec![BorderOptionState {
            option: BorderOptionId::new("border-mdl"),
            status: BorderStatus::OnTable,
        }],
        ratifications: vec![Ratification {
            participant: ParticipantId::new("china"),
            status: RatificationStatus::Pending,
        }],
        regional_gate: Some(ConveneGate {
            track: TrackId::new("economy"),
            threshold_pct: 30.0,
        }),
    }
}

/// The next step: the nuclear lane stalls back to 15 % and the ROK leaves
/// it; China joins the economic lane (after the ROK) and the ROK becomes a
/// ratifier there; everything else changes status.
fn to_board() -> Board {
    Board {
        tracks: vec![
            track(
                "nuclear",
                15.0,
                TrackStatus::Stalled,
                vec![seat("us", Role::Negotiator), seat("dprk", Role::Ratifier)],
            ),
            track(
                "economy",
                70.0,
                TrackStatus::UnderWay,
                vec![seat("rok", Role::Ratifier), seat("china", Role::Negotiator)],
            ),
        ],
        stages: vec![StageState {
            stage: StageId::new("stage-1"),
            status: StageStatus::Granted,
        }],
        border_options: vec![BorderOptionState {
            option: BorderOptionId::new("border-mdl"),
            status: BorderStatus::Agreed,
        }],
        ratifications: vec![Ratification {
            participant: ParticipantId::new("china"),
            status: RatificationStatus::Ratified,
        }],
        regional_gate: Some(ConveneGate {
            track: TrackId::new("economy"),
            threshold_pct: 50.0,
        }),
    }
}

fn progress(board: &Board, id: &str) -> f32 {
    board.progress_pct(&TrackId::new(id))
}

fn seat_ids(board: &Board, id: &str) -> Vec<String> {
    board
        .track(&TrackId::new(id))
        .map(|t| t.seats.iter().map(|s| s.participant.0.clone()).collect())
        .unwrap_or_default()
}

fn opacity(marks: &[(TrackId, ParticipantId, f32)], track: &str, participant: &str) -> Option<f32> {
    marks
        .iter()
        .find(|(t, p, _)| t.as_str() == track && p.as_str() == participant)
        .map(|(_, _, o)| *o)
}

#[test]
fn at_the_start_it_is_the_first_board_exactly_and_at_the_end_the_second() {
    let (from, to) = (from_board(), to_board());
    let start = between(&from, &to, 0.0);
    assert_eq!(start.board, from);
    assert!(start.seat_opacity.is_empty());
    let end = between(&from, &to, 1.0);
    assert_eq!(end.board, to);
    assert!(end.seat_opacity.is_empty());
    // Past either end is clamped, not extrapolated.
    assert_eq!(between(&from, &to, -0.5).board, from);
    assert_eq!(between(&from, &to, 1.5).board, to);
    assert_eq!(between(&from, &to, f32::NAN).board, from);
}

#[test]
fn progress_slides_eased_and_monotone_from_one_figure_to_the_other() {
    let (from, to) = (from_board(), to_board());
    // Halfway in time is halfway in distance (the easing is symmetric).
    let half = between(&from, &to, 0.5).board;
    assert!((progress(&half, "nuclear") - 27.5).abs() < 1e-4);
    assert!((progress(&half, "economy") - 40.0).abs() < 1e-4);
    // Eased: a quarter of the time covers less than a quarter of the way.
    let quarter = between(&from, &to, 0.25).board;
    let economy_quarter = progress(&quarter, "economy");
    assert!(
        economy_quarter > 10.0 && economy_quarter < 25.0,
        "{economy_quarter}"
    );
    // Monotone both ways: rising for economy, falling for nuclear.
    let mut previous = (progress(&from, "nuclear"), progress(&from, "economy"));
    for i in 1..=100 {
        let board = between(&from, &to, i as f32 / 100.0).board;
        let now = (progress(&board, "nuclear"), progress(&board, "economy"));
        assert!(now.0 <= previous.0, "nuclear went back up at {i}%");
        assert!(now.1 >= previous.1, "economy went back down at {i}%");
        previous = now;
    }
    assert_eq!(previous, (15.0, 70.0));
}

#[test]
fn statuses_stages_borders_and_ratifications_switch_at_the_midpoint() {
    let (from, to) = (from_board(), to_board());
    let before = between(&from, &to, MIDPOINT - 0.01).board;
    let after = between(&from, &to, MIDPOINT).board;
    let nuclear = TrackId::new("nuclear");
    let stage = StageId::new("stage-1");
    let option = BorderOptionId::new("border-mdl");
    let china = ParticipantId::new("china");
    assert_eq!(
        before.track(&nuclear).map(|t| t.status),
        Some(TrackStatus::UnderWay)
    );
    assert_eq!(
        after.track(&nuclear).map(|t| t.status),
        Some(TrackStatus::Stalled)
    );
    assert_eq!(before.stage_status(&stage), Some(StageStatus::Planned));
    assert_eq!(after.stage_status(&stage), Some(StageStatus::Granted));
    assert_eq!(before.border_status(&option), Some(BorderStatus::OnTable));
    assert_eq!(after.border_status(&option), Some(BorderStatus::Agreed));
    assert_eq!(
        before.ratification(&china).map(|r| r.status),
        Some(RatificationStatus::Pending)
    );
    assert_eq!(
        after.ratification(&china).map(|r| r.status),
        Some(RatificationStatus::Ratified)
    );
    // The gate closes the same track on both boards: its threshold slides.
    let gate = between(&from, &to, 0.5).board.regional_gate;
    assert_eq!(gate.as_ref().map(|g| g.track.as_str()), Some("economy"));
    assert!((gate.map_or(0.0, |g| g.threshold_pct) - 40.0).abs() < 1e-4);
}

#[test]
fn seats_joining_fade_in_and_seats_leaving_fade_out_while_staying_seats_stay_solid() {
    let (from, to) = (from_board(), to_board());
    let quarter = between(&from, &to, 0.25);
    // Both boards' seats are on the board until the end.
    assert_eq!(seat_ids(&quarter.board, "nuclear"), ["us", "dprk", "rok"]);
    // China joins after the ROK, as on the next step.
    assert_eq!(seat_ids(&quarter.board, "economy"), ["rok", "china"]);
    let leaving = opacity(&quarter.seat_opacity, "nuclear", "rok");
    let arriving = opacity(&quarter.seat_opacity, "economy", "china");
    let eased = ease(0.25);
    assert_eq!(leaving, Some(1.0 - eased));
    assert_eq!(arriving, Some(eased));
    // Only the seats that come or go fade.
    assert_eq!(quarter.seat_opacity.len(), 2);
    // Fading is monotone: out keeps falling, in keeps rising.
    let mut last = (1.0_f32, 0.0_f32);
    for i in 1..100 {
        let marks = between(&from, &to, i as f32 / 100.0).seat_opacity;
        let now = (
            opacity(&marks, "nuclear", "rok").unwrap_or(f32::NAN),
            opacity(&marks, "economy", "china").unwrap_or(f32::NAN),
        );
        assert!(now.0 <= last.0 && now.1 >= last.1, "fade reversed at {i}%");
        last = now;
    }
}

#[test]
fn a_seat_that_stays_takes_its_new_role_at_the_midpoint() {
    let (from, to) = (from_board(), to_board());
    let role = |t: f32| {
        between(&from, &to, t)
            .board
            .track(&TrackId::new("nuclear"))
            .and_then(|track| track.seat(&ParticipantId::new("dprk")))
            .map(|s| s.role)
    };
    assert_eq!(role(0.49), Some(Role::Negotiator));
    assert_eq!(role(0.5), Some(Role::Ratifier));
}

#[test]
fn a_gate_that_appears_or_moves_to_another_track_switches_at_the_midpoint() {
    let from = from_board();
    let mut to = to_board();
    to.regional_gate = Some(ConveneGate {
        track: TrackId::new("nuclear"),
        threshold_pct: 80.0,
    });
    assert_eq!(
        between(&from, &to, 0.49).board.regional_gate,
        from.regional_gate
    );
    assert_eq!(
        between(&from, &to, 0.5).board.regional_gate,
        to.regional_gate
    );
    to.regional_gate = None;
    assert_eq!(between(&from, &to, 0.5).board.regional_gate, None);
}

#[test]
#[expect(clippy::float_cmp, reason = "the ends are exact by definition")]
fn easing_starts_and_ends_flat_and_never_leaves_zero_to_one() {
    assert_eq!(ease(0.0), 0.0);
    assert_eq!(ease(1.0), 1.0);
    assert!((ease(0.5) - 0.5).abs() < 1e-6);
    assert!(ease(0.05) < 0.05, "slow in");
    assert!(ease(0.95) > 0.95, "slow out");
    let mut last = 0.0;
    for i in 0..=1000 {
        let value = ease(i as f32 / 1000.0);
        assert!((0.0..=1.0).contains(&value) && value >= last);
        last = value;
    }
}
