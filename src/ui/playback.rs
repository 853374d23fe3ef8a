//! Playing a scenario back: the bar above the timeline with Play / Pause,
//! the speed, where the story is, and the baseline to compare with.
//!
//! Play moves the board from the current step to the end of the scenario,
//! one passage per step: vehicles slide, chips fade in and out
//! ([`crate::model::transition`]). Each step reached is shown a moment
//! before the next passage starts, so the audience can read it. The clock
//! is egui's frame time (`stable_dt`), so a test harness steps it
//! deterministically; the app asks for the next frame only while playing,
//! so an idle window costs nothing.
//!
//! While playing, the board is read-only: its figures are between two
//! steps, not any board's, so the shell drops board edits (a drag, a lane
//! slider, the inspector) until playback is paused, and the bar says so.
//! Edits of the session and of scenarios still apply.

use egui::{Panel, Rect, RichText, Ui, UiBuilder};

use super::Theme;
use super::baseline::{Baseline, baseline_picker_ui, differences_ui};
use super::ui_command::UiCommand;
use crate::i18n::lang_of;
use crate::model::transition::{Transition, between};
use crate::model::{Board, BoardRef, ParticipantId, Scenario, ScenarioId, Session, TrackId};
use crate::tr;

/// How long a passage from one step to the next takes at 1×, in seconds.
pub const PASSAGE_SECS: f32 = 1.2;

/// How long playback rests on each step it reaches before moving on, at
/// 1×, in seconds (not on the last: playback ends there).
pub const REST_SECS: f32 = 0.4;

/// The longest frame the clock counts, in seconds: after a stall (the
/// window hidden, the machine busy) playback carries on where it was
/// rather than jumping ahead (egui's own animations do the same).
pub const MAX_FRAME_SECS: f32 = 0.1;

/// How fast a scenario plays.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Speed {
    /// Half speed.
    Half,
    /// 1×: a passage takes [`PASSAGE_SECS`].
    #[default]
    Normal,
    /// Twice as fast.
    Double,
    /// Four times as fast.
    Quadruple,
    /// No animation: each step is shown for [`PASSAGE_SECS`], then the
    /// next replaces it at once.
    Instant,
}

impl Speed {
    /// Every speed, in the order the menu shows them.
    pub const ALL: [Self; 5] = [
        Self::Half,
        Self::Normal,
        Self::Double,
        Self::Quadruple,
        Self::Instant,
    ];

    /// The catalogue id of its label ("2×").
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Half => "playback-speed-half",
            Self::Normal => "playback-speed-normal",
            Self::Double => "playback-speed-double",
            Self::Quadruple => "playback-speed-quadruple",
            Self::Instant => "playback-speed-instant",
        }
    }

    /// How long playback rests on a step and how long the passage to the
    /// next takes, in seconds, at this speed.
    pub fn timing_secs(self) -> (f32, f32) {
        match self {
            Self::Half => (REST_SECS * 2.0, PASSAGE_SECS * 2.0),
            Self::Normal => (REST_SECS, PASSAGE_SECS),
            Self::Double => (REST_SECS / 2.0, PASSAGE_SECS / 2.0),
            Self::Quadruple => (REST_SECS / 4.0, PASSAGE_SECS / 4.0),
            Self::Instant => (PASSAGE_SECS, 0.0),
        }
    }

    /// How long playing a scenario of `steps` steps from its first step
    /// takes, in seconds.
    pub fn duration_secs(self, steps: usize) -> f32 {
        let (rest, passage) = self.timing_secs();
        let passages = steps.saturating_sub(1) as f32;
        if passages == 0.0 {
            return 0.0;
        }
        // No rest before the first passage.
        passages * (rest + passage) - rest
    }
}

/// A scenario being played.
#[derive(Clone, Debug, PartialEq)]
struct Run {
    /// The scenario.
    scenario: ScenarioId,
    /// The step last reached, counted from 0.
    at: usize,
    /// Seconds since that step was reached: a rest, then the passage to
    /// the next step.
    secs: f32,
}

/// The playback state: transient, never saved.
#[derive(Clone, Debug, Default)]
pub struct Playback {
    /// How fast it plays.
    pub speed: Speed,
    /// The scenario being played, if any.
    run: Option<Run>,
    /// The board between two steps this frame, during a passage.
    frame: Option<Transition>,
    /// Height the bar's contents took last frame (its strip is reserved
    /// before they are drawn).
    bar_height: f32,
}

impl Playback {
    /// True while a scenario is playing.
    pub fn is_playing(&self) -> bool {
        self.run.is_some()
    }

    /// The board to draw this frame instead of the board on screen: the
    /// in-between board during a passage, `None` otherwise (at rest on a
    /// step, the step's own board is drawn).
    pub fn board(&self) -> Option<&Board> {
        self.frame.as_ref().map(|frame| &frame.board)
    }

    /// The chips fading in or out this frame (see
    /// [`crate::ui::board::BoardMarks::seat_opacity`]).
    pub fn seat_opacity(&self) -> &[(TrackId, ParticipantId, f32)] {
        self.frame
            .as_ref()
            .map_or(&[], |frame| frame.seat_opacity.as_slice())
    }

