//! Every edit to the document as data.
//!
//! The UI never mutates the [`Session`] while drawing: it emits commands,
//! and the document applies them after the pass through [`Command::apply`],
//! the only writer. That single place is where undo, the unsaved mark and
//! autosave hook in.
//!
//! A command is either a [`BoardEdit`] (where things stand: progress,
//! statuses, seats — what a scenario step records) or a [`SessionEdit`]
//! (what does not change from step to step: names, formats, milestones,
//! relief stage definitions). A board edit is applied to a [`Board`] given
//! the session's definitions, so the same edit can target the live board
//! today and a scenario step later.

use crate::model::{
    Board, BorderOptionId, BorderStatus, Lang, Milestone, MilestoneId, Participant, ParticipantId,
    RatificationStatus, Role, SanctionsStage, Seat, Session, Source, StageId, StageState,
    StageStatus, Text, Track, TrackId, TrackStatus,
};

/// One edit to the session document.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// An edit of the live board.
    Board(BoardEdit),
    /// An edit of what does not change from step to step.
    Session(SessionEdit),
}

impl From<BoardEdit> for Command {
    fn from(edit: BoardEdit) -> Self {
        Self::Board(edit)
    }
}

impl From<SessionEdit> for Command {
    fn from(edit: SessionEdit) -> Self {
        Self::Session(edit)
    }
}

/// An edit of one board: where things stand.
#[expect(
    missing_docs,
    reason = "fields are named for what they hold; each variant's doc says what it does"
)]
#[derive(Clone, Debug, PartialEq)]
pub enum BoardEdit {
    /// Move a track's progress marker (clamped to 0–100). Milestones are
    /// reached by rule once the marker is at or past them.
    SetProgress { track: TrackId, progress_pct: f32 },
    /// Change a track's status.
    SetTrackStatus { track: TrackId, status: TrackStatus },
    /// Seat a participant at a track's table (no change if already seated).
    /// The new seat's source is [`Source::Unstated`].
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
    /// Change the threshold of the regional convene gate.
    SetGateThreshold { threshold_pct: f32 },
}

/// An edit of the session's fixed parts: what every board shares.
///
/// Edits of bilingual text name the language they edit (`lang`) and change
/// only that language's text, leaving the other as it was.
#[expect(
    missing_docs,
    reason = "fields are named for what they hold; each variant's doc says what it does"
)]
#[derive(Clone, Debug, PartialEq)]
pub enum SessionEdit {
    /// Rename a track in one language.
    RenameTrack {
        track: TrackId,
        lang: Lang,
        name: String,
    },
    /// Change the short description of a track's table format in one language.
    SetTrackFormat {
        track: TrackId,
        lang: Lang,
        format: String,
    },
    /// Replace a track's notes in one language.
    SetTrackNotes {
        track: TrackId,
        lang: Lang,
        notes: String,
    },
    /// Change a track's weight in cumulative progress (0 or more).
    SetTrackWeight { track: TrackId, weight: f32 },
    /// Add a milestone to a track, with a fresh id, named in one language;
    /// its source is [`Source::Unstated`].
    AddMilestone {
        track: TrackId,
        lang: Lang,
        name: String,
        position_pct: f32,
    },
    /// Remove a track's milestone.
    RemoveMilestone {
        track: TrackId,
        milestone: MilestoneId,
    },
    /// Rename (in one language) or move a track's milestone; its id and
    /// source stay.
    EditMilestone {
        track: TrackId,
        milestone: MilestoneId,
        lang: Lang,
        name: String,
        position_pct: f32,
    },
    /// Replace the armistice notes in one language.
    SetArmisticeNotes { lang: Lang, notes: String },
    /// Replace a sanctions stage's definition (name, measures, acting body,
    /// threshold, track minimums, source); its id stays. Boxed: a stage is
    /// far larger than every other edit.
    EditStage {
        stage: StageId,
        edited: Box<SanctionsStage>,
    },
    /// Add a sanctions stage at the end of the ladder, planned on every board.
    AddStage { stage: Box<SanctionsStage> },
    /// Remove a sanctions stage from the ladder and from every board.
    RemoveStage { stage: StageId },
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
    /// No milestone with this id on the track.
    #[error("track \"{track}\" has no milestone \"{milestone}\"")]
    UnknownMilestone {
        track: TrackId,
        milestone: MilestoneId,
    },
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
    /// The board has no regional gate.
    #[error("this session has no regional gate")]
    NoGate,
}

