//! Sessions for the file-layer tests and benchmarks: valid by construction,
//! of any size.
#![allow(
    dead_code,
    clippy::expect_used,
    reason = "each test file uses a different part; a failure here is a test failure"
)]

use peacemap::model::{
    Armistice, Attribution, Board, BorderOption, BorderOptionId, BorderOptionKind,
    BorderOptionState, BorderQuestion, BorderStatus, CURRENT_VERSION, ConveneGate, Milestone,
    MilestoneId, Participant, ParticipantId, ParticipantKind, Precedent, Ratification,
    RatificationStatus, Rgb, Role, SanctionsStage, Seat, Session, Source, StageId, StageState,
    StageStatus, Text, Track, TrackId, TrackMinimum, TrackState, TrackStatus,
};

/// The part of the generated source work that work sources name.
const PART: &str = "A generated proposal";

/// The `n`th source: the work, added context, illustrative, unstated, in turn.
fn source(n: usize) -> Source {
    match n % 4 {
        0 => Source::Work {
            part: PART.to_owned(),
            detail: Text::both(format!("item {n}"), format!("{n}번 항목")),
        },
        1 => Source::Context {
            citation: Text::en(format!("A real treaty, article {n}")),
            date: "1975-08-01".to_owned(),
        },
        2 => Source::illustrative(),
        _ => Source::Unstated,
    }
}

/// A valid session with `tracks` tracks, each with `seats` seats (there are
/// as many participants) and `milestones` milestones; text fields hold
/// `text_len` characters of prose with quotes, accents and Korean. Names
/// are bilingual, notes English only, and items have sources of every kind.
pub fn session(tracks: usize, seats: usize, milestones: usize, text_len: usize) -> Session {
    let prose = prose(text_len);
    let participants: Vec<Participant> = (0..seats.max(2))
        .map(|i| Participant {
            id: ParticipantId::new(format!("p-{i}")),
            short_label: Text::both(format!("P{i}"), format!("참{i}")),
            full_name: format!("Participant {i}: {prose}").into(),
            colour: Rgb(
                (i * 37 % 256) as u8,
                (i * 91 % 256) as u8,
                (i * 13 % 256) as u8,
            ),
            kind: if i % 3 == 0 {
                ParticipantKind::InternationalBody
            } else {
                ParticipantKind::State
            },
        })
        .collect();
    let tracks: Vec<Track> = (0..tracks)
        .map(|t| Track {
            source: source(t),
            id: TrackId::new(format!("track-{}", t + 1)),
            name: Text::both(format!("Track {}", t + 1), format!("트랙 {}", t + 1)),
            summary: prose.clone().into(),
            format: "Two plus two".into(),
            format_explained: prose.clone().into(),
            weight: (t % 4) as f32 * 0.5,
            milestones: (0..milestones)
                .map(|m| Milestone {
                    source: source(t + m),
                    id: MilestoneId::new(format!("m-{}-{}", t + 1, m + 1)),
                    name: Text::both(format!("Milestone {m}: \"{prose}\""), format!("이정표 {m}")),
                    position_pct: (m * 100 / milestones.max(1)) as f32,
                })
                .collect(),
            precedents: vec![Precedent {
                text: Text::en(format!("Helsinki Final Act (1975): {prose}")),
                source: source(t + 1),
            }],
            notes: format!("{prose}\nSecond line, with a tab\tand a backslash \\.").into(),
        })
        .collect();
    let track_states = (0..tracks.len())
        .map(|t| TrackState {
            track: tracks[t].id.clone(),
            progress_pct: (t * 7 % 100) as f32 + 0.25,
            status: TrackStatus::ALL[t % TrackStatus::ALL.len()],
            seats: (0..seats)
                .map(|s| Seat {
                    source: source(s + t),
                    participant: participants[s].id.clone(),
                    role: Role::ALL[(s + t) % Role::ALL.len()],
                })
                .collect(),
        })
        .collect();
    let sanctions: Vec<SanctionsStage> = (0..4)
        .map(|s| SanctionsStage {
            source: source(s),
            id: StageId::new(format!("stage-{}", s + 1)),
            name: format!("Stage {}", s + 1).into(),
            measures: vec![prose.clone().into(), "Food and medicine".into()],
            acting_body: "New UN Security Council resolution".into(),
            threshold_pct: (s * 25) as f32,
            track_minimums: tracks
                .iter()
                .take(s)
                .map(|t| TrackMinimum {
                    track: t.id.clone(),
                    min_pct: 10.0 * s as f32,
                })
                .collect(),
        })
        .collect();
    let stage_states = (0..sanctions.len())
        .map(|s| StageState {
            stage: sanctions[s].id.clone(),
            status: StageStatus::ALL[s % StageStatus::ALL.len()],
        })
        .collect();
    let regional_gate = tracks.last().map(|t| ConveneGate {
        track: t.id.clone(),
        threshold_pct: 35.0,
    });
    Session {
        attribution: Attribution {
            author: Text::both("A generator", "생성기"),
            title: Text::en("A generated proposal"),
            published: Text::en("Nowhere, never"),
            url: String::new(),
            standing: Text::en("Generated for tests."),
            summary: Text::en(prose.clone()),
            board_is: Text::en("Every number is made up."),
            parts: vec![Text::en(PART)],
        },
        version: CURRENT_VERSION,
        title: "Generated session".into(),
        description: prose.clone().into(),
        participants,
        tracks,
        sanctions,
        border: BorderQuestion {
            options: vec![
                BorderOption {
                    source: Source::Unstated,
                    id: BorderOptionId::new("border-mdl"),
                    kind: BorderOptionKind::PermanentMdl,
                    name: "Permanent border on the MDL".into(),
                    summary: prose.clone().into(),
                    precedent: "Helsinki".into(),
                },
                BorderOption {
                    source: Source::Unstated,
                    id: BorderOptionId::new("border-interim"),
                    kind: BorderOptionKind::Interim,
                    name: "Interim border".into(),
                    summary: prose.clone().into(),
                    precedent: "Helsinki".into(),
                },
            ],
            armistice: Armistice {
                question: "What replaces the armistice?".into(),
                notes: prose.into(),
            },
        },
        board: Board {
            tracks: track_states,
            stages: stage_states,
            border_options: vec![
                BorderOptionState {
                    option: BorderOptionId::new("border-mdl"),
                    status: BorderStatus::OnTable,
                },
                BorderOptionState {
                    option: BorderOptionId::new("border-interim"),
                    status: BorderStatus::Preferred,
                },
            ],
            ratifications: vec![Ratification {
                participant: ParticipantId::new("p-0"),
                status: RatificationStatus::Pending,
            }],
            regional_gate,
        },
        scenarios: Vec::new(),
    }
}

/// Prose of about `len` characters, with the characters that need care.
fn prose(len: usize) -> String {
    const PIECE: &str = "The parties' \"joint\" statement — 남북 정상회담, café, 100% agreed. ";
    PIECE.chars().cycle().take(len).collect()
}

/// A session whose text is about `bytes` long: a few hundred tracks of
/// the largest size the app allows, with long notes.
pub fn session_of_size(bytes: usize) -> Session {
    // One 30-seat, 20-milestone track with 200-character prose is about
    // 15.2 kB of text in format 3 (bilingual names and a source on every
    // item; it was 11.5 kB in format 2).
    let tracks = (bytes / 15_200).max(1);
    session(tracks, 30, 20, 200)
}