    /// Starts playing the scenario [`scenario_to_play`] picks, from the
    /// step on screen (from its first step when the board on screen is not
    /// one of its steps, or is its last), and shows that step. Returns
    /// false, changing nothing, when there is no scenario of two steps or
    /// more to play.
    pub fn play(
        &mut self,
        session: &Session,
        on: &mut BoardRef,
        scenario: Option<&ScenarioId>,
    ) -> bool {
        let Some(scenario) = scenario_to_play(session, on, scenario) else {
            return false;
        };
        let last = scenario.steps.len().saturating_sub(1);
        if last == 0 {
            return false;
        }
        let start = step_index_on(scenario, on)
            .filter(|&at| at < last)
            .unwrap_or(0);
        *on = step_ref(scenario, start);
        self.run = Some(Run {
            scenario: scenario.id.clone(),
            at: start,
            // The first passage starts at once: no rest on the first step.
            secs: self.speed.timing_secs().0,
        });
        self.frame = None;
        true
    }

    /// Stops playing. The board on screen stays on the step last reached.
    pub fn pause(&mut self) {
        self.run = None;
        self.frame = None;
    }

    /// Play when paused, pause when playing.
    pub fn toggle(&mut self, session: &Session, on: &mut BoardRef, scenario: Option<&ScenarioId>) {
        if self.is_playing() {
            self.pause();
        } else {
            self.play(session, on, scenario);
        }
    }

    /// Moves the story on by `dt_secs` (a frame's time, clamped to
    /// [`MAX_FRAME_SECS`]): sets `on` to each step as it is reached and
    /// works out this frame's in-between board. Reaching the last step
    /// ends playback there, with that step's own board on screen.
    /// Playback stops where it is if the scenario or its next step is
    /// gone (undo, delete) or the board on screen was changed by someone
    /// else (a click on the timeline).
    pub fn advance(&mut self, session: &Session, on: &mut BoardRef, dt_secs: f32) {
        self.frame = None;
        let Some(run) = &mut self.run else {
            return;
        };
        let Some(scenario) = session.scenario(&run.scenario) else {
            self.run = None;
            return;
        };
        let last = scenario.steps.len().saturating_sub(1);
        if run.at >= last || *on != step_ref(scenario, run.at) {
            self.run = None;
            return;
        }
        let dt = if dt_secs.is_finite() {
            dt_secs.clamp(0.0, MAX_FRAME_SECS)
        } else {
            0.0
        };
        run.secs += dt;
        let (rest, passage) = self.speed.timing_secs();
        while run.secs >= rest + passage {
            run.secs -= rest + passage;
            run.at += 1;
            *on = step_ref(scenario, run.at);
            if run.at == last {
                self.run = None;
                return;
            }
        }
        if run.secs >= rest && passage > 0.0 {
            let t = (run.secs - rest) / passage;
            let (from, to) = (&scenario.steps[run.at], &scenario.steps[run.at + 1]);
            self.frame = Some(between(&from.board, &to.board, t));
        }
    }

    /// One frame of the clock, from egui's input: advances by the frame's
    /// `stable_dt`, then, while still playing, asks for the next frame
    /// (only then: an idle window must not repaint).
    pub fn advance_frame(&mut self, ctx: &egui::Context, session: &Session, on: &mut BoardRef) {
        if !self.is_playing() {
            self.frame = None;
            return;
        }
        let dt = ctx.input(|i| i.stable_dt);
        self.advance(session, on, dt);
        self.keep_playing(ctx);
    }

    /// Asks for the next frame while playing; nothing otherwise.
    pub fn keep_playing(&self, ctx: &egui::Context) {
        if self.is_playing() {
            ctx.request_repaint();
        }
    }
}

/// The scenario Play plays: the timeline's (`scenario`), else the one
/// whose step is on screen, else the session's first — if it has two
/// steps or more.
pub fn scenario_to_play<'a>(
    session: &'a Session,
    on: &BoardRef,
    scenario: Option<&ScenarioId>,
) -> Option<&'a Scenario> {
    let chosen = scenario
        .and_then(|id| session.scenario(id))
        .or_else(|| match on {
            BoardRef::Step { scenario, .. } => session.scenario(scenario),
            BoardRef::Live => None,
        })
        .or_else(|| session.scenarios.first())?;
    (chosen.steps.len() >= 2).then_some(chosen)
}

/// Where the step on screen is in `scenario`, if it is one of its steps.
fn step_index_on(scenario: &Scenario, on: &BoardRef) -> Option<usize> {
    match on {
        BoardRef::Step { scenario: id, step } if id == &scenario.id => scenario.step_index(step),
        _ => None,
    }
}

/// The board of step `index` of `scenario` (which has it).
fn step_ref(scenario: &Scenario, index: usize) -> BoardRef {
    BoardRef::Step {
        scenario: scenario.id.clone(),
        step: scenario.steps[index].id.clone(),
    }
}

