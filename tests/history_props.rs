//! Undo and redo under any sequence of edits: from the bundled session,
//! with or without a story, a random run of 1–30 commands of every kind —
//! board edits on the live board and on steps, session edits (tracks,
//! participants, milestones, stages), scenario and step edits — applied
//! through `Document::apply`, with gestures ended between some of them and
//! not others (so that coalescing is exercised). Commands are made against
//! the session as it is when they are applied: they name ids that exist
//! most of the time, and sometimes ones that do not. Then:
//!
//! - a command that fails, or says it changed nothing, changed nothing;
//! - undoing everything gives back exactly the original session;
//! - redoing everything gives exactly the end state.

#![allow(
    clippy::expect_used,
    reason = "helpers outside #[test] functions; a failure there is a test failure"
)]

use peacemap::command::{BoardEdit, Command, ScenarioEdit, SessionEdit, StepField};
use peacemap::document::Document;
use peacemap::io::bundled_session;
use peacemap::model::generate::add_story;
use peacemap::model::{
    BoardRef, BorderOptionId, BorderStatus, Lang, MilestoneId, Participant, ParticipantId,
    ParticipantKind, RatificationStatus, Rgb, Role, SanctionsStage, ScenarioId, Session, Source,
    StageId, StageStatus, StepId, Text, Track, TrackId, TrackStatus,
};
use proptest::prelude::*;

/// The random numbers one command is made from, against the session as it
/// is when the command is applied.
#[derive(Clone, Debug)]
struct Draw {
    /// Which kind of command.
    kind: u8,
    /// Picks ids, places and values.
    a: u32,
    b: u32,
    c: u32,
    /// One time in eight, an id that does not exist.
    missing: u8,
    /// End the gesture after this command.
    end_gesture: bool,
}

fn draw() -> impl Strategy<Value = Draw> {
    (
        any::<u8>(),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        any::<u8>(),
        any::<bool>(),
    )
        .prop_map(|(kind, a, b, c, missing, end_gesture)| Draw {
            kind,
            a,
            b,
            c,
            missing,
            end_gesture,
        })
}

/// How many kinds of command [`make`] knows.
const KINDS: u8 = 34;

/// Picks the `n`th of `items` (wrapping), or, when `missing` says so or
/// there are none, an id that does not exist.
fn pick<T: Clone>(items: &[T], n: u32, missing: bool, absent: T) -> T {
    if missing || items.is_empty() {
        absent
    } else {
        items[n as usize % items.len()].clone()
    }
}

fn lang(n: u32) -> Lang {
    Lang::ALL[n as usize % 2]
}

/// A percentage, sometimes out of range or not a number (the command must
/// clamp it or refuse it).
fn pct(n: u32) -> f32 {
    match n % 16 {
        0 => f32::NAN,
        1 => 140.0,
        2 => -5.0,
        _ => (n % 101) as f32,
    }
}

