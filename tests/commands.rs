//! `Command::apply`, the only writer of the document: each command changes
//! exactly what it says, and a refused command changes nothing.

use peacemap::command::{Command, CommandError};
use peacemap::model::{
    Armistice, BorderOption, BorderOptionId, BorderOptionKind, BorderQuestion, BorderStatus,
    Milestone, Participant, ParticipantId, ParticipantKind, Ratification, RatificationStatus, Rgb,
    Role, SanctionsStage, Seat, Session, StageId, StageStatus, Track, TrackId, TrackStatus,
};

fn participant(id: &str) -> Participant {
    Participant {
        id: ParticipantId::new(id),
        short_label: id.to_uppercase(),
        full_name: format!("Participant {id}"),
        colour: Rgb(100, 100, 100),
        kind: ParticipantKind::State,
    }
}

fn seat(participant: &str, role: Role) -> Seat {
    Seat {
        participant: ParticipantId::new(participant),
        role,
    }
}

fn milestone(name: &str, position_pct: f32, reached: bool) -> Milestone {
    Milestone {
        name: name.to_owned(),
        position_pct,
        reached,
    }
}

fn track(n: u32, progress_pct: f32, milestones: Vec<Milestone>, seats: Vec<Seat>) -> Track {
    Track {
        id: track_id(n),
        number: n,
        name: format!("Track {n}"),
        summary: "Summary".to_owned(),
        format: "Format".to_owned(),
        format_explained: "Format explained".to_owned(),
        seats,
        progress_pct,
        status: TrackStatus::UnderWay,
        weight: 1.0,
        milestones,
        precedents: Vec::new(),
        notes: "Notes".to_owned(),
    }
}

fn track_id(n: u32) -> TrackId {
    TrackId::new(format!("track-{n}"))
}

fn pid(id: &str) -> ParticipantId {
    ParticipantId::new(id)
}

/// A small session: three participants, two tracks, one stage, one border
/// option and one ratifier. Track 1 stands at 20% with signs at 10, 30, 60.
fn fixture() -> Session {
    Session {
        version: 1,
        title: "Fixture".to_owned(),
        description: String::new(),
        participants: ["rok", "dprk", "us"].map(participant).to_vec(),
        tracks: vec![
            track(
                1,
                20.0,
                vec![
                    milestone("First", 10.0, true),
                    milestone("Second", 30.0, false),
                    milestone("Third", 60.0, false),
                ],
                vec![
                    seat("rok", Role::Negotiator),
                    seat("dprk", Role::Negotiator),
                ],
            ),
            track(2, 0.0, Vec::new(), vec![seat("us", Role::Observer)]),
        ],
        sanctions: vec![SanctionsStage {
            id: StageId::new("stage-1"),
            name: "Stage one".to_owned(),
            measures: vec!["Something".to_owned()],
            acting_body: "UNSC".to_owned(),
            threshold_pct: 20.0,
            track_minimums: Vec::new(),
            status: StageStatus::Planned,
        }],
        border: BorderQuestion {
            options: vec![BorderOption {
                id: BorderOptionId::new("border-mdl"),
                kind: BorderOptionKind::PermanentMdl,
                name: "On the MDL".to_owned(),
                summary: String::new(),
                precedent: String::new(),
                status: BorderStatus::OnTable,
            }],
            armistice: Armistice {
                question: "What replaces it?".to_owned(),
                notes: "Old notes".to_owned(),
            },
            ratifications: vec![Ratification {
                participant: pid("us"),
                status: RatificationStatus::Pending,
            }],
        },
        regional_gate: None,
    }
}

/// Applies `command` to the fixture and returns the result.
#[track_caller]
fn applied(command: Command) -> Session {
    let mut session = fixture();
    if let Err(e) = command.apply(&mut session) {
        panic!("the command applies: {e}");
    }
    session
}

/// Applies `command` to the fixture, expects `error` and an unchanged session.
#[track_caller]
fn assert_refused(command: Command, error: &CommandError) {
    let before = fixture();
    let mut session = before.clone();
    assert_eq!(command.apply(&mut session).as_ref(), Err(error));
    assert_eq!(
        session, before,
        "a refused command leaves the session unchanged"
    );
}

