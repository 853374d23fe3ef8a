//! Playback and the baseline comparison, driven as a user would: the Play
//! button and the P key, the speed and baseline pickers, the harness clock
//! stepped with a fixed frame time.

mod support;

use std::time::Duration;

use egui::accesskit::Role;
use egui::epaint::{ClippedShape, Shape};
use egui::{Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use peacemap::app::PeacemapApp;
use peacemap::model::{
    Board, BoardRef, ParticipantId, Role as SeatRole, Scenario, ScenarioId, Seat, Session, Source,
    StageStatus, Step, StepId, TrackId, TrackStatus,
};
use peacemap::ui::Theme;
use peacemap::ui::playback::Speed;
use support::PROJECTOR;

/// The harness clock: one frame is 50 ms.
const FRAME_SECS: f32 = 0.05;

fn bundled() -> Session {
    match peacemap::io::bundled_session() {
        Ok(session) => session,
        Err(err) => panic!("the bundled session loads: {err:?}"),
    }
}

fn track_state<'a>(board: &'a mut Board, id: &str) -> &'a mut peacemap::model::TrackState {
    board
        .track_mut(&TrackId::new(id))
        .unwrap_or_else(|| panic!("the bundled board has {id}"))
}

fn step(id: &str, title: &str, date: &str, source: Source, board: Board) -> Step {
    Step {
        id: StepId::new(id),
        title: title.into(),
        date: date.into(),
        notes: peacemap::model::Text::default(),
        source,
        board,
    }
}

/// The bundled session with, instead of its own story, one of three steps:
/// 1. "Start" — the bundled board;
/// 2. "Talks" — Nuclear security at 40 %, China joins it as an observer,
///    the first relief stage requested;
/// 3. "Stall" (illustrative) — Nuclear security back to 15 % and stalled,
///    the ROK leaves it, Economic measures at 50 %.
fn story_session() -> Session {
    let mut session = bundled();
    // Only this story, whose numbers the tests rely on.
    session.scenarios.clear();
    let start = session.board.clone();
    let mut talks = start.clone();
    let nuclear = track_state(&mut talks, "track-3");
    nuclear.progress_pct = 40.0;
    nuclear.seats.push(Seat {
        participant: ParticipantId::new("china"),
        role: SeatRole::Observer,
        source: Source::illustrative(),
    });
    talks.stages[0].status = StageStatus::Requested;
    let mut stall = talks.clone();
    let nuclear = track_state(&mut stall, "track-3");
    nuclear.progress_pct = 15.0;
    nuclear.status = TrackStatus::Stalled;
    nuclear
        .seats
        .retain(|s| s.participant != ParticipantId::new("rok"));
    track_state(&mut stall, "track-2").progress_pct = 50.0;
    session.scenarios.push(Scenario {
        id: ScenarioId::new("scenario-1"),
        name: "What if the nuclear lane stalls".into(),
        steps: vec![
            step("step-1", "Start", "2018", Source::Unstated, start),
            step("step-2", "Talks", "2019", Source::Unstated, talks),
            step("step-3", "Stall", "2020", Source::illustrative(), stall),
        ],
    });
    session
}

/// The real app showing the story session at projector size, the
/// timeline showing its scenario, one frame every [`FRAME_SECS`].
fn story_harness() -> Harness<'static, PeacemapApp> {
    let mut app = PeacemapApp::new(story_session());
    app.scenario = Some(ScenarioId::new("scenario-1"));
    let mut harness = Harness::builder()
        .with_size(PROJECTOR)
        .with_step_dt(FRAME_SECS)
        .with_context_setup(peacemap::ui::fonts::install)
        .build_ui_state(|ui, app: &mut PeacemapApp| app.frame_ui(ui), app);
    harness.run();
    harness
}

fn on_step(id: &str) -> BoardRef {
    BoardRef::Step {
        scenario: ScenarioId::new("scenario-1"),
        step: StepId::new(id),
    }
}

fn step_board(app: &PeacemapApp, id: &str) -> Board {
    app.session().find_step(&StepId::new(id)).map_or_else(
        || panic!("the story has {id}"),
        |(_, step)| step.board.clone(),
    )
}

/// The figure the Nuclear security lane shows on screen (its header
/// slider's value, "10%").
fn nuclear_on_screen(harness: &Harness<'static, PeacemapApp>) -> f32 {
    let value = harness
        .get_by_role_and_label(Role::SpinButton, "Nuclear security progress")
        .value()
        .unwrap_or_default();
    value
        .trim_end_matches('%')
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("the lane shows a number, not {value:?}"))
}

/// Presses Play and runs the frame the click lands in.
fn press_play(harness: &mut Harness<'static, PeacemapApp>) {
    harness.get_by_role_and_label(Role::Button, "Play").click();
    harness.step();
    assert!(
        harness.state().playback.is_playing(),
        "Play started playback"
    );
}

