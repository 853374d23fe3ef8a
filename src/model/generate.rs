//! Generated sessions for benchmarks and stress tests: as many tracks,
//! chips and milestones as asked, with varied but deterministic values.

use super::{
    Armistice, Board, BorderQuestion, CURRENT_VERSION, ConveneGate, Milestone, MilestoneId,
    Participant, ParticipantId, ParticipantKind, Rgb, Role, SanctionsStage, Seat, Session, StageId,
    StageState, StageStatus, Track, TrackId, TrackMinimum, TrackState, TrackStatus,
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
            short_label: format!("P{i}"),
            full_name: format!("Participant number {i}"),
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
            name: format!("Generated track {}", t + 1),
            summary: format!("Track {} of a generated stress session.", t + 1),
            format: "Many parties".to_owned(),
            format_explained: "Every generated participant sits at this table.".to_owned(),
            weight: 1.0 + (t % 3) as f32 * 0.5,
            milestones: (0..milestones_per_track)
                .map(|m| Milestone {
                    id: MilestoneId::new(format!("m-{}-{}", t + 1, m + 1)),
                    name: format!("Milestone {}", m + 1),
                    position_pct: ((m + 1) * 100 / (milestones_per_track + 1)) as f32,
                })
                .collect(),
            precedents: vec!["A generated precedent".to_owned()],
            notes: String::new(),
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
                })
                .collect(),
        })
        .collect();
    let sanctions: Vec<SanctionsStage> = (0..4)
        .map(|s| SanctionsStage {
            id: StageId::new(format!("stage-{}", s + 1)),
            name: format!("Generated stage {}", s + 1),
            measures: vec!["A measure".to_owned(), "Another measure".to_owned()],
            acting_body: "New UN Security Council resolution".to_owned(),
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
        title: format!("Stress session: {} tracks", tracks.len()),
        description: "Generated for benchmarks.".to_owned(),
        participants,
        tracks,
        sanctions,
        border: BorderQuestion {
            options: Vec::new(),
            armistice: Armistice {
                question: "A generated question?".to_owned(),
                notes: String::new(),
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
