//! The timeline strip along the bottom: the current scenario's steps as
//! cards (click to show one, drag to reorder), the "Live board" card, the
//! capture button, the scenario bar and the step editor; and the banner
//! above the board that says which board edits go to.
//!
//! The strip never changes the app itself: it emits edits as [`Command`]s
//! and asks for the rest (show a board, capture, delete with a message)
//! as [`TimelineAction`]s, which [`run_timeline_actions`] carries out after
//! the pass, when the document may change.

use egui::text::{LayoutJob, TextWrapping};
use egui::{
    Align, Align2, Color32, FontId, Id, Rect, Response, RichText, Role, ScrollArea, Sense, Stroke,
    StrokeKind, TextFormat, Ui, WidgetInfo,
};

use super::scenarios::scenario_bar_ui;
use super::source::{illustrative_description, illustrative_mark};
use super::status_bar::StatusMessage;
use super::step_editor::step_editor_ui;
use super::theme::Theme;
use super::{in_both_languages, ui_command::UiCommand};
use crate::app::PeacemapApp;
use crate::command::{Command, ScenarioEdit};
use crate::i18n::{Lang, lang_of};
use crate::model::{BoardRef, Scenario, ScenarioId, Session, Step, StepId, Text};
use crate::tr;

/// What the timeline keeps between frames.
#[derive(Clone, Debug, Default)]
pub struct TimelineState {
    /// What the strip, the scenario bar and the step commands asked for
    /// this frame; [`run_timeline_actions`] carries them out after the pass.
    pub actions: Vec<TimelineAction>,
    /// The scenario whose name is being edited in place of the picker.
    pub renaming: Option<ScenarioId>,
    /// Height the timeline's contents took last frame (its panel is
    /// reserved before the board and drawn after it, for the Tab order).
    pub height: Option<f32>,
    /// The board whose card the strip last scrolled into view.
    scrolled_to: Option<BoardRef>,
    /// Give the scenario name field the keyboard on the next frame (a
    /// rename has just begun).
    pub(super) focus_rename: bool,
    /// Whether one of the strip's cards had keyboard focus this frame.
    card_focused: bool,
    /// Give the current card keyboard focus on the next frame (an arrow
    /// key moved on from a focused card: focus follows).
    focus_current: bool,
}

/// What the timeline asks of the app besides edits of the document.
#[derive(Clone, Debug, PartialEq)]
pub enum TimelineAction {
    /// Show this board (a step's or the live one).
    Show(BoardRef),
    /// Show the step before the one on screen (the live board before the
    /// first step).
    Previous,
    /// Show the step after the one on screen (the first step after the
    /// live board).
    Next,
    /// Record the board on screen as a new step after the current one (or
    /// after the last, from the live board), in a new scenario if there
    /// is none, and show it.
    Capture,
    /// Show this scenario's steps on the strip.
    ChooseScenario(ScenarioId),
    /// Add an empty scenario and show it.
    NewScenario,
    /// Copy this scenario with its steps and show the copy.
    DuplicateScenario(ScenarioId),
    /// Delete this scenario (undo brings it back; the status bar says so).
    DeleteScenario(ScenarioId),
    /// Delete this step and show its neighbour if it was on screen.
    DeleteStep {
        /// The scenario it belongs to.
        scenario: ScenarioId,
        /// The step.
        step: StepId,
    },
}

/// What is dragged when a card is: the step it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
struct DraggedStep(StepId);

/// The id of the card for `step` (the "Live board" card for `None`).
fn card_id(step: Option<&StepId>) -> Id {
    Id::unique(("timeline-card", step.map(StepId::as_str)))
}

