//! The cumulative-progress gauge as a screen reader and a user see it: its
//! range, and the regional gate's tick.

mod support;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable};
use peacemap::app::PeacemapApp;
use peacemap::command::{BoardEdit, Command};
use peacemap::model::rules::cumulative_progress;
use peacemap::ui::gauge::gauge_bar;
use support::{PROJECTOR, app_harness, harness_for};

#[test]
fn the_gauge_reports_its_value_within_0_to_100() {
    let harness = app_harness(PROJECTOR);
    let session = harness.state().session();
    let cumulative = cumulative_progress(session, &session.board);
    let label = format!("Cumulative progress, {cumulative:.0}%");
    let gauge = harness.get_by_role_and_label(Role::ProgressIndicator, &label);
    let node = gauge.accesskit_node();
    assert_eq!(node.min_numeric_value(), Some(0.0));
    assert_eq!(node.max_numeric_value(), Some(100.0));
    let value = node.numeric_value().expect("the gauge has a value");
    assert!(
        (value - f64::from(cumulative)).abs() < 1e-3,
        "{value} vs {cumulative}"
    );
}

#[test]
fn the_regional_gate_tick_sits_at_its_threshold_above_the_bar() {
    let harness = app_harness(PROJECTOR);
    let session = harness.state().session();
    let gate = session
        .board
        .regional_gate
        .clone()
        .expect("the bundled session has a gate");
    let gated = session
        .track(&gate.track)
        .expect("gated track exists")
        .name
        .en
        .clone();
    let gauge = harness.get_by_role(Role::ProgressIndicator).rect();
    let bar = gauge_bar(gauge);
    let tick = harness
        .get_by_label_contains(&format!(
            "Regional gate at {:.0}%: {gated} convenes later",
            gate.threshold_pct
        ))
        .rect();
    let expected_x = bar.left() + bar.width() * gate.threshold_pct / 100.0;
    assert!(
        (tick.left() + 3.0 - expected_x).abs() < 1.0,
        "tick at {} but the threshold is at x = {expected_x}",
        tick.left() + 3.0
    );
    assert!(
        tick.bottom() <= bar.top() + 0.5,
        "the tick's label sits above the bar"
    );
}

#[test]
fn the_regional_gate_tick_turns_open_when_the_other_tracks_get_there() {
    let mut session = PeacemapApp::with_bundled_session().session().clone();
    let gate = session.board.regional_gate.clone().expect("a gate");
    // Lower the threshold to nothing: the gate opens.
    let lowered = Command::from(BoardEdit::SetGateThreshold { threshold_pct: 0.0 });
    lowered.apply(&mut session).expect("threshold 0 is valid");
    let name = session
        .track(&gate.track)
        .expect("gated track")
        .name
        .en
        .clone();
    let app = PeacemapApp::new(session);
    let harness = harness_for(app, PROJECTOR);
    harness.get_by_label(&format!("Regional gate at 0%: open, {name} may convene"));
}
