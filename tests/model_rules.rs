//! The rules in `model::rules`, one by one, edge cases included. Sessions
//! are built in code so each test shows exactly the numbers it depends on.

use peacemap::model::rules::{
    GateState, Shortfall, StageLock, convene_gate, cumulative_progress, progress_outside,
    stage_lock, weighted_progress,
};
use peacemap::model::{
    Armistice, Attribution, Board, BorderQuestion, CURRENT_VERSION, ConveneGate, SanctionsStage,
    Session, Source, StageId, Text, Track, TrackId, TrackMinimum, TrackState, TrackStatus,
};

/// A bare track `track-{n}` with `weight`, and its board entry at `progress_pct`.
fn track(n: u32, progress_pct: f32, weight: f32) -> (Track, TrackState) {
    (
        Track {
            source: Source::Unstated,
            id: id(n),
            name: format!("Track {n}").into(),
            summary: Text::default(),
            format: Text::default(),
            format_explained: Text::default(),
            weight,
            milestones: Vec::new(),
            precedents: Vec::new(),
            notes: Text::default(),
        },
        TrackState {
            track: id(n),
            progress_pct,
            status: TrackStatus::UnderWay,
            seats: Vec::new(),
        },
    )
}

/// Tracks numbered from 1, each weighing 1.
fn equal_tracks(progress: &[f32]) -> Vec<(Track, TrackState)> {
    (1..)
        .zip(progress)
        .map(|(n, &p)| track(n, p, 1.0))
        .collect()
}

/// `weighted_progress` of `tracks` on a board holding their entries.
fn weighted(tracks: &[(Track, TrackState)]) -> f32 {
    let board = Board {
        tracks: tracks.iter().map(|(_, state)| state.clone()).collect(),
        ..Board::default()
    };
    weighted_progress(&board, tracks.iter().map(|(track, _)| track))
}

/// A session holding only `tracks`, and a live board with their entries.
fn session(tracks: Vec<(Track, TrackState)>) -> Session {
    let (tracks, states): (Vec<Track>, Vec<TrackState>) = tracks.into_iter().unzip();
    Session {
        attribution: Attribution::default(),
        version: CURRENT_VERSION,
        title: "Test".into(),
        description: Text::default(),
        participants: Vec::new(),
        tracks,
        sanctions: Vec::new(),
        border: BorderQuestion {
            options: Vec::new(),
            armistice: Armistice {
                question: Text::default(),
                notes: Text::default(),
            },
        },
        board: Board {
            tracks: states,
            ..Board::default()
        },
        scenarios: Vec::new(),
    }
}

/// A session whose track `gated` waits until the others reach `threshold_pct`.
fn gated_session(tracks: Vec<(Track, TrackState)>, gated: u32, threshold_pct: f32) -> Session {
    let mut session = session(tracks);
    session.board.regional_gate = Some(ConveneGate {
        track: id(gated),
        threshold_pct,
    });
    session
}

fn id(n: u32) -> TrackId {
    TrackId::new(format!("track-{n}"))
}

/// A stage needing `threshold_pct` overall and the given per-track minimums.
fn stage(threshold_pct: f32, minimums: &[(&str, f32)]) -> SanctionsStage {
    SanctionsStage {
        source: Source::Unstated,
        id: StageId::new("stage-x"),
        name: "Stage".into(),
        measures: Vec::new(),
        acting_body: Text::default(),
        threshold_pct,
        track_minimums: minimums
            .iter()
            .map(|&(track, min_pct)| TrackMinimum {
                track: TrackId::new(track),
                min_pct,
            })
            .collect(),
    }
}

#[track_caller]
fn assert_close(actual: f32, expected: f32) {
    assert!(
        (actual - expected).abs() < 1e-4,
        "expected {expected}, got {actual}"
    );
}

// ---------------------------------------------------------------------------
// weighted_progress / cumulative_progress

#[test]
fn no_tracks_means_zero_progress() {
    assert_close(weighted(&[]), 0.0);
    let empty = session(Vec::new());
    assert_close(cumulative_progress(&empty, &empty.board), 0.0);
}