/// Whether the plain ← / → keys may step through the timeline: no widget
/// has the keyboard, or one of the strip's own cards has it, or the
/// focused widget is one that ignores arrows (a button, not a slider, a
/// vehicle or a text field: those sense drags and use the arrows).
pub fn arrows_are_free(
    ctx: &egui::Context,
    session: &Session,
    scenario: Option<&ScenarioId>,
) -> bool {
    let Some(focused) = ctx.memory(egui::Memory::focused) else {
        return true;
    };
    if ctx.text_edit_focused() {
        return false;
    }
    let on_card = focused == card_id(None)
        || scenario
            .and_then(|id| session.scenario(id))
            .is_some_and(|s| {
                s.steps
                    .iter()
                    .any(|step| card_id(Some(&step.id)) == focused)
            });
    on_card
        || ctx
            .read_response(focused)
            .is_none_or(|response| !response.sense.senses_drag())
}

/// The step on screen when `on` is a step of `scenario`: its index and
/// the step.
fn current_step<'a>(scenario: &'a Scenario, on: &BoardRef) -> Option<(usize, &'a Step)> {
    match on {
        BoardRef::Step {
            scenario: shown,
            step,
        } if *shown == scenario.id => {
            let index = scenario.step_index(step)?;
            Some((index, &scenario.steps[index]))
        }
        _ => None,
    }
}

/// A step's title in `lang`, or a placeholder when it has none.
pub fn step_title(step: &Step, lang: Lang) -> String {
    let title = step.title.get(lang);
    if title.trim().is_empty() {
        tr!(lang, "timeline-untitled")
    } else {
        title.to_owned()
    }
}

/// A scenario's name in `lang`, or a placeholder when it has none.
pub fn scenario_name(scenario: &Scenario, lang: Lang) -> String {
    let name = scenario.name.get(lang);
    if name.trim().is_empty() {
        tr!(lang, "scenario-unnamed")
    } else {
        name.to_owned()
    }
}

/// Draws the banner above the board: which step is on screen and that
/// board edits go to it, or that the live board is.
pub fn step_banner_ui(ui: &mut Ui, session: &Session, on: &BoardRef, playing: bool, theme: &Theme) {
    let lang = lang_of(ui.ctx());
    let step = match on {
        BoardRef::Step { scenario, step } => session
            .scenario(scenario)
            .and_then(|s| Some((s.step_index(step)?, s.steps.len(), s.step(step)?))),
        BoardRef::Live => None,
    };
    let text = match step {
        Some((index, count, step)) => {
            let (number, title) = (index + 1, step_title(step, lang));
            // While a story plays, board edits are dropped: say so, not "editing".
            let words = if playing {
                tr!(
                    lang,
                    "step-banner-playing",
                    number = number,
                    count = count,
                    title = title
                )
            } else {
                tr!(
                    lang,
                    "step-banner-editing",
                    number = number,
                    count = count,
                    title = title
                )
            };
            RichText::new(words).color(theme.step_banner_ink).strong()
        }
        None => RichText::new(tr!(lang, "step-banner-live")).color(theme.text_weak),
    };
    ui.add(egui::Label::new(text).truncate());
}

/// Reserves the timeline's panel along the bottom (above the status bar,
/// as tall as its contents were last frame) and returns its inside; the
/// shell draws into it with [`timeline_panel_ui`] after the board, so that
/// Tab reaches the lanes first. Also settles which board and scenario are
/// shown ([`settle_view`]).
pub fn reserve_timeline_panel(ui: &mut Ui, app: &mut PeacemapApp) -> Rect {
    settle_view(app);
    let height = app
        .timeline
        .height
        .unwrap_or(app.theme.timeline_card_size.y);
    egui::Panel::bottom("timeline")
        .show(ui, |ui| {
            ui.set_min_size(egui::vec2(ui.available_width(), height));
            ui.min_rect()
        })
        .inner
}

/// Draws the timeline into the panel [`reserve_timeline_panel`] reserved;
/// the panel takes the contents' height from the next frame on.
pub fn timeline_panel_ui(
    ui: &mut Ui,
    app: &mut PeacemapApp,
    rect: Rect,
    commands: &mut Vec<Command>,
) {
    let height = ui
        .scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
            ui.set_clip_rect(rect);
            timeline_ui(
                ui,
                app.document.session(),
                &app.on,
                app.scenario.as_ref(),
                &mut app.timeline,
                &app.theme,
                commands,
            );
            ui.min_rect().height()
        })
        .inner;
    if app.timeline.height != Some(height) {
        app.timeline.height = Some(height);
        ui.ctx().request_repaint();
    }
}

