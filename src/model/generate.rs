//! Generated sessions for benchmarks and stress tests: as many tracks,
//! chips and milestones as asked, with varied but deterministic values:
//! text in English, in Korean or in both, and every kind of source; and
//! stories of as many scenarios and steps as asked, on any session
//! ([`add_story`]).

use std::collections::HashSet;

use super::{
    Armistice, Attribution, Board, BorderQuestion, BorderStatus, CURRENT_VERSION, ConveneGate,
    Milestone, MilestoneId, Participant, ParticipantId, ParticipantKind, Precedent,
    RatificationStatus, Rgb, Role, SanctionsStage, Scenario, ScenarioId, Seat, Session, Source,
    StageId, StageState, StageStatus, Step, StepId, Text, Track, TrackId, TrackMinimum, TrackState,
    TrackStatus,
};

/// The part of the generated source work that work sources name.
const PART: &str = "Generated proposal";

/// The `n`th source of a generated session: every kind in turn.
fn source(n: usize) -> Source {
    match n % 4 {
        0 => Source::Work {
            part: PART.to_owned(),
            detail: Text::both(format!("item {n}"), format!("항목 {n}")),
        },
        1 => Source::Context {
            citation: Text::both(format!("Generated treaty {n}"), format!("생성된 조약 {n}")),
            date: format!("{}-01-01", 1950 + n % 70),
        },
        2 => Source::Illustrative {
            note: Text::en("Made up to fill the board."),
        },
        _ => Source::Unstated,
    }
}

/// The `n`th text of a generated session: English only, Korean only, or
/// both, in turn.
fn text(n: usize, en: String, ko: String) -> Text {
    match n % 3 {
        0 => Text::en(en),
        1 => Text::both("", ko),
        _ => Text::both(en, ko),
    }
}

/// A session of `tracks` lanes, each with `seats_per_track` chips and
/// `milestones_per_track` milestones, with an attribution and sources of
/// every kind. Deterministic for given sizes.
pub fn stress_session(
    tracks: usize,
    seats_per_track: usize,
    milestones_per_track: usize,
) -> Session {
    let participants: Vec<Participant> = (0..seats_per_track.max(1))
        .map(|i| Participant {
            id: ParticipantId::new(format!("p-{i}")),
            short_label: Text::en(format!("P{i}")),
            full_name: text(
                i,
                format!("Participant number {i}"),
                format!("참가자 {i}번"),
            ),
            colour: Rgb(
                (40 + i * 37 % 200) as u8,
                (60 + i * 53 % 180) as u8,
                (80 + i * 71 % 160) as u8,
            ),
            kind: if i % 5 == 4 {
                ParticipantKind::InternationalBody
            } else {
                ParticipantKind::State
            },
        })
        .collect();
    let tracks: Vec<Track> = (0..tracks)
        .map(|t| Track {
            id: TrackId::new(format!("track-{}", t + 1)),
            name: Text::both(
                format!("Generated track {}", t + 1),
                format!("생성된 트랙 {}", t + 1),
            ),
            summary: text(
                t,
                format!("Track {} of a generated stress session.", t + 1),
                format!("생성된 스트레스 세션의 {}번 트랙.", t + 1),
            ),
            source: source(t),
            format: Text::en("Many parties"),
            format_explained: Text::en("Every generated participant sits at this table."),
            weight: 1.0 + (t % 3) as f32 * 0.5,
            milestones: (0..milestones_per_track)
                .map(|m| Milestone {
                    id: MilestoneId::new(format!("m-{}-{}", t + 1, m + 1)),
                    name: text(
                        m + 2,
                        format!("Milestone {}", m + 1),
                        format!("이정표 {}", m + 1),
                    ),
                    position_pct: ((m + 1) * 100 / (milestones_per_track + 1)) as f32,
                    source: source(t + m),
                })
                .collect(),
            precedents: vec![Precedent {
                text: Text::both("A generated precedent", "생성된 선례"),
                source: source(t + 1),
            }],
            notes: Text::default(),
        })
        .collect();
    let track_states = tracks
        .iter()
        .enumerate()
        .map(|(t, track)| TrackState {
            track: track.id.clone(),
            progress_pct: ((t * 17) % 101) as f32,
            status: TrackStatus::ALL[t % TrackStatus::ALL.len()],
            seats: participants
                .iter()
                .take(seats_per_track)
                .enumerate()
                .map(|(i, p)| Seat {
                    participant: p.id.clone(),
                    role: Role::ALL[(i + t) % Role::ALL.len()],
                    source: source(i + t),
                })
                .collect(),
        })
        .collect();
    let sanctions: Vec<SanctionsStage> = (0..4)
        .map(|s| SanctionsStage {
            id: StageId::new(format!("stage-{}", s + 1)),
            name: Text::both(
                format!("Generated stage {}", s + 1),
                format!("생성된 단계 {}", s + 1),
            ),
            source: source(s),
            measures: vec![Text::en("A measure"), Text::both("", "다른 조치")],
            acting_body: Text::en("New UN Security Council resolution"),
            threshold_pct: 20.0 * (s + 1) as f32,
            track_minimums: tracks
                .first()
                .map(|t| TrackMinimum {
                    track: t.id.clone(),
                    min_pct: 10.0 * s as f32,
                })
                .into_iter()
                .collect(),
        })
        .collect::<Vec<SanctionsStage>>();
    let stage_states = sanctions
        .iter()
        .map(|s| StageState {
            stage: s.id.clone(),
            status: StageStatus::Planned,
        })
        .collect();
    let regional_gate = tracks.last().map(|t| ConveneGate {
        track: t.id.clone(),
        threshold_pct: 35.0,
    });
    Session {
        version: CURRENT_VERSION,
        title: Text::en(format!("Stress session: {} tracks", tracks.len())),
        description: Text::en("Generated for benchmarks."),
        attribution: Attribution {
            author: Text::en("A generator"),
            title: Text::both("A generated proposal", "생성된 제안"),
            published: Text::en("Nowhere, never"),
            url: String::new(),
            standing: Text::en("Made up for benchmarks."),
            summary: Text::en("Proposes as many tracks as asked."),
            board_is: Text::en("A generated board: every number is made up."),
            parts: vec![Text::both(PART, "생성된 제안")],
        },
        participants,
        tracks,
        sanctions,
        border: BorderQuestion {
            options: Vec::new(),
            armistice: Armistice {
                question: Text::en("A generated question?"),
                notes: Text::default(),
            },
        },
        board: Board {
            tracks: track_states,
            stages: stage_states,
            border_options: Vec::new(),
            ratifications: Vec::new(),
            regional_gate,
        },
        scenarios: Vec::new(),
    }
}

