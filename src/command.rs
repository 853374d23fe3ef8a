//! Every edit to the document as data.
//!
//! The UI never mutates the [`Session`] while drawing: it emits commands,
//! and the app applies them after the pass through [`Command::apply`], the
//! only writer. That single place is where undo, the unsaved mark and
//! autosave hook in.

use crate::model::{
    BorderOptionId, BorderStatus, Milestone, ParticipantId, RatificationStatus, Role,
    SanctionsStage, Seat, Session, StageId, StageStatus, TrackId, TrackStatus,
};

/// One edit to the session document.
#[expect(
    missing_docs,
    reason = "fields are named for what they hold; each variant's doc says what it does"
)]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Move a track's progress marker (clamped to 0–100). Milestones at or
    /// before the new position count as reached, later ones as not.
    SetProgress { track: TrackId, progress_pct: f32 },
    /// Change a track's status.
    SetTrackStatus { track: TrackId, status: TrackStatus },
    /// Rename a track.
    RenameTrack { track: TrackId, name: String },
    /// Change the short description of a track's table format.
    SetTrackFormat { track: TrackId, format: String },
    /// Replace a track's notes.
    SetTrackNotes { track: TrackId, notes: String },
    /// Change a track's weight in cumulative progress (0 or more).
    SetTrackWeight { track: TrackId, weight: f32 },
    /// Add a milestone to a track.
    AddMilestone {
        track: TrackId,
        milestone: Milestone,
    },
    /// Remove a track's milestone by index.
    RemoveMilestone { track: TrackId, index: usize },
    /// Replace a track's milestone by index.
    EditMilestone {
        track: TrackId,
        index: usize,
        milestone: Milestone,
    },
    /// Seat a participant at a track's table (no effect if already seated).
    AddSeat {
        track: TrackId,
        participant: ParticipantId,
        role: Role,
    },
    /// Remove a participant from a track's table.
    RemoveSeat {
        track: TrackId,
        participant: ParticipantId,
    },
    /// Change a seated participant's role.
    SetSeatRole {
        track: TrackId,
        participant: ParticipantId,
        role: Role,
    },
    /// Change a border option's status.
    SetBorderStatus {
        option: BorderOptionId,
        status: BorderStatus,
    },
    /// Change a ratifier's status.
    SetRatification {
        participant: ParticipantId,
        status: RatificationStatus,
    },
    /// Change a sanctions stage's political status.
    SetStageStatus { stage: StageId, status: StageStatus },
    /// Replace the armistice notes.
    SetArmisticeNotes { notes: String },
    /// Replace a sanctions stage's content (name, measures, acting body,
    /// threshold, track minimums, status); its id stays.
    EditStage {
        stage: StageId,
        edited: SanctionsStage,
    },
    /// Add a sanctions stage at the end of the ladder.
    AddStage { stage: SanctionsStage },
    /// Remove a sanctions stage.
    RemoveStage { stage: StageId },
    /// Change the threshold of the regional convene gate.
    SetGateThreshold { threshold_pct: f32 },
}

