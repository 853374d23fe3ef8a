//! One drag step: `Document::apply` of a `SetProgress` that continues the
//! open gesture, with its history bookkeeping, on the stress session (60
//! tracks × 30 participants × 20 milestones). Budget (issue 6): median
//! ≤ 0.2 ms. For contrast, the first step of a gesture, which takes the
//! gesture's one snapshot.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use peacemap::command::{BoardEdit, Command};
use peacemap::document::Document;
use peacemap::model::generate::stress_session;

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

criterion_group!(benches, history);
criterion_main!(benches);