/// Reserves the playback bar's strip at the bottom of the window (above
/// panels declared before it), as tall as its contents were last frame,
/// and returns its rect: the contents are drawn later by
/// [`playback_bar_ui`], after the board's widgets, so that Tab reaches
/// the lanes before the bar.
pub fn reserve_playback_bar_ui(ui: &mut Ui, playback: &Playback) -> Rect {
    Panel::bottom("playback")
        .show(ui, |ui| {
            ui.set_min_size(egui::vec2(ui.available_width(), playback.bar_height));
            ui.min_rect()
        })
        .inner
}

/// The playback bar, in `rect` (from [`reserve_playback_bar_ui`]): Play /
/// Pause, the speed, where the story is, and the baseline picker with the
/// list of differences from it. `on` is the board on screen; the board
/// compared with the baseline is the one drawn this frame (the in-between
/// board during a passage). When the contents need another height than
/// they had, the strip takes it on the next frame, asked for at once.
#[expect(
    clippy::too_many_arguments,
    reason = "the shell's state this bar reads and sets, passed apart so that the document stays borrowed read-only"
)]
pub fn playback_bar_ui(
    ui: &mut Ui,
    rect: Rect,
    session: &Session,
    playback: &mut Playback,
    baseline: &mut Baseline,
    on: &BoardRef,
    scenario: Option<&ScenarioId>,
    theme: &Theme,
    ui_commands: &mut Vec<UiCommand>,
) {
    let height = ui
        .scope_builder(UiBuilder::new().max_rect(rect), |ui| {
            ui.set_clip_rect(rect);
            bar_contents_ui(
                ui,
                session,
                playback,
                baseline,
                on,
                scenario,
                theme,
                ui_commands,
            );
            ui.min_rect().height()
        })
        .inner;
    if (height - playback.bar_height).abs() > 0.5 {
        playback.bar_height = height;
        ui.ctx().request_repaint();
    }
}

#[expect(
    clippy::too_many_arguments,
    reason = "as playback_bar_ui, which it draws"
)]
fn bar_contents_ui(
    ui: &mut Ui,
    session: &Session,
    playback: &mut Playback,
    baseline: &mut Baseline,
    on: &BoardRef,
    scenario: Option<&ScenarioId>,
    theme: &Theme,
    ui_commands: &mut Vec<UiCommand>,
) {
    let lang = lang_of(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        let playable = scenario_to_play(session, on, scenario);
        let (label, tooltip) = if playback.is_playing() {
            (
                tr!(lang, "playback-pause"),
                tr!(lang, "playback-pause-tooltip"),
            )
        } else if playable.is_some() {
            (
                tr!(lang, "playback-play"),
                tr!(lang, "playback-play-tooltip"),
            )
        } else {
            (
                tr!(lang, "playback-play"),
                tr!(lang, "playback-cannot-play"),
            )
        };
        let clicked = ui
            .add_enabled(
                playback.is_playing() || playable.is_some(),
                egui::Button::new(label),
            )
            .on_hover_text(tooltip)
            .on_disabled_hover_text(tr!(lang, "playback-cannot-play"))
            .clicked();
        if clicked {
            ui_commands.push(UiCommand::PlayPause);
        }
        if let Some(chosen) = super::choice_ui(
            ui,
            egui::IdSalt::new("playback-speed"),
            &tr!(lang, "playback-speed"),
            playback.speed,
            &Speed::ALL,
            Speed::message_id,
            None,
        ) {
            playback.speed = chosen;
        }
        position_ui(ui, session, on, theme);
        if playback.is_playing() {
            ui.label(
                RichText::new(tr!(lang, "playback-edits-pause"))
                    .font(theme.small.clone())
                    .weak(),
            );
        }
        ui.separator();
        baseline_picker_ui(ui, session, baseline);
    });
    let shown = session.board_at(on).unwrap_or(&session.board);
    let drawn = playback.board().unwrap_or(shown);
    differences_ui(ui, session, baseline, drawn, on, theme);
}

/// "Step 2 of 5: Opening statement (late 2018)" for the step on screen.
fn position_ui(ui: &mut Ui, session: &Session, on: &BoardRef, theme: &Theme) {
    let lang = lang_of(ui.ctx());
    let BoardRef::Step { scenario, step } = on else {
        ui.label(RichText::new(tr!(lang, "playback-live-board")).font(theme.small.clone()));
        return;
    };
    let Some((scenario, index, step)) = session
        .scenario(scenario)
        .and_then(|s| Some((s, s.step_index(step)?, s.step(step)?)))
    else {
        return;
    };
    let (number, count, title) = (index + 1, scenario.steps.len(), step.title.get(lang));
    let date = step.date.get(lang);
    let position = if date.trim().is_empty() {
        tr!(
            lang,
            "playback-position-undated",
            number = number,
            count = count,
            title = title
        )
    } else {
        tr!(
            lang,
            "playback-position",
            number = number,
            count = count,
            title = title,
            date = date
        )
    };
    ui.label(RichText::new(position).font(theme.small.clone()));
}