impl Command {
    /// Commands with the same key that follow each other within one gesture
    /// (a drag, a slider, typing in one field) become one undo step.
    pub fn coalesce_key(&self) -> Option<String> {
        match self {
            Self::Board(edit) => match edit {
                BoardEdit::SetProgress { track, .. } => Some(format!("progress/{track}")),
                BoardEdit::SetGateThreshold { .. } => Some("gate".to_owned()),
                _ => None,
            },
            Self::Session(edit) => match edit {
                SessionEdit::RenameTrack { track, lang, .. } => {
                    Some(format!("name/{track}/{}", lang.code()))
                }
                SessionEdit::SetTrackFormat { track, lang, .. } => {
                    Some(format!("format/{track}/{}", lang.code()))
                }
                SessionEdit::SetTrackNotes { track, lang, .. } => {
                    Some(format!("notes/{track}/{}", lang.code()))
                }
                SessionEdit::SetTrackWeight { track, .. } => Some(format!("weight/{track}")),
                SessionEdit::EditMilestone {
                    track,
                    milestone,
                    lang,
                    ..
                } => Some(format!("milestone/{track}/{milestone}/{}", lang.code())),
                SessionEdit::SetArmisticeNotes { lang, .. } => {
                    Some(format!("armistice-notes/{}", lang.code()))
                }
                SessionEdit::EditStage { stage, .. } => Some(format!("stage/{stage}")),
                _ => None,
            },
        }
    }

    /// The catalogue id of its short description for the undo menu and
    /// the status bar, e.g. "Move progress"; the UI looks it up in the
    /// user's language.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Board(edit) => match edit {
                BoardEdit::SetProgress { .. } => "board-edit-move-progress",
                BoardEdit::SetTrackStatus { .. } => "board-edit-change-track-status",
                BoardEdit::AddSeat { .. } => "board-edit-add-participant",
                BoardEdit::RemoveSeat { .. } => "board-edit-remove-participant",
                BoardEdit::SetSeatRole { .. } => "board-edit-change-role",
                BoardEdit::SetBorderStatus { .. } => "board-edit-change-border-option",
                BoardEdit::SetRatification { .. } => "board-edit-change-ratification",
                BoardEdit::SetStageStatus { .. } => "board-edit-change-relief-stage",
                BoardEdit::SetGateThreshold { .. } => "board-edit-change-regional-gate",
            },
            Self::Session(edit) => match edit {
                SessionEdit::RenameTrack { .. } => "board-edit-rename-track",
                SessionEdit::SetTrackFormat { .. } => "board-edit-change-format",
                SessionEdit::SetTrackNotes { .. } => "board-edit-edit-notes",
                SessionEdit::SetTrackWeight { .. } => "board-edit-change-weight",
                SessionEdit::AddMilestone { .. } => "board-edit-add-milestone",
                SessionEdit::RemoveMilestone { .. } => "board-edit-remove-milestone",
                SessionEdit::EditMilestone { .. } => "board-edit-edit-milestone",
                SessionEdit::SetArmisticeNotes { .. } => "board-edit-edit-armistice-notes",
                SessionEdit::EditStage { .. } => "board-edit-edit-relief-stage",
                SessionEdit::AddStage { .. } => "board-edit-add-relief-stage",
                SessionEdit::RemoveStage { .. } => "board-edit-remove-relief-stage",
            },
        }
    }

    /// Applies the command to `session` (a board edit to its live board).
    /// Returns whether anything changed; on error the session is unchanged.
    pub fn apply(self, session: &mut Session) -> Result<bool, CommandError> {
        match self {
            Self::Board(edit) => {
                let Session {
                    participants,
                    tracks,
                    board,
                    ..
                } = session;
                edit.apply(
                    &Definitions {
                        participants,
                        tracks,
                    },
                    board,
                )
            }
            Self::Session(edit) => edit.apply(session),
        }
    }
}

/// The parts of a session a board edit checks its ids against.
#[derive(Clone, Copy, Debug)]
pub struct Definitions<'a> {
    /// Everyone who can sit at a table.
    pub participants: &'a [Participant],
    /// The tracks' definitions.
    pub tracks: &'a [Track],
}

