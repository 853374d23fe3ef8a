//! Crash test: a child process saving a large session over and over is
//! killed with SIGKILL at random moments. Each time, the file must still
//! open and hold either the old or the new content, never a mix.
//!
//! The child is this very test binary, run again with an environment
//! variable that turns the `crash_child` test into the saving loop.

#![allow(
    clippy::expect_used,
    reason = "helpers outside #[test] functions; a failure there is a test failure"
)]
#![cfg(unix)]

mod io_support;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use peacemap::io::{SaveHooks, SaveStep, load_file, save_file_with};
use peacemap::model::{Session, Text};

/// Set in the child: the path of the file to save to.
const CHILD_ENV: &str = "PEACEMAP_CRASH_TEST_FILE";

/// What the child prints when it starts saving.
const READY: &str = "crash-child-ready";

/// What the child prints when a save starts its file operations.
const WRITING: &str = "crash-child-writing";

/// The two contents the file alternates between: large, and different
/// everywhere (so a mix of the two could not pass for either).
fn contents() -> (Session, Session) {
    let a = io_support::session(60, 30, 20, 120);
    let mut b = io_support::session(60, 30, 20, 121);
    b.title = Text::en("Version B");
    (a, b)
}

/// A slow disk: writes in 8 KiB pieces with a pause after each, and pauses
/// between steps, so that more kills land inside the file operations
/// rather than in the CPU work before them (checking, writing the text).
struct SlowDisk;

impl SaveHooks for SlowDisk {
    fn before(&mut self, step: SaveStep) -> io::Result<()> {
        if step == SaveStep::CreateTemp {
            // Tells the parent that the file operations begin now.
            println!("{WRITING}");
        }
        std::thread::sleep(Duration::from_millis(2));
        Ok(())
    }

    fn write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        for piece in bytes.chunks(8 * 1024) {
            file.write_all(piece)?;
            std::thread::sleep(Duration::from_micros(500));
        }
        Ok(())
    }
}

/// In the child, saves B, A, B, A, … until killed. Outside it, does nothing.
#[test]
fn crash_child() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        eprintln!(
            "not run: this is the child of the crash test, started by it with {CHILD_ENV} set"
        );
        return;
    };
    let path = Path::new(&path);
    let (a, b) = contents();
    println!("{READY}");
    loop {
        save_file_with(path, &b, &mut SlowDisk).expect("child saves B");
        save_file_with(path, &a, &mut SlowDisk).expect("child saves A");
    }
}

/// A small random generator, so the test needs no extra dependency.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn sigkill_during_save_leaves_the_old_or_the_new_file() {
    let (a, b) = contents();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("crash.ron");

    // How long one save takes here, to spread the kills over whole saves.
    let mut times = Vec::new();
    for session in [&a, &b, &a] {
        let started = Instant::now();
        save_file_with(&path, session, &mut SlowDisk).expect("save");
        times.push(started.elapsed());
    }
    let save_time = times
        .iter()
        .max()
        .copied()
        .unwrap_or_default()
        .max(Duration::from_millis(2));

    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        | 1;
    let mut random = XorShift(seed);
    let budget = Instant::now();
    let (mut saw_a, mut saw_b) = (0, 0);
    let (mut killed_mid_save, mut seen_temporaries) = (0, 0);
    let rounds = 60;
    for round in 0..rounds {
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args(["crash_child", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the child");
        // Wait until the child is about to save, then kill it somewhere
        // within its next few saves.
        // Half the rounds kill at any moment of the next two saves, half
        // during the file operations of the first (where a crash matters).
        // (The test harness prints lines of its own, and "test crash_child
        // ... " just before the child's own line.)
        let marker = if round % 2 == 0 { READY } else { WRITING };
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut line = String::new();
        for _ in 0..10 {
            line.clear();
            stdout.read_line(&mut line).expect("child output");
            if line.contains(marker) || line.is_empty() {
                break;
            }
        }
        if !line.contains(marker) {
            let _ = child.kill();
            panic!("the child did not start saving: {line:?}");
        }
        let window = if marker == READY {
            save_time * 2
        } else {
            Duration::from_millis(60)
        };
        let max_micros = u64::try_from(window.as_micros()).unwrap_or(u64::MAX);
        std::thread::sleep(Duration::from_micros(random.below(max_micros)));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");

        let on_disk =
            load_file(&path).unwrap_or_else(|e| panic!("round {round} (seed {seed}): {e}"));
        if on_disk == a {
            saw_a += 1;
        } else if on_disk == b {
            saw_b += 1;
        } else {
            panic!("round {round} (seed {seed}): the file is neither the old nor the new session");
        }
        // The backup, when there is one, is a whole session too.
        let backup = dir.path().join("crash.ron.bak");
        if backup.exists() {
            let kept = load_file(&backup).unwrap_or_else(|e| panic!("round {round}: backup: {e}"));
            assert!(kept == a || kept == b, "round {round}: the backup is a mix");
        }
        // A temporary file left behind means the kill landed mid-save.
        let temporaries = std::fs::read_dir(dir.path())
            .expect("list")
            .filter(|e| {
                e.as_ref().is_ok_and(|e| {
                    Path::new(&e.file_name())
                        .extension()
                        .is_some_and(|x| x == "tmp")
                })
            })
            .count();
        if temporaries > seen_temporaries {
            killed_mid_save += 1;
            seen_temporaries = temporaries;
        }
        assert!(
            budget.elapsed() < Duration::from_mins(2),
            "the crash test is too slow"
        );
    }
    eprintln!(
        "{rounds} kills (seed {seed}): {killed_mid_save} mid-save; the file held A {saw_a} times, B {saw_b} times"
    );
    // Temporary files of killed saves may remain (that is what a crash
    // leaves), but only ours, hidden and named for the file.
    for entry in std::fs::read_dir(dir.path()).expect("list") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        assert!(
            name == "crash.ron"
                || name == "crash.ron.bak"
                || (name.starts_with(".crash.ron.")
                    && Path::new(&name).extension().is_some_and(|x| x == "tmp")),
            "unexpected file {name}"
        );
    }
}
