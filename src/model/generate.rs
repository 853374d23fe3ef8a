//! Generated sessions for benchmarks and stress tests: as many tracks,
//! chips and milestones as asked, with varied but deterministic values:
//! text in English, in Korean or in both, and every kind of source.

use super::{
    Armistice, Attribution, Board, BorderQuestion, CURRENT_VERSION, ConveneGate, Milestone,
    MilestoneId, Participant, ParticipantId, ParticipantKind, Precedent, Rgb, Role, SanctionsStage,
    Seat, Session, Source, StageId, StageState, StageStatus, Text, Track, TrackId, TrackMinimum,
    TrackState, TrackStatus,
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