/// The banner's panel, right above the board (beside the side panel): its
/// fill says at a glance whether edits go to a step.
pub fn step_banner_panel(ui: &mut Ui, app: &PeacemapApp) {
    let fill = match app.on {
        BoardRef::Live => app.theme.live_banner_fill,
        BoardRef::Step { .. } => app.theme.step_banner_fill,
    };
    egui::Panel::top("step-banner")
        .frame(
            egui::Frame::side_top_panel(ui.style())
                .fill(fill)
                .inner_margin(app.theme.step_banner_margin),
        )
        .show(ui, |ui| {
            step_banner_ui(
                ui,
                app.document.session(),
                &app.on,
                app.playback.is_playing(),
                &app.theme,
            );
        });
}

/// Draws the timeline: the scenario bar and the capture button, then the
/// strip of cards beside the editor of the step on screen. Edits go to
/// `commands`; the rest to `state.actions`.
pub fn timeline_ui(
    ui: &mut Ui,
    session: &Session,
    on: &BoardRef,
    scenario: Option<&ScenarioId>,
    state: &mut TimelineState,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let lang = lang_of(ui.ctx());
    let scenario = scenario.and_then(|id| session.scenario(id));
    ui.horizontal(|ui| {
        scenario_bar_ui(ui, session, scenario, state, commands);
        ui.separator();
        let capture = UiCommand::CaptureStep;
        let shortcut = capture
            .shortcut()
            .map(|s| ui.ctx().format_shortcut(&s))
            .unwrap_or_default();
        if ui
            .button(capture.label(lang))
            .on_hover_text(format!("{} ({shortcut})", capture.tooltip(lang)))
            .clicked()
        {
            state.actions.push(TimelineAction::Capture);
        }
    });
    let strip_height = theme.timeline_card_size.y + ui.spacing().scroll.bar_width;
    ui.horizontal_top(|ui| {
        let strip_width =
            (ui.available_width() - theme.step_editor_width - ui.spacing().item_spacing.x * 2.0)
                .max(theme.timeline_card_size.x * 2.0);
        ui.allocate_ui(egui::vec2(strip_width, strip_height), |ui| {
            strip_ui(ui, scenario, on, state, theme, commands);
        });
        ui.separator();
        ui.vertical(|ui| {
            ui.set_width(ui.available_width());
            match scenario.and_then(|s| Some((s, current_step(s, on)?))) {
                Some((scenario, (index, step))) => {
                    step_editor_ui(
                        ui,
                        scenario,
                        index,
                        step,
                        theme,
                        &mut state.actions,
                        commands,
                    );
                }
                None => {
                    ui.add(
                        egui::Label::new(
                            RichText::new(tr!(lang, "step-editor-choose")).color(theme.text_weak),
                        )
                        .wrap(),
                    );
                }
            }
        });
    });
}

/// The strip: the "Live board" card, always in view at its left, then a
/// card per step, scrolling sideways and keeping the card on screen in
/// view.
fn strip_ui(
    ui: &mut Ui,
    scenario: Option<&Scenario>,
    on: &BoardRef,
    state: &mut TimelineState,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let lang = lang_of(ui.ctx());
    let scroll_now = state.scrolled_to.as_ref() != Some(on);
    let focus_now = std::mem::take(&mut state.focus_current);
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = theme.timeline_card_gap;
        let live = live_card_ui(ui, *on == BoardRef::Live, theme);
        if live.clicked() {
            state.actions.push(TimelineAction::Show(BoardRef::Live));
        }
        state.card_focused = live.has_focus();
        if *on == BoardRef::Live && focus_now {
            live.request_focus();
        }
        ScrollArea::horizontal()
            .id_salt("timeline-strip")
            .auto_shrink([false, true])
            .show(ui, |ui| {
                let current = ui
                    .horizontal(|ui| step_cards_ui(ui, scenario, on, state, theme, commands, lang))
                    .inner;
                // Inside the scroll area: it scrolls to the card this frame.
                if let Some(current) = current {
                    if scroll_now {
                        current.scroll_to_me(Some(Align::Center));
                    }
                    if focus_now {
                        current.request_focus();
                    }
                }
            });
    });
    state.scrolled_to = Some(on.clone());
}