fn reached(session: &Session, track: usize) -> Vec<bool> {
    session.tracks[track]
        .milestones
        .iter()
        .map(|m| m.reached)
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
    let session = applied(Command::SetProgress {
        track: track_id(1),
        progress_pct: 45.0,
    });
    let mut expected = fixture();
    expected.tracks[0].progress_pct = 45.0;
    expected.tracks[0].milestones[1].reached = true;
    assert_eq!(session, expected);
}

#[test]
fn set_progress_reaches_a_milestone_exactly_at_the_marker() {
    let session = applied(Command::SetProgress {
        track: track_id(1),
        progress_pct: 30.0,
    });
    assert_eq!(reached(&session, 0), [true, true, false]);
}

#[test]
fn set_progress_backwards_unreaches_milestones() {
    let session = applied(Command::SetProgress {
        track: track_id(1),
        progress_pct: 5.0,
    });
    assert_eq!(reached(&session, 0), [false, false, false]);
}

#[test]
fn set_progress_clamps_to_the_range() {
    let session = applied(Command::SetProgress {
        track: track_id(1),
        progress_pct: 150.0,
    });
    assert!((session.tracks[0].progress_pct - 100.0).abs() < f32::EPSILON);
    assert_eq!(reached(&session, 0), [true, true, true]);

    let session = applied(Command::SetProgress {
        track: track_id(1),
        progress_pct: -5.0,
    });
    assert!(session.tracks[0].progress_pct.abs() < f32::EPSILON);
    assert!(session.tracks[0].progress_pct >= 0.0);
    assert_eq!(reached(&session, 0), [false, false, false]);
}

#[test]
fn set_progress_touches_only_its_track() {
    let session = applied(Command::SetProgress {
        track: track_id(2),
        progress_pct: 70.0,
    });
    let mut expected = fixture();
    expected.tracks[1].progress_pct = 70.0;
    assert_eq!(session, expected);
}

