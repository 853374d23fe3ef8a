//! File format version 2, frozen: the session as it was saved after the
//! board state moved out of the tracks and before text became bilingual and
//! items carried sources (Peacemap 0.2). Never edit these structs; they
//! must keep reading every version-2 file ever written.
//!
//! Only the types that version 3 changed are copied here; the enums
//! (`TrackStatus`, `Role`, …), the id newtypes and the unchanged structs
//! (`TrackMinimum`, `StageState`, `BorderOptionState`, `Ratification`,
//! `ConveneGate`, `Rgb`) are shared with the current model. If a later
//! version changes one of them, copy the old one in here first.

use serde::Deserialize;

use super::v3::SessionV3;

use crate::model::{
    Armistice, Attribution, Board, BorderOption, BorderOptionId, BorderOptionKind,
    BorderOptionState, BorderQuestion, ConveneGate, Milestone, MilestoneId, Participant,
    ParticipantId, ParticipantKind, Precedent, Ratification, Rgb, Role, SanctionsStage, Seat,
    Source, StageId, StageState, Text, Track, TrackId, TrackMinimum, TrackState, TrackStatus,
};

/// A version-2 session.
#[derive(Debug, Deserialize)]
#[serde(rename = "Session", deny_unknown_fields)]
pub(crate) struct SessionV2 {
    pub(super) version: u32,
    pub(super) title: String,
    pub(super) description: String,
    pub(super) participants: Vec<ParticipantV2>,
    pub(super) tracks: Vec<TrackV2>,
    pub(super) sanctions: Vec<SanctionsStageV2>,
    pub(super) border: BorderQuestionV2,
    pub(super) board: BoardV2,
}

/// A version-2 participant (plain-string labels); also version 1's.
#[derive(Debug, Deserialize)]
#[serde(rename = "Participant")]
pub(super) struct ParticipantV2 {
    pub(super) id: ParticipantId,
    pub(super) short_label: String,
    pub(super) full_name: String,
    pub(super) colour: Rgb,
    pub(super) kind: ParticipantKind,
}

/// A version-2 track definition.
#[derive(Debug, Deserialize)]
#[serde(rename = "Track")]
pub(super) struct TrackV2 {
    pub(super) id: TrackId,
    pub(super) name: String,
    pub(super) summary: String,
    pub(super) format: String,
    pub(super) format_explained: String,
    pub(super) weight: f32,
    pub(super) milestones: Vec<MilestoneV2>,
    pub(super) precedents: Vec<String>,
    pub(super) notes: String,
}

/// A version-2 milestone.
#[derive(Debug, Deserialize)]
#[serde(rename = "Milestone")]
pub(super) struct MilestoneV2 {
    pub(super) id: MilestoneId,
    pub(super) name: String,
    pub(super) position_pct: f32,
}

/// A version-2 sanctions relief stage.
#[derive(Debug, Deserialize)]
#[serde(rename = "SanctionsStage")]
pub(super) struct SanctionsStageV2 {
    pub(super) id: StageId,
    pub(super) name: String,
    pub(super) measures: Vec<String>,
    pub(super) acting_body: String,
    pub(super) threshold_pct: f32,
    pub(super) track_minimums: Vec<TrackMinimum>,
}

/// The version-2 border question.
#[derive(Debug, Deserialize)]
#[serde(rename = "BorderQuestion")]
pub(super) struct BorderQuestionV2 {
    pub(super) options: Vec<BorderOptionV2>,
    pub(super) armistice: ArmisticeV2,
}

/// A version-2 border option card.
#[derive(Debug, Deserialize)]
#[serde(rename = "BorderOption")]
pub(super) struct BorderOptionV2 {
    pub(super) id: BorderOptionId,
    pub(super) kind: BorderOptionKind,
    pub(super) name: String,
    pub(super) summary: String,
    pub(super) precedent: String,
}

/// The version-2 armistice question; also version 1's.
#[derive(Debug, Deserialize)]
#[serde(rename = "Armistice")]
pub(super) struct ArmisticeV2 {
    pub(super) question: String,
    pub(super) notes: String,
}