/// The command `d` stands for, made against `session`.
fn make(session: &Session, d: &Draw) -> Command {
    let missing = d.missing.is_multiple_of(8);
    let tracks: Vec<TrackId> = session.tracks.iter().map(|t| t.id.clone()).collect();
    let participants: Vec<ParticipantId> =
        session.participants.iter().map(|p| p.id.clone()).collect();
    let scenarios: Vec<ScenarioId> = session.scenarios.iter().map(|s| s.id.clone()).collect();
    let steps: Vec<(ScenarioId, StepId)> = session
        .scenarios
        .iter()
        .flat_map(|s| s.steps.iter().map(|step| (s.id.clone(), step.id.clone())))
        .collect();
    let track = |n: u32| pick(&tracks, n, missing, TrackId::new("no-such-track"));
    let participant = |n: u32| {
        pick(
            &participants,
            n,
            missing,
            ParticipantId::new("no-such-participant"),
        )
    };
    let scenario = |n: u32| pick(&scenarios, n, missing, ScenarioId::new("no-such-scenario"));
    let step = |n: u32| {
        pick(
            &steps,
            n,
            missing,
            (
                scenarios
                    .first()
                    .cloned()
                    .unwrap_or_else(|| ScenarioId::new("no-such-scenario")),
                StepId::new("no-such-step"),
            ),
        )
    };
    // Board edits go to the live board or, half the time, to a step's.
    let on = if d.c.is_multiple_of(2) || steps.is_empty() {
        BoardRef::Live
    } else {
        let (scenario, step) = step(d.c / 2);
        BoardRef::Step { scenario, step }
    };
    let board = |edit: BoardEdit| Command::Board {
        on: on.clone(),
        edit,
    };
    let seated = |track_id: &TrackId| -> Vec<ParticipantId> {
        session
            .board_at(&on)
            .and_then(|b| b.track(track_id))
            .map(|t| t.seats.iter().map(|s| s.participant.clone()).collect())
            .unwrap_or_default()
    };
    let a_seat = |n: u32| {
        let track_id = track(n);
        let seats = seated(&track_id);
        let who = pick(&seats, n / 7, missing, participant(n / 7));
        (track_id, who)
    };
    match d.kind % KINDS {
        0 => board(BoardEdit::SetProgress {
            track: track(d.a),
            progress_pct: pct(d.b),
        }),
        1 => board(BoardEdit::SetTrackStatus {
            track: track(d.a),
            status: TrackStatus::ALL[d.b as usize % TrackStatus::ALL.len()],
        }),
        2 => board(BoardEdit::AddSeat {
            track: track(d.a),
            participant: participant(d.b),
            role: Role::ALL[d.b as usize % Role::ALL.len()],
            at: (!d.b.is_multiple_of(3)).then_some(d.b as usize % 6),
        }),
        3 => {
            let (from, who) = a_seat(d.a);
            board(BoardEdit::MoveSeat {
                participant: who,
                from,
                to: track(d.b),
                at: (!d.b.is_multiple_of(3)).then_some(d.b as usize % 6),
            })
        }
        4 => {
            let (track_id, who) = a_seat(d.a);
            board(BoardEdit::RemoveSeat {
                track: track_id,
                participant: who,
            })
        }
        5 => {
            let (track_id, who) = a_seat(d.a);
            board(BoardEdit::SetSeatRole {
                track: track_id,
                participant: who,
                role: Role::ALL[d.b as usize % Role::ALL.len()],
            })
        }
        6 => {
            let options: Vec<_> = session
                .border
                .options
                .iter()
                .map(|o| o.id.clone())
                .collect();
            board(BoardEdit::SetBorderStatus {
                option: pick(
                    &options,
                    d.a,
                    missing,
                    BorderOptionId::new("no-such-option"),
                ),
                status: BorderStatus::ALL[d.b as usize % BorderStatus::ALL.len()],
            })
        }
        7 => {
            let ratifiers: Vec<ParticipantId> = session
                .board_at(&on)
                .map(|b| {
                    b.ratifications
                        .iter()
                        .map(|r| r.participant.clone())
                        .collect()
                })
                .unwrap_or_default();
            board(BoardEdit::SetRatification {
                participant: pick(&ratifiers, d.a, missing, participant(d.a)),
                status: RatificationStatus::ALL[d.b as usize % 2],
            })
        }
        8 => {
            let stages: Vec<StageId> = session.sanctions.iter().map(|s| s.id.clone()).collect();
            board(BoardEdit::SetStageStatus {
                stage: pick(&stages, d.a, missing, StageId::new("no-such-stage")),
                status: StageStatus::ALL[d.b as usize % StageStatus::ALL.len()],
            })
        }
        9 => board(BoardEdit::SetGateThreshold {
            threshold_pct: pct(d.a),
        }),
        10 => Command::Session(SessionEdit::RenameTrack {
            track: track(d.a),
            lang: lang(d.b),
            name: format!("Track {}", d.b % 50),
        }),
        11 => Command::Session(SessionEdit::SetTrackFormat {
            track: track(d.a),
            lang: lang(d.b),
            format: format!("Format {}", d.b % 5),
        }),
        12 => Command::Session(SessionEdit::SetTrackNotes {
            track: track(d.a),
            lang: lang(d.b),
            notes: format!("Notes {}\nover two lines", d.b % 5),
        }),
        13 => Command::Session(SessionEdit::SetTrackWeight {
            track: track(d.a),
            weight: if d.b.is_multiple_of(9) {
                f32::INFINITY
            } else {
                (d.b % 4) as f32 * 0.5
            },
        }),
        14 => Command::Session(SessionEdit::AddMilestone {
            track: track(d.a),
            lang: lang(d.b),
            name: format!("Milestone {}", d.b % 20),
            position_pct: pct(d.b),
        }),
        15 | 16 => {
            let track_id = track(d.a);
            let milestones: Vec<MilestoneId> = session
                .track(&track_id)
                .map(|t| t.milestones.iter().map(|m| m.id.clone()).collect())
                .unwrap_or_default();
            let milestone = pick(&milestones, d.b, missing, MilestoneId::new("no-such-m"));
            if d.kind % KINDS == 15 {
                Command::Session(SessionEdit::RemoveMilestone {
                    track: track_id,
                    milestone,
                })
            } else {
                Command::Session(SessionEdit::EditMilestone {
                    track: track_id,
                    milestone,
                    lang: lang(d.b),
                    name: format!("Edited {}", d.b % 9),
                    position_pct: pct(d.b / 3),
                })
            }
        }
        17 => Command::Session(SessionEdit::SetArmisticeNotes {
            lang: lang(d.a),
            notes: format!("Armistice notes {}", d.a % 7),
        }),
        18 => {
            let Some(stage) = session
                .sanctions
                .get(d.a as usize % session.sanctions.len().max(1))
            else {
                return Command::Session(SessionEdit::RemoveStage {
                    stage: StageId::new("no-such-stage"),
                });
            };
            let mut edited = stage.clone();
            edited.threshold_pct = pct(d.b);
            edited.name = Text::both(format!("Stage {}", d.b % 9), "단계");
            Command::Session(SessionEdit::EditStage {
                stage: if missing {
                    StageId::new("no-such-stage")
                } else {
                    stage.id.clone()
                },
                edited: Box::new(edited),
            })
        }
        19 => {
            // Half the time an id that is already taken.
            let id = match session.sanctions.first() {
                Some(first) if d.b.is_multiple_of(2) => first.id.clone(),
                _ => StageId::new(format!("stage-new-{}", d.a % 1000)),
            };
            Command::Session(SessionEdit::AddStage {
                stage: Box::new(SanctionsStage {
                    id,
                    name: Text::en("A new stage"),
                    source: Source::Unstated,
                    measures: vec![Text::en("A measure")],
                    acting_body: Text::en("Someone"),
                    threshold_pct: pct(d.c),
                    track_minimums: Vec::new(),
                }),
            })
        }
        20 => {
            let stages: Vec<StageId> = session.sanctions.iter().map(|s| s.id.clone()).collect();
            Command::Session(SessionEdit::RemoveStage {
                stage: pick(&stages, d.a, missing, StageId::new("no-such-stage")),
            })
        }
        21 => Command::Session(SessionEdit::AddTrack {
            track: Box::new(Track {
                id: TrackId::new("ignored"),
                name: Text::both(format!("New track {}", d.a % 10), "새 트랙"),
                summary: Text::default(),
                source: Source::Unstated,
                format: Text::default(),
                format_explained: Text::default(),
                weight: 1.0,
                milestones: Vec::new(),
                precedents: Vec::new(),
                notes: Text::default(),
            }),
            at: (!d.b.is_multiple_of(3)).then_some(d.b as usize % 9),
        }),
        22 => Command::Session(SessionEdit::RemoveTrack { track: track(d.a) }),
        23 => Command::Session(SessionEdit::MoveTrack {
            track: track(d.a),
            to: d.b as usize % 9,
        }),
        24 => Command::Session(SessionEdit::AddParticipant {
            participant: Box::new(Participant {
                id: ParticipantId::new("ignored"),
                short_label: Text::en(format!("P{}", d.a % 10)),
                full_name: Text::en("A new participant"),
                colour: Rgb(10, 20, 30),
                kind: ParticipantKind::ALL[d.a as usize % 2],
            }),
        }),
        25 => Command::Session(SessionEdit::RemoveParticipant {
            participant: participant(d.a),
        }),
        26 => Command::Scenario(ScenarioEdit::AddScenario {
            name: Text::both(format!("Story {}", d.a % 10), "이야기"),
        }),
        27 => Command::Scenario(ScenarioEdit::DuplicateScenario {
            scenario: scenario(d.a),
            name: Text::en(format!("Copy {}", d.a % 10)),
        }),
        28 => Command::Scenario(ScenarioEdit::RenameScenario {
            scenario: scenario(d.a),
            lang: lang(d.b),
            name: format!("Renamed {}", d.b % 10),
        }),
        29 => Command::Scenario(ScenarioEdit::DeleteScenario {
            scenario: scenario(d.a),
        }),
        30 => {
            let scenario_id = scenario(d.a);
            let in_it: Vec<StepId> = session
                .scenario(&scenario_id)
                .map(|s| s.steps.iter().map(|step| step.id.clone()).collect())
                .unwrap_or_default();
            let after =
                (!d.b.is_multiple_of(3)).then(|| pick(&in_it, d.b, missing, StepId::new("nope")));
            let board = session.board_at(&on).cloned().unwrap_or_default();
            Command::Scenario(ScenarioEdit::CaptureStep {
                scenario: scenario_id,
                after,
                title: Text::both(format!("Step {}", d.b % 10), "단계"),
                date: Text::en(format!("{}", 2018 + d.b % 5)),
                board: Box::new(board),
            })
        }
        31 => {
            let (scenario_id, step_id) = step(d.a);
            Command::Scenario(ScenarioEdit::EditStep {
                scenario: scenario_id,
                step: step_id,
                field: [StepField::Title, StepField::Date, StepField::Notes][d.b as usize % 3],
                lang: lang(d.b / 3),
                text: format!("Edited text {}", d.b % 11),
            })
        }
        32 => {
            let (scenario_id, step_id) = step(d.a);
            Command::Scenario(ScenarioEdit::DeleteStep {
                scenario: scenario_id,
                step: step_id,
            })
        }
        _ => {
            let (scenario_id, step_id) = step(d.a);
            Command::Scenario(ScenarioEdit::MoveStep {
                scenario: scenario_id,
                step: step_id,
                to: d.b as usize % 8,
            })
        }
    }
}

