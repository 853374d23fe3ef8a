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

use crate::i18n::{FluentArgs, message};
use crate::model::{
    Board, BoardRef, BorderOptionId, BorderStatus, Lang, Milestone, MilestoneId, Participant,
    ParticipantId, RatificationStatus, Role, SanctionsStage, Scenario, ScenarioId, Seat, Session,
    Source, StageId, StageState, StageStatus, Step, StepId, Text, Track, TrackId, TrackState,
    TrackStatus,
};

/// One edit to the session document.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// An edit of one board: the live board or a scenario step's.
    Board {
        /// Which board it edits.
        on: BoardRef,
        /// The edit.
        edit: BoardEdit,
    },
    /// An edit of what does not change from step to step.
    Session(SessionEdit),
    /// An edit of the scenarios and their steps.
    Scenario(ScenarioEdit),
}

/// A board edit of the live board; the shell points it at the board on
/// screen with [`Command::on_board`].
impl From<BoardEdit> for Command {
    fn from(edit: BoardEdit) -> Self {
        Self::Board {
            on: BoardRef::Live,
            edit,
        }
    }
}

impl From<ScenarioEdit> for Command {
    fn from(edit: ScenarioEdit) -> Self {
        Self::Scenario(edit)
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
    /// Seat a participant at a track's table (no change if already seated),
    /// before the seat now at index `at` (at the end when `None` or past
    /// the end). The new seat's source is [`Source::Unstated`].
    AddSeat {
        track: TrackId,
        participant: ParticipantId,
        role: Role,
        at: Option<usize>,
    },
    /// Move a participant's seat from one track's table to another's (or
    /// to another place at the same table), keeping its role and source;
    /// `at` is the index among the destination's seats *after* the seat
    /// left its old place (the end when `None` or past the end).
    MoveSeat {
        participant: ParticipantId,
        from: TrackId,
        to: TrackId,
        at: Option<usize>,
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
    /// Add a track, with a fresh id (the given one is ignored), as lane
    /// `at` counted from 0 (the last lane when `None` or past the end); it
    /// starts not started, at 0 %, with nobody seated, on every board.
    AddTrack {
        track: Box<Track>,
        at: Option<usize>,
    },
    /// Remove a track from the session and from every board, with the
    /// relief stages' minimums on it and the regional gate if it gated it.
    RemoveTrack { track: TrackId },
    /// Move a track to lane `to` (counted from 0; clamped to the last lane).
    MoveTrack { track: TrackId, to: usize },
    /// Add a participant, with a fresh id (the given one is ignored).
    AddParticipant { participant: Box<Participant> },
    /// Remove a participant from the session, and its seats and
    /// ratification from every board.
    RemoveParticipant { participant: ParticipantId },
}

/// A text of a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepField {
    /// Its title.
    Title,
    /// Its date label.
    Date,
    /// Its notes.
    Notes,
}

/// An edit of the session's scenarios and their steps (not of a step's
/// board: that is a [`Command::Board`] pointed at the step).
#[expect(
    missing_docs,
    reason = "fields are named for what they hold; each variant's doc says what it does"
)]
#[derive(Clone, Debug, PartialEq)]
pub enum ScenarioEdit {
    /// Add an empty scenario with a fresh id, at the end.
    AddScenario { name: Text },
    /// Copy a scenario (its steps get fresh ids) right after it, named `name`.
    DuplicateScenario { scenario: ScenarioId, name: Text },
    /// Rename a scenario in one language.
    RenameScenario {
        scenario: ScenarioId,
        lang: Lang,
        name: String,
    },
    /// Delete a scenario and its steps.
    DeleteScenario { scenario: ScenarioId },
    /// Record `board` as a new step with a fresh id, right after the step
    /// `after` (first when `None`). Its source is [`Source::Unstated`].
    CaptureStep {
        scenario: ScenarioId,
        after: Option<StepId>,
        title: Text,
        date: Text,
        board: Box<Board>,
    },
    /// Change one text of a step (title, date label or notes) in one language.
    EditStep {
        scenario: ScenarioId,
        step: StepId,
        field: StepField,
        lang: Lang,
        text: String,
    },
    /// Delete a step.
    DeleteStep { scenario: ScenarioId, step: StepId },
    /// Move a step to place `to` in its story (counted from 0; clamped).
    MoveStep {
        scenario: ScenarioId,
        step: StepId,
        to: usize,
    },
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
    /// No scenario with this id.
    #[error("there is no scenario \"{0}\"")]
    UnknownScenario(ScenarioId),
    /// No step with this id in the scenario.
    #[error("scenario \"{scenario}\" has no step \"{step}\"")]
    UnknownStep { scenario: ScenarioId, step: StepId },
    /// The participant already has a seat at the destination table.
    #[error("{participant} already has a seat on track \"{track}\"")]
    AlreadySeated {
        track: TrackId,
        participant: ParticipantId,
    },
}

