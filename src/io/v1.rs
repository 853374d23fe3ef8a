//! File format version 1, frozen: the session as it was saved before the
//! board state moved out of the tracks (Peacemap 0.1). Never edit these
//! structs; they must keep reading every version-1 file ever written.
//!
//! The enums (`TrackStatus`, `Role`, …) and id newtypes are shared with the
//! current model: neither version 2 nor 3 changed them. If a later version
//! does, copy the old enum in here first. The types version 2 kept from
//! version 1 but version 3 changed (participants, seats, the armistice) are
//! read as the frozen version-2 types of `src/io/v2.rs`, and [`migrate_v1`]
//! produces a version-2 session, which `migrate_v2` takes on from there.

use serde::Deserialize;

use super::v2::{
    ArmisticeV2, BoardV2, BorderOptionV2, BorderQuestionV2, MilestoneV2, ParticipantV2,
    SanctionsStageV2, SeatV2, SessionV2, TrackStateV2, TrackV2,
};
use crate::model::{
    BorderOptionId, BorderOptionKind, BorderOptionState, BorderStatus, ConveneGate, MilestoneId,
    Ratification, StageId, StageState, StageStatus, TrackId, TrackMinimum, TrackStatus,
};

/// A version-1 session.
#[derive(Debug, Deserialize)]
#[serde(rename = "Session", deny_unknown_fields)]
pub(crate) struct SessionV1 {
    version: u32,
    title: String,
    description: String,
    participants: Vec<ParticipantV2>,
    tracks: Vec<TrackV1>,
    sanctions: Vec<SanctionsStageV1>,
    border: BorderQuestionV1,
    regional_gate: Option<ConveneGate>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Track")]
struct TrackV1 {
    id: TrackId,
    // Kept apart from lane order in version 1 and never checked; version 2
    // numbers lanes by their order, so it is read and dropped.
    #[expect(
        dead_code,
        reason = "read to accept version-1 files; lanes are numbered by order now"
    )]
    number: u32,
    name: String,
    summary: String,
    format: String,
    format_explained: String,
    seats: Vec<SeatV2>,
    progress_pct: f32,
    status: TrackStatus,
    weight: f32,
    milestones: Vec<MilestoneV1>,
    precedents: Vec<String>,
    notes: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Milestone")]
struct MilestoneV1 {
    name: String,
    position_pct: f32,
    // Version 1 stored it and overwrote it on every progress change;
    // version 2 derives it from progress, so it is read and dropped.
    #[expect(
        dead_code,
        reason = "read to accept version-1 files; derived from progress now"
    )]
    reached: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "SanctionsStage")]
struct SanctionsStageV1 {
    id: StageId,
    name: String,
    measures: Vec<String>,
    acting_body: String,
    threshold_pct: f32,
    track_minimums: Vec<TrackMinimum>,
    status: StageStatus,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "BorderQuestion")]
struct BorderQuestionV1 {
    options: Vec<BorderOptionV1>,
    armistice: ArmisticeV2,
    ratifications: Vec<Ratification>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "BorderOption")]
struct BorderOptionV1 {
    id: BorderOptionId,
    kind: BorderOptionKind,
    name: String,
    summary: String,
    precedent: String,
    status: BorderStatus,
}

impl SessionV1 {
    /// The version the file said (1, or the file would not be here).
    pub(crate) fn version(&self) -> u32 {
        self.version
    }
}

/// Version 1 → version 2: each track's progress, status and seats, each
/// stage's and border option's status, the ratifications and the regional
/// gate move onto the live board; milestones get ids `m-<lane>-<n>` in
/// file order; `number` and `reached` are dropped (lanes are numbered by
/// order, and reached is derived from progress).
pub(crate) fn migrate_v1(old: SessionV1) -> SessionV2 {
    let mut board = BoardV2 {
        regional_gate: old.regional_gate,
        ratifications: old.border.ratifications,
        tracks: Vec::new(),
        stages: Vec::new(),
        border_options: Vec::new(),
    };
    let mut tracks = Vec::with_capacity(old.tracks.len());
    for (lane, track) in old.tracks.into_iter().enumerate() {
        board.tracks.push(TrackStateV2 {
            track: track.id.clone(),
            progress_pct: track.progress_pct,
            status: track.status,
            seats: track.seats,
        });
        tracks.push(TrackV2 {
            id: track.id,
            name: track.name,
            summary: track.summary,
            format: track.format,
            format_explained: track.format_explained,
            weight: track.weight,
            milestones: track
                .milestones
                .into_iter()
                .enumerate()
                .map(|(n, m)| MilestoneV2 {
                    id: MilestoneId::new(format!("m-{}-{}", lane + 1, n + 1)),
                    name: m.name,
                    position_pct: m.position_pct,
                })
                .collect(),
            precedents: track.precedents,
            notes: track.notes,
        });
    }
    let sanctions = old
        .sanctions
        .into_iter()
        .map(|stage| {
            board.stages.push(StageState {
                stage: stage.id.clone(),
                status: stage.status,
            });
            SanctionsStageV2 {
                id: stage.id,
                name: stage.name,
                measures: stage.measures,
                acting_body: stage.acting_body,
                threshold_pct: stage.threshold_pct,
                track_minimums: stage.track_minimums,
            }
        })
        .collect();
    let options = old
        .border
        .options
        .into_iter()
        .map(|option| {
            board.border_options.push(BorderOptionState {
                option: option.id.clone(),
                status: option.status,
            });
            BorderOptionV2 {
                id: option.id,
                kind: option.kind,
                name: option.name,
                summary: option.summary,
                precedent: option.precedent,
            }
        })
        .collect();
    SessionV2 {
        version: 2,
        title: old.title,
        description: old.description,
        participants: old.participants,
        tracks,
        sanctions,
        border: BorderQuestionV2 {
            options,
            armistice: old.border.armistice,
        },
        board,
    }
}
