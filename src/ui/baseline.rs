//! Comparing the board with a baseline: any step of any scenario, picked
//! in the playback bar. The lanes that differ are outlined on the board
//! (the shell passes [`changed_lanes`] to the board as
//! `BoardMarks::changed_tracks` before drawing it), and each difference is
//! listed in words in the UI's language ("Nuclear security: from 40% to
//! 15%, stalled").

use egui::{RichText, Ui};

use super::Theme;
use super::source::illustrative_mark_ui;
use super::value_label;
use crate::i18n::{Lang, lang_of};
use crate::model::compare::{Difference, changed_tracks, differences};
use crate::model::{Board, BoardRef, ConveneGate, ParticipantId, Session, Step, StepId, TrackId};
use crate::tr;

/// The baseline chosen: transient UI state, never saved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Baseline {
    /// The step the board is compared with (step ids are unique across
    /// scenarios); `None` for no comparison.
    pub step: Option<StepId>,
}

/// One difference in words, and whether it shows figures (which carry the
/// illustrative mark when the steps compared are illustrative).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DifferenceLine {
    /// The sentence, e.g. "China joins Economic measures as negotiator".
    pub text: String,
    /// True when the sentence states percentages.
    pub shows_figures: bool,
}

/// A step as the baseline picker names it: "Opening statement (late 2018)".
pub fn step_label(step: &Step, lang: Lang) -> String {
    let date = step.date.get(lang);
    if date.trim().is_empty() {
        step.title.get(lang).to_owned()
    } else {
        tr!(
            lang,
            "baseline-step",
            title = step.title.get(lang),
            date = date
        )
    }
}

/// The tracks whose lanes differ on `board` from the baseline's step,
/// in lane order; none without a baseline (or when its step is gone).
pub fn changed_lanes(baseline: &Baseline, session: &Session, board: &Board) -> Vec<TrackId> {
    baseline
        .step
        .as_ref()
        .and_then(|id| session.find_step(id))
        .map_or_else(Vec::new, |(_, step)| {
            changed_tracks(&differences(session, &step.board, board))
        })
}

/// The baseline picker: "None", then every step of every scenario under
/// the scenario's name. A baseline whose step is gone (undo, delete) is
/// dropped first. A new choice asks for another frame at once: the board,
/// drawn before this bar, outlines the lanes it changes.
pub fn baseline_picker_ui(ui: &mut Ui, session: &Session, baseline: &mut Baseline) {
    let lang = lang_of(ui.ctx());
    if let Some(id) = &baseline.step
        && session.find_step(id).is_none()
    {
        baseline.step = None;
    }
    let selected = baseline
        .step
        .as_ref()
        .and_then(|id| session.find_step(id))
        .map_or_else(
            || tr!(lang, "baseline-none"),
            |(_, step)| step_label(step, lang),
        );
    ui.label(tr!(lang, "baseline-label"))
        .on_hover_text(tr!(lang, "baseline-picker-tooltip"));
    let before = baseline.step.clone();
    let name = tr!(lang, "baseline-picker");
    ui.name_inputs(name, |ui| {
        egui::ComboBox::from_id_salt("baseline-picker")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut baseline.step, None, tr!(lang, "baseline-none"));
                for scenario in &session.scenarios {
                    ui.separator();
                    ui.label(RichText::new(scenario.name.get(lang)).strong());
                    for step in &scenario.steps {
                        ui.selectable_value(
                            &mut baseline.step,
                            Some(step.id.clone()),
                            step_label(step, lang),
                        );
                    }
                }
            });
    });
    if baseline.step != before {
        ui.ctx().request_repaint();
    }
}