/// The bundled session, with a generated story of 1–2 scenarios of 3
/// steps when `story` is set (besides any story the bundled file tells).
fn start(story: Option<usize>) -> Session {
    let mut session = bundled_session().expect("the bundled session opens");
    if let Some(scenarios) = story {
        add_story(&mut session, scenarios, 3);
    }
    session
}

/// Applies the draws to a document holding `original`; checks that failed
/// and empty commands change nothing; returns the end state and the
/// document.
fn run(original: &Session, draws: &[Draw]) -> Result<(Session, Document), TestCaseError> {
    let mut document = Document::new(original.clone());
    let mut now = 0.0;
    for d in draws {
        let before = document.session().clone();
        let command = make(&before, d);
        now += 0.1;
        match document.apply(command.clone(), now) {
            Ok(true) => {}
            Ok(false) => prop_assert_eq!(
                document.session(),
                &before,
                "{:?} said it changed nothing",
                command
            ),
            Err(error) => prop_assert_eq!(
                document.session(),
                &before,
                "{:?} failed ({}) but changed the session",
                command,
                error
            ),
        }
        if d.end_gesture {
            document.end_gesture();
        }
    }
    Ok((document.session().clone(), document))
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        ..ProptestConfig::default()
    })]

    #[test]
    fn undoing_everything_restores_the_original_and_redoing_gives_the_end(
        story in prop_oneof![Just(None), (1_usize..=2).prop_map(Some)],
        draws in proptest::collection::vec(draw(), 1..=30),
    ) {
        let original = start(story);
        let (end, mut document) = run(&original, &draws)?;
        let mut undone = 0;
        while document.undo().is_some() {
            undone += 1;
            prop_assert!(undone <= draws.len(), "more undo steps than commands");
        }
        prop_assert!(document.session() == &original, "undo all did not restore the original");
        let mut redone = 0;
        while document.redo().is_some() {
            redone += 1;
        }
        prop_assert_eq!(redone, undone, "as many redo steps as undo steps");
        prop_assert!(document.session() == &end, "redo all did not give the end state");
    }
}