#[test]
fn all_zero_progress_is_zero() {
    assert_close(weighted(&equal_tracks(&[0.0, 0.0, 0.0])), 0.0);
}

#[test]
fn all_full_progress_is_one_hundred() {
    assert_close(weighted(&equal_tracks(&[100.0; 6])), 100.0);
}

#[test]
fn equal_weights_give_the_plain_mean() {
    assert_close(
        weighted(&equal_tracks(&[30.0, 15.0, 10.0, 10.0, 20.0, 0.0])),
        85.0 / 6.0,
    );
}

#[test]
fn weights_tilt_the_mean() {
    let tracks = [track(1, 10.0, 1.0), track(2, 40.0, 2.0)];
    assert_close(weighted(&tracks), 30.0);
    let tracks = [track(1, 10.0, 3.0), track(2, 40.0, 1.0)];
    assert_close(weighted(&tracks), 17.5);
}

#[test]
fn a_zero_weight_track_does_not_count() {
    let tracks = [track(1, 20.0, 1.0), track(2, 90.0, 0.0)];
    assert_close(weighted(&tracks), 20.0);
}

#[test]
fn weights_summing_to_zero_fall_back_to_the_plain_mean() {
    let tracks = [track(1, 20.0, 0.0), track(2, 60.0, 0.0)];
    assert_close(weighted(&tracks), 40.0);
}

#[test]
fn negative_weights_count_as_zero() {
    let tracks = [track(1, 20.0, 1.0), track(2, 80.0, -5.0)];
    assert_close(weighted(&tracks), 20.0);
    // Only negative weights: no positive weight left, so the plain mean.
    let tracks = [track(1, 20.0, -1.0), track(2, 80.0, -3.0)];
    assert_close(weighted(&tracks), 50.0);
}

#[test]
fn non_finite_weights_count_as_zero() {
    let tracks = [
        track(1, 20.0, 1.0),
        track(2, 80.0, f32::NAN),
        track(3, 70.0, f32::INFINITY),
        track(4, 60.0, f32::NEG_INFINITY),
    ];
    assert_close(weighted(&tracks), 20.0);
    let tracks = [track(1, 10.0, f32::NAN), track(2, 30.0, f32::NAN)];
    assert_close(weighted(&tracks), 20.0);
}

#[test]
fn nan_progress_counts_as_zero() {
    let tracks = [track(1, f32::NAN, 1.0), track(2, 50.0, 1.0)];
    let progress = weighted(&tracks);
    assert!(progress.is_finite());
    assert_close(progress, 25.0);
    // Also on the plain-mean fallback path.
    let tracks = [track(1, f32::NAN, 0.0), track(2, 50.0, 0.0)];
    assert_close(weighted(&tracks), 25.0);
}

#[test]
fn out_of_range_progress_is_clamped() {
    let tracks = [track(1, 150.0, 1.0), track(2, -20.0, 1.0)];
    assert_close(weighted(&tracks), 50.0);
    assert_close(weighted(&[track(1, f32::INFINITY, 1.0)]), 100.0);
}

#[test]
fn cumulative_progress_covers_every_track() {
    let tracks = vec![
        track(1, 10.0, 1.0),
        track(2, 70.0, 2.0),
        track(3, 40.0, 1.0),
    ];
    let expected = weighted(&tracks);
    assert_close(expected, 47.5);
    let session = session(tracks);
    assert_close(cumulative_progress(&session, &session.board), expected);
}

// ---------------------------------------------------------------------------
// stage_lock

#[test]
fn a_stage_exactly_at_its_threshold_is_unlocked() {
    let session = session(equal_tracks(&[20.0, 40.0]));
    assert_eq!(
        stage_lock(&session, &session.board, &stage(30.0, &[])),
        StageLock::Unlocked
    );
    assert!(stage_lock(&session, &session.board, &stage(30.0, &[])).is_unlocked());
}

#[test]
fn a_stage_just_above_cumulative_progress_is_locked() {
    let session = session(equal_tracks(&[20.0, 40.0]));
    let lock = stage_lock(&session, &session.board, &stage(30.5, &[]));
    assert!(!lock.is_unlocked());
    assert_eq!(
        lock,
        StageLock::Locked(vec![Shortfall::Cumulative {
            needed_pct: 30.5,
            have_pct: 30.0,
        }])
    );
}