/// The differences between the baseline and `board` (the board drawn
/// this frame; `on` names the step it belongs to), listed in words under a
/// collapsible heading; nothing without a baseline. Figures are led by
/// the illustrative mark when the baseline step or the step on screen is
/// illustrative.
pub fn differences_ui(
    ui: &mut Ui,
    session: &Session,
    baseline: &Baseline,
    board: &Board,
    on: &BoardRef,
    theme: &Theme,
) {
    let Some((_, step)) = baseline.step.as_ref().and_then(|id| session.find_step(id)) else {
        return;
    };
    let lang = lang_of(ui.ctx());
    let found = differences(session, &step.board, board);
    let on_illustrative = match on {
        BoardRef::Step { step, .. } => session
            .find_step(step)
            .is_some_and(|(_, step)| step.source.is_illustrative()),
        BoardRef::Live => false,
    };
    let illustrative = step.source.is_illustrative() || on_illustrative;
    let lines = difference_lines(session, &found, lang);
    let heading = tr!(
        lang,
        "baseline-differences",
        step = step_label(step, lang),
        count = lines.len()
    );
    egui::CollapsingHeader::new(heading)
        .id_salt("baseline-differences")
        .default_open(true)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("baseline-differences-scroll")
                .max_height(theme.baseline_list_max_height)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    if found.is_empty() {
                        ui.label(RichText::new(tr!(lang, "baseline-no-differences")).weak());
                    }
                    for line in lines {
                        ui.horizontal(|ui| {
                            if illustrative && line.shows_figures {
                                illustrative_mark_ui(ui, theme);
                            }
                            ui.label(line.text);
                        });
                    }
                });
        });
}

/// Each of `found` in words in `lang`, in order. A track's progress and
/// status change make one line ("Nuclear security: from 40% to 15%, stalled").
pub fn difference_lines(
    session: &Session,
    found: &[Difference],
    lang: Lang,
) -> Vec<DifferenceLine> {
    let mut lines = Vec::with_capacity(found.len());
    let mut rest = found.iter().peekable();
    while let Some(difference) = rest.next() {
        let line = match difference {
            Difference::Progress {
                track,
                from_pct,
                to_pct,
            } => {
                let (from, to) = pct_pair(*from_pct, *to_pct);
                let status = match rest.peek() {
                    Some(Difference::TrackStatus {
                        track: same, to, ..
                    }) if same == track => {
                        rest.next();
                        Some(*to)
                    }
                    _ => None,
                };
                let track = track_name(session, track, lang);
                let text = if let Some(status) = status {
                    tr!(
                        lang,
                        "baseline-progress-status",
                        track = track,
                        from = from,
                        to = to,
                        status = value_label(lang, status.message_id()).to_lowercase()
                    )
                } else {
                    tr!(
                        lang,
                        "baseline-progress",
                        track = track,
                        from = from,
                        to = to
                    )
                };
                figures(text)
            }
            Difference::TrackStatus { track, from, to } => words(tr!(
                lang,
                "baseline-change",
                item = track_name(session, track, lang),
                from = value_label(lang, from.message_id()).to_lowercase(),
                to = value_label(lang, to.message_id()).to_lowercase()
            )),
            Difference::SeatJoined {
                track,
                participant,
                role,
            } => words(tr!(
                lang,
                "baseline-seat-joined",
                participant = participant_name(session, participant, lang),
                track = track_name(session, track, lang),
                role = value_label(lang, role.message_id()).to_lowercase()
            )),
            Difference::SeatLeft {
                track, participant, ..
            } => words(tr!(
                lang,
                "baseline-seat-left",
                participant = participant_name(session, participant, lang),
                track = track_name(session, track, lang)
            )),
            Difference::SeatRole {
                track,
                participant,
                from,
                to,
            } => words(tr!(
                lang,
                "baseline-seat-role",
                participant = participant_name(session, participant, lang),
                track = track_name(session, track, lang),
                from = value_label(lang, from.message_id()).to_lowercase(),
                to = value_label(lang, to.message_id()).to_lowercase()
            )),
            Difference::Stage { stage, from, to } => {
                let name = session
                    .sanctions
                    .iter()
                    .find(|s| &s.id == stage)
                    .map_or_else(|| stage.to_string(), |s| s.name.get(lang).to_owned());
                words(tr!(
                    lang,
                    "baseline-change",
                    item = name,
                    from = status_word(lang, from.map(crate::model::StageStatus::message_id)),
                    to = status_word(lang, to.map(crate::model::StageStatus::message_id))
                ))
            }
            Difference::BorderOption { option, from, to } => {
                let name = session
                    .border
                    .options
                    .iter()
                    .find(|o| &o.id == option)
                    .map_or_else(|| option.to_string(), |o| o.name.get(lang).to_owned());
                words(tr!(
                    lang,
                    "baseline-change",
                    item = name,
                    from = status_word(lang, from.map(crate::model::BorderStatus::message_id)),
                    to = status_word(lang, to.map(crate::model::BorderStatus::message_id))
                ))
            }
            Difference::Ratification {
                participant,
                from,
                to,
            } => words(tr!(
                lang,
                "baseline-ratification",
                participant = participant_name(session, participant, lang),
                from = status_word(lang, from.map(crate::model::RatificationStatus::message_id)),
                to = status_word(lang, to.map(crate::model::RatificationStatus::message_id))
            )),
            Difference::Gate { from, to } => {
                let track = difference
                    .track()
                    .map(|track| track_name(session, track, lang))
                    .unwrap_or_default();
                let (from, to) = gate_pair(from.as_ref(), to.as_ref(), session, lang);
                figures(tr!(
                    lang,
                    "baseline-gate",
                    track = track,
                    from = from,
                    to = to
                ))
            }
        };
        lines.push(line);
    }
    lines
}