/// The generator reaches every kind of command and both boards: a run of
/// draws over every kind, from a session with a story, applies commands of
/// each kind and changes something with most of them.
#[test]
fn the_draws_make_every_kind_of_command_and_most_succeed() {
    let session = start(Some(2));
    let mut document = Document::new(session);
    let mut changed_kinds = std::collections::BTreeSet::new();
    let mut on_a_step = false;
    for round in 0..4_u32 {
        for kind in 0..KINDS {
            let d = Draw {
                kind,
                a: round * 7 + 3,
                b: round * 5 + 4,
                c: round,
                missing: 1,
                end_gesture: true,
            };
            let command = make(document.session(), &d);
            if matches!(
                command,
                Command::Board {
                    on: BoardRef::Step { .. },
                    ..
                }
            ) {
                on_a_step = true;
            }
            if document.apply(command, f64::from(round)).unwrap_or(false) {
                changed_kinds.insert(kind);
            }
            document.end_gesture();
        }
    }
    assert!(on_a_step, "some board edits are aimed at steps");
    assert!(
        changed_kinds.len() >= usize::from(KINDS) - 3,
        "kinds that never changed anything: {:?}",
        (0..KINDS)
            .filter(|k| !changed_kinds.contains(k))
            .collect::<Vec<_>>()
    );
}
