//! One drag step: `Document::apply` of a `SetProgress` that continues the
//! open gesture, with its history bookkeeping, on the stress session (60
//! tracks × 30 participants × 20 milestones). Budget (issue 6): median
//! ≤ 0.2 ms. For contrast, the first step of a gesture, which takes the
//! gesture's one snapshot.
//!
//! Drag and drop (issue 8), same session, same budget (median ≤ 0.2 ms):
//! `drop_move_seat_60x30x20` is the frame a chip is dropped on another
//! lane — the drop resolved to its command (`ui::drag::drop_command`), the
//! `MoveSeat` applied as a new undo step (with its snapshot), the gesture
//! ended; `chip_carry_frame_60x30x20` is every other frame of a chip drag
//! (the pointer over one of 60 lanes of 30 chips: the drop target and the
//! command it would make, worked out to decide the highlight — nothing is
//! applied); `drag_snap_60x30x20` is a vehicle drag frame that snaps
//! (`ui::drag::snap_to_milestone` over the lane's 20 milestones, then the
//! `SetProgress` continuing the gesture).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Pos2, Rect, Vec2};
use peacemap::command::{BoardEdit, Command};
use peacemap::document::Document;
use peacemap::model::generate::stress_session;
use peacemap::ui::drag::{
    DragPayload, DropTarget, LaneSpot, drop_command, drop_target, snap_to_milestone,
};

fn drag_step(progress_pct: f32, track: &peacemap::model::TrackId) -> Command {
    Command::from(BoardEdit::SetProgress {
        track: track.clone(),
        progress_pct,
    })
}

fn history(c: &mut Criterion) {
    let session = stress_session(60, 30, 20);
    let track = session.tracks[30].id.clone();
    let mut document = Document::new(session);
    // The drag starts: this step takes the snapshot.
    if let Err(err) = document.apply(drag_step(10.0, &track), 0.0) {
        panic!("the bench's first step failed: {err}");
    }
    let mut progress = 10.0;
    c.bench_function("drag_step_60x30x20", |b| {
        b.iter(|| {
            // Alternate so that every step really changes the board.
            progress = if progress > 50.0 {
                10.0
            } else {
                progress + 1.0
            };
            // Time stays inside the gesture's window: every step continues it.
            black_box(document.apply(drag_step(progress, &track), 0.5))
        });
    });
    assert!(
        document.undo_label().is_some_and(|label| label
            .get(peacemap::model::Lang::En)
            .starts_with("Move progress on")),
        "the whole drag is one undo step"
    );

    c.bench_function("gesture_start_60x30x20", |b| {
        b.iter(|| {
            document.end_gesture();
            progress = if progress > 50.0 {
                10.0
            } else {
                progress + 1.0
            };
            black_box(document.apply(drag_step(progress, &track), 0.5))
        });
    });
}

fn drag_and_drop(c: &mut Criterion) {
    let session = stress_session(60, 30, 20);
    let (left, right) = (session.tracks[10].id.clone(), session.tracks[40].id.clone());
    // Each generated track seats every participant: free one seat on the
    // right-hand lane so the chip can move there and back.
    let Some(who) = session
        .board
        .track(&left)
        .and_then(|lane| lane.seats.get(3))
        .map(|seat| seat.participant.clone())
    else {
        panic!("the generated lane has no fourth seat");
    };
    let mut document = Document::new(session);
    let freed = Command::from(BoardEdit::RemoveSeat {
        track: right.clone(),
        participant: who.clone(),
    });
    if let Err(err) = document.apply(freed, 0.0) {
        panic!("the bench's set-up failed: {err}");
    }
    document.end_gesture();
    let mut from_left = true;
    c.bench_function("drop_move_seat_60x30x20", |b| {
        b.iter(|| {
            let (from, to) = if from_left {
                (&left, &right)
            } else {
                (&right, &left)
            };
            from_left = !from_left;
            let payload = DragPayload::Seat {
                participant: who.clone(),
                from: from.clone(),
            };
            let target = DropTarget::Lane {
                track: to.clone(),
                before: Some(2),
                marker_x: 0.0,
            };
            let session = document.session();
            let Some(command) = drop_command(&payload, &target, session, &session.board) else {
                panic!("the drop makes no command");
            };
            let applied = document.apply(command, 0.0);
            document.end_gesture();
            black_box(applied)
        });
    });
    assert!(
        document.undo_label().is_some_and(|label| label
            .get(peacemap::model::Lang::En)
            .starts_with("Move P3 to Generated track")),
        "a drop is one undo step named for the move"
    );

    // Sixty lanes 60 px tall, thirty 40 px chips each, as the board lays them out.
    let spots: Vec<LaneSpot> = document
        .session()
        .tracks
        .iter()
        .enumerate()
        .map(|(index, track)| {
            let top = index as f32 * 66.0;
            let rect = Rect::from_min_size(Pos2::new(0.0, top), Vec2::new(1400.0, 60.0));
            LaneSpot {
                track: track.id.clone(),
                rect,
                chip_band: Rect::from_min_max(Pos2::new(280.0, top + 30.0), rect.max),
                chips: (0..30)
                    .map(|seat| {
                        let left = 290.0 + seat as f32 * 46.0;
                        (
                            seat,
                            Rect::from_min_size(Pos2::new(left, top + 34.0), Vec2::new(40.0, 20.0)),
                        )
                    })
                    .collect(),
                chip_gap: 6.0,
            }
        })
        .collect();
    let lane_rects: Vec<Rect> = spots.iter().map(|spot| spot.rect).collect();
    let board_area = Rect::from_min_size(Pos2::ZERO, Vec2::new(1400.0, 60.0 * 66.0));
    let carried = DragPayload::Seat {
        participant: who.clone(),
        from: left.clone(),
    };
    let mut y = 0.0_f32;
    c.bench_function("chip_carry_frame_60x30x20", |b| {
        b.iter(|| {
            y = if y > 3900.0 { 0.0 } else { y + 37.0 };
            let session = document.session();
            let target = drop_target(
                &carried,
                Pos2::new(700.0, y),
                board_area,
                &spots,
                &lane_rects,
                None,
            );
            black_box(drop_command(&carried, &target, session, &session.board))
        });
    });

    let track = document.session().tracks[30].clone();
    let mut progress = 10.0_f32;
    c.bench_function("drag_snap_60x30x20", |b| {
        b.iter(|| {
            progress = if progress > 80.0 {
                10.0
            } else {
                progress + 1.7
            };
            let pct = snap_to_milestone(progress.round(), &track.milestones);
            black_box(document.apply(drag_step(pct, &track.id), 0.5))
        });
    });
}

criterion_group!(benches, history, drag_and_drop);
criterion_main!(benches);
