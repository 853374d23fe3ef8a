//! The command line: `peacemap [FILE]`, `peacemap check FILE...`,
//! `--help`, `--version` and `--lang en|ko`.
//!
//! [`Invocation::parse`] turns the arguments into a [`Cli`] and a
//! language; [`run_headless`] runs everything that needs no window and
//! gives the exit code. `main` opens the app only for [`Cli::Open`].
//! Everything printed comes from the `errors` part of the catalogues, in
//! the language of `--lang`, else of the locale ([`lang_from_env`]).

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use crate::io::{LoadErrorKind, load_file_with_warnings};
use crate::model::{Lang, Session};
use crate::tr;

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
    /// The arguments make no sense; the value says why.
    UsageError(UsageError),
}

/// Why the arguments make no sense.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UsageError {
    /// A subcommand a later version adds (`export`).
    NotAvailable {
        /// The subcommand.
        command: String,
    },
    /// An option `check` does not have.
    UnknownCheckOption {
        /// The option as written.
        option: String,
    },
    /// `check` with no file.
    CheckNeedsAFile,
    /// An option Peacemap does not have.
    UnknownOption {
        /// The option as written.
        option: String,
    },
    /// More than one file to open.
    OneFileToOpen,
    /// `--lang` at the end, with no language after it.
    LangNeedsAValue,
    /// `--lang` with a language Peacemap does not speak.
    UnknownLang {
        /// The value as written.
        value: String,
    },
}

impl UsageError {
    /// Why, in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::NotAvailable { command } => {
                tr!(lang, "error-cli-not-available", command = command.as_str())
            }
            Self::UnknownCheckOption { option } => {
                tr!(
                    lang,
                    "error-cli-unknown-check-option",
                    option = option.as_str()
                )
            }
            Self::CheckNeedsAFile => tr!(lang, "error-cli-check-needs-a-file"),
            Self::UnknownOption { option } => {
                tr!(lang, "error-cli-unknown-option", option = option.as_str())
            }
            Self::OneFileToOpen => tr!(lang, "error-cli-one-file-to-open"),
            Self::LangNeedsAValue => tr!(lang, "error-cli-lang-needs-a-value"),
            Self::UnknownLang { value } => {
                tr!(lang, "error-cli-unknown-lang", value = value.as_str())
            }
        }
    }
}

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// The command line read: what it asks for, and in which language, when
/// `--lang` says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invocation {
    /// What to do.
    pub command: Cli,
    /// The language `--lang` asks for; `None` without `--lang`.
    pub lang: Option<Lang>,
}

impl Invocation {
    /// Reads the arguments after the program name
    /// (`std::env::args_os().skip(1)`). `--lang en|ko` (or `--lang=ko`)
    /// may stand anywhere before a `--`.
    pub fn parse(args: impl IntoIterator<Item = OsString>) -> Self {
        let mut rest = Vec::new();
        let mut lang = None;
        let mut error = None;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let value = match arg.to_str() {
                Some("--") => {
                    rest.push(arg);
                    rest.extend(args.by_ref());
                    break;
                }
                Some("--lang") => {
                    let Some(value) = args.next() else {
                        error.get_or_insert(UsageError::LangNeedsAValue);
                        break;
                    };
                    value.to_string_lossy().into_owned()
                }
                Some(option) if option.starts_with("--lang=") => {
                    option["--lang=".len()..].to_owned()
                }
                _ => {
                    rest.push(arg);
                    continue;
                }
            };
            match Lang::from_code(&value) {
                Some(chosen) => lang = Some(chosen),
                None => {
                    error.get_or_insert(UsageError::UnknownLang { value });
                }
            }
        }
        let command = match error {
            Some(error) => Cli::UsageError(error),
            None => Cli::parse(rest),
        };
        Self { command, lang }
    }

    /// The language to speak: `--lang`'s, else the locale's
    /// ([`lang_from_env`]).
    #[must_use]
    pub fn lang_or_env(&self) -> Lang {
        self.lang.unwrap_or_else(lang_from_env)
    }
}

