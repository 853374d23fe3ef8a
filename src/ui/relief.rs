//! The sanctions relief ladder: one card per stage with its threshold, the
//! measures relieved, the body that must act, and whether it is unlocked
//! (computed live) or what it still lacks.

use egui::{Frame, Margin, RichText, Role, Stroke, Ui, WidgetInfo};

use super::gauge::stage_short_name;
use super::theme::Theme;
use crate::command::Command;
use crate::model::rules::{StageLock, stage_lock};
use crate::model::{SanctionsStage, Session, StageStatus};

/// Draws the ladder of relief stages.
pub fn relief_ui(ui: &mut Ui, session: &Session, theme: &Theme, commands: &mut Vec<Command>) {
    ui.label(RichText::new("Sanctions relief, in stages").font(theme.heading.clone()).color(theme.text).strong())
        .on_hover_text(
            "Relief is judged on progress across all tracks together, and comes in specific \
             steps rather than all at once. Each stage names what is relieved and who must act.",
        );
    ui.add_space(4.0);
    if session.sanctions.is_empty() {
        ui.label(RichText::new("No relief stages in this session.").color(theme.text_weak));
    }
    for (index, stage) in session.sanctions.iter().enumerate() {
        stage_card_ui(ui, session, index, stage, theme, commands);
        ui.add_space(6.0);
    }
}

fn stage_card_ui(
    ui: &mut Ui,
    session: &Session,
    index: usize,
    stage: &SanctionsStage,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let lock = stage_lock(session, stage);
    let unlocked = lock.is_unlocked();
    let accent = if unlocked { theme.good } else { theme.locked };
    let lock_words = if unlocked { "unlocked" } else { "locked" };
    let card = Frame::new()
        .fill(theme.card_fill)
        .stroke(Stroke::new(if unlocked { 2.0 } else { 1.0 }, accent))
        .corner_radius(6.0)
        .inner_margin(Margin::same(8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let icon = if unlocked { "✔ Unlocked" } else { "○ Locked" };
                ui.label(RichText::new(format!("{} · {icon}", stage_short_name(index))).font(theme.small.clone()).color(accent).strong());
                ui.label(RichText::new(format!("at {:.0}%", stage.threshold_pct)).font(theme.small.clone()).color(theme.text_weak));
            });
            ui.add(egui::Label::new(RichText::new(&stage.name).font(theme.body.clone()).color(theme.text).strong()).wrap());
            for measure in &stage.measures {
                ui.add(egui::Label::new(RichText::new(format!("• {measure}")).font(theme.small.clone()).color(theme.text)).wrap());
            }
            ui.add(egui::Label::new(RichText::new(format!("Acts: {}", stage.acting_body)).font(theme.small.clone()).color(theme.text_weak)).wrap())
                .on_hover_text("The body that must decide before this relief can take effect.");
            if let StageLock::Locked(missing) = &lock {
                for shortfall in missing {
                    ui.add(egui::Label::new(RichText::new(format!("Missing: {shortfall}")).font(theme.small.clone()).color(theme.hazard)).wrap());
                }
            }
            ui.horizontal(|ui| {
                ui.label(RichText::new("Status").font(theme.small.clone()).color(theme.text_weak));
                let mut status = stage.status;
                ui.name_inputs(format!("{} status", stage_short_name(index)), |ui| {
                    egui::ComboBox::from_id_salt(("stage-status", stage.id.as_str()))
                        .selected_text(status.label())
                        .show_ui(ui, |ui| {
                            for option in StageStatus::ALL {
                                ui.selectable_value(&mut status, option, option.label());
                            }
                        });
                });
                if status != stage.status {
                    commands.push(Command::SetStageStatus { stage: stage.id.clone(), status });
                }
            });
        });
    let label = format!("{}: {}, {lock_words}", stage_short_name(index), stage.name);
    card.response.widget_info(|| WidgetInfo::labeled(Role::Group, true, &label));
}
