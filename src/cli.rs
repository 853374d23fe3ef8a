//! The command line: `peacemap [FILE]`, `peacemap check FILE...`,
//! `--help` and `--version`.
//!
//! [`Cli::parse`] turns the arguments into a [`Cli`]; [`run_headless`] runs
//! everything that needs no window and gives the exit code. `main` opens
//! the app only for [`Cli::Open`].

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use crate::io::{LoadErrorKind, load_file_with_warnings};
use crate::model::Session;

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cli {
    /// Open the app, with a session file or the bundled session.
    Open(Option<PathBuf>),
    /// Check session files without opening a window.
    Check(Vec<PathBuf>),
    /// Print the help text.
    Help,
    /// Print the version.
    Version,
    /// The arguments make no sense; the message says why.
    UsageError(String),
}

/// Exit code: every file is fine.
pub const EXIT_OK: i32 = 0;
/// Exit code: at least one file is not a valid session.
pub const EXIT_INVALID: i32 = 1;
/// Exit code: the command line itself is wrong.
pub const EXIT_USAGE: i32 = 2;

/// Subcommands a later version adds; named so that they are not taken for
/// file names (`peacemap export` must not try to open a file "export").
const RESERVED_COMMANDS: [&str; 1] = ["export"];

impl Cli {
    /// Reads the arguments after the program name
    /// (`std::env::args_os().skip(1)`).
    pub fn parse(args: impl IntoIterator<Item = OsString>) -> Self {
        let args: Vec<OsString> = args.into_iter().collect();
        let Some(first) = args.first() else {
            return Self::Open(None);
        };
        match first.to_str() {
            Some("-h" | "--help" | "help") => Self::Help,
            Some("-V" | "--version") => Self::Version,
            Some("check") => Self::parse_check(&args[1..]),
            Some(command) if RESERVED_COMMANDS.contains(&command) => Self::UsageError(format!(
                "`peacemap {command}` is not available in this version"
            )),
            _ => Self::parse_open(&args),
        }
    }

    fn parse_check(args: &[OsString]) -> Self {
        let mut paths = Vec::new();
        let mut options_done = false;
        for arg in args {
            match arg.to_str() {
                Some("--") if !options_done => options_done = true,
                Some("-h" | "--help") if !options_done => return Self::Help,
                Some(option) if !options_done && option.starts_with('-') && option.len() > 1 => {
                    return Self::UsageError(format!("`check` has no option `{option}`"));
                }
                _ => paths.push(PathBuf::from(arg)),
            }
        }
        if paths.is_empty() {
            Self::UsageError("`check` needs at least one file".to_owned())
        } else {
            Self::Check(paths)
        }
    }

    fn parse_open(args: &[OsString]) -> Self {
        let mut paths = Vec::new();
        let mut options_done = false;
        for arg in args {
            match arg.to_str() {
                Some("--") if !options_done => options_done = true,
                Some(option) if !options_done && option.starts_with('-') && option.len() > 1 => {
                    return Self::UsageError(format!("unknown option `{option}`"));
                }
                _ => paths.push(PathBuf::from(arg)),
            }
        }
        match paths.len() {
            0 => Self::Open(None),
            1 => Self::Open(paths.pop()),
            _ => Self::UsageError(
                "give one file to open (to check several, use `peacemap check FILE...`)".to_owned(),
            ),
        }
    }
}