/// The scenario's step cards (or why there are none); returns the card of
/// the step on screen.
fn step_cards_ui(
    ui: &mut Ui,
    scenario: Option<&Scenario>,
    on: &BoardRef,
    state: &mut TimelineState,
    theme: &Theme,
    commands: &mut Vec<Command>,
    lang: Lang,
) -> Option<Response> {
    let Some(scenario) = scenario else {
        ui.label(RichText::new(tr!(lang, "timeline-no-scenario")).color(theme.text_weak));
        return None;
    };
    if scenario.steps.is_empty() {
        ui.label(RichText::new(tr!(lang, "timeline-no-steps")).color(theme.text_weak));
    }
    let shown = current_step(scenario, on).map(|(index, _)| index);
    let mut current = None;
    for (index, step) in scenario.steps.iter().enumerate() {
        let response = step_card_ui(ui, index, step, shown == Some(index), theme);
        state.card_focused |= response.has_focus();
        if response.clicked() {
            state.actions.push(TimelineAction::Show(BoardRef::Step {
                scenario: scenario.id.clone(),
                step: step.id.clone(),
            }));
        }
        if let Some(moved) = drop_place(ui, &response, scenario, index, theme) {
            commands.push(moved);
        }
        card_menu_ui(&response, scenario, index, &mut state.actions, commands);
        if shown == Some(index) {
            current = Some(response);
        }
    }
    current
}

/// A step card's right-click menu: move it earlier or later, delete it
/// (as the step editor's buttons do, for the card under the pointer).
fn card_menu_ui(
    response: &Response,
    scenario: &Scenario,
    index: usize,
    actions: &mut Vec<TimelineAction>,
    commands: &mut Vec<Command>,
) {
    let lang = lang_of(&response.ctx);
    let step = &scenario.steps[index];
    let move_to = |to: usize| -> Command {
        ScenarioEdit::MoveStep {
            scenario: scenario.id.clone(),
            step: step.id.clone(),
            to,
        }
        .into()
    };
    response.context_menu(|ui| {
        ui.label(RichText::new(step_title(step, lang)).strong());
        let earlier = egui::Button::new(tr!(lang, "step-move-earlier"));
        if ui.add_enabled(index > 0, earlier).clicked() {
            commands.push(move_to(index - 1));
            ui.close();
        }
        let later = egui::Button::new(tr!(lang, "step-move-later"));
        if ui
            .add_enabled(index + 1 < scenario.steps.len(), later)
            .clicked()
        {
            commands.push(move_to(index + 1));
            ui.close();
        }
        if ui.button(tr!(lang, "step-delete")).clicked() {
            actions.push(TimelineAction::DeleteStep {
                scenario: scenario.id.clone(),
                step: step.id.clone(),
            });
            ui.close();
        }
    });
}

/// The first card: the session's live board.
fn live_card_ui(ui: &mut Ui, current: bool, theme: &Theme) -> Response {
    let lang = lang_of(ui.ctx());
    let size = egui::vec2(theme.timeline_card_size.x * 0.6, theme.timeline_card_size.y);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let response = ui.interact(rect, card_id(None), Sense::click());
    let label = tr!(lang, "timeline-live");
    paint_card_frame(ui, rect, &response, current, theme);
    let galley = elided(
        ui,
        label.clone(),
        theme.body.clone(),
        theme.text,
        rect.width() - 12.0,
        2,
    );
    ui.painter().galley(
        Align2::CENTER_CENTER
            .anchor_size(rect.center(), galley.size())
            .min,
        galley,
        theme.text,
    );
    keep_arrows_on_card(ui, &response);
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, current, &label));
    response.on_hover_text(tr!(lang, "timeline-live-tooltip"))
}

