//! `Command::apply`, the only writer of the document: each command changes
//! exactly what it says, reports whether it changed anything, and a refused
//! command changes nothing.

#![allow(
    clippy::float_cmp,
    reason = "positions and progress here are whole numbers, exact in f32"
)]

use peacemap::command::{BoardEdit, Command, CommandError, ScenarioEdit, SessionEdit, StepField};
use peacemap::model::{
    Armistice, Attribution, Board, BoardRef, BorderOption, BorderOptionId, BorderOptionKind,
    BorderOptionState, BorderQuestion, BorderStatus, CURRENT_VERSION, ConveneGate, Lang, Milestone,
    MilestoneId, Participant, ParticipantId, ParticipantKind, Ratification, RatificationStatus,
    Rgb, Role, SanctionsStage, Scenario, ScenarioId, Seat, Session, Source, StageId, StageState,
    StageStatus, Step, StepId, Text, Track, TrackId, TrackMinimum, TrackState, TrackStatus,
};

fn participant(id: &str) -> Participant {
    Participant {
        id: ParticipantId::new(id),
        short_label: id.to_uppercase().into(),
        full_name: format!("Participant {id}").into(),
        colour: Rgb(100, 100, 100),
        kind: ParticipantKind::State,
    }
}

fn seat(participant: &str, role: Role) -> Seat {
    Seat {
        source: Source::Unstated,
        participant: ParticipantId::new(participant),
        role,
    }
}

fn milestone(id: &str, name: &str, position_pct: f32) -> Milestone {
    Milestone {
        source: Source::Unstated,
        id: MilestoneId::new(id),
        name: name.to_owned().into(),
        position_pct,
    }
}

fn track(n: u32, milestones: Vec<Milestone>) -> Track {
    Track {
        source: Source::Unstated,
        id: track_id(n),
        name: format!("Track {n}").into(),
        summary: "Summary".into(),
        format: "Format".into(),
        format_explained: "Format explained".into(),
        weight: 1.0,
        milestones,
        precedents: Vec::new(),
        notes: "Notes".into(),
    }
}

fn state(n: u32, progress_pct: f32, seats: Vec<Seat>) -> TrackState {
    TrackState {
        track: track_id(n),
        progress_pct,
        status: TrackStatus::UnderWay,
        seats,
    }
}

fn track_id(n: u32) -> TrackId {
    TrackId::new(format!("track-{n}"))
}

fn pid(id: &str) -> ParticipantId {
    ParticipantId::new(id)
}

fn mid(id: &str) -> MilestoneId {
    MilestoneId::new(id)
}

/// A small session: three participants, two tracks, one stage, one border
/// option and one ratifier. Track 1 stands at 20% with signs at 10, 30, 60
/// (ids `m-1-1` to `m-1-3`).
fn fixture() -> Session {
    Session {
        attribution: Attribution::default(),
        version: CURRENT_VERSION,
        title: "Fixture".into(),
        description: Text::default(),
        participants: ["rok", "dprk", "us"].map(participant).to_vec(),
        tracks: vec![
            track(
                1,
                vec![
                    milestone("m-1-1", "First", 10.0),
                    milestone("m-1-2", "Second", 30.0),
                    milestone("m-1-3", "Third", 60.0),
                ],
            ),
            track(2, Vec::new()),
        ],
        sanctions: vec![SanctionsStage {
            source: Source::Unstated,
            id: StageId::new("stage-1"),
            name: "Stage one".into(),
            measures: vec!["Something".into()],
            acting_body: "UNSC".into(),
            threshold_pct: 20.0,
            track_minimums: Vec::new(),
        }],
        border: BorderQuestion {
            options: vec![BorderOption {
                source: Source::Unstated,
                id: BorderOptionId::new("border-mdl"),
                kind: BorderOptionKind::PermanentMdl,
                name: "On the MDL".into(),
                summary: Text::default(),
                precedent: Text::default(),
            }],
            armistice: Armistice {
                question: "What replaces it?".into(),
                notes: "Old notes".into(),
            },
        },
        board: Board {
            tracks: vec![
                state(
                    1,
                    20.0,
                    vec![
                        seat("rok", Role::Negotiator),
                        seat("dprk", Role::Negotiator),
                    ],
                ),
                state(2, 0.0, vec![seat("us", Role::Observer)]),
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
                participant: pid("us"),
                status: RatificationStatus::Pending,
            }],
            regional_gate: None,
        },
        scenarios: Vec::new(),
    }
}

/// Applies `command` to the fixture and returns the result.
#[track_caller]
fn applied(command: impl Into<Command>) -> Session {
    let mut session = fixture();
    match command.into().apply(&mut session) {
        Ok(changed) => assert_eq!(
            changed,
            session != fixture(),
            "apply reports a change exactly when the session changed"
        ),
        Err(e) => panic!("the command applies: {e}"),
    }
    session
}

/// Applies `command` to the fixture, expects `error` and an unchanged session.
#[track_caller]
fn assert_refused(command: impl Into<Command>, error: &CommandError) {
    let before = fixture();
    let mut session = before.clone();
    assert_eq!(command.into().apply(&mut session).as_ref(), Err(error));
    assert_eq!(
        session, before,
        "a refused command leaves the session unchanged"
    );
}

/// Which signs of track `track` are reached, by the rule, on the live board.
fn reached(session: &Session, track: usize) -> Vec<bool> {
    let progress = session.board.tracks[track].progress_pct;
    session.tracks[track]
        .milestones
        .iter()
        .map(|m| m.is_reached(progress))
        .collect()
}

fn positions(session: &Session, track: usize) -> Vec<f32> {
    session.tracks[track]
        .milestones
        .iter()
        .map(|m| m.position_pct)
        .collect()
}

fn unknown_track() -> TrackId {
    TrackId::new("track-9")
}

// ---------------------------------------------------------------------------
// SetProgress

#[test]
fn set_progress_moves_the_marker_and_passes_milestones() {
    let session = applied(BoardEdit::SetProgress {
        track: track_id(1),
        progress_pct: 45.0,
    });
    let mut expected = fixture();
    expected.board.tracks[0].progress_pct = 45.0;
    assert_eq!(session, expected);
}

#[test]
fn set_progress_reaches_a_milestone_exactly_at_the_marker() {
    let session = applied(BoardEdit::SetProgress {
        track: track_id(1),
        progress_pct: 30.0,
    });
    assert_eq!(reached(&session, 0), [true, true, false]);
}

#[test]
fn set_progress_backwards_unreaches_milestones() {
    let session = applied(BoardEdit::SetProgress {
        track: track_id(1),
        progress_pct: 5.0,
    });
    assert_eq!(reached(&session, 0), [false, false, false]);
}

#[test]
fn set_progress_clamps_to_the_range() {
    let session = applied(BoardEdit::SetProgress {
        track: track_id(1),
        progress_pct: 150.0,
    });
    assert!((session.board.tracks[0].progress_pct - 100.0).abs() < f32::EPSILON);
    assert_eq!(reached(&session, 0), [true, true, true]);

    let session = applied(BoardEdit::SetProgress {
        track: track_id(1),
        progress_pct: -5.0,
    });
    assert!(session.board.tracks[0].progress_pct.abs() < f32::EPSILON);
    assert!(session.board.tracks[0].progress_pct >= 0.0);
    assert_eq!(reached(&session, 0), [false, false, false]);
}

#[test]
fn set_progress_touches_only_its_track() {
    let session = applied(BoardEdit::SetProgress {
        track: track_id(2),
        progress_pct: 70.0,
    });
    let mut expected = fixture();
    expected.board.tracks[1].progress_pct = 70.0;
    assert_eq!(session, expected);
}

#[test]
fn set_progress_rejects_non_finite_numbers() {
    for bad in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY] {
        assert_refused(
            BoardEdit::SetProgress {
                track: track_id(1),
                progress_pct: bad,
            },
            &CommandError::NotFinite("progress"),
        );
    }
}