/// Steps the clock one frame at a time until playback ends; returns how
/// many frames that took.
fn frames_until_done(harness: &mut Harness<'static, PeacemapApp>) -> usize {
    for frames in 1..=1000 {
        harness.step();
        if !harness.state().playback.is_playing() {
            return frames;
        }
    }
    panic!("playback did not end within 1000 frames");
}

/// The root viewport's repaint delay after the last frame: zero means
/// "the next frame at once".
fn repaint_delay(harness: &Harness<'static, PeacemapApp>) -> Duration {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map_or(Duration::MAX, |viewport| viewport.repaint_delay)
}

#[test]
fn play_runs_the_story_to_its_last_step_and_ends_on_its_board_exactly() {
    let mut harness = story_harness();
    assert_eq!(harness.state().on, BoardRef::Live);
    press_play(&mut harness);
    // The live board is not a step: the story plays from its first step.
    assert_eq!(harness.state().on, on_step("step-1"));
    harness.step();
    harness.get_by_label("Step 1 of 3: Start (2018)");
    frames_until_done(&mut harness);

    let app = harness.state();
    assert_eq!(app.on, on_step("step-3"));
    let last = step_board(app, "step-3");
    assert_eq!(
        app.drawn_board(),
        &last,
        "the board drawn is the last step's"
    );
    assert_eq!(app.shown_board(), &last);
    assert!(app.marks.seat_opacity.is_empty(), "no chip is left fading");
    // On screen, after one more frame: the last step's figures and words.
    harness.step();
    assert!((nuclear_on_screen(&harness) - 15.0).abs() < 0.5);
    harness.get_by_label("Lane 3: Nuclear security, stalled, 15%");
    harness.get_by_label("Lane 2: Economic measures, under way, 50%");
    harness.get_by_label("Step 3 of 3: Stall (2020)");
    harness.get_by_role_and_label(Role::Button, "Play");
    // Nothing was edited by playing.
    assert!(!harness.state().document.is_dirty());
}

#[test]
fn mid_passage_vehicles_are_between_the_steps_and_arriving_chips_fade_in() {
    let mut harness = story_harness();
    press_play(&mut harness);
    // Into the first passage (1.2 s at 1×): 0.6 s in is its middle.
    harness.run_steps(12);
    let app = harness.state();
    assert!(app.playback.is_playing());
    assert_eq!(app.on, on_step("step-1"), "step 2 is not reached yet");
    let drawn = app.drawn_board().progress_pct(&TrackId::new("track-3"));
    assert!(
        drawn > 10.0 && drawn < 40.0,
        "between 10 % and 40 %: {drawn}"
    );
    let china = app
        .marks
        .seat_opacity
        .iter()
        .find(|(track, who, _)| track.as_str() == "track-3" && who.as_str() == "china");
    let Some((_, _, opacity)) = china else {
        panic!("China's chip on Nuclear security fades in: {:?}", app.marks);
    };
    assert!(*opacity > 0.0 && *opacity < 1.0, "{opacity}");
    // The vehicle on screen is between the two figures too.
    let shown = nuclear_on_screen(&harness);
    assert!(shown > 10.0 && shown < 40.0, "{shown}");
    // Playing: the next frame is asked for at once.
    assert_eq!(repaint_delay(&harness), Duration::ZERO);
}

#[test]
fn the_p_key_plays_and_pauses_on_the_step_last_reached() {
    let mut harness = story_harness();
    harness.key_press(Key::P);
    harness.step();
    assert!(harness.state().playback.is_playing());
    // Past the first passage (1.2 s) and into the rest on step 2.
    harness.run_steps(26);
    assert_eq!(harness.state().on, on_step("step-2"));
    assert!(harness.state().playback.is_playing());
    harness.key_press(Key::P);
    harness.step();
    assert!(!harness.state().playback.is_playing(), "P paused");
    // Time passes; nothing moves.
    harness.run_steps(40);
    let app = harness.state();
    assert_eq!(app.on, on_step("step-2"));
    assert_eq!(app.drawn_board(), &step_board(app, "step-2"));
    assert!((nuclear_on_screen(&harness) - 40.0).abs() < 0.5);
    // Play again carries on from step 2 to the end.
    press_play(&mut harness);
    assert_eq!(harness.state().on, on_step("step-2"));
    frames_until_done(&mut harness);
    assert_eq!(harness.state().on, on_step("step-3"));
}