#[test]
fn set_progress_rejects_non_finite_numbers() {
    for bad in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY] {
        assert_refused(
            Command::SetProgress {
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
        Command::SetProgress {
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
    let session = applied(Command::SetTrackStatus {
        track: track_id(1),
        status: TrackStatus::Stalled,
    });
    let mut expected = fixture();
    expected.tracks[0].status = TrackStatus::Stalled;
    assert_eq!(session, expected);
}

#[test]
fn rename_track_changes_only_the_name() {
    let session = applied(Command::RenameTrack {
        track: track_id(2),
        name: "Economic measures".to_owned(),
    });
    let mut expected = fixture();
    expected.tracks[1].name = "Economic measures".to_owned();
    assert_eq!(session, expected);
}

#[test]
fn set_track_format_changes_only_the_format() {
    let session = applied(Command::SetTrackFormat {
        track: track_id(1),
        format: "Two plus two".to_owned(),
    });
    let mut expected = fixture();
    expected.tracks[0].format = "Two plus two".to_owned();
    assert_eq!(session, expected);
}

#[test]
fn set_track_notes_changes_only_the_notes() {
    let session = applied(Command::SetTrackNotes {
        track: track_id(1),
        notes: "New notes".to_owned(),
    });
    let mut expected = fixture();
    expected.tracks[0].notes = "New notes".to_owned();
    assert_eq!(session, expected);
}

#[test]
fn track_field_commands_on_an_unknown_track_are_refused() {
    let error = CommandError::UnknownTrack(unknown_track());
    assert_refused(
        Command::SetTrackStatus {
            track: unknown_track(),
            status: TrackStatus::Agreed,
        },
        &error,
    );
    assert_refused(
        Command::RenameTrack {
            track: unknown_track(),
            name: "X".to_owned(),
        },
        &error,
    );
    assert_refused(
        Command::SetTrackFormat {
            track: unknown_track(),
            format: "X".to_owned(),
        },
        &error,
    );
    assert_refused(
        Command::SetTrackNotes {
            track: unknown_track(),
            notes: "X".to_owned(),
        },
        &error,
    );
    assert_refused(
        Command::SetTrackWeight {
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
    let session = applied(Command::SetTrackWeight {
        track: track_id(2),
        weight: 1.5,
    });
    let mut expected = fixture();
    expected.tracks[1].weight = 1.5;
    assert_eq!(session, expected);
}

#[test]
fn set_track_weight_raises_negative_weights_to_zero() {
    let session = applied(Command::SetTrackWeight {
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
            Command::SetTrackWeight {
                track: track_id(1),
                weight: bad,
            },
            &CommandError::NotFinite("weight"),
        );
    }
}

// ---------------------------------------------------------------------------
// Milestones

#[test]
fn add_milestone_keeps_milestones_sorted() {
    let session = applied(Command::AddMilestone {
        track: track_id(1),
        milestone: milestone("Between", 45.0, false),
    });
    assert_eq!(positions(&session, 0), [10.0, 30.0, 45.0, 60.0]);
    let mut expected = fixture();
    expected.tracks[0]
        .milestones
        .insert(2, milestone("Between", 45.0, false));
    assert_eq!(session, expected);

    let first = applied(Command::AddMilestone {
        track: track_id(1),
        milestone: milestone("Start", 0.0, true),
    });
    assert_eq!(positions(&first, 0), [0.0, 10.0, 30.0, 60.0]);
    assert_eq!(first.tracks[0].milestones[0].name, "Start");

    let last = applied(Command::AddMilestone {
        track: track_id(1),
        milestone: milestone("End", 100.0, false),
    });
    assert_eq!(positions(&last, 0), [10.0, 30.0, 60.0, 100.0]);
}

#[test]
fn add_milestone_at_an_existing_position_goes_after_it() {
    let session = applied(Command::AddMilestone {
        track: track_id(1),
        milestone: milestone("Twin", 30.0, false),
    });
    let names: Vec<&str> = session.tracks[0]
        .milestones
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(names, ["First", "Second", "Twin", "Third"]);
}

#[test]
fn add_milestone_to_an_empty_track() {
    let session = applied(Command::AddMilestone {
        track: track_id(2),
        milestone: milestone("Only", 50.0, false),
    });
    let mut expected = fixture();
    expected.tracks[1].milestones = vec![milestone("Only", 50.0, false)];
    assert_eq!(session, expected);
}

#[test]
fn add_milestone_clamps_its_position() {
    let session = applied(Command::AddMilestone {
        track: track_id(1),
        milestone: milestone("Beyond", 250.0, false),
    });
    assert_eq!(positions(&session, 0), [10.0, 30.0, 60.0, 100.0]);
    let session = applied(Command::AddMilestone {
        track: track_id(1),
        milestone: milestone("Before", -10.0, true),
    });
    assert_eq!(positions(&session, 0), [0.0, 10.0, 30.0, 60.0]);
}

#[test]
fn add_milestone_is_refused_for_nan_or_an_unknown_track() {
    assert_refused(
        Command::AddMilestone {
            track: track_id(1),
            milestone: milestone("Nowhere", f32::NAN, false),
        },
        &CommandError::NotFinite("position"),
    );
    assert_refused(
        Command::AddMilestone {
            track: unknown_track(),
            milestone: milestone("Lost", 50.0, false),
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

#[test]
fn remove_milestone_removes_exactly_that_one() {
    let session = applied(Command::RemoveMilestone {
        track: track_id(1),
        index: 1,
    });
    let mut expected = fixture();
    expected.tracks[0].milestones.remove(1);
    assert_eq!(session, expected);
    assert_eq!(positions(&session, 0), [10.0, 60.0]);
}

#[test]
fn remove_milestone_out_of_range_is_refused() {
    assert_refused(
        Command::RemoveMilestone {
            track: track_id(1),
            index: 3,
        },
        &CommandError::UnknownMilestone {
            track: track_id(1),
            index: 3,
        },
    );
    assert_refused(
        Command::RemoveMilestone {
            track: track_id(2),
            index: 0,
        },
        &CommandError::UnknownMilestone {
            track: track_id(2),
            index: 0,
        },
    );
    assert_refused(
        Command::RemoveMilestone {
            track: unknown_track(),
            index: 0,
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

#[test]
fn edit_milestone_replaces_exactly_that_one() {
    let session = applied(Command::EditMilestone {
        track: track_id(1),
        index: 1,
        milestone: milestone("Renamed", 35.0, false),
    });
    let mut expected = fixture();
    expected.tracks[0].milestones[1] = milestone("Renamed", 35.0, false);
    assert_eq!(session, expected);
}

#[test]
fn edit_milestone_clamps_its_position() {
    let session = applied(Command::EditMilestone {
        track: track_id(1),
        index: 2,
        milestone: milestone("Far", 400.0, false),
    });
    assert_eq!(positions(&session, 0), [10.0, 30.0, 100.0]);
}

#[test]
fn edit_milestone_is_refused_for_a_bad_index_nan_or_an_unknown_track() {
    assert_refused(
        Command::EditMilestone {
            track: track_id(1),
            index: 7,
            milestone: milestone("Missing", 50.0, false),
        },
        &CommandError::UnknownMilestone {
            track: track_id(1),
            index: 7,
        },
    );
    assert_refused(
        Command::EditMilestone {
            track: track_id(1),
            index: 0,
            milestone: milestone("Nowhere", f32::NAN, false),
        },
        &CommandError::NotFinite("position"),
    );
    assert_refused(
        Command::EditMilestone {
            track: unknown_track(),
            index: 0,
            milestone: milestone("Lost", 50.0, false),
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

// ---------------------------------------------------------------------------
// Seats

#[test]
fn add_seat_seats_a_participant() {
    let session = applied(Command::AddSeat {
        track: track_id(1),
        participant: pid("us"),
        role: Role::Ratifier,
    });
    let mut expected = fixture();
    expected.tracks[0].seats.push(seat("us", Role::Ratifier));
    assert_eq!(session, expected);
}

#[test]
fn add_seat_for_someone_already_seated_changes_nothing() {
    let session = applied(Command::AddSeat {
        track: track_id(1),
        participant: pid("rok"),
        role: Role::Observer,
    });
    assert_eq!(session, fixture());
}

#[test]
fn add_seat_is_refused_for_unknown_participants_and_tracks() {
    assert_refused(
        Command::AddSeat {
            track: track_id(1),
            participant: pid("atlantis"),
            role: Role::Negotiator,
        },
        &CommandError::UnknownParticipant(pid("atlantis")),
    );
    assert_refused(
        Command::AddSeat {
            track: unknown_track(),
            participant: pid("us"),
            role: Role::Negotiator,
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

#[test]
fn remove_seat_unseats_exactly_that_participant() {
    let session = applied(Command::RemoveSeat {
        track: track_id(1),
        participant: pid("rok"),
    });
    let mut expected = fixture();
    expected.tracks[0].seats.remove(0);
    assert_eq!(session, expected);
}

#[test]
fn remove_seat_is_refused_when_not_seated_or_unknown() {
    // Known participant, but not at this table.
    assert_refused(
        Command::RemoveSeat {
            track: track_id(1),
            participant: pid("us"),
        },
        &CommandError::NotSeated {
            track: track_id(1),
            participant: pid("us"),
        },
    );
    assert_refused(
        Command::RemoveSeat {
            track: unknown_track(),
            participant: pid("rok"),
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
}

#[test]
fn set_seat_role_changes_only_that_role() {
    let session = applied(Command::SetSeatRole {
        track: track_id(1),
        participant: pid("dprk"),
        role: Role::Implementer,
    });
    let mut expected = fixture();
    expected.tracks[0].seats[1].role = Role::Implementer;
    assert_eq!(session, expected);
}

#[test]
fn set_seat_role_is_refused_when_not_seated_or_unknown() {
    assert_refused(
        Command::SetSeatRole {
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
        Command::SetSeatRole {
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
    let session = applied(Command::SetBorderStatus {
        option: BorderOptionId::new("border-mdl"),
        status: BorderStatus::Preferred,
    });
    let mut expected = fixture();
    expected.border.options[0].status = BorderStatus::Preferred;
    assert_eq!(session, expected);
}

#[test]
fn set_border_status_of_an_unknown_option_is_refused() {
    let unknown = BorderOptionId::new("border-moon");
    assert_refused(
        Command::SetBorderStatus {
            option: unknown.clone(),
            status: BorderStatus::Agreed,
        },
        &CommandError::UnknownBorderOption(unknown),
    );
}

#[test]
fn set_ratification_changes_only_that_ratifier() {
    let session = applied(Command::SetRatification {
        participant: pid("us"),
        status: RatificationStatus::Ratified,
    });
    let mut expected = fixture();
    expected.border.ratifications[0].status = RatificationStatus::Ratified;
    assert_eq!(session, expected);
}

#[test]
fn set_ratification_for_a_non_ratifier_is_refused() {
    // The ROK is a participant, but not a ratifier.
    assert_refused(
        Command::SetRatification {
            participant: pid("rok"),
            status: RatificationStatus::Ratified,
        },
        &CommandError::NotARatifier(pid("rok")),
    );
}

#[test]
fn set_stage_status_changes_only_that_stage() {
    let session = applied(Command::SetStageStatus {
        stage: StageId::new("stage-1"),
        status: StageStatus::Granted,
    });
    let mut expected = fixture();
    expected.sanctions[0].status = StageStatus::Granted;
    assert_eq!(session, expected);
}

#[test]
fn set_stage_status_of_an_unknown_stage_is_refused() {
    assert_refused(
        Command::SetStageStatus {
            stage: StageId::new("stage-9"),
            status: StageStatus::Requested,
        },
        &CommandError::UnknownStage(StageId::new("stage-9")),
    );
}

#[test]
fn set_armistice_notes_changes_only_the_notes() {
    let session = applied(Command::SetArmisticeNotes {
        notes: "A peace treaty replaces it".to_owned(),
    });
    let mut expected = fixture();
    expected.border.armistice.notes = "A peace treaty replaces it".to_owned();
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
            index: 4,
        }
        .to_string(),
        "track \"track-1\" has no milestone number 4"
    );
    assert_eq!(
        CommandError::NotFinite("progress").to_string(),
        "progress must be a finite number"
    );
}

#[test]
fn progress_commands_on_one_track_coalesce() {
    let drag = |progress_pct| Command::SetProgress {
        track: track_id(1),
        progress_pct,
    };
    assert!(drag(10.0).coalesce_key().is_some());
    assert_eq!(drag(10.0).coalesce_key(), drag(55.0).coalesce_key());
    let other_track = Command::SetProgress {
        track: track_id(2),
        progress_pct: 10.0,
    };
    assert_ne!(drag(10.0).coalesce_key(), other_track.coalesce_key());
    let weight = Command::SetTrackWeight {
        track: track_id(1),
        weight: 1.0,
    };
    assert!(weight.coalesce_key().is_some());
    assert_ne!(drag(10.0).coalesce_key(), weight.coalesce_key());
}

#[test]
fn typing_in_one_field_coalesces() {
    let rename = |name: &str| Command::RenameTrack {
        track: track_id(1),
        name: name.to_owned(),
    };
    assert_eq!(rename("A").coalesce_key(), rename("Ab").coalesce_key());
    let notes = |notes: &str| Command::SetArmisticeNotes {
        notes: notes.to_owned(),
    };
    assert!(notes("x").coalesce_key().is_some());
    assert_eq!(notes("x").coalesce_key(), notes("xy").coalesce_key());
    let edit = |index| Command::EditMilestone {
        track: track_id(1),
        index,
        milestone: milestone("M", 10.0, false),
    };
    assert_eq!(edit(0).coalesce_key(), edit(0).coalesce_key());
    assert_ne!(edit(0).coalesce_key(), edit(1).coalesce_key());
}

#[test]
fn discrete_commands_do_not_coalesce() {
    let discrete = [
        Command::SetTrackStatus {
            track: track_id(1),
            status: TrackStatus::Stalled,
        },
        Command::AddMilestone {
            track: track_id(1),
            milestone: milestone("M", 10.0, false),
        },
        Command::RemoveMilestone {
            track: track_id(1),
            index: 0,
        },
        Command::AddSeat {
            track: track_id(1),
            participant: pid("us"),
            role: Role::Observer,
        },
        Command::SetStageStatus {
            stage: StageId::new("stage-1"),
            status: StageStatus::Granted,
        },
    ];
    for command in discrete {
        assert_eq!(command.coalesce_key(), None, "{command:?}");
    }
}

#[test]
fn every_command_has_its_own_label() {
    let commands = [
        Command::SetProgress {
            track: track_id(1),
            progress_pct: 1.0,
        },
        Command::SetTrackStatus {
            track: track_id(1),
            status: TrackStatus::Agreed,
        },
        Command::RenameTrack {
            track: track_id(1),
            name: String::new(),
        },
        Command::SetTrackFormat {
            track: track_id(1),
            format: String::new(),
        },
        Command::SetTrackNotes {
            track: track_id(1),
            notes: String::new(),
        },
        Command::SetTrackWeight {
            track: track_id(1),
            weight: 1.0,
        },
        Command::AddMilestone {
            track: track_id(1),
            milestone: milestone("M", 1.0, false),
        },
        Command::RemoveMilestone {
            track: track_id(1),
            index: 0,
        },
        Command::EditMilestone {
            track: track_id(1),
            index: 0,
            milestone: milestone("M", 1.0, false),
        },
        Command::AddSeat {
            track: track_id(1),
            participant: pid("us"),
            role: Role::Observer,
        },
        Command::RemoveSeat {
            track: track_id(1),
            participant: pid("us"),
        },
        Command::SetSeatRole {
            track: track_id(1),
            participant: pid("us"),
            role: Role::Observer,
        },
        Command::SetBorderStatus {
            option: BorderOptionId::new("border-mdl"),
            status: BorderStatus::Agreed,
        },
        Command::SetRatification {
            participant: pid("us"),
            status: RatificationStatus::Ratified,
        },
        Command::SetStageStatus {
            stage: StageId::new("stage-1"),
            status: StageStatus::Granted,
        },
        Command::SetArmisticeNotes {
            notes: String::new(),
        },
    ];
    let labels: std::collections::HashSet<&str> = commands.iter().map(Command::label).collect();
    assert_eq!(labels.len(), commands.len(), "labels are distinct");
    assert!(
        labels
            .iter()
            .all(|label| !label.is_empty() && !label.ends_with('.'))
    );
}

// ---------------------------------------------------------------------------
// Editing the relief ladder and the regional gate

#[test]
fn edit_stage_replaces_content_but_keeps_the_id() {
    let mut edited = fixture().sanctions[0].clone();
    edited.id = StageId::new("ignored");
    edited.name = "Renamed stage".to_owned();
    edited.threshold_pct = 140.0;
    edited.measures = vec!["Only this".to_owned()];
    let session = applied(Command::EditStage {
        stage: StageId::new("stage-1"),
        edited,
    });
    let stage = &session.sanctions[0];
    assert_eq!(stage.id, StageId::new("stage-1"));
    assert_eq!(stage.name, "Renamed stage");
    assert!(
        (stage.threshold_pct - 100.0).abs() < f32::EPSILON,
        "threshold is clamped to 0-100"
    );
    assert_eq!(stage.measures, vec!["Only this".to_owned()]);
}

#[test]
fn edit_stage_refuses_unknown_tracks_and_nan() {
    let mut edited = fixture().sanctions[0].clone();
    edited.track_minimums = vec![peacemap::model::TrackMinimum {
        track: unknown_track(),
        min_pct: 10.0,
    }];
    assert_refused(
        Command::EditStage {
            stage: StageId::new("stage-1"),
            edited,
        },
        &CommandError::UnknownTrack(unknown_track()),
    );
    let mut edited = fixture().sanctions[0].clone();
    edited.threshold_pct = f32::NAN;
    assert_refused(
        Command::EditStage {
            stage: StageId::new("stage-1"),
            edited,
        },
        &CommandError::NotFinite("threshold"),
    );
}

#[test]
fn add_and_remove_stage() {
    let mut stage = fixture().sanctions[0].clone();
    stage.id = StageId::new("stage-new");
    let session = applied(Command::AddStage {
        stage: stage.clone(),
    });
    assert_eq!(session.sanctions.last(), Some(&stage));
    let mut duplicate = stage.clone();
    duplicate.id = StageId::new("stage-1");
    assert_refused(
        Command::AddStage { stage: duplicate },
        &CommandError::DuplicateStage(StageId::new("stage-1")),
    );
    let session = applied(Command::RemoveStage {
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
fn edit_milestone_keeps_signs_in_road_order() {
    let first = fixture().tracks[0].milestones[0].clone();
    let moved = Milestone {
        position_pct: 99.0,
        ..first.clone()
    };
    let session = applied(Command::EditMilestone {
        track: track_id(1),
        index: 0,
        milestone: moved,
    });
    let positions: Vec<f32> = session.tracks[0]
        .milestones
        .iter()
        .map(|m| m.position_pct)
        .collect();
    let mut sorted = positions.clone();
    sorted.sort_by(f32::total_cmp);
    assert_eq!(positions, sorted);
    assert_eq!(
        session.tracks[0].milestones.last().map(|m| m.name.as_str()),
        Some(first.name.as_str())
    );
}