#[test]
fn set_progress_on_an_unknown_track_is_refused() {
    assert_refused(
        BoardEdit::SetProgress {
            track: unknown_track(),
            progress_pct: 50.0,
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

// ---------------------------------------------------------------------------
// Track fields

#[test]
fn set_track_status_changes_only_the_status() {
    let session = applied(BoardEdit::SetTrackStatus {
        track: track_id(1),
        status: TrackStatus::Stalled,
    });
    let mut expected = fixture();
    expected.board.tracks[0].status = TrackStatus::Stalled;
    assert_eq!(session, expected);
}

#[test]
fn rename_track_changes_only_the_name() {
    let session = applied(SessionEdit::RenameTrack {
        lang: Lang::En,
        track: track_id(2),
        name: "Economic measures".to_owned(),
    });
    let mut expected = fixture();
    expected.tracks[1].name = "Economic measures".into();
    assert_eq!(session, expected);
}

#[test]
fn set_track_format_changes_only_the_format() {
    let session = applied(SessionEdit::SetTrackFormat {
        lang: Lang::En,
        track: track_id(1),
        format: "Two plus two".to_owned(),
    });
    let mut expected = fixture();
    expected.tracks[0].format = "Two plus two".into();
    assert_eq!(session, expected);
}

#[test]
fn set_track_notes_changes_only_the_notes() {
    let session = applied(SessionEdit::SetTrackNotes {
        lang: Lang::En,
        track: track_id(1),
        notes: "New notes".to_owned(),
    });
    let mut expected = fixture();
    expected.tracks[0].notes = "New notes".into();
    assert_eq!(session, expected);
}

#[test]
fn track_field_commands_on_an_unknown_track_are_refused() {
    let error = CommandError::UnknownTrack(unknown_track());
    assert_refused(
        BoardEdit::SetTrackStatus {
            track: unknown_track(),
            status: TrackStatus::Agreed,
        },
        &error,
    );
    assert_refused(
        SessionEdit::RenameTrack {
            lang: Lang::En,
            track: unknown_track(),
            name: "X".to_owned(),
        },
        &error,
    );
    assert_refused(
        SessionEdit::SetTrackFormat {
            lang: Lang::En,
            track: unknown_track(),
            format: "X".to_owned(),
        },
        &error,
    );
    assert_refused(
        SessionEdit::SetTrackNotes {
            lang: Lang::En,
            track: unknown_track(),
            notes: "X".to_owned(),
        },
        &error,
    );
    assert_refused(
        SessionEdit::SetTrackWeight {
            track: unknown_track(),
            weight: 2.0,
        },
        &error,
    );
}

// ---------------------------------------------------------------------------
// SetTrackWeight

#[test]
fn set_track_weight_changes_only_the_weight() {
    let session = applied(SessionEdit::SetTrackWeight {
        track: track_id(2),
        weight: 1.5,
    });
    let mut expected = fixture();
    expected.tracks[1].weight = 1.5;
    assert_eq!(session, expected);
}

#[test]
fn set_track_weight_raises_negative_weights_to_zero() {
    let session = applied(SessionEdit::SetTrackWeight {
        track: track_id(1),
        weight: -2.0,
    });
    let mut expected = fixture();
    expected.tracks[0].weight = 0.0;
    assert_eq!(session, expected);
}

#[test]
fn set_track_weight_rejects_non_finite_numbers() {
    for bad in [f32::NAN, f32::INFINITY] {
        assert_refused(
            SessionEdit::SetTrackWeight {
                track: track_id(1),
                weight: bad,
            },
            &CommandError::NotFinite("weight"),
        );
    }
}

// ---------------------------------------------------------------------------
// Milestones

fn names(session: &Session, track: usize) -> Vec<&str> {
    session.tracks[track]
        .milestones
        .iter()
        .map(|m| m.name.en.as_str())
        .collect()
}

#[test]
fn add_milestone_appends_it_with_a_fresh_id() {
    let session = applied(SessionEdit::AddMilestone {
        lang: Lang::En,
        track: track_id(1),
        name: "Between".to_owned(),
        position_pct: 45.0,
    });
    let mut expected = fixture();
    expected.tracks[0]
        .milestones
        .push(milestone("m-1-4", "Between", 45.0));
    assert_eq!(session, expected);
}

#[test]
fn add_milestone_never_reuses_an_id() {
    let mut session = fixture();
    SessionEdit::RemoveMilestone {
        track: track_id(1),
        milestone: mid("m-1-2"),
    }
    .apply(&mut session)
    .unwrap();
    for name in ["A", "B"] {
        SessionEdit::AddMilestone {
            lang: Lang::En,
            track: track_id(1),
            name: name.to_owned(),
            position_pct: 50.0,
        }
        .apply(&mut session)
        .unwrap();
    }
    let ids: Vec<&str> = session.tracks[0]
        .milestones
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(ids, ["m-1-1", "m-1-3", "m-1-2", "m-1-4"]);
}

#[test]
fn add_milestone_to_an_empty_track() {
    let session = applied(SessionEdit::AddMilestone {
        lang: Lang::En,
        track: track_id(2),
        name: "Only".to_owned(),
        position_pct: 50.0,
    });
    let mut expected = fixture();
    expected.tracks[1].milestones = vec![milestone("m-2-1", "Only", 50.0)];
    assert_eq!(session, expected);
}

#[test]
fn add_milestone_clamps_its_position() {
    let session = applied(SessionEdit::AddMilestone {
        lang: Lang::En,
        track: track_id(1),
        name: "Beyond".to_owned(),
        position_pct: 250.0,
    });
    assert_eq!(positions(&session, 0), [10.0, 30.0, 60.0, 100.0]);
    let session = applied(SessionEdit::AddMilestone {
        lang: Lang::En,
        track: track_id(1),
        name: "Before".to_owned(),
        position_pct: -10.0,
    });
    assert_eq!(positions(&session, 0), [10.0, 30.0, 60.0, 0.0]);
}

#[test]
fn add_milestone_is_refused_for_nan_or_an_unknown_track() {
    assert_refused(
        SessionEdit::AddMilestone {
            lang: Lang::En,
            track: track_id(1),
            name: "Nowhere".to_owned(),
            position_pct: f32::NAN,
        },
        &CommandError::NotFinite("position"),
    );
    assert_refused(
        SessionEdit::AddMilestone {
            lang: Lang::En,
            track: unknown_track(),
            name: "Lost".to_owned(),
            position_pct: 50.0,
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

#[test]
fn remove_milestone_removes_exactly_that_one() {
    let session = applied(SessionEdit::RemoveMilestone {
        track: track_id(1),
        milestone: mid("m-1-2"),
    });
    let mut expected = fixture();
    expected.tracks[0].milestones.remove(1);
    assert_eq!(session, expected);
    assert_eq!(positions(&session, 0), [10.0, 60.0]);
}

#[test]
fn remove_milestone_with_an_unknown_id_is_refused() {
    assert_refused(
        SessionEdit::RemoveMilestone {
            track: track_id(1),
            milestone: mid("m-1-9"),
        },
        &CommandError::UnknownMilestone {
            track: track_id(1),
            milestone: mid("m-1-9"),
        },
    );
    // An id of another track's milestone is not this track's.
    assert_refused(
        SessionEdit::RemoveMilestone {
            track: track_id(2),
            milestone: mid("m-1-1"),
        },
        &CommandError::UnknownMilestone {
            track: track_id(2),
            milestone: mid("m-1-1"),
        },
    );
    assert_refused(
        SessionEdit::RemoveMilestone {
            track: unknown_track(),
            milestone: mid("m-1-1"),
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

#[test]
fn edit_milestone_replaces_exactly_that_one() {
    let session = applied(SessionEdit::EditMilestone {
        lang: Lang::En,
        track: track_id(1),
        milestone: mid("m-1-2"),
        name: "Renamed".to_owned(),
        position_pct: 35.0,
    });
    let mut expected = fixture();
    expected.tracks[0].milestones[1] = milestone("m-1-2", "Renamed", 35.0);
    assert_eq!(session, expected);
}

/// The bug this replaced: milestones were addressed by index and re-sorted
/// on every edit, so dragging one past its neighbour moved the other.
#[test]
fn dragging_a_milestone_past_its_neighbour_moves_only_that_one() {
    let mut session = fixture();
    // One drag of "First" from 10 % to 50 %, past "Second" at 30 %.
    for position_pct in [20.0, 29.0, 31.0, 40.0, 50.0] {
        let changed = Command::from(SessionEdit::EditMilestone {
            lang: Lang::En,
            track: track_id(1),
            milestone: mid("m-1-1"),
            name: "First".to_owned(),
            position_pct,
        })
        .apply(&mut session)
        .unwrap();
        assert!(changed);
    }
    let track = &session.tracks[0];
    let at = |id: &str| track.milestone(&mid(id)).unwrap().position_pct;
    assert_eq!([at("m-1-1"), at("m-1-2"), at("m-1-3")], [50.0, 30.0, 60.0]);
    assert_eq!(names(&session, 0), ["First", "Second", "Third"]);
}

#[test]
fn edit_milestone_clamps_its_position() {
    let session = applied(SessionEdit::EditMilestone {
        lang: Lang::En,
        track: track_id(1),
        milestone: mid("m-1-3"),
        name: "Far".to_owned(),
        position_pct: 400.0,
    });
    assert_eq!(positions(&session, 0), [10.0, 30.0, 100.0]);
}

#[test]
fn edit_milestone_is_refused_for_a_bad_id_nan_or_an_unknown_track() {
    assert_refused(
        SessionEdit::EditMilestone {
            lang: Lang::En,
            track: track_id(1),
            milestone: mid("m-1-7"),
            name: "Missing".to_owned(),
            position_pct: 50.0,
        },
        &CommandError::UnknownMilestone {
            track: track_id(1),
            milestone: mid("m-1-7"),
        },
    );
    assert_refused(
        SessionEdit::EditMilestone {
            lang: Lang::En,
            track: track_id(1),
            milestone: mid("m-1-1"),
            name: "Nowhere".to_owned(),
            position_pct: f32::NAN,
        },
        &CommandError::NotFinite("position"),
    );
    assert_refused(
        SessionEdit::EditMilestone {
            lang: Lang::En,
            track: unknown_track(),
            milestone: mid("m-1-1"),
            name: "Lost".to_owned(),
            position_pct: 50.0,
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

#[test]
fn reached_follows_progress_and_cannot_disagree_with_it() {
    let mut session = fixture();
    assert_eq!(reached(&session, 0), [true, false, false]);
    // Moving a sign behind the vehicle makes it reached, with no progress change.
    SessionEdit::EditMilestone {
        lang: Lang::En,
        track: track_id(1),
        milestone: mid("m-1-3"),
        name: "Third".to_owned(),
        position_pct: 15.0,
    }
    .apply(&mut session)
    .unwrap();
    assert_eq!(reached(&session, 0), [true, false, true]);
}

#[test]
fn an_edit_that_changes_nothing_says_so() {
    let mut session = fixture();
    let unchanged = [
        Command::from(BoardEdit::SetProgress {
            track: track_id(1),
            progress_pct: 20.0,
        }),
        Command::from(SessionEdit::RenameTrack {
            lang: Lang::En,
            track: track_id(1),
            name: "Track 1".to_owned(),
        }),
        Command::from(BoardEdit::AddSeat {
            track: track_id(1),
            participant: pid("rok"),
            role: Role::Observer,
            at: None,
        }),
    ];
    for command in unchanged {
        assert_eq!(command.apply(&mut session), Ok(false));
    }
    assert_eq!(session, fixture());
}

// ---------------------------------------------------------------------------
// Seats

#[test]
fn add_seat_seats_a_participant() {
    let session = applied(BoardEdit::AddSeat {
        track: track_id(1),
        participant: pid("us"),
        role: Role::Ratifier,
        at: None,
    });
    let mut expected = fixture();
    expected.board.tracks[0]
        .seats
        .push(seat("us", Role::Ratifier));
    assert_eq!(session, expected);
}

#[test]
fn add_seat_for_someone_already_seated_changes_nothing() {
    let session = applied(BoardEdit::AddSeat {
        track: track_id(1),
        participant: pid("rok"),
        role: Role::Observer,
        at: None,
    });
    assert_eq!(session, fixture());
}

#[test]
fn add_seat_is_refused_for_unknown_participants_and_tracks() {
    assert_refused(
        BoardEdit::AddSeat {
            track: track_id(1),
            participant: pid("atlantis"),
            role: Role::Negotiator,
            at: None,
        },
        &CommandError::UnknownParticipant(pid("atlantis")),
    );
    assert_refused(
        BoardEdit::AddSeat {
            track: unknown_track(),
            participant: pid("us"),
            role: Role::Negotiator,
            at: None,
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

#[test]
fn remove_seat_unseats_exactly_that_participant() {
    let session = applied(BoardEdit::RemoveSeat {
        track: track_id(1),
        participant: pid("rok"),
    });
    let mut expected = fixture();
    expected.board.tracks[0].seats.remove(0);
    assert_eq!(session, expected);
}

#[test]
fn remove_seat_is_refused_when_not_seated_or_unknown() {
    // Known participant, but not at this table.
    assert_refused(
        BoardEdit::RemoveSeat {
            track: track_id(1),
            participant: pid("us"),
        },
        &CommandError::NotSeated {
            track: track_id(1),
            participant: pid("us"),
        },
    );
    assert_refused(
        BoardEdit::RemoveSeat {
            track: unknown_track(),
            participant: pid("rok"),
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

#[test]
fn set_seat_role_changes_only_that_role() {
    let session = applied(BoardEdit::SetSeatRole {
        track: track_id(1),
        participant: pid("dprk"),
        role: Role::Implementer,
    });
    let mut expected = fixture();
    expected.board.tracks[0].seats[1].role = Role::Implementer;
    assert_eq!(session, expected);
}

#[test]
fn set_seat_role_is_refused_when_not_seated_or_unknown() {
    assert_refused(
        BoardEdit::SetSeatRole {
            track: track_id(2),
            participant: pid("rok"),
            role: Role::Observer,
        },
        &CommandError::NotSeated {
            track: track_id(2),
            participant: pid("rok"),
        },
    );
    assert_refused(
        BoardEdit::SetSeatRole {
            track: unknown_track(),
            participant: pid("rok"),
            role: Role::Observer,
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

// ---------------------------------------------------------------------------
// Border, ratification, stages, armistice

#[test]
fn set_border_status_changes_only_that_option() {
    let session = applied(BoardEdit::SetBorderStatus {
        option: BorderOptionId::new("border-mdl"),
        status: BorderStatus::Preferred,
    });
    let mut expected = fixture();
    expected.board.border_options[0].status = BorderStatus::Preferred;
    assert_eq!(session, expected);
}

#[test]
fn set_border_status_of_an_unknown_option_is_refused() {
    let unknown = BorderOptionId::new("border-moon");
    assert_refused(
        BoardEdit::SetBorderStatus {
            option: unknown.clone(),
            status: BorderStatus::Agreed,
        },
        &CommandError::UnknownBorderOption(unknown),
    );
}

#[test]
fn set_ratification_changes_only_that_ratifier() {
    let session = applied(BoardEdit::SetRatification {
        participant: pid("us"),
        status: RatificationStatus::Ratified,
    });
    let mut expected = fixture();
    expected.board.ratifications[0].status = RatificationStatus::Ratified;
    assert_eq!(session, expected);
}

#[test]
fn set_ratification_for_a_non_ratifier_is_refused() {
    // The ROK is a participant, but not a ratifier.
    assert_refused(
        BoardEdit::SetRatification {
            participant: pid("rok"),
            status: RatificationStatus::Ratified,
        },
        &CommandError::NotARatifier(pid("rok")),
    );
}

#[test]
fn set_stage_status_changes_only_that_stage() {
    let session = applied(BoardEdit::SetStageStatus {
        stage: StageId::new("stage-1"),
        status: StageStatus::Granted,
    });
    let mut expected = fixture();
    expected.board.stages[0].status = StageStatus::Granted;
    assert_eq!(session, expected);
}

#[test]
fn set_stage_status_of_an_unknown_stage_is_refused() {
    assert_refused(
        BoardEdit::SetStageStatus {
            stage: StageId::new("stage-9"),
            status: StageStatus::Requested,
        },
        &CommandError::UnknownStage(StageId::new("stage-9")),
    );
}

#[test]
fn set_armistice_notes_changes_only_the_notes() {
    let session = applied(SessionEdit::SetArmisticeNotes {
        lang: Lang::En,
        notes: "A peace treaty replaces it".to_owned(),
    });
    let mut expected = fixture();
    expected.border.armistice.notes = "A peace treaty replaces it".into();
    assert_eq!(session, expected);
}

// ---------------------------------------------------------------------------
// Errors, undo grouping and labels

#[test]
fn errors_read_as_sentences() {
    assert_eq!(
        CommandError::UnknownTrack(unknown_track()).to_string(),
        "there is no track \"track-9\""
    );
    assert_eq!(
        CommandError::UnknownMilestone {
            track: track_id(1),
            milestone: mid("m-1-4"),
        }
        .to_string(),
        "track \"track-1\" has no milestone \"m-1-4\""
    );
    assert_eq!(
        CommandError::NotFinite("progress").to_string(),
        "progress must be a finite number"
    );
}

/// An edit as a command, so mixed edits fit in one list.
fn c(edit: impl Into<Command>) -> Command {
    edit.into()
}

#[test]
fn progress_commands_on_one_track_coalesce() {
    let drag = |progress_pct| {
        c(BoardEdit::SetProgress {
            track: track_id(1),
            progress_pct,
        })
    };
    assert!(drag(10.0).coalesce_key().is_some());
    assert_eq!(drag(10.0).coalesce_key(), drag(55.0).coalesce_key());
    let other_track = c(BoardEdit::SetProgress {
        track: track_id(2),
        progress_pct: 10.0,
    });
    assert_ne!(drag(10.0).coalesce_key(), other_track.coalesce_key());
    let weight = c(SessionEdit::SetTrackWeight {
        track: track_id(1),
        weight: 1.0,
    });
    assert!(weight.coalesce_key().is_some());
    assert_ne!(drag(10.0).coalesce_key(), weight.coalesce_key());
}

#[test]
fn typing_in_one_field_coalesces() {
    let rename = |name: &str| {
        c(SessionEdit::RenameTrack {
            lang: Lang::En,
            track: track_id(1),
            name: name.to_owned(),
        })
    };
    assert_eq!(rename("A").coalesce_key(), rename("Ab").coalesce_key());
    let notes = |notes: &str| {
        c(SessionEdit::SetArmisticeNotes {
            lang: Lang::En,
            notes: notes.to_owned(),
        })
    };
    assert!(notes("x").coalesce_key().is_some());
    assert_eq!(notes("x").coalesce_key(), notes("xy").coalesce_key());
    let edit = |id: &str, name: &str| {
        c(SessionEdit::EditMilestone {
            lang: Lang::En,
            track: track_id(1),
            milestone: mid(id),
            name: name.to_owned(),
            position_pct: 10.0,
        })
    };
    assert_eq!(
        edit("m-1-1", "A").coalesce_key(),
        edit("m-1-1", "Ab").coalesce_key()
    );
    assert_ne!(
        edit("m-1-1", "A").coalesce_key(),
        edit("m-1-2", "A").coalesce_key()
    );
}

#[test]
fn discrete_commands_do_not_coalesce() {
    let discrete = [
        c(BoardEdit::SetTrackStatus {
            track: track_id(1),
            status: TrackStatus::Stalled,
        }),
        c(SessionEdit::AddMilestone {
            lang: Lang::En,
            track: track_id(1),
            name: "M".to_owned(),
            position_pct: 10.0,
        }),
        c(SessionEdit::RemoveMilestone {
            track: track_id(1),
            milestone: mid("m-1-1"),
        }),
        c(BoardEdit::AddSeat {
            track: track_id(1),
            participant: pid("us"),
            role: Role::Observer,
            at: None,
        }),
        c(BoardEdit::SetStageStatus {
            stage: StageId::new("stage-1"),
            status: StageStatus::Granted,
        }),
    ];
    for command in discrete {
        assert_eq!(command.coalesce_key(), None, "{command:?}");
    }
}

#[test]
fn every_command_has_its_own_label() {
    let commands = [
        c(BoardEdit::SetProgress {
            track: track_id(1),
            progress_pct: 1.0,
        }),
        c(BoardEdit::SetTrackStatus {
            track: track_id(1),
            status: TrackStatus::Agreed,
        }),
        c(SessionEdit::RenameTrack {
            lang: Lang::En,
            track: track_id(1),
            name: String::new(),
        }),
        c(SessionEdit::SetTrackFormat {
            lang: Lang::En,
            track: track_id(1),
            format: String::new(),
        }),
        c(SessionEdit::SetTrackNotes {
            lang: Lang::En,
            track: track_id(1),
            notes: String::new(),
        }),
        c(SessionEdit::SetTrackWeight {
            track: track_id(1),
            weight: 1.0,
        }),
        c(SessionEdit::AddMilestone {
            lang: Lang::En,
            track: track_id(1),
            name: "M".to_owned(),
            position_pct: 1.0,
        }),
        c(SessionEdit::RemoveMilestone {
            track: track_id(1),
            milestone: mid("m-1-1"),
        }),
        c(SessionEdit::EditMilestone {
            lang: Lang::En,
            track: track_id(1),
            milestone: mid("m-1-1"),
            name: "M".to_owned(),
            position_pct: 1.0,
        }),
        c(BoardEdit::AddSeat {
            track: track_id(1),
            participant: pid("us"),
            role: Role::Observer,
            at: None,
        }),
        c(BoardEdit::RemoveSeat {
            track: track_id(1),
            participant: pid("us"),
        }),
        c(BoardEdit::SetSeatRole {
            track: track_id(1),
            participant: pid("us"),
            role: Role::Observer,
        }),
        c(BoardEdit::SetBorderStatus {
            option: BorderOptionId::new("border-mdl"),
            status: BorderStatus::Agreed,
        }),
        c(BoardEdit::SetRatification {
            participant: pid("us"),
            status: RatificationStatus::Ratified,
        }),
        c(BoardEdit::SetStageStatus {
            stage: StageId::new("stage-1"),
            status: StageStatus::Granted,
        }),
        c(SessionEdit::SetArmisticeNotes {
            lang: Lang::En,
            notes: String::new(),
        }),
    ];
    for lang in peacemap::model::Lang::ALL {
        let labels: std::collections::HashSet<String> = commands
            .iter()
            .map(|command| {
                assert!(
                    peacemap::i18n::has_message(lang, command.message_id()),
                    "{} has no {lang:?} label",
                    command.message_id()
                );
                peacemap::i18n::message(lang, command.message_id(), None)
            })
            .collect();
        assert_eq!(labels.len(), commands.len(), "labels are distinct");
        assert!(
            labels
                .iter()
                .all(|label| !label.is_empty() && !label.ends_with('.'))
        );
    }
}

// ---------------------------------------------------------------------------
// Editing the relief ladder and the regional gate

#[test]
fn edit_stage_replaces_content_but_keeps_the_id() {
    let mut edited = fixture().sanctions[0].clone();
    edited.id = StageId::new("ignored");
    edited.name = "Renamed stage".into();
    edited.threshold_pct = 140.0;
    edited.measures = vec!["Only this".into()];
    let session = applied(SessionEdit::EditStage {
        stage: StageId::new("stage-1"),
        edited: Box::new(edited),
    });
    let stage = &session.sanctions[0];
    assert_eq!(stage.id, StageId::new("stage-1"));
    assert_eq!(stage.name, "Renamed stage".into());
    assert!(
        (stage.threshold_pct - 100.0).abs() < f32::EPSILON,
        "threshold is clamped to 0-100"
    );
    assert_eq!(stage.measures, vec![Text::en("Only this")]);
}

#[test]
fn edit_stage_refuses_unknown_tracks_and_nan() {
    let mut edited = fixture().sanctions[0].clone();
    edited.track_minimums = vec![peacemap::model::TrackMinimum {
        track: unknown_track(),
        min_pct: 10.0,
    }];
    assert_refused(
        SessionEdit::EditStage {
            stage: StageId::new("stage-1"),
            edited: Box::new(edited),
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
    let mut edited = fixture().sanctions[0].clone();
    edited.threshold_pct = f32::NAN;
    assert_refused(
        SessionEdit::EditStage {
            stage: StageId::new("stage-1"),
            edited: Box::new(edited),
        },
        &CommandError::NotFinite("threshold"),
    );
}

#[test]
fn add_and_remove_stage() {
    let mut stage = fixture().sanctions[0].clone();
    stage.id = StageId::new("stage-new");
    let session = applied(SessionEdit::AddStage {
        stage: Box::new(stage.clone()),
    });
    assert_eq!(session.sanctions.last(), Some(&stage));
    let mut duplicate = stage.clone();
    duplicate.id = StageId::new("stage-1");
    assert_refused(
        SessionEdit::AddStage {
            stage: Box::new(duplicate),
        },
        &CommandError::DuplicateStage(StageId::new("stage-1")),
    );
    let session = applied(SessionEdit::RemoveStage {
        stage: StageId::new("stage-1"),
    });
    assert!(
        session
            .sanctions
            .iter()
            .all(|s| s.id != StageId::new("stage-1"))
    );
    assert_eq!(session.sanctions.len(), fixture().sanctions.len() - 1);
}

#[test]
fn a_new_stage_is_planned_on_the_board_and_a_removed_one_leaves_it() {
    let mut stage = fixture().sanctions[0].clone();
    stage.id = StageId::new("stage-new");
    let session = applied(SessionEdit::AddStage {
        stage: Box::new(stage),
    });
    assert_eq!(
        session.board.stage_status(&StageId::new("stage-new")),
        Some(StageStatus::Planned)
    );
    let session = applied(SessionEdit::RemoveStage {
        stage: StageId::new("stage-1"),
    });
    assert_eq!(session.board.stage_status(&StageId::new("stage-1")), None);
    assert!(session.board.stages.is_empty());
}

/// A fixture whose first track, its second milestone and the armistice
/// notes have text in both languages.
fn bilingual_fixture() -> Session {
    let mut session = fixture();
    session.tracks[0].name = Text::both("Inter-Korean relations", "남북관계");
    session.tracks[0].format = Text::both("Two plus two", "남북+미중");
    session.tracks[0].notes = Text::both("Notes", "메모");
    session.tracks[0].milestones[1].name = Text::both("Second", "두 번째");
    session.border.armistice.notes = Text::both("Armistice notes", "정전협정 메모");
    session
}

fn applied_to(mut session: Session, command: impl Into<Command>) -> Session {
    let before = session.clone();
    match command.into().apply(&mut session) {
        Ok(changed) => assert_eq!(changed, session != before),
        Err(e) => panic!("the command applies: {e}"),
    }
    session
}

#[test]
fn text_edits_change_only_the_language_they_name() {
    let session = applied_to(
        bilingual_fixture(),
        SessionEdit::RenameTrack {
            track: track_id(1),
            lang: Lang::Ko,
            name: "남북 관계".to_owned(),
        },
    );
    assert_eq!(
        session.tracks[0].name,
        Text::both("Inter-Korean relations", "남북 관계")
    );
    let session = applied_to(
        session,
        SessionEdit::SetTrackFormat {
            track: track_id(1),
            lang: Lang::En,
            format: "Two plus two, US and China ratify".to_owned(),
        },
    );
    assert_eq!(
        session.tracks[0].format,
        Text::both("Two plus two, US and China ratify", "남북+미중")
    );
    let session = applied_to(
        session,
        SessionEdit::SetTrackNotes {
            track: track_id(1),
            lang: Lang::Ko,
            notes: String::new(),
        },
    );
    assert_eq!(session.tracks[0].notes, Text::en("Notes"), "Korean cleared");
    let session = applied_to(
        session,
        SessionEdit::EditMilestone {
            track: track_id(1),
            milestone: mid("m-1-2"),
            lang: Lang::Ko,
            name: "둘째".to_owned(),
            position_pct: 30.0,
        },
    );
    assert_eq!(
        session.tracks[0].milestones[1].name,
        Text::both("Second", "둘째")
    );
    let session = applied_to(
        session,
        SessionEdit::SetArmisticeNotes {
            lang: Lang::En,
            notes: "New notes".to_owned(),
        },
    );
    assert_eq!(
        session.border.armistice.notes,
        Text::both("New notes", "정전협정 메모")
    );
    // Nothing else moved.
    let mut expected = bilingual_fixture();
    expected.tracks[0].name = session.tracks[0].name.clone();
    expected.tracks[0].format = session.tracks[0].format.clone();
    expected.tracks[0].notes = session.tracks[0].notes.clone();
    expected.tracks[0].milestones[1].name = session.tracks[0].milestones[1].name.clone();
    expected.border.armistice.notes = session.border.armistice.notes.clone();
    assert_eq!(session, expected);
}

#[test]
fn a_milestone_added_in_korean_has_only_a_korean_name_and_no_source() {
    let session = applied(SessionEdit::AddMilestone {
        track: track_id(1),
        lang: Lang::Ko,
        name: "정상회담".to_owned(),
        position_pct: 50.0,
    });
    let added = session.tracks[0].milestones.last().expect("added");
    assert_eq!(added.name, Text::both("", "정상회담"));
    assert_eq!(added.name.get(Lang::En), "정상회담", "English falls back");
    assert!(added.source.is_unstated());
}

#[test]
fn typing_the_same_text_in_the_other_language_changes_something() {
    // English already says "Second"; typing it as the Korean text is a change.
    let mut session = bilingual_fixture();
    session.tracks[0].milestones[1].name = Text::en("Second");
    let changed = Command::from(SessionEdit::EditMilestone {
        track: track_id(1),
        milestone: mid("m-1-2"),
        lang: Lang::Ko,
        name: "Second".to_owned(),
        position_pct: 30.0,
    })
    .apply(&mut session)
    .expect("applies");
    assert!(changed);
    assert_eq!(
        session.tracks[0].milestones[1].name,
        Text::both("Second", "Second")
    );
}

#[test]
fn typing_in_two_languages_is_two_undo_steps() {
    let rename = |lang| {
        c(SessionEdit::RenameTrack {
            track: track_id(1),
            lang,
            name: "x".to_owned(),
        })
    };
    assert_ne!(
        rename(Lang::En).coalesce_key(),
        rename(Lang::Ko).coalesce_key()
    );
    assert_eq!(rename(Lang::En).message_id(), rename(Lang::Ko).message_id());
}

#[test]
fn a_new_seat_has_no_source() {
    let session = applied(BoardEdit::AddSeat {
        track: track_id(1),
        participant: pid("us"),
        role: Role::Observer,
        at: None,
    });
    let seat = session.board.tracks[0].seat(&pid("us")).expect("seated");
    assert!(seat.source.is_unstated());
}

// ---------------------------------------------------------------------------
// Issue 8: seats moved and placed, tracks and participants added, removed
// and reordered on every board, scenarios and steps.

fn sid(id: &str) -> ScenarioId {
    ScenarioId::new(id)
}

fn stid(id: &str) -> StepId {
    StepId::new(id)
}

/// The participants seated at track `n` of `board`, in order.
fn seated(board: &Board, n: u32) -> Vec<&str> {
    board
        .track(&track_id(n))
        .map(|t| t.seats.iter().map(|s| s.participant.as_str()).collect())
        .unwrap_or_default()
}

/// The fixture with a story: scenario `story` of steps `step-1` (the live
/// board with track 1 at 40 %) and `step-2` (track 2 at 50 %, the US also
/// at track 1), a gate on track 2 on every board, and stage 1 needing 10 %
/// on track 2. ROK's seat at track 1 has an illustrative source.
fn story_fixture() -> Session {
    let mut session = fixture();
    session.board.tracks[0].seats[0].source = Source::Illustrative {
        note: Text::en("A guess."),
    };
    session.board.regional_gate = Some(ConveneGate {
        track: track_id(2),
        threshold_pct: 30.0,
    });
    session.sanctions[0].track_minimums = vec![TrackMinimum {
        track: track_id(2),
        min_pct: 10.0,
    }];
    let mut first = session.board.clone();
    first.tracks[0].progress_pct = 40.0;
    let mut second = session.board.clone();
    second.tracks[1].progress_pct = 50.0;
    second.tracks[0].seats.push(seat("us", Role::Implementer));
    let step = |id: &str, title: &str, board: Board| Step {
        id: stid(id),
        title: Text::both(title, format!("{title} (한)")),
        date: Text::en("2019"),
        notes: Text::default(),
        source: Source::Unstated,
        board,
    };
    session.scenarios = vec![Scenario {
        id: sid("story"),
        name: Text::both("The story", "이야기"),
        steps: vec![
            step("step-1", "Opening", first),
            step("step-2", "Later", second),
        ],
    }];
    session
}

/// Applies `command` to `session`, checks that it reports a change exactly
/// when there was one, and returns the result.
#[track_caller]
fn after(session: &Session, command: impl Into<Command>) -> Session {
    let mut changed_session = session.clone();
    let changed = command
        .into()
        .apply(&mut changed_session)
        .unwrap_or_else(|e| panic!("the command applies: {e}"));
    assert_eq!(changed, changed_session != *session, "reports the change");
    changed_session
}

/// Applies `command` to `session`, expects `error` and no change.
#[track_caller]
fn refused_on(session: &Session, command: impl Into<Command>, error: &CommandError) {
    let mut copy = session.clone();
    assert_eq!(command.into().apply(&mut copy).as_ref(), Err(error));
    assert_eq!(&copy, session, "a refused command changes nothing");
}

fn on_step(step: &str) -> BoardRef {
    BoardRef::Step {
        scenario: sid("story"),
        step: stid(step),
    }
}

#[test]
fn move_seat_keeps_role_and_source_and_honours_at() {
    let before = story_fixture();
    let moved = after(
        &before,
        BoardEdit::MoveSeat {
            participant: pid("rok"),
            from: track_id(1),
            to: track_id(2),
            at: Some(0),
        },
    );
    assert_eq!(seated(&moved.board, 1), ["dprk"]);
    assert_eq!(seated(&moved.board, 2), ["rok", "us"]);
    assert_eq!(
        moved.board.tracks[1].seats[0], before.board.tracks[0].seats[0],
        "the same seat: role and source kept"
    );
    assert_eq!(moved.scenarios, before.scenarios, "the steps are untouched");
    // `at` past the end, or none: at the end.
    for at in [None, Some(99)] {
        let moved = after(
            &before,
            BoardEdit::MoveSeat {
                participant: pid("rok"),
                from: track_id(1),
                to: track_id(2),
                at,
            },
        );
        assert_eq!(seated(&moved.board, 2), ["us", "rok"], "{at:?}");
    }
}

#[test]
fn move_seat_within_one_table_reorders_it() {
    let before = story_fixture();
    let moved = after(
        &before,
        BoardEdit::MoveSeat {
            participant: pid("dprk"),
            from: track_id(1),
            to: track_id(1),
            at: Some(0),
        },
    );
    assert_eq!(seated(&moved.board, 1), ["dprk", "rok"]);
    // To where it already is: no change, and it says so.
    let mut same = before.clone();
    let changed = Command::from(BoardEdit::MoveSeat {
        participant: pid("dprk"),
        from: track_id(1),
        to: track_id(1),
        at: Some(1),
    })
    .apply(&mut same);
    assert_eq!(changed, Ok(false));
    assert_eq!(same, before);
}

#[test]
fn move_seat_is_refused_when_not_seated_already_seated_or_unknown() {
    let before = story_fixture();
    refused_on(
        &before,
        BoardEdit::MoveSeat {
            participant: pid("us"),
            from: track_id(1),
            to: track_id(2),
            at: None,
        },
        &CommandError::NotSeated {
            track: track_id(1),
            participant: pid("us"),
        },
    );
    let on_second = Command::Board {
        on: on_step("step-2"),
        edit: BoardEdit::MoveSeat {
            participant: pid("us"),
            from: track_id(1),
            to: track_id(2),
            at: None,
        },
    };
    refused_on(
        &before,
        on_second,
        &CommandError::AlreadySeated {
            track: track_id(2),
            participant: pid("us"),
        },
    );
    refused_on(
        &before,
        BoardEdit::MoveSeat {
            participant: pid("xx"),
            from: track_id(1),
            to: track_id(2),
            at: None,
        },
        &CommandError::UnknownParticipant(pid("xx")),
    );
    refused_on(
        &before,
        BoardEdit::MoveSeat {
            participant: pid("rok"),
            from: track_id(1),
            to: unknown_track(),
            at: None,
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

#[test]
fn add_seat_honours_at() {
    let before = fixture();
    for (at, expected) in [
        (Some(0), ["us", "rok", "dprk"]),
        (Some(1), ["rok", "us", "dprk"]),
        (Some(99), ["rok", "dprk", "us"]),
        (None, ["rok", "dprk", "us"]),
    ] {
        let added = after(
            &before,
            BoardEdit::AddSeat {
                track: track_id(1),
                participant: pid("us"),
                role: Role::Ratifier,
                at,
            },
        );
        assert_eq!(seated(&added.board, 1), expected, "{at:?}");
        let seat = added.board.tracks[0].seat(&pid("us")).expect("seated");
        assert_eq!(
            (seat.role, &seat.source),
            (Role::Ratifier, &Source::Unstated)
        );
    }
}

#[test]
fn board_edits_aimed_at_a_step_change_only_that_step() {
    let before = story_fixture();
    let edits = [
        BoardEdit::SetProgress {
            track: track_id(2),
            progress_pct: 75.0,
        },
        BoardEdit::SetTrackStatus {
            track: track_id(2),
            status: TrackStatus::Stalled,
        },
        BoardEdit::AddSeat {
            track: track_id(2),
            participant: pid("rok"),
            role: Role::Observer,
            at: None,
        },
        BoardEdit::MoveSeat {
            participant: pid("dprk"),
            from: track_id(1),
            to: track_id(2),
            at: None,
        },
        BoardEdit::RemoveSeat {
            track: track_id(1),
            participant: pid("rok"),
        },
        BoardEdit::SetSeatRole {
            track: track_id(1),
            participant: pid("rok"),
            role: Role::Observer,
        },
        BoardEdit::SetBorderStatus {
            option: BorderOptionId::new("border-mdl"),
            status: BorderStatus::Agreed,
        },
        BoardEdit::SetRatification {
            participant: pid("us"),
            status: RatificationStatus::Ratified,
        },
        BoardEdit::SetStageStatus {
            stage: StageId::new("stage-1"),
            status: StageStatus::Granted,
        },
        BoardEdit::SetGateThreshold {
            threshold_pct: 60.0,
        },
    ];
    for edit in edits {
        let changed = after(
            &before,
            Command::Board {
                on: on_step("step-2"),
                edit: edit.clone(),
            },
        );
        let mut expected = before.clone();
        let step_board = &mut expected.scenarios[0].steps[1].board;
        let definitions = peacemap::command::Definitions {
            participants: &before.participants,
            tracks: &before.tracks,
        };
        assert_eq!(
            edit.clone().apply(&definitions, step_board),
            Ok(true),
            "{edit:?}"
        );
        assert_eq!(changed, expected, "{edit:?}: only step 2's board changed");
        assert_ne!(changed, before, "{edit:?}");
    }
    refused_on(
        &before,
        Command::Board {
            on: on_step("step-9"),
            edit: BoardEdit::SetGateThreshold { threshold_pct: 1.0 },
        },
        &CommandError::UnknownStep {
            scenario: sid("story"),
            step: stid("step-9"),
        },
    );
    refused_on(
        &before,
        Command::Board {
            on: BoardRef::Step {
                scenario: sid("other"),
                step: stid("step-1"),
            },
            edit: BoardEdit::SetGateThreshold { threshold_pct: 1.0 },
        },
        &CommandError::UnknownScenario(sid("other")),
    );
}

fn new_track(name: &str) -> Box<Track> {
    let mut track = track(9, vec![milestone("m-x", "Sign", 50.0)]);
    track.name = Text::en(name);
    Box::new(track)
}

#[test]
fn add_track_adds_a_state_to_every_board_with_a_fresh_id() {
    let before = story_fixture();
    let added = after(
        &before,
        SessionEdit::AddTrack {
            track: new_track("Energy"),
            at: Some(0),
        },
    );
    assert_eq!(added.tracks.len(), 3);
    let new = &added.tracks[0];
    assert_eq!(new.id, track_id(3), "a fresh id, not the one given");
    assert_eq!(new.name, Text::en("Energy"));
    assert_eq!(added.boards().count(), 3, "live + two steps");
    for board in added.boards() {
        let state = board.track(&new.id).expect("a state on every board");
        assert_eq!(
            (state.progress_pct, state.status, state.seats.len()),
            (0.0, TrackStatus::NotStarted, 0)
        );
    }
    let at_end = after(
        &before,
        SessionEdit::AddTrack {
            track: new_track("Energy"),
            at: Some(99),
        },
    );
    assert_eq!(
        at_end.tracks[2].name,
        Text::en("Energy"),
        "past the end: last"
    );
    let mut nan = new_track("Energy");
    nan.weight = f32::NAN;
    refused_on(
        &before,
        SessionEdit::AddTrack {
            track: nan,
            at: None,
        },
        &CommandError::NotFinite("weight"),
    );
}

#[test]
fn remove_track_leaves_every_board_the_stage_minimums_and_the_gate() {
    let before = story_fixture();
    let removed = after(&before, SessionEdit::RemoveTrack { track: track_id(2) });
    assert_eq!(removed.tracks.len(), 1);
    for board in removed.boards() {
        assert!(board.track(&track_id(2)).is_none());
        assert!(board.track(&track_id(1)).is_some());
        assert_eq!(board.regional_gate, None, "it gated the removed track");
    }
    assert!(removed.sanctions[0].track_minimums.is_empty());
    assert!(
        peacemap::io::validate(&removed).is_empty(),
        "still a valid session"
    );
    refused_on(
        &before,
        SessionEdit::RemoveTrack {
            track: unknown_track(),
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

#[test]
fn move_track_reorders_lanes_and_clamps() {
    let mut before = story_fixture();
    before.tracks.push(*new_track("Third"));
    before.tracks[2].id = track_id(3);
    let lanes = |s: &Session| {
        s.tracks
            .iter()
            .map(|t| t.id.to_string())
            .collect::<Vec<_>>()
    };
    let moved = after(
        &before,
        SessionEdit::MoveTrack {
            track: track_id(1),
            to: 2,
        },
    );
    assert_eq!(lanes(&moved), ["track-2", "track-3", "track-1"]);
    assert_eq!(moved.board, before.board, "boards are looked up by id");
    let clamped = after(
        &before,
        SessionEdit::MoveTrack {
            track: track_id(3),
            to: 0,
        },
    );
    assert_eq!(lanes(&clamped), ["track-3", "track-1", "track-2"]);
    let past = after(
        &before,
        SessionEdit::MoveTrack {
            track: track_id(1),
            to: 99,
        },
    );
    assert_eq!(lanes(&past), ["track-2", "track-3", "track-1"]);
    let mut same = before.clone();
    assert_eq!(
        Command::from(SessionEdit::MoveTrack {
            track: track_id(2),
            to: 1
        })
        .apply(&mut same),
        Ok(false)
    );
    refused_on(
        &before,
        SessionEdit::MoveTrack {
            track: unknown_track(),
            to: 0,
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

#[test]
fn add_and_remove_participant_on_every_board() {
    let before = story_fixture();
    let added = after(
        &before,
        SessionEdit::AddParticipant {
            participant: Box::new(participant("rok")),
        },
    );
    assert_eq!(added.participants.len(), 4);
    assert_eq!(added.participants[3].id, pid("participant-1"), "a fresh id");
    assert_eq!(added.participants[3].short_label, Text::en("ROK"));

    let removed = after(
        &before,
        SessionEdit::RemoveParticipant {
            participant: pid("us"),
        },
    );
    assert!(removed.participant(&pid("us")).is_none());
    for board in removed.boards() {
        assert!(
            board.tracks.iter().all(|t| t.seat(&pid("us")).is_none()),
            "no seat left on any board"
        );
        assert!(
            board.ratification(&pid("us")).is_none(),
            "nor a ratification"
        );
    }
    assert_eq!(
        seated(&removed.scenarios[0].steps[1].board, 1),
        ["rok", "dprk"]
    );
    assert!(peacemap::io::validate(&removed).is_empty());
    refused_on(
        &before,
        SessionEdit::RemoveParticipant {
            participant: pid("xx"),
        },
        &CommandError::UnknownParticipant(pid("xx")),
    );
}

#[test]
fn add_rename_and_delete_scenarios() {
    let before = story_fixture();
    let added = after(
        &before,
        ScenarioEdit::AddScenario {
            name: Text::en("What if"),
        },
    );
    assert_eq!(added.scenarios.len(), 2);
    assert_eq!(added.scenarios[1].id, sid("scenario-1"));
    assert!(added.scenarios[1].steps.is_empty());

    let renamed = after(
        &before,
        ScenarioEdit::RenameScenario {
            scenario: sid("story"),
            lang: Lang::Ko,
            name: "새 이야기".to_owned(),
        },
    );
    assert_eq!(
        renamed.scenarios[0].name,
        Text::both("The story", "새 이야기")
    );

    let deleted = after(
        &before,
        ScenarioEdit::DeleteScenario {
            scenario: sid("story"),
        },
    );
    assert!(deleted.scenarios.is_empty());
    for edit in [
        ScenarioEdit::RenameScenario {
            scenario: sid("nope"),
            lang: Lang::En,
            name: String::new(),
        },
        ScenarioEdit::DeleteScenario {
            scenario: sid("nope"),
        },
        ScenarioEdit::DuplicateScenario {
            scenario: sid("nope"),
            name: Text::default(),
        },
    ] {
        refused_on(&before, edit, &CommandError::UnknownScenario(sid("nope")));
    }
}

#[test]
fn duplicate_scenario_gives_fresh_ids_right_after_it() {
    let mut before = story_fixture();
    before.scenarios.push(Scenario {
        id: sid("last"),
        name: Text::en("Last"),
        steps: Vec::new(),
    });
    let copied = after(
        &before,
        ScenarioEdit::DuplicateScenario {
            scenario: sid("story"),
            name: Text::en("Copy"),
        },
    );
    let ids = |s: &Session| {
        s.scenarios
            .iter()
            .map(|x| x.id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&copied), ["story", "scenario-1", "last"]);
    let (original, copy) = (&copied.scenarios[0], &copied.scenarios[1]);
    assert_eq!(copy.name, Text::en("Copy"));
    let step_ids = copy
        .steps
        .iter()
        .map(|s| s.id.to_string())
        .collect::<Vec<_>>();
    assert_eq!(step_ids, ["step-3", "step-4"], "fresh, distinct step ids");
    for (a, b) in original.steps.iter().zip(&copy.steps) {
        assert_eq!((&a.title, &a.board), (&b.title, &b.board));
    }
    assert!(peacemap::io::validate(&copied).is_empty());
}

#[test]
fn capture_step_goes_after_the_step_named_or_first() {
    let before = story_fixture();
    let mut live = before.board.clone();
    live.tracks[0].progress_pct = 99.0;
    let capture = |after: Option<StepId>| ScenarioEdit::CaptureStep {
        scenario: sid("story"),
        after,
        title: Text::en("Captured"),
        date: Text::en("2020"),
        board: Box::new(live.clone()),
    };
    let order = |s: &Session| {
        s.scenarios[0]
            .steps
            .iter()
            .map(|x| x.id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        order(&after(&before, capture(None))),
        ["step-3", "step-1", "step-2"]
    );
    assert_eq!(
        order(&after(&before, capture(Some(stid("step-1"))))),
        ["step-1", "step-3", "step-2"]
    );
    let last = after(&before, capture(Some(stid("step-2"))));
    assert_eq!(order(&last), ["step-1", "step-2", "step-3"]);
    let step = &last.scenarios[0].steps[2];
    assert_eq!(step.board, live);
    assert_eq!(
        (&step.title, &step.date, &step.notes, &step.source),
        (
            &Text::en("Captured"),
            &Text::en("2020"),
            &Text::default(),
            &Source::Unstated
        )
    );
    refused_on(
        &before,
        capture(Some(stid("step-9"))),
        &CommandError::UnknownStep {
            scenario: sid("story"),
            step: stid("step-9"),
        },
    );
    let mut elsewhere = capture(None);
    if let ScenarioEdit::CaptureStep { scenario, .. } = &mut elsewhere {
        *scenario = sid("nope");
    }
    refused_on(
        &before,
        elsewhere,
        &CommandError::UnknownScenario(sid("nope")),
    );
}

#[test]
fn edit_step_changes_one_text_in_one_language() {
    let before = story_fixture();
    for field in [StepField::Title, StepField::Date, StepField::Notes] {
        let edited = after(
            &before,
            ScenarioEdit::EditStep {
                scenario: sid("story"),
                step: stid("step-2"),
                field,
                lang: Lang::Ko,
                text: "바뀜".to_owned(),
            },
        );
        let (old, new) = (&before.scenarios[0].steps[1], &edited.scenarios[0].steps[1]);
        let (old_text, new_text) = match field {
            StepField::Title => (&old.title, &new.title),
            StepField::Date => (&old.date, &new.date),
            StepField::Notes => (&old.notes, &new.notes),
        };
        assert_eq!(new_text.ko, "바뀜", "{field:?}");
        assert_eq!(new_text.en, old_text.en, "{field:?}: English kept");
        let mut expected = old.clone();
        match field {
            StepField::Title => expected.title = new_text.clone(),
            StepField::Date => expected.date = new_text.clone(),
            StepField::Notes => expected.notes = new_text.clone(),
        }
        assert_eq!(new, &expected, "{field:?}: nothing else changed");
    }
    refused_on(
        &before,
        ScenarioEdit::EditStep {
            scenario: sid("story"),
            step: stid("step-9"),
            field: StepField::Title,
            lang: Lang::En,
            text: String::new(),
        },
        &CommandError::UnknownStep {
            scenario: sid("story"),
            step: stid("step-9"),
        },
    );
}

#[test]
fn delete_and_move_steps() {
    let mut before = story_fixture();
    let third = Step {
        id: stid("step-3"),
        ..before.scenarios[0].steps[0].clone()
    };
    before.scenarios[0].steps.push(third);
    let order = |s: &Session| {
        s.scenarios[0]
            .steps
            .iter()
            .map(|x| x.id.to_string())
            .collect::<Vec<_>>()
    };
    let deleted = after(
        &before,
        ScenarioEdit::DeleteStep {
            scenario: sid("story"),
            step: stid("step-2"),
        },
    );
    assert_eq!(order(&deleted), ["step-1", "step-3"]);
    let moved = |to: usize| {
        after(
            &before,
            ScenarioEdit::MoveStep {
                scenario: sid("story"),
                step: stid("step-1"),
                to,
            },
        )
    };
    assert_eq!(order(&moved(1)), ["step-2", "step-1", "step-3"]);
    assert_eq!(order(&moved(2)), ["step-2", "step-3", "step-1"]);
    assert_eq!(order(&moved(99)), ["step-2", "step-3", "step-1"], "clamped");
    let mut same = before.clone();
    assert_eq!(
        Command::from(ScenarioEdit::MoveStep {
            scenario: sid("story"),
            step: stid("step-1"),
            to: 0,
        })
        .apply(&mut same),
        Ok(false)
    );
    for edit in [
        ScenarioEdit::DeleteStep {
            scenario: sid("story"),
            step: stid("step-9"),
        },
        ScenarioEdit::MoveStep {
            scenario: sid("story"),
            step: stid("step-9"),
            to: 0,
        },
    ] {
        refused_on(
            &before,
            edit,
            &CommandError::UnknownStep {
                scenario: sid("story"),
                step: stid("step-9"),
            },
        );
    }
}

#[test]
fn labels_name_what_they_move_in_both_languages() {
    let session = story_fixture();
    let cases = [
        (
            Command::from(BoardEdit::MoveSeat {
                participant: pid("rok"),
                from: track_id(1),
                to: track_id(2),
                at: None,
            }),
            "Move ROK to Track 2",
            "ROK을(를) Track 2(으)로 이동",
        ),
        (
            Command::from(SessionEdit::MoveTrack {
                track: track_id(1),
                to: 1,
            }),
            "Move Track 1 to lane 2",
            "Track 1을(를) 2번 차로로 이동",
        ),
        (
            Command::from(SessionEdit::MoveTrack {
                track: track_id(1),
                to: 99,
            }),
            "Move Track 1 to lane 2",
            "Track 1을(를) 2번 차로로 이동",
        ),
        (
            Command::from(SessionEdit::AddTrack {
                track: new_track("Energy"),
                at: None,
            }),
            "Add the track Energy",
            "트랙 Energy 추가",
        ),
        (
            Command::from(SessionEdit::RemoveParticipant {
                participant: pid("us"),
            }),
            "Remove the participant US",
            "참여자 US 삭제",
        ),
        (
            Command::from(ScenarioEdit::CaptureStep {
                scenario: sid("story"),
                after: None,
                title: Text::both("Talks", "회담"),
                date: Text::default(),
                board: Box::default(),
            }),
            "Capture the step Talks in The story",
            "이야기에 단계 회담 기록",
        ),
        (
            Command::from(ScenarioEdit::MoveStep {
                scenario: sid("story"),
                step: stid("step-2"),
                to: 0,
            }),
            "Move the step Later",
            "단계 Later (한) 이동",
        ),
        (
            Command::from(ScenarioEdit::DeleteScenario {
                scenario: sid("story"),
            }),
            "Delete the scenario The story",
            "시나리오 이야기 삭제",
        ),
    ];
    for (command, english, korean) in cases {
        assert_eq!(command.label(&session), Text::both(english, korean));
    }
}