impl Command {
    /// The same command, a board edit now pointed at `on` (the board on
    /// screen); other commands are returned as they are.
    #[must_use]
    pub fn on_board(self, on: &BoardRef) -> Self {
        match self {
            Self::Board { edit, .. } => Self::Board {
                on: on.clone(),
                edit,
            },
            other => other,
        }
    }

    /// Commands with the same key that follow each other within one gesture
    /// (a drag, a slider, typing in one field) become one undo step.
    pub fn coalesce_key(&self) -> Option<String> {
        match self {
            Self::Board { on, edit } => {
                let on = match on {
                    BoardRef::Live => String::from("live"),
                    BoardRef::Step { step, .. } => step.to_string(),
                };
                match edit {
                    BoardEdit::SetProgress { track, .. } => Some(format!("progress/{on}/{track}")),
                    BoardEdit::SetGateThreshold { .. } => Some(format!("gate/{on}")),
                    _ => None,
                }
            }
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
            Self::Scenario(edit) => match edit {
                ScenarioEdit::RenameScenario { scenario, lang, .. } => {
                    Some(format!("scenario-name/{scenario}/{}", lang.code()))
                }
                ScenarioEdit::EditStep {
                    step, field, lang, ..
                } => Some(format!("step/{step}/{field:?}/{}", lang.code())),
                _ => None,
            },
        }
    }

