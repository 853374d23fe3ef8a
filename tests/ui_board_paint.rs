//! The board drawn anywhere: read-only into any rect (twice side by side,
//! projector size, 60 lanes shrunk to fit) and the editor twice in one
//! frame without id clashes.

mod support;

use std::cell::RefCell;
use std::rc::Rc;

use egui::accesskit::Role;
use egui::epaint::ClippedShape;
use egui::{Pos2, Rect, Shape, UiBuilder, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use peacemap::app::PeacemapApp;
use peacemap::model::Session;
use peacemap::model::generate::stress_session;
use peacemap::ui::Theme;
use peacemap::ui::board::{BoardMarks, board_ui, lane_rects, paint_board};
use support::PROJECTOR;

fn bundled() -> Session {
    PeacemapApp::with_bundled_session().session().clone()
}

/// Every text painted this frame, with where it was painted.
fn painted_texts(shapes: &[ClippedShape]) -> Vec<(String, Rect)> {
    fn walk(shape: &Shape, out: &mut Vec<(String, Rect)>) {
        match shape {
            Shape::Text(text) => {
                out.push((text.galley.text().to_owned(), shape.visual_bounding_rect()));
            }
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// Union of everything painted this frame that has a size.
fn painted_bounds(shapes: &[ClippedShape]) -> Vec<Rect> {
    shapes
        .iter()
        .map(|c| c.shape.visual_bounding_rect())
        .filter(Rect::is_positive)
        .collect()
}

/// Runs one frame of `paint_board` into each of `rects`, and returns the
/// lane rects each call reported plus the frame's shapes.
fn paint_boards(
    session: &Session,
    screen: [f32; 2],
    rects: Vec<Rect>,
) -> (Vec<Vec<Rect>>, Vec<ClippedShape>) {
    let lanes: Rc<RefCell<Vec<Vec<Rect>>>> = Rc::default();
    let seen = Rc::clone(&lanes);
    let session = session.clone();
    let theme = Theme::screen();
    let mut harness = Harness::builder().with_size(screen).build_ui(move |ui| {
        let mut seen = seen.borrow_mut();
        seen.clear();
        for rect in &rects {
            seen.push(paint_board(
                ui.painter(),
                &session,
                &session.board,
                *rect,
                1.0,
                &theme,
                None,
                &BoardMarks::default(),
            ));
        }
    });
    harness.run();
    let shapes = harness.output().shapes.clone();
    let lanes = lanes.borrow().clone();
    (lanes, shapes)
}

fn assert_stacked_inside(lanes: &[Rect], outer: Rect, what: &str) {
    for (index, lane) in lanes.iter().enumerate() {
        // A hundredth of a point of float rounding is not "leaving".
        assert!(
            outer.expand(0.01).contains_rect(*lane),
            "{what}: lane {} {lane:?} leaves {outer:?}",
            index + 1
        );
        assert!(
            lane.height() > 0.0,
            "{what}: lane {} has no height",
            index + 1
        );
        if let Some(next) = lanes.get(index + 1) {
            assert!(
                lane.bottom() <= next.top(),
                "{what}: lanes {} and {} overlap ({lane:?}, {next:?})",
                index + 1,
                index + 2
            );
        }
    }
}

/// The visible start of a (possibly elided) text: what is left of "…".
fn shown_part(text: &str) -> &str {
    text.trim_end_matches('…')
}

#[test]
fn the_same_board_painted_twice_side_by_side_shows_every_lane_in_each_half() {
    let session = bundled();
    let left = Rect::from_min_size(Pos2::new(0.0, 0.0), Vec2::new(960.0, 1080.0));
    let right = Rect::from_min_size(Pos2::new(960.0, 0.0), Vec2::new(960.0, 1080.0));
    let (boards, shapes) = paint_boards(&session, PROJECTOR, vec![left, right]);
    assert_eq!(boards.len(), 2);
    let texts = painted_texts(&shapes);
    for (half, lanes) in [left, right].into_iter().zip(&boards) {
        assert_eq!(
            lanes.len(),
            session.tracks.len(),
            "one lane per track in {half:?}"
        );
        assert_stacked_inside(lanes, half, "half board");
        for (track, lane) in session.tracks.iter().zip(lanes) {
            // The lane's name (cut with … if long) and its vehicle's figure are painted inside it.
            let name_painted = texts.iter().any(|(text, at)| {
                lane.contains_rect(*at)
                    && shown_part(text).len() >= 8.min(track.name.en.len())
                    && track.name.en.starts_with(shown_part(text))
            });
            assert!(
                name_painted,
                "{} not painted in its lane {lane:?}",
                track.name.en
            );
            let figure = format!("{:.0}%", session.board.progress_pct(&track.id));
            assert!(
                texts
                    .iter()
                    .any(|(text, at)| *text == figure && lane.contains_rect(*at)),
                "vehicle figure {figure} of {} not in {lane:?}",
                track.name.en
            );
        }
    }
}

#[test]
fn the_board_fits_a_projector_with_all_six_lanes_fully_visible() {
    let session = bundled();
    assert_eq!(session.tracks.len(), 6);
    let screen = Rect::from_min_size(Pos2::ZERO, Vec2::new(1920.0, 1080.0));
    let (boards, shapes) = paint_boards(&session, PROJECTOR, vec![screen]);
    let lanes = &boards[0];
    assert_eq!(lanes.len(), 6);
    assert_stacked_inside(lanes, screen, "projector board");
    let theme = Theme::screen();
    for lane in lanes {
        assert!(
            lane.height() >= theme.lane_min_height,
            "six lanes on a projector are full size, got {lane:?}"
        );
    }
    for bounds in painted_bounds(&shapes) {
        assert!(
            screen.contains_rect(bounds),
            "{bounds:?} is painted off the screen"
        );
    }
}

#[test]
fn sixty_lanes_shrink_to_fit_instead_of_scrolling() {
    let session = stress_session(60, 30, 20);
    let screen = Rect::from_min_size(Pos2::ZERO, Vec2::new(1920.0, 1080.0));
    let (boards, shapes) = paint_boards(&session, PROJECTOR, vec![screen]);
    let lanes = &boards[0];
    assert_eq!(lanes.len(), 60, "every lane is drawn, none scrolled away");
    assert_stacked_inside(lanes, screen, "60-lane board");
    for bounds in painted_bounds(&shapes) {
        assert!(
            screen.contains_rect(bounds),
            "{bounds:?} is painted off the screen"
        );
    }
    // Each lane has its vehicle: one figure per lane, inside its lane.
    let texts = painted_texts(&shapes);
    for (track, lane) in session.tracks.iter().zip(lanes) {
        assert!(
            texts.iter().any(|(text, at)| {
                lane.contains_rect(*at)
                    && shown_part(text).len() >= 4
                    && track.name.en.starts_with(shown_part(text))
            }),
            "{} has no name painted in {lane:?}",
            track.name.en
        );
    }
}

#[test]
fn lane_rects_fit_any_number_of_lanes_into_any_rect() {
    let theme = Theme::screen();
    for rect in [
        Rect::from_min_size(Pos2::new(10.0, 20.0), Vec2::new(1920.0, 1080.0)),
        Rect::from_min_size(Pos2::new(0.0, 0.0), Vec2::new(640.0, 200.0)),
    ] {
        for count in [1, 2, 6, 7, 60, 300] {
            let lanes = lane_rects(count, rect, &theme);
            assert_eq!(lanes.len(), count);
            assert_stacked_inside(&lanes, rect, &format!("{count} lanes in {rect:?}"));
            for lane in &lanes {
                assert!(lane.height() <= theme.lane_max_height + 0.001);
            }
        }
    }
    assert!(
        lane_rects(
            0,
            Rect::from_min_size(Pos2::ZERO, Vec2::splat(100.0)),
            &theme
        )
        .is_empty()
    );
}

#[test]
fn the_editor_board_twice_in_one_frame_has_every_lane_twice_and_no_id_clash() {
    let session = bundled();
    let theme = Theme::screen();
    let board_session = session.clone();
    let mut harness = Harness::builder().with_size(PROJECTOR).build_ui(move |ui| {
        let full = ui.max_rect();
        let (left, right) = full.split_left_right_at_fraction(0.5);
        let mut commands = Vec::new();
        for (rect, salt) in [(left, "left board"), (right, "right board")] {
            let mut child = ui.new_child(UiBuilder::new().max_rect(rect).id_salt(salt));
            board_ui(
                &mut child,
                &board_session,
                &board_session.board,
                &BoardMarks::default(),
                None,
                &theme,
                &mut commands,
            );
        }
    });
    harness.run();
    let middle = harness.ctx.content_rect().center().x;
    for (index, track) in session.tracks.iter().enumerate() {
        let lanes: Vec<Rect> = harness
            .get_all_by_label_contains(&format!("Lane {}: {}", index + 1, track.name.en))
            .map(|node| node.rect())
            .collect();
        assert_eq!(lanes.len(), 2, "{}: one lane on each board", track.name.en);
        assert!(
            lanes.iter().any(|r| r.right() <= middle + 1.0),
            "{}: none on the left",
            track.name.en
        );
        assert!(
            lanes.iter().any(|r| r.left() >= middle - 1.0),
            "{}: none on the right",
            track.name.en
        );
        let vehicles = harness
            .get_all_by_role_and_label(
                Role::Slider,
                &format!(
                    "{} progress, {:.0}%",
                    track.name.en,
                    session.board.progress_pct(&track.id)
                ),
            )
            .count();
        assert_eq!(vehicles, 2, "{}: a vehicle on each board", track.name.en);
    }
    let clashes: Vec<String> = painted_texts(&harness.output().shapes)
        .into_iter()
        .map(|(text, _)| text)
        .filter(|text| text.contains("use of") && text.contains("ID"))
        .collect();
    assert!(clashes.is_empty(), "id clashes: {clashes:?}");
}