#[test]
fn the_pause_button_stops_mid_passage_on_the_step_last_reached() {
    let mut harness = story_harness();
    press_play(&mut harness);
    harness.run_steps(10);
    harness.get_by_role_and_label(Role::Button, "Pause").click();
    harness.step();
    let app = harness.state();
    assert!(!app.playback.is_playing());
    assert_eq!(app.on, on_step("step-1"));
    assert_eq!(app.drawn_board(), &step_board(app, "step-1"));
    assert!(app.marks.seat_opacity.is_empty());
    harness.run_steps(40);
    assert_eq!(harness.state().on, on_step("step-1"));
    assert!((nuclear_on_screen(&harness) - 10.0).abs() < 0.5);
}

#[test]
fn the_speed_sets_how_long_the_story_takes() {
    // Two passages and one rest on step 2: 2 × 1.2 s + 0.4 s at 1×.
    assert!((Speed::Normal.duration_secs(3) - 2.8).abs() < 1e-5);
    let frames_at = |speed_label: Option<&str>| {
        let mut harness = story_harness();
        if let Some(label) = speed_label {
            harness
                .get_by_role_and_label(Role::ComboBox, "Playback speed")
                .click();
            harness.run();
            harness.get_by_role_and_label(Role::Button, label).click();
            harness.run();
        }
        press_play(&mut harness);
        let frames = frames_until_done(&mut harness);
        assert_eq!(harness.state().on, on_step("step-3"));
        (harness.state().playback.speed, frames)
    };
    let expected_frames = |speed: Speed| (speed.duration_secs(3) / FRAME_SECS).round() as usize;
    for label in [None, Some("2×"), Some("0.5×"), Some("4×")] {
        let (speed, frames) = frames_at(label);
        let expected = expected_frames(speed);
        assert!(
            frames.abs_diff(expected) <= 1,
            "{speed:?}: {frames} frames, expected {expected}"
        );
    }
    let (speed, _) = frames_at(Some("2×"));
    assert_eq!(speed, Speed::Double);
}

#[test]
fn instant_speed_shows_each_step_without_a_board_in_between() {
    let mut harness = story_harness();
    harness.state_mut().playback.speed = Speed::Instant;
    press_play(&mut harness);
    for _ in 0..200 {
        harness.step();
        let app = harness.state();
        assert!(app.playback.board().is_none(), "no in-between board");
        assert!(app.marks.seat_opacity.is_empty());
        if !app.playback.is_playing() {
            break;
        }
    }
    assert!(!harness.state().playback.is_playing());
    assert_eq!(harness.state().on, on_step("step-3"));
}

#[test]
fn the_app_asks_for_frames_only_while_playing() {
    let mut harness = story_harness();
    harness.step();
    assert_ne!(repaint_delay(&harness), Duration::ZERO, "idle: no repaint");
    assert!(!harness.ctx.has_requested_repaint());
    press_play(&mut harness);
    // Well into the passage, where nothing else changes size or place.
    for _ in 0..8 {
        harness.step();
        assert_eq!(
            repaint_delay(&harness),
            Duration::ZERO,
            "playing: every frame"
        );
    }
    frames_until_done(&mut harness);
    // Once the last step is laid out, the window falls quiet.
    harness.remove_cursor();
    let settling = harness.run();
    assert!(settling <= 3, "{settling} frames after the end");
    harness.step();
    assert_eq!(
        repaint_delay(&harness),
        Duration::MAX,
        "quiet after the end"
    );
    assert!(!harness.ctx.has_requested_repaint());
}

/// Gives the Nuclear security vehicle the keyboard, as Tab would.
fn focus_nuclear_vehicle(harness: &mut Harness<'static, PeacemapApp>) {
    harness
        .get(
            By::new()
                .role(Role::Slider)
                .label_contains("Nuclear security progress, "),
        )
        .focus();
    harness.step();
}

#[test]
fn the_board_is_read_only_while_playing_and_editable_once_paused() {
    let mut harness = story_harness();
    press_play(&mut harness);
    harness.run_steps(6);
    harness.get_by_label("Playing: the board is read-only until you pause");
    // The banner above the board says the same, not "Editing step …".
    assert!(
        harness
            .query_by_label_contains("Playing: step 1 of ")
            .is_some(),
        "the banner says the story is playing"
    );
    assert!(harness.query_by_label_contains("Editing step").is_none());
    focus_nuclear_vehicle(&mut harness);
    harness.key_press(Key::ArrowRight);
    harness.step();
    let app = harness.state();
    assert!(app.playback.is_playing(), "playback goes on");
    assert!(!app.document.is_dirty(), "the key press changed nothing");
    assert!(app.document.undo_label().is_none());
    // Paused, the same key edits the step on screen, and only it.
    harness.key_press(Key::P);
    harness.step();
    focus_nuclear_vehicle(&mut harness);
    harness.key_press(Key::ArrowRight);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Editing step 1 of ")
            .is_some(),
        "paused, the banner says edits go to the step again"
    );
    let app = harness.state();
    assert!(!app.playback.is_playing());
    assert_eq!(app.on, on_step("step-1"));
    assert!((step_board(app, "step-1").progress_pct(&TrackId::new("track-3")) - 11.0).abs() < 1e-6);
    assert!((step_board(app, "step-2").progress_pct(&TrackId::new("track-3")) - 40.0).abs() < 1e-6);
    assert!(
        (app.session().board.progress_pct(&TrackId::new("track-3")) - 10.0).abs() < 1e-6,
        "the live board is untouched"
    );
}