/// One step's card: number and date label, title (led by the
/// illustrative mark when the step is illustrative), a hint of the notes.
fn step_card_ui(ui: &mut Ui, index: usize, step: &Step, current: bool, theme: &Theme) -> Response {
    let lang = lang_of(ui.ctx());
    let (rect, _) = ui.allocate_exact_size(theme.timeline_card_size, Sense::hover());
    let response = ui.interact(rect, card_id(Some(&step.id)), Sense::click_and_drag());
    response.dnd_set_drag_payload(DraggedStep(step.id.clone()));
    paint_card_frame(ui, rect, &response, current, theme);

    let inner = rect.shrink(6.0);
    let width = inner.width();
    let title = step_title(step, lang);
    let date = step.date.get(lang);
    let top = if date.trim().is_empty() {
        format!("{}", index + 1)
    } else {
        format!("{} · {date}", index + 1)
    };
    let mut y = inner.top();
    let top_galley = elided(ui, top, theme.small.clone(), theme.text_weak, width, 1);
    let top_height = top_galley.size().y;
    ui.painter()
        .galley(egui::pos2(inner.left(), y), top_galley, theme.text_weak);
    y += top_height;
    let shown_title = if step.source.is_illustrative() {
        format!("{} {title}", illustrative_mark(lang))
    } else {
        title.clone()
    };
    let title_colour = if step.source.is_illustrative() {
        theme.illustrative
    } else {
        theme.text
    };
    let title_galley = elided(ui, shown_title, theme.body.clone(), title_colour, width, 1);
    let title_height = title_galley.size().y;
    ui.painter()
        .galley(egui::pos2(inner.left(), y), title_galley, title_colour);
    y += title_height;
    let notes = step.notes.get(lang).replace('\n', " ");
    if !notes.trim().is_empty() {
        let notes_galley = elided(ui, notes, theme.small.clone(), theme.text_weak, width, 1);
        ui.painter().with_clip_rect(inner).galley(
            egui::pos2(inner.left(), y),
            notes_galley,
            theme.text_weak,
        );
    }

    keep_arrows_on_card(ui, &response);
    let label = if date.trim().is_empty() {
        tr!(
            lang,
            "timeline-card-undated",
            number = index + 1,
            title = title
        )
    } else {
        tr!(
            lang,
            "timeline-card",
            number = index + 1,
            title = title,
            date = date
        )
    };
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, current, &label));
    if step.source.is_illustrative() {
        let description = illustrative_description(lang);
        ui.ctx()
            .accesskit_node_builder(response.id, |node| node.set_description(description));
    }
    let hover = step.notes.get(lang);
    response.on_hover_ui(|ui| {
        ui.label(tr!(lang, "timeline-card-tooltip"));
        if !hover.trim().is_empty() {
            ui.separator();
            ui.add(egui::Label::new(hover).wrap());
        }
    })
}

/// While a card has the keyboard, the arrow keys step through the
/// timeline (the shell's ← / →) instead of moving focus to a neighbour.
fn keep_arrows_on_card(ui: &Ui, response: &Response) {
    if response.has_focus() {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    ..Default::default()
                },
            );
        });
    }
}

/// The card's background and outline: highlighted when it is the board on
/// screen, lighter when hovered or focused.
fn paint_card_frame(ui: &Ui, rect: Rect, response: &Response, current: bool, theme: &Theme) {
    let stroke = if current {
        Stroke::new(theme.selection_width, theme.selection)
    } else if response.hovered() || response.has_focus() {
        Stroke::new(theme.card_stroke.width, theme.text_weak)
    } else {
        theme.card_stroke
    };
    ui.painter().rect(
        rect,
        theme.lane_rounding,
        theme.card_fill,
        stroke,
        StrokeKind::Inside,
    );
    if response.has_focus() {
        ui.painter().rect_stroke(
            rect.expand(2.0),
            theme.lane_rounding,
            ui.visuals().selection.stroke,
            StrokeKind::Outside,
        );
    }
}