#[test]
fn a_zero_threshold_stage_is_unlocked_even_without_tracks() {
    let empty = session(Vec::new());
    assert!(stage_lock(&empty, &empty.board, &stage(0.0, &[])).is_unlocked());
}

#[test]
fn a_track_minimum_exactly_met_is_unlocked() {
    let session = session(equal_tracks(&[60.0, 30.0]));
    assert!(stage_lock(&session, &session.board, &stage(40.0, &[("track-2", 30.0)])).is_unlocked());
}

#[test]
fn a_track_minimum_alone_can_lock_a_stage() {
    let session = session(equal_tracks(&[80.0, 10.0]));
    assert_eq!(
        stage_lock(&session, &session.board, &stage(40.0, &[("track-2", 30.0)])),
        StageLock::Locked(vec![Shortfall::Track {
            track: id(2),
            track_name: "Track 2".into(),
            needed_pct: 30.0,
            have_pct: 10.0,
        }])
    );
}

#[test]
fn a_locked_stage_lists_exactly_what_is_missing() {
    let session = session(equal_tracks(&[10.0, 50.0, 0.0]));
    let wanted = stage(
        50.0,
        &[
            ("track-1", 30.0), // short
            ("track-2", 50.0), // met exactly: not listed
            ("track-9", 10.0), // not in the session
            ("track-3", 0.0),  // met: not listed
        ],
    );
    assert_eq!(
        stage_lock(&session, &session.board, &wanted),
        StageLock::Locked(vec![
            Shortfall::Cumulative {
                needed_pct: 50.0,
                have_pct: 20.0,
            },
            Shortfall::Track {
                track: id(1),
                track_name: "Track 1".into(),
                needed_pct: 30.0,
                have_pct: 10.0,
            },
            Shortfall::UnknownTrack(TrackId::new("track-9")),
        ])
    );
}

#[test]
fn an_unknown_track_locks_a_stage_even_with_a_zero_minimum() {
    let session = session(equal_tracks(&[100.0]));
    assert_eq!(
        stage_lock(&session, &session.board, &stage(0.0, &[("nowhere", 0.0)])),
        StageLock::Locked(vec![Shortfall::UnknownTrack(TrackId::new("nowhere"))])
    );
}

#[test]
fn nan_progress_does_not_meet_a_track_minimum() {
    let session = session(vec![track(1, f32::NAN, 1.0), track(2, 100.0, 1.0)]);
    let lock = stage_lock(&session, &session.board, &stage(0.0, &[("track-1", 10.0)]));
    let StageLock::Locked(missing) = lock else {
        panic!("NaN progress must not unlock a stage");
    };
    assert_eq!(missing.len(), 1);
    assert!(matches!(&missing[0], Shortfall::Track { track, .. } if *track == id(1)));
}

#[test]
fn cumulative_shortfall_uses_weighted_progress() {
    let session = session(vec![track(1, 90.0, 3.0), track(2, 10.0, 1.0)]);
    // Plain mean 50 would unlock; the weighted mean is 70.
    assert!(stage_lock(&session, &session.board, &stage(70.0, &[])).is_unlocked());
    assert_eq!(
        stage_lock(&session, &session.board, &stage(75.0, &[])),
        StageLock::Locked(vec![Shortfall::Cumulative {
            needed_pct: 75.0,
            have_pct: 70.0,
        }])
    );
}

#[test]
fn shortfalls_read_as_sentences() {
    let cumulative = Shortfall::Cumulative {
        needed_pct: 40.0,
        have_pct: 14.2,
    };
    assert_eq!(
        cumulative.to_string(),
        "cumulative progress 14% of 40% needed"
    );
    let track = Shortfall::Track {
        track: id(3),
        track_name: "Nuclear security".into(),
        needed_pct: 30.0,
        have_pct: 10.0,
    };
    assert_eq!(track.to_string(), "Nuclear security at 10% of 30% needed");
    assert_eq!(
        Shortfall::UnknownTrack(TrackId::new("track-9")).to_string(),
        "unknown track \"track-9\""
    );
}