    /// The catalogue id of its description for the undo menu and the
    /// status bar; [`Self::label`] words it with the names it concerns.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Board { edit, .. } => match edit {
                BoardEdit::SetProgress { .. } => "board-edit-move-progress",
                BoardEdit::SetTrackStatus { .. } => "board-edit-change-track-status",
                BoardEdit::AddSeat { .. } => "board-edit-add-participant",
                BoardEdit::RemoveSeat { .. } => "board-edit-remove-participant",
                BoardEdit::MoveSeat { .. } => "board-edit-move-seat",
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
                SessionEdit::AddTrack { .. } => "board-edit-add-track",
                SessionEdit::RemoveTrack { .. } => "board-edit-remove-track",
                SessionEdit::MoveTrack { .. } => "board-edit-move-track",
                SessionEdit::AddParticipant { .. } => "board-edit-add-participant-to-session",
                SessionEdit::RemoveParticipant { .. } => {
                    "board-edit-remove-participant-from-session"
                }
            },
            Self::Scenario(edit) => match edit {
                ScenarioEdit::AddScenario { .. } => "story-edit-add-scenario",
                ScenarioEdit::DuplicateScenario { .. } => "story-edit-duplicate-scenario",
                ScenarioEdit::RenameScenario { .. } => "story-edit-rename-scenario",
                ScenarioEdit::DeleteScenario { .. } => "story-edit-delete-scenario",
                ScenarioEdit::CaptureStep { .. } => "story-edit-capture-step",
                ScenarioEdit::EditStep {
                    field: StepField::Title,
                    ..
                } => "story-edit-rename-step",
                ScenarioEdit::EditStep {
                    field: StepField::Date,
                    ..
                } => "story-edit-redate-step",
                ScenarioEdit::EditStep {
                    field: StepField::Notes,
                    ..
                } => "story-edit-annotate-step",
                ScenarioEdit::DeleteStep { .. } => "story-edit-delete-step",
                ScenarioEdit::MoveStep { .. } => "story-edit-move-step",
            },
        }
    }

    /// Its description in both languages, with the names it concerns as
    /// they are in `session` before it is applied: "Move China to
    /// Economic measures". The undo menu and the status bar show it.
    pub fn label(&self, session: &Session) -> Text {
        Text::both(
            self.label_in(session, Lang::En),
            self.label_in(session, Lang::Ko),
        )
    }

    fn label_in(&self, session: &Session, lang: Lang) -> String {
        let track_name = |id: &TrackId| {
            session
                .track(id)
                .map_or_else(|| id.to_string(), |t| t.name.get(lang).to_owned())
        };
        let participant_name = |id: &ParticipantId| {
            session
                .participant(id)
                .map_or_else(|| id.to_string(), |p| p.short_label.get(lang).to_owned())
        };
        let scenario_name = |id: &ScenarioId| {
            session
                .scenario(id)
                .map_or_else(|| id.to_string(), |s| s.name.get(lang).to_owned())
        };
        let step_title = |id: &StepId| {
            session
                .find_step(id)
                .map_or_else(|| id.to_string(), |(_, s)| s.title.get(lang).to_owned())
        };
        let mut args = FluentArgs::new();
        match self {
            Self::Board { edit, .. } => match edit {
                BoardEdit::SetProgress { track, .. } | BoardEdit::SetTrackStatus { track, .. } => {
                    args.set("track", track_name(track));
                }
                BoardEdit::AddSeat {
                    track, participant, ..
                }
                | BoardEdit::RemoveSeat { track, participant }
                | BoardEdit::SetSeatRole {
                    track, participant, ..
                } => {
                    args.set("track", track_name(track));
                    args.set("participant", participant_name(participant));
                }
                BoardEdit::MoveSeat {
                    participant,
                    from,
                    to,
                    ..
                } => {
                    args.set("participant", participant_name(participant));
                    args.set("from", track_name(from));
                    args.set("to", track_name(to));
                }
                BoardEdit::SetRatification { participant, .. } => {
                    args.set("participant", participant_name(participant));
                }
                BoardEdit::SetBorderStatus { .. }
                | BoardEdit::SetStageStatus { .. }
                | BoardEdit::SetGateThreshold { .. } => {}
            },
            Self::Session(edit) => match edit {
                SessionEdit::RenameTrack { track, .. }
                | SessionEdit::SetTrackFormat { track, .. }
                | SessionEdit::SetTrackNotes { track, .. }
                | SessionEdit::SetTrackWeight { track, .. }
                | SessionEdit::AddMilestone { track, .. }
                | SessionEdit::RemoveMilestone { track, .. }
                | SessionEdit::EditMilestone { track, .. }
                | SessionEdit::RemoveTrack { track } => args.set("track", track_name(track)),
                SessionEdit::MoveTrack { track, to } => {
                    args.set("track", track_name(track));
                    args.set("lane", to.saturating_add(1).min(session.tracks.len()));
                }
                SessionEdit::AddTrack { track, .. } => {
                    args.set("track", track.name.get(lang).to_owned());
                }
                SessionEdit::AddParticipant { participant } => {
                    args.set("participant", participant.short_label.get(lang).to_owned());
                }
                SessionEdit::RemoveParticipant { participant } => {
                    args.set("participant", participant_name(participant));
                }
                SessionEdit::SetArmisticeNotes { .. }
                | SessionEdit::EditStage { .. }
                | SessionEdit::AddStage { .. }
                | SessionEdit::RemoveStage { .. } => {}
            },
            Self::Scenario(edit) => match edit {
                ScenarioEdit::AddScenario { name } => {
                    args.set("scenario", name.get(lang).to_owned());
                }
                ScenarioEdit::DuplicateScenario { scenario, .. }
                | ScenarioEdit::RenameScenario { scenario, .. }
                | ScenarioEdit::DeleteScenario { scenario } => {
                    args.set("scenario", scenario_name(scenario));
                }
                ScenarioEdit::CaptureStep {
                    scenario, title, ..
                } => {
                    args.set("scenario", scenario_name(scenario));
                    args.set("step", title.get(lang).to_owned());
                }
                ScenarioEdit::EditStep { scenario, step, .. }
                | ScenarioEdit::DeleteStep { scenario, step }
                | ScenarioEdit::MoveStep { scenario, step, .. } => {
                    args.set("scenario", scenario_name(scenario));
                    args.set("step", step_title(step));
                }
            },
        }
        message(lang, self.message_id(), Some(&args))
    }

    /// Applies the command to `session`. Returns whether anything changed;
    /// on error the session is unchanged.
    pub fn apply(self, session: &mut Session) -> Result<bool, CommandError> {
        match self {
            Self::Board { on, edit } => {
                let Session {
                    participants,
                    tracks,
                    board,
                    scenarios,
                    ..
                } = session;
                let definitions = Definitions {
                    participants,
                    tracks,
                };
                let board = match &on {
                    BoardRef::Live => board,
                    BoardRef::Step { scenario, step } => {
                        let Some(found) = scenarios.iter_mut().find(|s| &s.id == scenario) else {
                            return Err(CommandError::UnknownScenario(scenario.clone()));
                        };
                        let Some(found) = found.steps.iter_mut().find(|s| &s.id == step) else {
                            return Err(CommandError::UnknownStep {
                                scenario: scenario.clone(),
                                step: step.clone(),
                            });
                        };
                        &mut found.board
                    }
                };
                edit.apply(&definitions, board)
            }
            Self::Session(edit) => edit.apply(session),
            Self::Scenario(edit) => edit.apply(session),
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
                at,
            } => {
                definitions.known_participant(&participant)?;
                definitions.known_track(&track)?;
                let state = state_mut(board, &track)?;
                if state.seat(&participant).is_some() {
                    false
                } else {
                    let at = at.unwrap_or(usize::MAX).min(state.seats.len());
                    state.seats.insert(
                        at,
                        Seat {
                            participant,
                            role,
                            source: Source::Unstated,
                        },
                    );
                    true
                }
            }
            Self::MoveSeat {
                participant,
                from,
                to,
                at,
            } => {
                definitions.known_participant(&participant)?;
                definitions.known_track(&from)?;
                definitions.known_track(&to)?;
                let Some(old_index) = state_mut(board, &from)?
                    .seats
                    .iter()
                    .position(|s| s.participant == participant)
                else {
                    return Err(CommandError::NotSeated {
                        track: from,
                        participant,
                    });
                };
                if from != to && state_mut(board, &to)?.seat(&participant).is_some() {
                    return Err(CommandError::AlreadySeated {
                        track: to,
                        participant,
                    });
                }
                let seat = state_mut(board, &from)?.seats.remove(old_index);
                let seats = &mut state_mut(board, &to)?.seats;
                let at = at.unwrap_or(usize::MAX).min(seats.len());
                seats.insert(at, seat);
                from != to || at != old_index
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
                for board in session.boards_mut() {
                    board.stages.push(StageState {
                        stage: stage.id.clone(),
                        status: StageStatus::Planned,
                    });
                }
                session.sanctions.push(*stage);
                true
            }
            Self::RemoveStage { stage } => {
                let before = session.sanctions.len();
                session.sanctions.retain(|s| s.id != stage);
                if session.sanctions.len() == before {
                    return Err(CommandError::UnknownStage(stage));
                }
                for board in session.boards_mut() {
                    board.stages.retain(|s| s.stage != stage);
                }
                true
            }
            Self::AddTrack { mut track, at } => {
                track.weight = finite(track.weight, "weight")?.max(0.0);
                for milestone in &mut track.milestones {
                    milestone.position_pct =
                        finite(milestone.position_pct, "position")?.clamp(0.0, 100.0);
                }
                track.id = session.fresh_track_id();
                let at = at.unwrap_or(usize::MAX).min(session.tracks.len());
                for board in session.boards_mut() {
                    board.tracks.push(TrackState {
                        track: track.id.clone(),
                        progress_pct: 0.0,
                        status: TrackStatus::NotStarted,
                        seats: Vec::new(),
                    });
                }
                session.tracks.insert(at, *track);
                true
            }
            Self::RemoveTrack { track } => {
                let before = session.tracks.len();
                session.tracks.retain(|t| t.id != track);
                if session.tracks.len() == before {
                    return Err(CommandError::UnknownTrack(track));
                }
                for stage in &mut session.sanctions {
                    stage.track_minimums.retain(|m| m.track != track);
                }
                for board in session.boards_mut() {
                    board.tracks.retain(|t| t.track != track);
                    if board
                        .regional_gate
                        .as_ref()
                        .is_some_and(|g| g.track == track)
                    {
                        board.regional_gate = None;
                    }
                }
                true
            }
            Self::MoveTrack { track, to } => {
                let Some(from) = session.tracks.iter().position(|t| t.id == track) else {
                    return Err(CommandError::UnknownTrack(track));
                };
                let to = to.min(session.tracks.len() - 1);
                if from == to {
                    false
                } else {
                    let moved = session.tracks.remove(from);
                    session.tracks.insert(to, moved);
                    true
                }
            }
            Self::AddParticipant { mut participant } => {
                participant.id = session.fresh_participant_id();
                session.participants.push(*participant);
                true
            }
            Self::RemoveParticipant { participant } => {
                let before = session.participants.len();
                session.participants.retain(|p| p.id != participant);
                if session.participants.len() == before {
                    return Err(CommandError::UnknownParticipant(participant));
                }
                for board in session.boards_mut() {
                    for state in &mut board.tracks {
                        state.seats.retain(|s| s.participant != participant);
                    }
                    board.ratifications.retain(|r| r.participant != participant);
                }
                true
            }
        })
    }
}