/// The language of the locale, as the app reads it on a first run
/// ([`crate::preferences::system_language`]): the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set (and not empty) decides, Korean
/// when it starts with `ko` (`ko_KR.UTF-8`), English otherwise and when
/// none is set.
#[must_use]
pub fn lang_from_env() -> Lang {
    crate::preferences::system_language(|name| std::env::var(name).ok())
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
    /// Reads the arguments after the program name, without `--lang` (see
    /// [`Invocation::parse`], which takes it out first).
    pub fn parse(args: impl IntoIterator<Item = OsString>) -> Self {
        let args: Vec<OsString> = args.into_iter().collect();
        let Some(first) = args.first() else {
            return Self::Open(None);
        };
        match first.to_str() {
            Some("-h" | "--help" | "help") => Self::Help,
            Some("-V" | "--version") => Self::Version,
            Some("check") => Self::parse_check(&args[1..]),
            Some(command) if RESERVED_COMMANDS.contains(&command) => {
                Self::UsageError(UsageError::NotAvailable {
                    command: command.to_owned(),
                })
            }
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
                    return Self::UsageError(UsageError::UnknownCheckOption {
                        option: option.to_owned(),
                    });
                }
                _ => paths.push(PathBuf::from(arg)),
            }
        }
        if paths.is_empty() {
            Self::UsageError(UsageError::CheckNeedsAFile)
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
                    return Self::UsageError(UsageError::UnknownOption {
                        option: option.to_owned(),
                    });
                }
                _ => paths.push(PathBuf::from(arg)),
            }
        }
        match paths.len() {
            0 => Self::Open(None),
            1 => Self::Open(paths.pop()),
            _ => Self::UsageError(UsageError::OneFileToOpen),
        }
    }
}

/// The text of `peacemap --help`, in `lang`.
#[must_use]
pub fn help_text(lang: Lang) -> String {
    use std::fmt::Write as _;
    let usage = [
        (
            "peacemap [FILE] [--lang en|ko]",
            tr!(lang, "error-cli-help-open"),
        ),
        (
            "peacemap check FILE... [--lang en|ko]",
            tr!(lang, "error-cli-help-check"),
        ),
        (
            "peacemap --help [--lang en|ko]",
            tr!(lang, "error-cli-help-help"),
        ),
        ("peacemap --version", tr!(lang, "error-cli-help-version")),
    ];
    let width = usage
        .iter()
        .map(|(command, _)| command.len())
        .max()
        .unwrap_or(0);
    let mut text = tr!(
        lang,
        "error-cli-help-title",
        version = env!("CARGO_PKG_VERSION")
    );
    text.push_str("\n\n");
    text.push_str(&tr!(lang, "error-cli-help-usage"));
    text.push('\n');
    for (command, what) in &usage {
        let _ = writeln!(text, "  {command:width$}  {what}");
    }
    text.push('\n');
    text.push_str(&tr!(lang, "error-cli-help-options"));
    text.push('\n');
    let option = "--lang en|ko";
    let indent = " ".repeat(option.len() + 4);
    for (index, line) in tr!(lang, "error-cli-help-lang").lines().enumerate() {
        if index == 0 {
            let _ = writeln!(text, "  {option}  {line}");
        } else {
            let _ = writeln!(text, "{indent}{line}");
        }
    }
    text.push('\n');
    text.push_str(&tr!(lang, "error-cli-help-check-output"));
    text.push_str("\n\n");
    text.push_str(&tr!(lang, "error-cli-help-format"));
    text.push('\n');
    text
}

/// The text of `peacemap --version`.
#[must_use]
pub fn version_text() -> String {
    format!("peacemap {}\n", env!("CARGO_PKG_VERSION"))
}

/// One line about a good session, in English: `6 tracks, 2 scenarios,
/// 12 steps` (the steps of all its scenarios).
#[must_use]
pub fn summary(session: &Session) -> String {
    summary_in(session, Lang::En)
}

/// [`summary`] in `lang`.
#[must_use]
pub fn summary_in(session: &Session, lang: Lang) -> String {
    tr!(
        lang,
        "error-cli-summary",
        tracks = session.tracks.len(),
        scenarios = session.scenarios.len(),
        steps = session
            .scenarios
            .iter()
            .map(|s| s.steps.len())
            .sum::<usize>()
    )
}

/// [`run_check_in`] in English.
pub fn run_check(paths: &[PathBuf], out: &mut impl Write) -> i32 {
    run_check_in(paths, Lang::En, out)
}

/// Checks each file and prints one line per file (or per problem) to
/// `out`, in `lang`: `FILE: ok (summary)`, `FILE:LINE:COL: message` or
/// `FILE: message`. A valid file with fields the format does not have
/// gets a `FILE:LINE:COL: warning: …` line for each before its `ok` line
/// (which counts them); warnings do not change the exit code. Returns
/// [`EXIT_OK`] when every file is a valid session, else [`EXIT_INVALID`].
/// Never panics on any file content.
pub fn run_check_in(paths: &[PathBuf], lang: Lang, out: &mut impl Write) -> i32 {
    let mut code = EXIT_OK;
    for path in paths {
        let shown = path.display();
        // Output errors (a closed pipe) must not stop the checking or panic.
        match load_file_with_warnings(path) {
            Ok(loaded) => {
                for warning in &loaded.warnings {
                    let message = tr!(
                        lang,
                        "error-cli-warning",
                        message = warning.kind.message(lang)
                    );
                    let _ = match warning.position {
                        Some(p) => writeln!(out, "{shown}:{}:{}: {message}", p.line, p.column),
                        None => writeln!(out, "{shown}: {message}"),
                    };
                }
                let summary = summary_in(&loaded.session, lang);
                let line = match loaded.warnings.len() {
                    0 => tr!(lang, "error-cli-ok", summary = summary),
                    count => tr!(
                        lang,
                        "error-cli-ok-with-warnings",
                        summary = summary,
                        count = count
                    ),
                };
                let _ = writeln!(out, "{shown}: {line}");
            }
            Err(error) => {
                code = EXIT_INVALID;
                for (position, message) in error.problems(lang) {
                    let _ = match position {
                        Some(p) => writeln!(out, "{shown}:{}:{}: {message}", p.line, p.column),
                        None => writeln!(out, "{shown}: {message}"),
                    };
                }
                if let LoadErrorKind::Invalid { problems } = &error.kind
                    && problems.len() >= crate::io::MAX_PROBLEMS
                {
                    let stopped = tr!(lang, "error-cli-stopped", count = problems.len());
                    let _ = writeln!(out, "{shown}: {stopped}");
                }
            }
        }
    }
    code
}