impl Definitions<'_> {
    fn known_track(&self, id: &TrackId) -> Result<(), CommandError> {
        if self.tracks.iter().any(|t| &t.id == id) {
            Ok(())
        } else {
            Err(CommandError::UnknownTrack(id.clone()))
        }
    }

    fn known_participant(&self, id: &ParticipantId) -> Result<(), CommandError> {
        if self.participants.iter().any(|p| &p.id == id) {
            Ok(())
        } else {
            Err(CommandError::UnknownParticipant(id.clone()))
        }
    }
}

/// Sets `*slot` to `value`; true when that changed it.
fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}

/// Sets the `lang` text of `*text` to `value`, leaving the other
/// language's as it was; true when that changed it.
fn set_text(text: &mut Text, lang: Lang, value: String) -> bool {
    if text.exact(lang) == value {
        false
    } else {
        text.set(lang, value);
        true
    }
}

impl BoardEdit {
    /// Applies the edit to `board`, checking ids against `definitions`.
    /// Returns whether the board changed; on error it is unchanged.
    pub fn apply(
        self,
        definitions: &Definitions<'_>,
        board: &mut Board,
    ) -> Result<bool, CommandError> {
        Ok(match self {
            Self::SetProgress {
                track,
                progress_pct,
            } => {
                let progress_pct = finite(progress_pct, "progress")?.clamp(0.0, 100.0);
                definitions.known_track(&track)?;
                set(&mut state_mut(board, &track)?.progress_pct, progress_pct)
            }
            Self::SetTrackStatus { track, status } => {
                definitions.known_track(&track)?;
                set(&mut state_mut(board, &track)?.status, status)
            }
            Self::AddSeat {
                track,
                participant,
                role,
            } => {
                definitions.known_participant(&participant)?;
                definitions.known_track(&track)?;
                let state = state_mut(board, &track)?;
                if state.seat(&participant).is_some() {
                    false
                } else {
                    state.seats.push(Seat {
                        participant,
                        role,
                        source: Source::Unstated,
                    });
                    true
                }
            }
            Self::RemoveSeat { track, participant } => {
                definitions.known_participant(&participant)?;
                definitions.known_track(&track)?;
                let state = state_mut(board, &track)?;
                let before = state.seats.len();
                state.seats.retain(|s| s.participant != participant);
                if state.seats.len() == before {
                    return Err(CommandError::NotSeated { track, participant });
                }
                true
            }
            Self::SetSeatRole {
                track,
                participant,
                role,
            } => {
                definitions.known_participant(&participant)?;
                definitions.known_track(&track)?;
                let state = state_mut(board, &track)?;
                let Some(seat) = state
                    .seats
                    .iter_mut()
                    .find(|s| s.participant == participant)
                else {
                    return Err(CommandError::NotSeated { track, participant });
                };
                set(&mut seat.role, role)
            }
            Self::SetBorderStatus { option, status } => {
                let Some(o) = board.border_options.iter_mut().find(|o| o.option == option) else {
                    return Err(CommandError::UnknownBorderOption(option));
                };
                set(&mut o.status, status)
            }
            Self::SetRatification {
                participant,
                status,
            } => {
                definitions.known_participant(&participant)?;
                let Some(r) = board
                    .ratifications
                    .iter_mut()
                    .find(|r| r.participant == participant)
                else {
                    return Err(CommandError::NotARatifier(participant));
                };
                set(&mut r.status, status)
            }
            Self::SetStageStatus { stage, status } => {
                let Some(s) = board.stages.iter_mut().find(|s| s.stage == stage) else {
                    return Err(CommandError::UnknownStage(stage));
                };
                set(&mut s.status, status)
            }
            Self::SetGateThreshold { threshold_pct } => {
                let threshold_pct = finite(threshold_pct, "threshold")?.clamp(0.0, 100.0);
                let Some(gate) = board.regional_gate.as_mut() else {
                    return Err(CommandError::NoGate);
                };
                set(&mut gate.threshold_pct, threshold_pct)
            }
        })
    }
}