impl ScenarioEdit {
    /// Applies the edit to `session`. Returns whether the session changed;
    /// on error it is unchanged.
    pub fn apply(self, session: &mut Session) -> Result<bool, CommandError> {
        Ok(match self {
            Self::AddScenario { name } => {
                let id = session.fresh_scenario_id();
                session.scenarios.push(Scenario {
                    id,
                    name,
                    steps: Vec::new(),
                });
                true
            }
            Self::DuplicateScenario { scenario, name } => {
                let Some(index) = session.scenarios.iter().position(|s| s.id == scenario) else {
                    return Err(CommandError::UnknownScenario(scenario));
                };
                let mut copy = session.scenarios[index].clone();
                copy.id = session.fresh_scenario_id();
                copy.name = name;
                // Fresh step ids one by one: each must differ from the
                // session's and from the copies' already renamed.
                for i in 0..copy.steps.len() {
                    let taken = |id: &StepId| {
                        session.find_step(id).is_some()
                            || copy.steps[..i].iter().any(|s| &s.id == id)
                    };
                    let id = (1..=u64::MAX)
                        .map(|n| StepId::new(format!("step-{n}")))
                        .find(|id| !taken(id))
                        .unwrap_or_else(|| StepId::new("step-new"));
                    copy.steps[i].id = id;
                }
                session.scenarios.insert(index + 1, copy);
                true
            }
            Self::RenameScenario {
                scenario,
                lang,
                name,
            } => set_text(&mut scenario_mut(session, &scenario)?.name, lang, name),
            Self::DeleteScenario { scenario } => {
                let before = session.scenarios.len();
                session.scenarios.retain(|s| s.id != scenario);
                if session.scenarios.len() == before {
                    return Err(CommandError::UnknownScenario(scenario));
                }
                true
            }
            Self::CaptureStep {
                scenario,
                after,
                title,
                date,
                board,
            } => {
                let id = session.fresh_step_id();
                let story = scenario_mut(session, &scenario)?;
                let at = match &after {
                    None => 0,
                    Some(after) => {
                        story
                            .step_index(after)
                            .ok_or_else(|| CommandError::UnknownStep {
                                scenario: scenario.clone(),
                                step: after.clone(),
                            })?
                            + 1
                    }
                };
                story.steps.insert(
                    at,
                    Step {
                        id,
                        title,
                        date,
                        notes: Text::default(),
                        source: Source::Unstated,
                        board: *board,
                    },
                );
                true
            }
            Self::EditStep {
                scenario,
                step,
                field,
                lang,
                text,
            } => {
                let found = step_mut(session, &scenario, &step)?;
                let slot = match field {
                    StepField::Title => &mut found.title,
                    StepField::Date => &mut found.date,
                    StepField::Notes => &mut found.notes,
                };
                set_text(slot, lang, text)
            }
            Self::DeleteStep { scenario, step } => {
                step_mut(session, &scenario, &step)?;
                scenario_mut(session, &scenario)?
                    .steps
                    .retain(|s| s.id != step);
                true
            }
            Self::MoveStep { scenario, step, to } => {
                step_mut(session, &scenario, &step)?;
                let story = scenario_mut(session, &scenario)?;
                let from = story.step_index(&step).unwrap_or(0);
                let to = to.min(story.steps.len() - 1);
                if from == to {
                    false
                } else {
                    let moved = story.steps.remove(from);
                    story.steps.insert(to, moved);
                    true
                }
            }
        })
    }
}

fn scenario_mut<'a>(
    session: &'a mut Session,
    id: &ScenarioId,
) -> Result<&'a mut Scenario, CommandError> {
    session
        .scenario_mut(id)
        .ok_or_else(|| CommandError::UnknownScenario(id.clone()))
}

fn step_mut<'a>(
    session: &'a mut Session,
    scenario: &ScenarioId,
    step: &StepId,
) -> Result<&'a mut Step, CommandError> {
    scenario_mut(session, scenario)?
        .step_mut(step)
        .ok_or_else(|| CommandError::UnknownStep {
            scenario: scenario.clone(),
            step: step.clone(),
        })
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