/// Runs what needs no window: help, version, check and usage errors, in
/// `lang`, writing to `out` and `err`. Returns the exit code, or `None`
/// for [`Cli::Open`], which the caller handles by opening the app.
pub fn run_headless(
    cli: &Cli,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Option<i32> {
    match cli {
        Cli::Open(_) => None,
        Cli::Help => {
            let _ = out.write_all(help_text(lang).as_bytes());
            Some(EXIT_OK)
        }
        Cli::Version => {
            let _ = out.write_all(version_text().as_bytes());
            Some(EXIT_OK)
        }
        Cli::Check(paths) => Some(run_check_in(paths, lang, out)),
        Cli::UsageError(error) => {
            let _ = writeln!(
                err,
                "peacemap: {}\n{}",
                error.message(lang),
                tr!(lang, "error-cli-try-help")
            );
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
                Cli::UsageError(error) => {
                    let message = error.to_string();
                    assert!(message.contains(words), "{args:?}: {message}");
                    assert_ne!(error.message(Lang::Ko), message, "{args:?} in Korean");
                }
                other => panic!("{args:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn headless_runs_give_exit_codes() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(
            run_headless(&Cli::Version, Lang::En, &mut out, &mut err),
            Some(EXIT_OK)
        );
        assert!(String::from_utf8_lossy(&out).starts_with("peacemap "));
        assert_eq!(
            run_headless(
                &Cli::UsageError(UsageError::CheckNeedsAFile),
                Lang::Ko,
                &mut out,
                &mut err
            ),
            Some(EXIT_USAGE)
        );
        let err = String::from_utf8_lossy(&err);
        assert!(
            err.contains("--help") && err.contains("파일이 하나 이상 필요합니다"),
            "{err}"
        );
        assert_eq!(
            run_headless(&Cli::Open(None), Lang::En, &mut out, &mut Vec::new()),
            None
        );
    }

    fn invocation(args: &[&str]) -> Invocation {
        Invocation::parse(args.iter().map(OsString::from))
    }

    #[test]
    fn lang_may_stand_anywhere_before_a_double_dash() {
        for args in [
            &["--lang", "ko", "check", "a.ron"][..],
            &["check", "a.ron", "--lang", "ko"][..],
            &["check", "--lang=ko_KR.UTF-8", "a.ron"][..],
        ] {
            assert_eq!(
                invocation(args),
                Invocation {
                    command: Cli::Check(vec!["a.ron".into()]),
                    lang: Some(Lang::Ko)
                },
                "{args:?}"
            );
        }
        assert_eq!(
            invocation(&["a.ron", "--lang", "en"]),
            Invocation {
                command: Cli::Open(Some("a.ron".into())),
                lang: Some(Lang::En)
            }
        );
        assert_eq!(invocation(&["a.ron"]).lang, None);
        // After `--`, `--lang` is a file name.
        assert_eq!(
            invocation(&["check", "--", "--lang"]).command,
            Cli::Check(vec!["--lang".into()])
        );
        assert_eq!(
            invocation(&["check", "a.ron", "--lang"]).command,
            Cli::UsageError(UsageError::LangNeedsAValue)
        );
        assert_eq!(
            invocation(&["--lang", "fr", "a.ron"]).command,
            Cli::UsageError(UsageError::UnknownLang {
                value: "fr".to_owned()
            })
        );
    }

    #[test]
    fn help_documents_lang_in_both_languages() {
        let english = help_text(Lang::En);
        let korean = help_text(Lang::Ko);
        for help in [&english, &korean] {
            assert!(help.contains("--lang en|ko"), "{help}");
            assert!(help.contains("peacemap check FILE..."), "{help}");
            assert!(help.contains("LC_ALL"), "{help}");
        }
        assert!(english.contains("Exit status"), "{english}");
        assert!(korean.contains("종료 상태"), "{korean}");
    }
}