// ---------------------------------------------------------------------------
// convene_gate / progress_outside

#[test]
fn without_a_gate_every_track_is_ungated() {
    let session = session(equal_tracks(&[0.0, 0.0, 0.0]));
    for n in 1..=3 {
        assert_eq!(
            convene_gate(&session, &session.board, &id(n)),
            GateState::Ungated
        );
        assert!(!convene_gate(&session, &session.board, &id(n)).is_closed());
    }
}

#[test]
fn the_gate_applies_only_to_the_gated_track() {
    let session = gated_session(equal_tracks(&[0.0, 0.0, 0.0]), 3, 35.0);
    assert_eq!(
        convene_gate(&session, &session.board, &id(1)),
        GateState::Ungated
    );
    assert_eq!(
        convene_gate(&session, &session.board, &id(2)),
        GateState::Ungated
    );
    assert_eq!(
        convene_gate(&session, &session.board, &TrackId::new("track-9")),
        GateState::Ungated
    );
    assert!(convene_gate(&session, &session.board, &id(3)).is_closed());
}

#[test]
fn the_gate_is_closed_below_its_threshold() {
    let session = gated_session(equal_tracks(&[30.0, 20.0, 0.0]), 3, 35.0);
    let gate = convene_gate(&session, &session.board, &id(3));
    assert!(gate.is_closed());
    assert_eq!(
        gate,
        GateState::Closed {
            needed_pct: 35.0,
            have_pct: 25.0,
        }
    );
}

#[test]
fn the_gate_opens_exactly_at_its_threshold() {
    let session = gated_session(equal_tracks(&[30.0, 40.0, 0.0]), 3, 35.0);
    assert_eq!(
        convene_gate(&session, &session.board, &id(3)),
        GateState::Open
    );
    assert!(!convene_gate(&session, &session.board, &id(3)).is_closed());
}

#[test]
fn the_gate_ignores_the_gated_track_itself() {
    // The gated track racing ahead does not open its own gate...
    let session = gated_session(equal_tracks(&[20.0, 20.0, 100.0]), 3, 35.0);
    assert_eq!(
        convene_gate(&session, &session.board, &id(3)),
        GateState::Closed {
            needed_pct: 35.0,
            have_pct: 20.0,
        }
    );
    // ...and its standing still at zero does not hold the gate shut.
    let session = gated_session(equal_tracks(&[40.0, 40.0, 0.0]), 3, 35.0);
    assert_eq!(
        convene_gate(&session, &session.board, &id(3)),
        GateState::Open
    );
}

#[test]
fn the_gate_uses_weighted_progress_of_the_others() {
    let tracks = vec![track(1, 60.0, 3.0), track(2, 0.0, 1.0), track(3, 0.0, 5.0)];
    let session = gated_session(tracks, 3, 40.0);
    assert_close(progress_outside(&session, &session.board, &id(3)), 45.0);
    assert_eq!(
        convene_gate(&session, &session.board, &id(3)),
        GateState::Open
    );
}

#[test]
fn progress_outside_excludes_only_the_named_track() {
    let session = session(equal_tracks(&[10.0, 20.0, 90.0]));
    assert_close(progress_outside(&session, &session.board, &id(3)), 15.0);
    assert_close(progress_outside(&session, &session.board, &id(1)), 55.0);
    // An id not in the session excludes nothing.
    assert_close(
        progress_outside(&session, &session.board, &TrackId::new("track-9")),
        40.0,
    );
}

#[test]
fn a_gated_track_alone_sees_zero_outside_progress() {
    let session = gated_session(equal_tracks(&[100.0]), 1, 35.0);
    assert_close(progress_outside(&session, &session.board, &id(1)), 0.0);
    assert_eq!(
        convene_gate(&session, &session.board, &id(1)),
        GateState::Closed {
            needed_pct: 35.0,
            have_pct: 0.0,
        }
    );
    // A zero threshold opens even then.
    let session = gated_session(equal_tracks(&[0.0]), 1, 0.0);
    assert_eq!(
        convene_gate(&session, &session.board, &id(1)),
        GateState::Open
    );
}