/// Why a command could not be applied. The document is unchanged.
#[expect(missing_docs, reason = "the error message says what the fields are")]
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum CommandError {
    /// No track with this id.
    #[error("there is no track \"{0}\"")]
    UnknownTrack(TrackId),
    /// No participant with this id.
    #[error("there is no participant \"{0}\"")]
    UnknownParticipant(ParticipantId),
    /// No border option with this id.
    #[error("there is no border option \"{0}\"")]
    UnknownBorderOption(BorderOptionId),
    /// No sanctions stage with this id.
    #[error("there is no sanctions stage \"{0}\"")]
    UnknownStage(StageId),
    /// No milestone at this index.
    #[error("track \"{track}\" has no milestone number {index}")]
    UnknownMilestone { track: TrackId, index: usize },
    /// A number was not finite.
    #[error("{0} must be a finite number")]
    NotFinite(&'static str),
    /// The participant exists but has no seat at this track.
    #[error("{participant} has no seat on track \"{track}\"")]
    NotSeated {
        track: TrackId,
        participant: ParticipantId,
    },
    /// The participant exists but is not a ratifier of the border agreement.
    #[error("{0} is not a ratifier of the border agreement")]
    NotARatifier(ParticipantId),
    /// A stage with this id already exists.
    #[error("there is already a sanctions stage \"{0}\"")]
    DuplicateStage(StageId),
    /// The session has no regional gate.
    #[error("this session has no regional gate")]
    NoGate,
}

impl Command {
    /// Commands with the same key that follow each other within one gesture
    /// (a drag, a slider, typing in one field) become one undo step.
    pub fn coalesce_key(&self) -> Option<String> {
        match self {
            Self::SetProgress { track, .. } => Some(format!("progress/{track}")),
            Self::RenameTrack { track, .. } => Some(format!("name/{track}")),
            Self::SetTrackFormat { track, .. } => Some(format!("format/{track}")),
            Self::SetTrackNotes { track, .. } => Some(format!("notes/{track}")),
            Self::SetTrackWeight { track, .. } => Some(format!("weight/{track}")),
            Self::EditMilestone { track, index, .. } => Some(format!("milestone/{track}/{index}")),
            Self::SetArmisticeNotes { .. } => Some("armistice-notes".to_owned()),
            Self::EditStage { stage, .. } => Some(format!("stage/{stage}")),
            Self::SetGateThreshold { .. } => Some("gate".to_owned()),
            _ => None,
        }
    }

    /// Short description for the undo menu, e.g. "Move progress".
    pub fn label(&self) -> &'static str {
        match self {
            Self::SetProgress { .. } => "Move progress",
            Self::SetTrackStatus { .. } => "Change track status",
            Self::RenameTrack { .. } => "Rename track",
            Self::SetTrackFormat { .. } => "Change format",
            Self::SetTrackNotes { .. } => "Edit notes",
            Self::SetTrackWeight { .. } => "Change weight",
            Self::AddMilestone { .. } => "Add milestone",
            Self::RemoveMilestone { .. } => "Remove milestone",
            Self::EditMilestone { .. } => "Edit milestone",
            Self::AddSeat { .. } => "Add participant",
            Self::RemoveSeat { .. } => "Remove participant",
            Self::SetSeatRole { .. } => "Change role",
            Self::SetBorderStatus { .. } => "Change border option",
            Self::SetRatification { .. } => "Change ratification",
            Self::SetStageStatus { .. } => "Change relief stage",
            Self::SetArmisticeNotes { .. } => "Edit armistice notes",
            Self::EditStage { .. } => "Edit relief stage",
            Self::AddStage { .. } => "Add relief stage",
            Self::RemoveStage { .. } => "Remove relief stage",
            Self::SetGateThreshold { .. } => "Change regional gate",
        }
    }

    /// Applies the command and returns whether the document changed (for
    /// now always `true`; main's model v2 reports real changes). On error
    /// the session is left unchanged.
    pub fn apply(self, session: &mut Session) -> Result<bool, CommandError> {
        match self {
            Self::SetProgress {
                track,
                progress_pct,
            } => {
                let progress_pct = finite(progress_pct, "progress")?.clamp(0.0, 100.0);
                let track = track_mut(session, &track)?;
                track.progress_pct = progress_pct;
                for milestone in &mut track.milestones {
                    milestone.reached = milestone.position_pct <= progress_pct;
                }
            }
            Self::SetTrackStatus { track, status } => track_mut(session, &track)?.status = status,
            Self::RenameTrack { track, name } => track_mut(session, &track)?.name = name,
            Self::SetTrackFormat { track, format } => track_mut(session, &track)?.format = format,
            Self::SetTrackNotes { track, notes } => track_mut(session, &track)?.notes = notes,
            Self::SetTrackWeight { track, weight } => {
                let weight = finite(weight, "weight")?.max(0.0);
                track_mut(session, &track)?.weight = weight;
            }
            Self::AddMilestone {
                track,
                mut milestone,
            } => {
                milestone.position_pct =
                    finite(milestone.position_pct, "position")?.clamp(0.0, 100.0);
                let track = track_mut(session, &track)?;
                let at = track
                    .milestones
                    .partition_point(|m| m.position_pct <= milestone.position_pct);
                track.milestones.insert(at, milestone);
            }
            Self::RemoveMilestone { track, index } => {
                let t = track_mut(session, &track)?;
                if index >= t.milestones.len() {
                    return Err(CommandError::UnknownMilestone { track, index });
                }
                t.milestones.remove(index);
            }
            Self::EditMilestone {
                track,
                index,
                mut milestone,
            } => {
                milestone.position_pct =
                    finite(milestone.position_pct, "position")?.clamp(0.0, 100.0);
                let t = track_mut(session, &track)?;
                let Some(slot) = t.milestones.get_mut(index) else {
                    return Err(CommandError::UnknownMilestone { track, index });
                };
                *slot = milestone;
                // Keep signs in road order; a stable sort leaves equal positions as they were.
                t.milestones
                    .sort_by(|a, b| a.position_pct.total_cmp(&b.position_pct));
            }
            Self::AddSeat {
                track,
                participant,
                role,
            } => {
                if session.participant(&participant).is_none() {
                    return Err(CommandError::UnknownParticipant(participant));
                }
                let t = track_mut(session, &track)?;
                if t.seat(&participant).is_none() {
                    t.seats.push(Seat { participant, role });
                }
            }
            Self::RemoveSeat { track, participant } => {
                known_participant(session, &participant)?;
                let t = track_mut(session, &track)?;
                let before = t.seats.len();
                t.seats.retain(|s| s.participant != participant);
                if t.seats.len() == before {
                    return Err(CommandError::NotSeated { track, participant });
                }
            }
            Self::SetSeatRole {
                track,
                participant,
                role,
            } => {
                known_participant(session, &participant)?;
                let t = track_mut(session, &track)?;
                let Some(seat) = t.seats.iter_mut().find(|s| s.participant == participant) else {
                    return Err(CommandError::NotSeated { track, participant });
                };
                seat.role = role;
            }
            Self::SetBorderStatus { option, status } => {
                let Some(o) = session.border.options.iter_mut().find(|o| o.id == option) else {
                    return Err(CommandError::UnknownBorderOption(option));
                };
                o.status = status;
            }
            Self::SetRatification {
                participant,
                status,
            } => {
                known_participant(session, &participant)?;
                let Some(r) = session
                    .border
                    .ratifications
                    .iter_mut()
                    .find(|r| r.participant == participant)
                else {
                    return Err(CommandError::NotARatifier(participant));
                };
                r.status = status;
            }
            Self::SetStageStatus { stage, status } => {
                let Some(s) = session.sanctions.iter_mut().find(|s| s.id == stage) else {
                    return Err(CommandError::UnknownStage(stage));
                };
                s.status = status;
            }
            Self::SetArmisticeNotes { notes } => session.border.armistice.notes = notes,
            Self::EditStage { stage, mut edited } => {
                edited.threshold_pct = finite(edited.threshold_pct, "threshold")?.clamp(0.0, 100.0);
                for minimum in &mut edited.track_minimums {
                    minimum.min_pct = finite(minimum.min_pct, "track minimum")?.clamp(0.0, 100.0);
                    if session.track(&minimum.track).is_none() {
                        return Err(CommandError::UnknownTrack(minimum.track.clone()));
                    }
                }
                let Some(slot) = session.sanctions.iter_mut().find(|s| s.id == stage) else {
                    return Err(CommandError::UnknownStage(stage));
                };
                edited.id = stage;
                *slot = edited;
            }
            Self::AddStage { mut stage } => {
                stage.threshold_pct = finite(stage.threshold_pct, "threshold")?.clamp(0.0, 100.0);
                if session.sanctions.iter().any(|s| s.id == stage.id) {
                    return Err(CommandError::DuplicateStage(stage.id));
                }
                session.sanctions.push(stage);
            }
            Self::RemoveStage { stage } => {
                let before = session.sanctions.len();
                session.sanctions.retain(|s| s.id != stage);
                if session.sanctions.len() == before {
                    return Err(CommandError::UnknownStage(stage));
                }
            }
            Self::SetGateThreshold { threshold_pct } => {
                let threshold_pct = finite(threshold_pct, "threshold")?.clamp(0.0, 100.0);
                let Some(gate) = session.regional_gate.as_mut() else {
                    return Err(CommandError::NoGate);
                };
                gate.threshold_pct = threshold_pct;
            }
        }
        Ok(true)
    }
}

fn known_participant(session: &Session, id: &ParticipantId) -> Result<(), CommandError> {
    if session.participant(id).is_some() {
        Ok(())
    } else {
        Err(CommandError::UnknownParticipant(id.clone()))
    }
}

fn finite(value: f32, what: &'static str) -> Result<f32, CommandError> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(CommandError::NotFinite(what))
    }
}

fn track_mut<'a>(
    session: &'a mut Session,
    id: &TrackId,
) -> Result<&'a mut crate::model::Track, CommandError> {
    session
        .track_mut(id)
        .ok_or_else(|| CommandError::UnknownTrack(id.clone()))
}