/// [`stress_session`] with a story: `scenarios` scenarios of
/// `steps_per_scenario` steps each, added by [`add_story`].
pub fn stress_session_with_story(
    tracks: usize,
    seats_per_track: usize,
    milestones_per_track: usize,
    scenarios: usize,
    steps_per_scenario: usize,
) -> Session {
    let mut session = stress_session(tracks, seats_per_track, milestones_per_track);
    add_story(&mut session, scenarios, steps_per_scenario);
    session
}

/// Adds `scenarios` scenarios of `steps_per_scenario` steps each to
/// `session`, after any it has. Each step is a varied copy of the live
/// board: progress, track, stage and border statuses, ratifications and the
/// gate's threshold change from step to step, and one participant moves
/// from one table to the next (keeping role and source). Titles, dates and
/// notes are bilingual, sources of every kind. Ids are fresh (`scenario-N`,
/// `step-N` that the session does not use yet); the result is valid when
/// `session` is. Deterministic for given sizes.
pub fn add_story(session: &mut Session, scenarios: usize, steps_per_scenario: usize) {
    let mut scenario_ids: HashSet<String> = session
        .scenarios
        .iter()
        .map(|s| s.id.as_str().to_owned())
        .collect();
    let mut step_ids: HashSet<String> = session
        .scenarios
        .iter()
        .flat_map(|s| &s.steps)
        .map(|step| step.id.as_str().to_owned())
        .collect();
    let fresh = |prefix: &str, taken: &mut HashSet<String>| {
        let id = (1..=u64::MAX)
            .map(|n| format!("{prefix}-{n}"))
            .find(|id| !taken.contains(id))
            .unwrap_or_else(|| format!("{prefix}-new"));
        taken.insert(id.clone());
        id
    };
    for s in 0..scenarios {
        let id = ScenarioId::new(fresh("scenario", &mut scenario_ids));
        let steps = (0..steps_per_scenario)
            .map(|k| {
                let n = s * steps_per_scenario + k;
                Step {
                    id: StepId::new(fresh("step", &mut step_ids)),
                    title: text(
                        n,
                        format!("Generated step {}", k + 1),
                        format!("생성된 단계 {}", k + 1),
                    ),
                    date: Text::both(format!("{}", 2019 + k / 4), format!("{}년", 2019 + k / 4)),
                    notes: text(
                        n + 1,
                        format!("What happens at step {} of story {}.", k + 1, s + 1),
                        format!("이야기 {}의 {}단계에서 일어나는 일.", s + 1, k + 1),
                    ),
                    source: story_source(session, n),
                    board: varied_board(&session.board, s, k),
                }
            })
            .collect();
        session.scenarios.push(Scenario {
            id,
            name: Text::both(
                format!("Generated story {}", s + 1),
                format!("생성된 이야기 {}", s + 1),
            ),
            steps,
        });
    }
}