/// `text` laid out in at most `rows` rows of `width`, cut with "…".
fn elided(
    ui: &Ui,
    text: String,
    font: FontId,
    colour: Color32,
    width: f32,
    rows: usize,
) -> std::sync::Arc<egui::Galley> {
    let mut job = LayoutJob::single_section(text, TextFormat::simple(font, colour));
    job.wrap = TextWrapping {
        max_width: width,
        max_rows: rows,
        break_anywhere: rows == 1,
        overflow_character: Some('…'),
    };
    ui.painter().layout_job(job)
}

/// While a step card is dragged over the card at `index`, marks where it
/// would go (before the card when over its left half, after it when over
/// its right half); when it is dropped there, the move.
fn drop_place(
    ui: &Ui,
    response: &Response,
    scenario: &Scenario,
    index: usize,
    theme: &Theme,
) -> Option<Command> {
    let dragged = response.dnd_hover_payload::<DraggedStep>()?;
    let from = scenario.step_index(&dragged.0)?;
    let pointer = ui.ctx().pointer_interact_pos()?;
    let before = pointer.x < response.rect.center().x;
    let edge = if before {
        response.rect.left() - theme.timeline_card_gap / 2.0
    } else {
        response.rect.right() + theme.timeline_card_gap / 2.0
    };
    ui.painter().vline(
        edge,
        response.rect.y_range(),
        Stroke::new(theme.selection_width * 2.0, theme.selection),
    );
    // The place it goes to, counted after it has left its own.
    let slot = if before { index } else { index + 1 };
    let to = if slot > from { slot - 1 } else { slot };
    let dropped = response.dnd_release_payload::<DraggedStep>()?;
    (dropped.0 == scenario.steps[from].id && to != from).then(|| {
        ScenarioEdit::MoveStep {
            scenario: scenario.id.clone(),
            step: dropped.0.clone(),
            to,
        }
        .into()
    })
}

/// Carries out the actions the timeline asked for this frame, then keeps
/// the app's board and scenario pointing at what exists.
pub fn run_timeline_actions(app: &mut PeacemapApp, now: f64) {
    for action in std::mem::take(&mut app.timeline.actions) {
        run_timeline_action(app, action, now);
    }
    settle_view(app);
}

/// Keeps `app.on` and `app.scenario` right: a board that is gone gives way
/// to the live board; the scenario shown is the one of the step on screen,
/// else the one chosen, else the session's first.
pub fn settle_view(app: &mut PeacemapApp) {
    let session = app.document.session();
    if session.board_at(&app.on).is_none() {
        app.on = BoardRef::Live;
    }
    if let BoardRef::Step { scenario, .. } = &app.on {
        app.scenario = Some(scenario.clone());
    }
    if app
        .scenario
        .as_ref()
        .is_none_or(|id| session.scenario(id).is_none())
    {
        app.scenario = session.scenarios.first().map(|s| s.id.clone());
    }
    if app
        .timeline
        .renaming
        .as_ref()
        .is_some_and(|id| session.scenario(id).is_none())
    {
        app.timeline.renaming = None;
    }
}

fn run_timeline_action(app: &mut PeacemapApp, action: TimelineAction, now: f64) {
    match action {
        TimelineAction::Show(on) => {
            if app.document.session().board_at(&on).is_some() {
                app.on = on;
            }
        }
        TimelineAction::Previous => step_by(app, false),
        TimelineAction::Next => step_by(app, true),
        TimelineAction::Capture => capture(app, now),
        TimelineAction::ChooseScenario(id) => {
            if app.document.session().scenario(&id).is_some() {
                if matches!(&app.on, BoardRef::Step { scenario, .. } if *scenario != id) {
                    app.on = BoardRef::Live;
                }
                app.scenario = Some(id);
            }
        }
        TimelineAction::NewScenario => {
            let session = app.document.session();
            let id = session.fresh_scenario_id();
            let name = default_scenario_name(session);
            if app.apply_command(ScenarioEdit::AddScenario { name }.into(), now) {
                app.scenario = Some(id.clone());
                app.on = BoardRef::Live;
                app.timeline.renaming = Some(id);
                app.timeline.focus_rename = true;
            }
        }
        TimelineAction::DuplicateScenario(id) => duplicate_scenario(app, id, now),
        TimelineAction::DeleteScenario(id) => delete_scenario(app, &id, now),
        TimelineAction::DeleteStep { scenario, step } => delete_step(app, &scenario, step, now),
    }
}

