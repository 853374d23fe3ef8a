//! Session file speed: load + validate, and save, of a ~10 MB session
//! (each median at or below 150 ms; the save's at or below 120 ms), and of
//! the bundled board with a story of 10 scenarios × 50 steps, each step a
//! varied copy of the bundled board (each median at or below 150 ms).
//!
//! Run with `cargo bench --bench io`; only the story:
//! `cargo bench --bench io -- bundled_story`.

#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented items"
)]
#![allow(clippy::expect_used, reason = "a benchmark that fails should stop")]

#[path = "../tests/io_support/mod.rs"]
mod io_support;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use peacemap::io::{
    bundled_session, load_bytes, load_bytes_with_warnings, parse_bytes, save_file, to_ron_string,
    validate,
};
use peacemap::model::generate::add_story;

const TARGET_BYTES: usize = 10_000_000;

fn io(c: &mut Criterion) {
    let session = io_support::session_of_size(TARGET_BYTES);
    let text = to_ron_string(&session).expect("writes");
    eprintln!(
        "session: {} tracks, {} participants; text {:.1} MB",
        session.tracks.len(),
        session.participants.len(),
        text.len() as f64 / 1e6
    );
    let bytes = text.into_bytes();

    let mut group = c.benchmark_group("session_10mb");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(12));

    group.bench_function("load_and_validate", |b| {
        b.iter(|| load_bytes(black_box(&bytes)).expect("loads"));
    });

    // What `peacemap check` and the app's open do: also tracking fields the
    // format does not have, for warnings.
    group.bench_function("load_and_validate_with_warnings", |b| {
        b.iter(|| load_bytes_with_warnings(black_box(&bytes)).expect("loads"));
    });

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.ron");
    group.bench_function("save", |b| {
        b.iter(|| save_file(black_box(&path), black_box(&session)).expect("saves"));
    });

    // The parts, to see where the time goes.
    group.bench_function("part_parse", |b| {
        b.iter(|| parse_bytes(black_box(&bytes)).expect("parses"));
    });
    group.bench_function("part_validate", |b| {
        b.iter(|| validate(black_box(&session)));
    });
    group.bench_function("part_to_ron_string", |b| {
        b.iter(|| to_ron_string(black_box(&session)).expect("writes"));
    });
    group.finish();
}

/// The bundled session with 10 scenarios of 50 steps, each a varied copy
/// of the bundled board (issue 8's budget: load and save ≤ 150 ms each).
fn bundled_story(c: &mut Criterion) {
    let mut session = bundled_session().expect("the bundled session opens");
    let scenarios_before = session.scenarios.len();
    add_story(&mut session, 10, 50);
    assert!(validate(&session).is_empty(), "the story is valid");
    let text = to_ron_string(&session).expect("writes");
    let steps: usize = session.scenarios.iter().map(|s| s.steps.len()).sum();
    eprintln!(
        "bundled story: {} scenarios ({} bundled), {steps} steps; text {:.2} MB ({} bytes)",
        session.scenarios.len(),
        scenarios_before,
        text.len() as f64 / 1e6,
        text.len()
    );
    let bytes = text.into_bytes();
    assert_eq!(load_bytes(&bytes).expect("loads"), session, "round trip");

    let mut group = c.benchmark_group("bundled_story_10x50");
    group.sample_size(20);
    group.bench_function("load_and_validate", |b| {
        b.iter(|| load_bytes(black_box(&bytes)).expect("loads"));
    });
    group.bench_function("load_and_validate_with_warnings", |b| {
        b.iter(|| load_bytes_with_warnings(black_box(&bytes)).expect("loads"));
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("story.ron");
    group.bench_function("save", |b| {
        b.iter(|| save_file(black_box(&path), black_box(&session)).expect("saves"));
    });
    group.bench_function("part_parse", |b| {
        b.iter(|| parse_bytes(black_box(&bytes)).expect("parses"));
    });
    group.bench_function("part_validate", |b| {
        b.iter(|| validate(black_box(&session)));
    });
    group.bench_function("part_to_ron_string", |b| {
        b.iter(|| to_ron_string(black_box(&session)).expect("writes"));
    });
    group.finish();
}

criterion_group!(benches, io, bundled_story);
criterion_main!(benches);