/// The `n`th step source: every kind in turn, a work source naming the
/// session's first part (or, without parts, an illustration).
fn story_source(session: &Session, n: usize) -> Source {
    match n % 4 {
        0 => session.attribution.parts.first().map_or(
            Source::Illustrative {
                note: Text::default(),
            },
            |part| Source::Work {
                part: Attribution::part_key(part).to_owned(),
                detail: Text::both(format!("step {n}"), format!("{n}단계")),
            },
        ),
        1 => Source::Context {
            citation: Text::both(format!("Generated event {n}"), format!("생성된 사건 {n}")),
            date: format!("{}-06-12", 2018 + n % 8),
        },
        2 => Source::Illustrative {
            note: Text::en("An invented step."),
        },
        _ => Source::Unstated,
    }
}

/// A copy of `board` for step `step` of scenario `scenario`: progress and
/// statuses shifted, one participant moved to the next table.
fn varied_board(board: &Board, scenario: usize, step: usize) -> Board {
    let mut board = board.clone();
    let shift = scenario * 13 + step * 7;
    for (t, state) in board.tracks.iter_mut().enumerate() {
        state.progress_pct = ((state.progress_pct.round() as usize + shift + t * 5) % 101) as f32;
        state.status = TrackStatus::ALL[(shift + t) % TrackStatus::ALL.len()];
    }
    for (i, stage) in board.stages.iter_mut().enumerate() {
        stage.status = StageStatus::ALL[(step + i) % StageStatus::ALL.len()];
    }
    for (i, option) in board.border_options.iter_mut().enumerate() {
        option.status = BorderStatus::ALL[(scenario + step + i) % BorderStatus::ALL.len()];
    }
    for (i, ratification) in board.ratifications.iter_mut().enumerate() {
        ratification.status = RatificationStatus::ALL[(step + i) % RatificationStatus::ALL.len()];
    }
    if let Some(gate) = &mut board.regional_gate {
        gate.threshold_pct = (20 + shift % 60) as f32;
    }
    move_one_seat(&mut board, shift);
    board
}

/// Moves the first seat of table `shift % n` that the next table does not
/// have to the end of the next table; when every participant there also
/// sits at the next table, moves that table's first seat to its end.
fn move_one_seat(board: &mut Board, shift: usize) {
    let count = board.tracks.len();
    if count == 0 {
        return;
    }
    let from = shift % count;
    let to = (from + 1) % count;
    let movable = board.tracks[from].seats.iter().position(|seat| {
        !board.tracks[to]
            .seats
            .iter()
            .any(|s| s.participant == seat.participant)
    });
    match movable {
        Some(index) if to != from => {
            let seat = board.tracks[from].seats.remove(index);
            board.tracks[to].seats.push(seat);
        }
        _ => {
            let seats = &mut board.tracks[from].seats;
            if !seats.is_empty() {
                seats.rotate_left(1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_story_has_the_sizes_asked_and_fresh_ids() {
        let mut session = stress_session_with_story(4, 3, 2, 2, 5);
        assert_eq!(session.scenarios.len(), 2);
        assert!(session.scenarios.iter().all(|s| s.steps.len() == 5));
        add_story(&mut session, 1, 3);
        let steps: HashSet<&str> = session
            .scenarios
            .iter()
            .flat_map(|s| &s.steps)
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(steps.len(), 13, "step ids are fresh");
        let scenarios: HashSet<&str> = session.scenarios.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(scenarios.len(), 3, "scenario ids are fresh");
    }

    #[test]
    fn step_boards_vary_and_move_seats() {
        let mut session = crate::io::bundled_session().expect("the bundled session opens");
        let before = session.scenarios.len();
        add_story(&mut session, 1, 4);
        assert!(crate::io::validate(&session).is_empty());
        let boards: Vec<&Board> = session.scenarios[before]
            .steps
            .iter()
            .map(|s| &s.board)
            .collect();
        for pair in boards.windows(2) {
            assert_ne!(pair[0], pair[1]);
        }
        let counts = |board: &Board| {
            board
                .tracks
                .iter()
                .map(|t| t.seats.len())
                .collect::<Vec<_>>()
        };
        assert!(
            boards.iter().any(|b| counts(b) != counts(&session.board)),
            "a seat moved to another table"
        );
        let seats = |board: &Board| {
            board
                .tracks
                .iter()
                .map(|t| {
                    t.seats
                        .iter()
                        .map(|s| s.participant.clone())
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        };
        for board in &boards {
            assert_ne!(seats(board), seats(&session.board), "a seat moved");
        }
        let total = |board: &Board| board.tracks.iter().map(|t| t.seats.len()).sum::<usize>();
        assert_eq!(total(boards[0]), total(&session.board), "moved, not lost");
    }

    #[test]
    fn a_stress_story_is_valid_and_reorders_full_tables() {
        let session = stress_session_with_story(5, 4, 2, 2, 6);
        assert!(
            crate::io::validate(&session).is_empty(),
            "{:?}",
            crate::io::validate(&session)
        );
        let first = &session.scenarios[0].steps[0].board;
        assert_ne!(first.tracks[0].seats, session.board.tracks[0].seats);
    }
}