/// "Scenario N", N the smallest from the number of scenarios plus one
/// that no scenario is named yet, in both languages.
fn default_scenario_name(session: &Session) -> Text {
    let taken = |number: usize| {
        let name = tr!(Lang::En, "scenario-default-name", number = number);
        session.scenarios.iter().any(|s| s.name.en == name)
    };
    // One more number than there are scenarios always has a free one.
    let first = session.scenarios.len() + 1;
    let number = (first..=first * 2).find(|n| !taken(*n)).unwrap_or(first);
    in_both_languages(|lang| tr!(lang, "scenario-default-name", number = number))
}

/// ← / →: the previous or next board along the strip (the live board
/// comes before the first step). At either end the status bar says so.
fn step_by(app: &mut PeacemapApp, forward: bool) {
    let session = app.document.session();
    let Some(scenario) = app.scenario.as_ref().and_then(|id| session.scenario(id)) else {
        return;
    };
    let count = scenario.steps.len();
    let current = current_step(scenario, &app.on).map(|(index, _)| index);
    let target = match (current, forward) {
        (None, true) if count > 0 => Some(Some(0)),
        (Some(index), true) if index + 1 < count => Some(Some(index + 1)),
        (Some(0), false) => Some(None),
        (Some(index), false) => Some(Some(index - 1)),
        _ => None,
    };
    match target {
        Some(Some(index)) => {
            app.on = BoardRef::Step {
                scenario: scenario.id.clone(),
                step: scenario.steps[index].id.clone(),
            };
        }
        Some(None) => app.on = BoardRef::Live,
        // Back from the live board: nothing comes before it.
        None if !forward => {}
        None => {
            let name = |lang| scenario_name(scenario, lang);
            app.status = Some(StatusMessage::Info(in_both_languages(|lang| {
                tr!(lang, "timeline-status-last-step", scenario = name(lang))
            })));
        }
    }
    if app.timeline.card_focused {
        app.timeline.focus_current = true;
    }
}

/// Records the board on screen as a new step right after the current one
/// (after the last from the live board), titled "Step N" and dated like
/// the step it follows; makes a scenario first when there is none. Then
/// shows the new step.
fn capture(app: &mut PeacemapApp, now: f64) {
    let session = app.document.session();
    let chosen = app
        .scenario
        .clone()
        .filter(|id| session.scenario(id).is_some());
    let scenario_id = if let Some(id) = chosen {
        id
    } else {
        let id = session.fresh_scenario_id();
        let name = default_scenario_name(session);
        if !app.apply_command(ScenarioEdit::AddScenario { name }.into(), now) {
            return;
        }
        id
    };
    let session = app.document.session();
    let Some(scenario) = session.scenario(&scenario_id) else {
        return;
    };
    let after = current_step(scenario, &app.on)
        .map(|(_, step)| step)
        .or_else(|| scenario.steps.last());
    let number = after
        .and_then(|step| scenario.step_index(&step.id))
        .map_or(1, |index| index + 2);
    let title = in_both_languages(|lang| tr!(lang, "step-default-title", number = number));
    let date = after.map(|step| step.date.clone()).unwrap_or_default();
    let step_id = session.fresh_step_id();
    let board = Box::new(app.shown_board().clone());
    let command = ScenarioEdit::CaptureStep {
        scenario: scenario_id.clone(),
        after: after.map(|step| step.id.clone()),
        title: title.clone(),
        date,
        board,
    };
    let name = |lang| scenario_name(scenario, lang);
    let message = in_both_languages(|lang| {
        tr!(
            lang,
            "timeline-status-captured",
            step = title.get(lang),
            scenario = name(lang)
        )
    });
    if app.apply_command(command.into(), now) {
        app.scenario = Some(scenario_id.clone());
        app.on = BoardRef::Step {
            scenario: scenario_id,
            step: step_id,
        };
        app.status = Some(StatusMessage::Info(message));
    }
}

