//! Generated sessions for benchmarks and stress tests: as many tracks,
//! chips and milestones as asked, with varied but deterministic values.

use super::{
    Armistice, Attribution, Board, BorderQuestion, CURRENT_VERSION, ConveneGate, Milestone,
    MilestoneId, Participant, ParticipantId, ParticipantKind, Precedent, Rgb, Role, SanctionsStage,
    Seat, Session, Source, StageId, StageState, StageStatus, Text, Track, TrackId, TrackMinimum,
    TrackState, TrackStatus,
};

/// A session of `tracks` lanes, each with `seats_per_track` chips and
/// `milestones_per_track` milestones. Deterministic for given sizes.
pub fn stress_session(
    tracks: usize,
    seats_per_track: usize,
    milestones_per_track: usize,
) -> Session {
    let participants: Vec<Participant> = (0..seats_per_track.max(1))
        .map(|i| Participant {
            id: ParticipantId::new(format!("p-{i}")),
            short_label: Text::en(format!("P{i}")),
            full_name: Text::en(format!("Participant number {i}")),
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
            name: Text::en(format!("Generated track {}", t + 1)),
            summary: Text::en(format!("Track {} of a generated stress session.", t + 1)),
            source: Source::illustrative(),
            format: Text::en("Many parties"),
            format_explained: Text::en("Every generated participant sits at this table."),
            weight: 1.0 + (t % 3) as f32 * 0.5,
            milestones: (0..milestones_per_track)
                .map(|m| Milestone {
                    id: MilestoneId::new(format!("m-{}-{}", t + 1, m + 1)),
                    name: Text::en(format!("Milestone {}", m + 1)),
                    position_pct: ((m + 1) * 100 / (milestones_per_track + 1)) as f32,
                    source: Source::illustrative(),
                })
                .collect(),
            precedents: vec![Precedent {
                text: Text::en("A generated precedent"),
                source: Source::illustrative(),
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
                    source: Source::illustrative(),
                })
                .collect(),
        })
        .collect();
    let sanctions: Vec<SanctionsStage> = (0..4)
        .map(|s| SanctionsStage {
            id: StageId::new(format!("stage-{}", s + 1)),
            name: Text::en(format!("Generated stage {}", s + 1)),
            source: Source::illustrative(),
            measures: vec![Text::en("A measure"), Text::en("Another measure")],
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
        attribution: Attribution::default(),
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
    }
}