/// The rects of the lanes outlined as changed in this frame's shapes.
fn outlined_rects(shapes: &[ClippedShape], theme: &Theme) -> Vec<Rect> {
    fn walk(shape: &Shape, colour: egui::Color32, out: &mut Vec<Rect>) {
        match shape {
            Shape::Rect(rect) if rect.stroke.color == colour && rect.stroke.width > 0.0 => {
                out.push(rect.rect);
            }
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, colour, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in shapes {
        walk(&clipped.shape, theme.changed_lane, &mut out);
    }
    out
}

#[test]
fn picking_a_baseline_lists_exactly_its_differences_and_outlines_their_lanes() {
    let mut harness = story_harness();
    harness.state_mut().on = on_step("step-3");
    harness.run();
    // No baseline: nothing listed, nothing outlined.
    assert!(harness.state().marks.changed_tracks.is_empty());
    // Illustrative marks elsewhere (relief thresholds); the list adds one
    // before each line of figures, as the steps compared are illustrative.
    let marks_before = harness.query_all_by_label("≈").count();
    harness
        .get_by_role_and_label(Role::ComboBox, "Baseline to compare with")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Start (2018)")
        .click();
    harness.run();
    assert_eq!(harness.state().baseline.step, Some(StepId::new("step-1")));

    // Exactly these, in this order: the count in the heading, then each.
    let expected = [
        "Economic measures: from 15% to 50%",
        "Nuclear security: from 10% to 15%, stalled",
        "China joins Nuclear security as observer",
        "ROK leaves Nuclear security",
        "Humanitarian exemptions: from planned to requested",
    ];
    harness.get_by_label_contains("Differences from Start (2018) (5)");
    assert_eq!(marks_before + 2, harness.query_all_by_label("≈").count());
    let mut tops = Vec::new();
    for line in expected {
        let node = harness.get_by_label(line);
        tops.push(node.rect().top());
    }
    assert!(tops.is_sorted(), "listed in lane order: {tops:?}");

    let changed = harness.state().marks.changed_tracks.clone();
    assert_eq!(changed, [TrackId::new("track-2"), TrackId::new("track-3")]);
    // On screen: exactly the lanes of tracks 2 and 3 are outlined.
    let outlines = outlined_rects(&harness.output().shapes, &harness.state().theme);
    assert_eq!(outlines.len(), 2, "{outlines:?}");
    for (lane, outlined) in [
        ("Lane 1: Inter-Korean relations", false),
        ("Lane 2: Economic measures", true),
        ("Lane 3: Nuclear security", true),
        ("Lane 4: General security", false),
    ] {
        let centre = harness.get_by_label_contains(lane).rect().center();
        assert_eq!(
            outlines.iter().any(|rect| rect.contains(centre)),
            outlined,
            "{lane}"
        );
    }

    // Back to no baseline: the list and the outlines go.
    harness
        .get_by_role_and_label(Role::ComboBox, "Baseline to compare with")
        .click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "None").click();
    harness.run();
    assert!(harness.state().marks.changed_tracks.is_empty());
    assert!(
        harness
            .query_by_label_contains("Differences from")
            .is_none()
    );
    assert!(outlined_rects(&harness.output().shapes, &harness.state().theme).is_empty());
}

#[test]
fn the_baseline_list_speaks_korean() {
    let mut harness = story_harness();
    peacemap::i18n::set_lang(&harness.ctx, peacemap::model::Lang::Ko);
    {
        let app = harness.state_mut();
        app.on = on_step("step-3");
        app.baseline.step = Some(StepId::new("step-1"));
    }
    harness.run();
    harness.get_by_label("핵 안보: 10%에서 15%로, 교착");
    harness.get_by_label("중국, 핵 안보에 참관(으)로 참여");
}

#[test]
fn a_session_without_scenarios_shows_no_playback_bar() {
    let mut session = bundled();
    session.scenarios.clear();
    let harness = support::harness_for(PeacemapApp::new(session), PROJECTOR);
    assert!(harness.query_by_label("Play").is_none());
    assert!(harness.query_by_label("Baseline").is_none());
    // The bundled session has its story: the bar is there.
    let harness = support::app_harness(PROJECTOR);
    harness.get_by_role_and_label(Role::Button, "Play");
}