/// Copies a scenario as "… (copy)" and shows the copy, at the same step
/// when one of the original's was on screen.
fn duplicate_scenario(app: &mut PeacemapApp, id: ScenarioId, now: f64) {
    let session = app.document.session();
    let Some(original) = session.scenario(&id) else {
        return;
    };
    let name = in_both_languages(|lang| {
        tr!(
            lang,
            "scenario-copy-name",
            scenario = scenario_name(original, lang)
        )
    });
    let shown = current_step(original, &app.on).map(|(index, _)| index);
    let copy_id = session.fresh_scenario_id();
    if !app.apply_command(
        ScenarioEdit::DuplicateScenario { scenario: id, name }.into(),
        now,
    ) {
        return;
    }
    let session = app.document.session();
    app.scenario = Some(copy_id.clone());
    app.on = shown
        .and_then(|index| session.scenario(&copy_id)?.steps.get(index))
        .map_or(BoardRef::Live, |step| BoardRef::Step {
            scenario: copy_id.clone(),
            step: step.id.clone(),
        });
}

/// Deletes a scenario with its steps, at once: undo brings it back, and
/// the status bar says so (no modal: nothing is lost that undo cannot
/// restore). The strip then shows the scenario that took its place.
fn delete_scenario(app: &mut PeacemapApp, id: &ScenarioId, now: f64) {
    let session = app.document.session();
    let Some(index) = session.scenarios.iter().position(|s| s.id == *id) else {
        return;
    };
    let scenario = &session.scenarios[index];
    let count = scenario.steps.len();
    let message = in_both_languages(|lang| {
        tr!(
            lang,
            "scenario-status-deleted",
            scenario = scenario_name(scenario, lang),
            count = count
        )
    });
    if !app.apply_command(
        ScenarioEdit::DeleteScenario {
            scenario: id.clone(),
        }
        .into(),
        now,
    ) {
        return;
    }
    let session = app.document.session();
    if app.scenario.as_ref() == Some(id) {
        let neighbour = session
            .scenarios
            .get(index)
            .or_else(|| session.scenarios.last());
        app.scenario = neighbour.map(|s| s.id.clone());
    }
    if matches!(&app.on, BoardRef::Step { scenario, .. } if scenario == id) {
        app.on = BoardRef::Live;
    }
    app.status = Some(StatusMessage::Info(message));
}

/// Deletes a step: undo brings it back, the status bar says so. When it
/// was on screen, the step before it is shown (the one after it when it
/// was the first; the live board when it was the only one).
fn delete_step(app: &mut PeacemapApp, scenario_id: &ScenarioId, step_id: StepId, now: f64) {
    let session = app.document.session();
    let Some(scenario) = session.scenario(scenario_id) else {
        return;
    };
    let Some(index) = scenario.step_index(&step_id) else {
        return;
    };
    let title = |lang| step_title(&scenario.steps[index], lang);
    let message = in_both_languages(|lang| tr!(lang, "step-status-deleted", step = title(lang)));
    let was_shown = matches!(&app.on, BoardRef::Step { step, .. } if *step == step_id);
    if !app.apply_command(
        ScenarioEdit::DeleteStep {
            scenario: scenario_id.clone(),
            step: step_id,
        }
        .into(),
        now,
    ) {
        return;
    }
    if was_shown {
        let session = app.document.session();
        let steps = session
            .scenario(scenario_id)
            .map_or(&[][..], |s| s.steps.as_slice());
        app.on = steps
            .get(index.saturating_sub(1))
            .map_or(BoardRef::Live, |step| BoardRef::Step {
                scenario: scenario_id.clone(),
                step: step.id.clone(),
            });
    }
    app.status = Some(StatusMessage::Info(message));
}