impl SessionEdit {
    /// Applies the edit to `session`, keeping every board in step (a new
    /// stage is planned on each, a removed one leaves each). Returns whether
    /// the session changed; on error it is unchanged.
    pub fn apply(self, session: &mut Session) -> Result<bool, CommandError> {
        Ok(match self {
            Self::RenameTrack { track, lang, name } => {
                set_text(&mut track_mut(session, &track)?.name, lang, name)
            }
            Self::SetTrackFormat {
                track,
                lang,
                format,
            } => set_text(&mut track_mut(session, &track)?.format, lang, format),
            Self::SetTrackNotes { track, lang, notes } => {
                set_text(&mut track_mut(session, &track)?.notes, lang, notes)
            }
            Self::SetTrackWeight { track, weight } => {
                let weight = finite(weight, "weight")?.max(0.0);
                set(&mut track_mut(session, &track)?.weight, weight)
            }
            Self::AddMilestone {
                track,
                lang,
                name,
                position_pct,
            } => {
                let position_pct = finite(position_pct, "position")?.clamp(0.0, 100.0);
                let t = track_mut(session, &track)?;
                let id = t.fresh_milestone_id();
                let mut text = Text::default();
                text.set(lang, name);
                t.milestones.push(Milestone {
                    id,
                    name: text,
                    position_pct,
                    source: Source::Unstated,
                });
                true
            }
            Self::RemoveMilestone { track, milestone } => {
                let t = track_mut(session, &track)?;
                let before = t.milestones.len();
                t.milestones.retain(|m| m.id != milestone);
                if t.milestones.len() == before {
                    return Err(CommandError::UnknownMilestone { track, milestone });
                }
                true
            }
            Self::EditMilestone {
                track,
                milestone,
                lang,
                name,
                position_pct,
            } => {
                let position_pct = finite(position_pct, "position")?.clamp(0.0, 100.0);
                let t = track_mut(session, &track)?;
                let Some(slot) = t.milestones.iter_mut().find(|m| m.id == milestone) else {
                    return Err(CommandError::UnknownMilestone { track, milestone });
                };
                // Addressed by id and never re-sorted: moving one sign past its
                // neighbour moves only that sign.
                set_text(&mut slot.name, lang, name) | set(&mut slot.position_pct, position_pct)
            }
            Self::SetArmisticeNotes { lang, notes } => {
                set_text(&mut session.border.armistice.notes, lang, notes)
            }
            Self::EditStage { stage, mut edited } => {
                checked_stage(session, &mut edited)?;
                let Some(slot) = session.sanctions.iter_mut().find(|s| s.id == stage) else {
                    return Err(CommandError::UnknownStage(stage));
                };
                edited.id = stage;
                set(slot, *edited)
            }
            Self::AddStage { mut stage } => {
                checked_stage(session, &mut stage)?;
                if session.sanctions.iter().any(|s| s.id == stage.id) {
                    return Err(CommandError::DuplicateStage(stage.id));
                }
                session.board.stages.push(StageState {
                    stage: stage.id.clone(),
                    status: StageStatus::Planned,
                });
                session.sanctions.push(*stage);
                true
            }
            Self::RemoveStage { stage } => {
                let before = session.sanctions.len();
                session.sanctions.retain(|s| s.id != stage);
                if session.sanctions.len() == before {
                    return Err(CommandError::UnknownStage(stage));
                }
                session.board.stages.retain(|s| s.stage != stage);
                true
            }
        })
    }
}

/// Clamps a stage's threshold and track minimums to 0–100 and checks that
/// they are numbers and that each minimum names a track of `session`.
fn checked_stage(session: &Session, stage: &mut SanctionsStage) -> Result<(), CommandError> {
    stage.threshold_pct = finite(stage.threshold_pct, "threshold")?.clamp(0.0, 100.0);
    for minimum in &mut stage.track_minimums {
        minimum.min_pct = finite(minimum.min_pct, "track minimum")?.clamp(0.0, 100.0);
        if session.track(&minimum.track).is_none() {
            return Err(CommandError::UnknownTrack(minimum.track.clone()));
        }
    }
    Ok(())
}

fn finite(value: f32, what: &'static str) -> Result<f32, CommandError> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(CommandError::NotFinite(what))
    }
}

fn track_mut<'a>(session: &'a mut Session, id: &TrackId) -> Result<&'a mut Track, CommandError> {
    session
        .track_mut(id)
        .ok_or_else(|| CommandError::UnknownTrack(id.clone()))
}

/// The board entry of a known track. A valid session has one for every
/// track; a board without one is reported, never invented.
fn state_mut<'a>(
    board: &'a mut Board,
    id: &TrackId,
) -> Result<&'a mut crate::model::TrackState, CommandError> {
    board
        .track_mut(id)
        .ok_or_else(|| CommandError::UnknownTrack(id.clone()))
}