/// The text of `peacemap --help`.
#[must_use]
pub fn help_text() -> String {
    format!(
        "\
Peacemap {version}: map a multi-track peace process as a multi-lane highway.

Usage:
  peacemap [FILE]            open the app, with a session file or the bundled session
  peacemap check FILE...     check session files without opening a window
  peacemap --help            show this help
  peacemap --version         show the version

`check` prints `FILE: ok` and a summary for a good file, and
`FILE:LINE:COL: message` for each problem in a bad one. A file that opens
but has fields Peacemap does not know (a typo, or a newer version's field)
gets `FILE:LINE:COL: warning: ...` for each: saving it would drop them.
Exit status: 0 when every file is fine, 1 when any is not, 2 on a usage error.

Session files are RON text; docs/session-format.md explains every field.
",
        version = env!("CARGO_PKG_VERSION")
    )
}

/// The text of `peacemap --version`.
#[must_use]
pub fn version_text() -> String {
    format!("peacemap {}\n", env!("CARGO_PKG_VERSION"))
}

/// One line about a good session: `6 tracks, 8 participants, 4 sanctions
/// stages, 3 border options`.
#[must_use]
pub fn summary(session: &Session) -> String {
    format!(
        "{}, {}, {}, {}",
        count(session.tracks.len(), "track", "tracks"),
        count(session.participants.len(), "participant", "participants"),
        count(
            session.sanctions.len(),
            "sanctions stage",
            "sanctions stages"
        ),
        count(
            session.border.options.len(),
            "border option",
            "border options"
        ),
    )
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Checks each file and prints one line per file (or per problem) to
/// `out`: `FILE: ok (summary)`, `FILE:LINE:COL: message` or
/// `FILE: message`. A valid file with fields the format does not have
/// gets a `FILE:LINE:COL: warning: …` line for each before its `ok` line
/// (which counts them); warnings do not change the exit code. Returns
/// [`EXIT_OK`] when every file is a valid session, else [`EXIT_INVALID`].
/// Never panics on any file content.
pub fn run_check(paths: &[PathBuf], out: &mut impl Write) -> i32 {
    let mut code = EXIT_OK;
    for path in paths {
        let shown = path.display();
        // Output errors (a closed pipe) must not stop the checking or panic.
        match load_file_with_warnings(path) {
            Ok(loaded) => {
                for warning in &loaded.warnings {
                    let _ = match warning.position {
                        Some(p) => writeln!(
                            out,
                            "{shown}:{}:{}: warning: {}",
                            p.line, p.column, warning.kind
                        ),
                        None => writeln!(out, "{shown}: warning: {}", warning.kind),
                    };
                }
                let warnings = match loaded.warnings.len() {
                    0 => String::new(),
                    n => format!("; {}", count(n, "warning", "warnings")),
                };
                let _ = writeln!(out, "{shown}: ok ({}{warnings})", summary(&loaded.session));
            }
            Err(error) => {
                code = EXIT_INVALID;
                for (position, message) in error.problems() {
                    let _ = match position {
                        Some(p) => writeln!(out, "{shown}:{}:{}: {message}", p.line, p.column),
                        None => writeln!(out, "{shown}: {message}"),
                    };
                }
                if let LoadErrorKind::Invalid { problems } = &error.kind
                    && problems.len() >= crate::io::MAX_PROBLEMS
                {
                    let _ = writeln!(out, "{shown}: (stopped after {} problems)", problems.len());
                }
            }
        }
    }
    code
}

/// Runs what needs no window: help, version, check and usage errors,
/// writing to `out` and `err`. Returns the exit code, or `None` for
/// [`Cli::Open`], which the caller handles by opening the app.
pub fn run_headless(cli: &Cli, out: &mut impl Write, err: &mut impl Write) -> Option<i32> {
    match cli {
        Cli::Open(_) => None,
        Cli::Help => {
            let _ = out.write_all(help_text().as_bytes());
            Some(EXIT_OK)
        }
        Cli::Version => {
            let _ = out.write_all(version_text().as_bytes());
            Some(EXIT_OK)
        }
        Cli::Check(paths) => Some(run_check(paths, out)),
        Cli::UsageError(message) => {
            let _ = writeln!(err, "peacemap: {message}\nTry `peacemap --help`.");
            Some(EXIT_USAGE)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Cli {
        Cli::parse(args.iter().map(OsString::from))
    }

    #[test]
    fn parses_every_form() {
        assert_eq!(parse(&[]), Cli::Open(None));
        assert_eq!(parse(&["a.ron"]), Cli::Open(Some("a.ron".into())));
        assert_eq!(
            parse(&["--", "-odd.ron"]),
            Cli::Open(Some("-odd.ron".into()))
        );
        assert_eq!(parse(&["-"]), Cli::Open(Some("-".into())));
        assert_eq!(parse(&["--help"]), Cli::Help);
        assert_eq!(parse(&["-h"]), Cli::Help);
        assert_eq!(parse(&["--version"]), Cli::Version);
        assert_eq!(parse(&["-V"]), Cli::Version);
        assert_eq!(
            parse(&["check", "a.ron", "b.ron"]),
            Cli::Check(vec!["a.ron".into(), "b.ron".into()])
        );
        assert_eq!(
            parse(&["check", "--", "-x.ron"]),
            Cli::Check(vec!["-x.ron".into()])
        );
        assert_eq!(parse(&["check", "--help"]), Cli::Help);
    }

    #[test]
    fn usage_errors_say_why() {
        for (args, words) in [
            (&["check"][..], "at least one file"),
            (&["check", "--strict", "a.ron"][..], "`--strict`"),
            (&["--frobnicate"][..], "unknown option"),
            (&["a.ron", "b.ron"][..], "one file"),
            (&["export", "a.ron"][..], "not available"),
        ] {
            match parse(args) {
                Cli::UsageError(message) => assert!(message.contains(words), "{args:?}: {message}"),
                other => panic!("{args:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn headless_runs_give_exit_codes() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(
            run_headless(&Cli::Version, &mut out, &mut err),
            Some(EXIT_OK)
        );
        assert!(String::from_utf8_lossy(&out).starts_with("peacemap "));
        assert_eq!(
            run_headless(&Cli::UsageError("x".into()), &mut out, &mut err),
            Some(EXIT_USAGE)
        );
        assert!(String::from_utf8_lossy(&err).contains("--help"));
        assert_eq!(run_headless(&Cli::Open(None), &mut out, &mut err), None);
    }
}
