//! `model::compare`: exactly the differences between two boards of the
//! bundled session, for a hand-made pair, and none for equal boards.

use peacemap::model::compare::{Difference, changed_tracks, differences};
use peacemap::model::{
    Board, BorderOptionId, BorderStatus, ConveneGate, ParticipantId, RatificationStatus, Role,
    Seat, Session, Source, StageId, StageStatus, TrackId, TrackStatus,
};

fn bundled() -> Session {
    match peacemap::io::bundled_session() {
        Ok(session) => session,
        Err(err) => panic!("the bundled session loads: {err:?}"),
    }
}

fn id(track: &str) -> TrackId {
    TrackId::new(track)
}

fn who(participant: &str) -> ParticipantId {
    ParticipantId::new(participant)
}

fn track_mut<'a>(board: &'a mut Board, track: &str) -> &'a mut peacemap::model::TrackState {
    board
        .track_mut(&id(track))
        .unwrap_or_else(|| panic!("the bundled board has {track}"))
}

/// The bundled board after a hand-made set of changes, one of each kind.
fn changed_board(session: &Session) -> Board {
    let mut board = session.board.clone();
    // Nuclear security (track-3): 10 % → 4 %, stalled; the ROK leaves.
    let nuclear = track_mut(&mut board, "track-3");
    nuclear.progress_pct = 4.0;
    nuclear.status = TrackStatus::Stalled;
    nuclear.seats.retain(|s| s.participant != who("rok"));
    // Economic measures (track-2): Japan joins as an observer; the US
    // becomes a ratifier there.
    let economy = track_mut(&mut board, "track-2");
    economy.seats.push(Seat {
        participant: who("japan"),
        role: Role::Observer,
        source: Source::illustrative(),
    });
    for seat in &mut economy.seats {
        if seat.participant == who("us") {
            seat.role = Role::Ratifier;
        }
    }
    // A relief stage granted, a border option preferred, China ratifies,
    // and the regional gate drops to 25 %.
    board.stages[1].status = StageStatus::Granted;
    board.border_options[0].status = BorderStatus::Preferred;
    for ratification in &mut board.ratifications {
        if ratification.participant == who("china") {
            ratification.status = RatificationStatus::Ratified;
        }
    }
    board.regional_gate = Some(ConveneGate {
        track: id("track-6"),
        threshold_pct: 25.0,
    });
    board
}

#[test]
fn equal_boards_have_no_differences() {
    let session = bundled();
    assert_eq!(differences(&session, &session.board, &session.board), []);
    let copy = session.board.clone();
    assert_eq!(differences(&session, &session.board, &copy), []);
    assert_eq!(changed_tracks(&[]), Vec::<TrackId>::new());
}

#[test]
fn a_hand_made_pair_gives_exactly_its_differences_in_lane_order() {
    let session = bundled();
    let board = changed_board(&session);
    let found = differences(&session, &session.board, &board);
    let expected = vec![
        Difference::SeatJoined {
            track: id("track-2"),
            participant: who("japan"),
            role: Role::Observer,
        },
        Difference::SeatRole {
            track: id("track-2"),
            participant: who("us"),
            from: Role::Implementer,
            to: Role::Ratifier,
        },
        Difference::Progress {
            track: id("track-3"),
            from_pct: 10.0,
            to_pct: 4.0,
        },
        Difference::TrackStatus {
            track: id("track-3"),
            from: TrackStatus::UnderWay,
            to: TrackStatus::Stalled,
        },
        Difference::SeatLeft {
            track: id("track-3"),
            participant: who("rok"),
            role: Role::Implementer,
        },
        Difference::Stage {
            stage: StageId::new("stage-2"),
            from: Some(StageStatus::Planned),
            to: Some(StageStatus::Granted),
        },
        Difference::BorderOption {
            option: BorderOptionId::new("border-mdl"),
            from: Some(BorderStatus::OnTable),
            to: Some(BorderStatus::Preferred),
        },
        Difference::Ratification {
            participant: who("china"),
            from: Some(RatificationStatus::Pending),
            to: Some(RatificationStatus::Ratified),
        },
        Difference::Gate {
            from: Some(ConveneGate {
                track: id("track-6"),
                threshold_pct: 35.0,
            }),
            to: Some(ConveneGate {
                track: id("track-6"),
                threshold_pct: 25.0,
            }),
        },
    ];
    assert_eq!(found, expected);
    // The lanes of tracks 2 and 3 changed, and the gated regional lane.
    assert_eq!(
        changed_tracks(&found),
        [id("track-2"), id("track-3"), id("track-6")]
    );
}

#[test]
fn comparing_the_other_way_round_swaps_each_difference() {
    let session = bundled();
    let board = changed_board(&session);
    let found = differences(&session, &board, &session.board);
    assert!(found.contains(&Difference::SeatLeft {
        track: id("track-2"),
        participant: who("japan"),
        role: Role::Observer,
    }));
    assert!(found.contains(&Difference::SeatJoined {
        track: id("track-3"),
        participant: who("rok"),
        role: Role::Implementer,
    }));
    assert!(found.contains(&Difference::Progress {
        track: id("track-3"),
        from_pct: 4.0,
        to_pct: 10.0,
    }));
    assert_eq!(found.len(), 9);
}

#[test]
fn a_missing_state_counts_as_not_started_and_a_missing_ratifier_as_none() {
    let session = bundled();
    let mut board = session.board.clone();
    board.tracks.retain(|t| t.track != id("track-5"));
    board.ratifications.retain(|r| r.participant != who("us"));
    board.regional_gate = None;
    let found = differences(&session, &session.board, &board);
    assert_eq!(
        found,
        [
            Difference::Progress {
                track: id("track-5"),
                from_pct: 20.0,
                to_pct: 0.0,
            },
            Difference::TrackStatus {
                track: id("track-5"),
                from: TrackStatus::UnderWay,
                to: TrackStatus::NotStarted,
            },
            Difference::SeatLeft {
                track: id("track-5"),
                participant: who("rok"),
                role: Role::Negotiator,
            },
            Difference::SeatLeft {
                track: id("track-5"),
                participant: who("dprk"),
                role: Role::Negotiator,
            },
            Difference::Ratification {
                participant: who("us"),
                from: Some(RatificationStatus::Pending),
                to: None,
            },
            Difference::Gate {
                from: Some(ConveneGate {
                    track: id("track-6"),
                    threshold_pct: 35.0,
                }),
                to: None,
            },
        ]
    );
    // A gate that went away still marks the lane it closed.
    assert_eq!(changed_tracks(&found), [id("track-5"), id("track-6")]);
}

#[test]
fn the_smallest_move_of_a_vehicle_is_a_difference() {
    let session = bundled();
    let mut board = session.board.clone();
    track_mut(&mut board, "track-1").progress_pct = 30.01;
    assert_eq!(
        differences(&session, &session.board, &board),
        [Difference::Progress {
            track: id("track-1"),
            from_pct: 30.0,
            to_pct: 30.01,
        }]
    );
}