/// The version-2 live board.
#[derive(Debug, Deserialize)]
#[serde(rename = "Board", deny_unknown_fields)]
pub(super) struct BoardV2 {
    pub(super) tracks: Vec<TrackStateV2>,
    pub(super) stages: Vec<StageState>,
    pub(super) border_options: Vec<BorderOptionState>,
    pub(super) ratifications: Vec<Ratification>,
    pub(super) regional_gate: Option<ConveneGate>,
}

/// Where one track stands on a version-2 board.
#[derive(Debug, Deserialize)]
#[serde(rename = "TrackState")]
pub(super) struct TrackStateV2 {
    pub(super) track: TrackId,
    pub(super) progress_pct: f32,
    pub(super) status: TrackStatus,
    pub(super) seats: Vec<SeatV2>,
}

/// A version-2 seat (no source); also version 1's.
#[derive(Debug, Deserialize)]
#[serde(rename = "Seat")]
pub(super) struct SeatV2 {
    pub(super) participant: ParticipantId,
    pub(super) role: Role,
}

impl SessionV2 {
    /// The version the file said (2, or the file would not be here).
    pub(crate) fn version(&self) -> u32 {
        self.version
    }
}

/// Version 2 → version 3 (the frozen [`SessionV3`]): every text becomes English-only [`Text`],
/// precedents become [`Precedent`]s, every track, milestone, precedent,
/// relief stage, border option and seat gets [`Source::Unstated`] (nobody
/// said where it comes from), and the session an empty [`Attribution`].
pub(crate) fn migrate_v2(old: SessionV2) -> SessionV3 {
    SessionV3 {
        version: 3,
        title: Text::en(old.title),
        description: Text::en(old.description),
        attribution: Attribution::default(),
        participants: old
            .participants
            .into_iter()
            .map(migrate_participant)
            .collect(),
        tracks: old.tracks.into_iter().map(migrate_track).collect(),
        sanctions: old.sanctions.into_iter().map(migrate_stage).collect(),
        border: BorderQuestion {
            options: old
                .border
                .options
                .into_iter()
                .map(|option| BorderOption {
                    id: option.id,
                    kind: option.kind,
                    name: Text::en(option.name),
                    summary: Text::en(option.summary),
                    precedent: Text::en(option.precedent),
                    source: Source::Unstated,
                })
                .collect(),
            armistice: Armistice {
                question: Text::en(old.border.armistice.question),
                notes: Text::en(old.border.armistice.notes),
            },
        },
        board: Board {
            tracks: old
                .board
                .tracks
                .into_iter()
                .map(|state| TrackState {
                    track: state.track,
                    progress_pct: state.progress_pct,
                    status: state.status,
                    seats: state
                        .seats
                        .into_iter()
                        .map(|seat| Seat {
                            participant: seat.participant,
                            role: seat.role,
                            source: Source::Unstated,
                        })
                        .collect(),
                })
                .collect(),
            stages: old.board.stages,
            border_options: old.board.border_options,
            ratifications: old.board.ratifications,
            regional_gate: old.board.regional_gate,
        },
    }
}

fn migrate_participant(old: ParticipantV2) -> Participant {
    Participant {
        id: old.id,
        short_label: Text::en(old.short_label),
        full_name: Text::en(old.full_name),
        colour: old.colour,
        kind: old.kind,
    }
}

fn migrate_track(old: TrackV2) -> Track {
    Track {
        id: old.id,
        name: Text::en(old.name),
        summary: Text::en(old.summary),
        source: Source::Unstated,
        format: Text::en(old.format),
        format_explained: Text::en(old.format_explained),
        weight: old.weight,
        milestones: old
            .milestones
            .into_iter()
            .map(|m| Milestone {
                id: m.id,
                name: Text::en(m.name),
                position_pct: m.position_pct,
                source: Source::Unstated,
            })
            .collect(),
        precedents: old
            .precedents
            .into_iter()
            .map(|p| Precedent {
                text: Text::en(p),
                source: Source::Unstated,
            })
            .collect(),
        notes: Text::en(old.notes),
    }
}

fn migrate_stage(old: SanctionsStageV2) -> SanctionsStage {
    SanctionsStage {
        id: old.id,
        name: Text::en(old.name),
        source: Source::Unstated,
        measures: old.measures.into_iter().map(Text::en).collect(),
        acting_body: Text::en(old.acting_body),
        threshold_pct: old.threshold_pct,
        track_minimums: old.track_minimums,
    }
}