/// A line of words only.
fn words(text: String) -> DifferenceLine {
    DifferenceLine {
        text,
        shows_figures: false,
    }
}

/// A line that states percentages.
fn figures(text: String) -> DifferenceLine {
    DifferenceLine {
        text,
        shows_figures: true,
    }
}

/// Two percentages as shown side by side: whole numbers, or one decimal
/// when the whole numbers would read the same (a nudge of 0.3 %).
fn pct_pair(from: f32, to: f32) -> (String, String) {
    let whole = (format!("{from:.0}"), format!("{to:.0}"));
    if whole.0 == whole.1 {
        (format!("{from:.1}"), format!("{to:.1}"))
    } else {
        whole
    }
}

/// The two sides of a changed regional gate: "35%", or "none"; a gate on
/// another track names it ("35% on Economic measures").
fn gate_pair(
    from: Option<&ConveneGate>,
    to: Option<&ConveneGate>,
    session: &Session,
    lang: Lang,
) -> (String, String) {
    let same_track = matches!((from, to), (Some(a), Some(b)) if a.track == b.track);
    let (from_pct, to_pct) = pct_pair(
        from.map_or(0.0, |g| g.threshold_pct),
        to.map_or(0.0, |g| g.threshold_pct),
    );
    let side = |gate: Option<&ConveneGate>, pct: String| match gate {
        None => tr!(lang, "baseline-gate-none"),
        Some(_) if same_track => tr!(lang, "baseline-gate-at", pct = pct),
        Some(gate) => tr!(
            lang,
            "baseline-gate-at-on",
            pct = pct,
            track = track_name(session, &gate.track, lang)
        ),
    };
    (side(from, from_pct), side(to, to_pct))
}

/// A track's name in `lang`, or its id if the session has no such track.
fn track_name(session: &Session, track: &TrackId, lang: Lang) -> String {
    session
        .track(track)
        .map_or_else(|| track.to_string(), |t| t.name.get(lang).to_owned())
}

/// A participant's short label in `lang`, or its id if unknown.
fn participant_name(session: &Session, participant: &ParticipantId, lang: Lang) -> String {
    session.participant(participant).map_or_else(
        || participant.to_string(),
        |p| p.short_label.get(lang).to_owned(),
    )
}

/// A status as the list words it, in lower case; "absent" where the board
/// has no entry for the item.
fn status_word(lang: Lang, message_id: Option<&str>) -> String {
    message_id.map_or_else(
        || tr!(lang, "baseline-absent"),
        |id| value_label(lang, id).to_lowercase(),
    )
}
