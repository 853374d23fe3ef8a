//! Bilingual text and sources on one line, and step boards over several
//! lines, in saved files.
//!
//! The writer lays items out over several lines down to a fixed depth and
//! on one line below it, so the same bilingual text would be written
//! `(en: "…", ko: "…")` inside a seat but over four lines as a track's
//! name, and a scenario step's whole board (deeper than the limit) on one
//! line. [`compact_small_values`] puts every bilingual text and every
//! source on one line wherever it stands, so a name reads
//! `name: (en: "Nuclear security", ko: "핵 안보"),` and a source
//! `source: Work(part: "…", detail: "track 3"),` at any depth;
//! [`expand_step_boards`] lays each step's board out like the live one,
//! each seat on one line.
//!
//! It works on the writer's own output, whose shape it knows: it skips
//! string literals (plain, escaped or raw, over several lines or not) and
//! comments, and only ever removes line breaks and indentation between
//! tokens and the comma before a closing bracket. The save re-reads what
//! it wrote and compares it with the session, so a mistake here could
//! never corrupt a file unnoticed.

use std::borrow::Cow;

/// The variants of `Source` that hold fields.
const SOURCE_VARIANTS: [&str; 3] = ["Work", "Context", "Illustrative"];

/// `text` with every bilingual text and source written on one line.
///
/// Only a bracket that ends its line can open a group written over several
/// lines, so the scan jumps from string literal to string literal and
/// looks for `(` + line break between them (both searches are fast
/// library searches: a 10 MB file takes a few milliseconds).
pub(crate) fn compact_small_values(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut at = after_leading_comments(text);
    while at < bytes.len() {
        let quote = text[at..].find('"').map_or(bytes.len(), |n| at + n);
        // Between string literals: the groups that start here.
        if let Some(open) = next_group_opening(text, at, quote) {
            let end = closing_bracket(bytes, open);
            let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
            out.push_str(&text[copied..open]);
            one_line(&text[open..end], out);
            copied = end;
            at = end;
            continue;
        }
        if quote == bytes.len() {
            break;
        }
        at = skip_literal_at_quote(bytes, quote);
    }
    match out {
        Some(mut out) => {
            out.push_str(&text[copied..]);
            Cow::Owned(out)
        }
        None => Cow::Borrowed(text),
    }
}

/// `text` with the board of every scenario step, which the writer puts on
/// one line (it is deeper than the writer's depth limit), laid out like
/// the live board: one field per line down to the seats, each seat on one
/// line. Not copied when there is no step.
///
/// (Laying out every item and putting seats back on one line took twice
/// the writing time of a large session; expanding only the step boards
/// costs nothing for a session without steps.)
pub(crate) fn expand_step_boards(text: &str) -> Cow<'_, str> {
    const KEY: &str = "board: (";
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut at = after_leading_comments(text);
    while at < bytes.len() {
        let quote = text[at..].find('"').map_or(bytes.len(), |n| at + n);
        let mut search = at;
        let mut found = None;
        while let Some(n) = text[search..quote].find(KEY) {
            let key = search + n;
            let open = key + KEY.len() - 1;
            let whole_word = key == 0 || !is_ident_byte(bytes[key - 1]);
            if whole_word && bytes.get(open + 1) != Some(&b'\n') {
                found = Some((key, open));
                break;
            }
            search = open + 1;
        }
        if let Some((key, open)) = found {
            let end = closing_bracket(bytes, open);
            let line_start = text[..key].rfind('\n').map_or(0, |n| n + 1);
            let indent = key - line_start;
            let out = out.get_or_insert_with(|| String::with_capacity(text.len() * 2));
            out.push_str(&text[copied..open]);
            expand_board(&text[open..end], indent, out);
            copied = end;
            at = end;
            continue;
        }
        if quote == bytes.len() {
            break;
        }
        at = skip_literal_at_quote(bytes, quote);
    }
    match out {
        Some(mut out) => {
            out.push_str(&text[copied..]);
            Cow::Owned(out)
        }
        None => Cow::Borrowed(text),
    }
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// How a bracket of a board written on one line is laid out.
#[derive(Clone, Copy, PartialEq)]
enum Group {
    /// Over several lines, one item per line.
    Lines,
    /// The seats list: over several lines, each seat on one line.
    Seats,
    /// `Some(`: adds no line of its own (`Some((` opens the gate).
    Wrapper,
}

/// Writes `board` (a board on one line, from its `(` to its `)`) to `out`
/// over several lines, as the writer lays out the live board, the board's
/// line being indented by `indent` spaces.
fn expand_board(board: &str, indent: usize, out: &mut String) {
    let bytes = board.as_bytes();
    let mut stack: Vec<Group> = Vec::new();
    let mut lines = 0_usize;
    let newline = |out: &mut String, level: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', indent + 4 * level));
    };
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => at = skip_string(bytes, at),
            b'r' if starts_raw_string(bytes, at) => at = skip_raw_string(bytes, at),
            open @ (b'(' | b'[') => {
                let empty = matches!(bytes.get(at + 1), Some(b')' | b']'));
                if empty {
                    at += 2;
                    continue;
                }
                if stack.last() == Some(&Group::Seats) {
                    // A seat: as it is, on one line.
                    at = closing_bracket(bytes, at);
                    continue;
                }
                out.push_str(&board[copied..=at]);
                let group = if board[..at].ends_with("Some") {
                    Group::Wrapper
                } else if open == b'[' && board[..at].ends_with("seats: ") {
                    Group::Seats
                } else {
                    Group::Lines
                };
                stack.push(group);
                if group != Group::Wrapper {
                    lines += 1;
                    newline(out, lines);
                }
                at += 1;
                copied = at;
            }
            b')' | b']' => {
                out.push_str(&board[copied..at]);
                match stack.pop() {
                    Some(Group::Wrapper) | None => {}
                    Some(_) => {
                        out.push(',');
                        lines -= 1;
                        newline(out, lines);
                    }
                }
                out.push(char::from(bytes[at]));
                at += 1;
                copied = at;
            }
            b',' if bytes.get(at + 1) == Some(&b' ') => {
                out.push_str(&board[copied..=at]);
                newline(out, lines);
                at += 2;
                copied = at;
            }
            _ => at += 1,
        }
    }
    out.push_str(&board[copied..]);
}

/// Where the text starts after the comment lines at its top (the writer's
/// header; it writes no other comments).
fn after_leading_comments(text: &str) -> usize {
    let mut at = 0;
    while text[at..].trim_start().starts_with("//") {
        let comment = at + (text[at..].len() - text[at..].trim_start().len());
        at = text[comment..]
            .find('\n')
            .map_or(text.len(), |n| comment + n + 1);
    }
    at
}

/// The first bracket in `text[from..to]` (outside string literals) that
/// ends its line and opens a small value.
fn next_group_opening(text: &str, from: usize, to: usize) -> Option<usize> {
    let mut at = from;
    while let Some(n) = text[at..to].find("(\n") {
        let open = at + n;
        if is_small_value(text, open) {
            return Some(open);
        }
        at = open + 2;
    }
    None
}

/// Just after the string literal whose opening quote is at `quote`: a raw
/// string when `r` and any `#` stand right before the quote, else a plain
/// one with escapes.
fn skip_literal_at_quote(bytes: &[u8], quote: usize) -> usize {
    let hashes = bytes[..quote]
        .iter()
        .rev()
        .take_while(|&&b| b == b'#')
        .count();
    let r = quote.checked_sub(hashes + 1);
    match r {
        Some(r) if bytes[r] == b'r' && starts_raw_string(bytes, r) => skip_raw_string(bytes, r),
        _ => skip_string(bytes, quote),
    }
}

/// Whether the bracket at `open` starts bilingual text (its first field is
/// `en` or `ko`) or the fields of a source (`source: Work(`, …).
fn is_small_value(text: &str, open: usize) -> bool {
    let before = &text[..open];
    if SOURCE_VARIANTS.iter().any(|variant| {
        before
            .strip_suffix(variant)
            .is_some_and(|b| b.ends_with("source: "))
    }) {
        return true;
    }
    let inside = text[open + 1..].trim_start();
    ["en", "ko"].iter().any(|field| {
        inside
            .strip_prefix(field)
            .is_some_and(|after| after.trim_start().starts_with(':'))
    })
}

/// Writes `group` (from an opening bracket to just after its closing one)
/// to `out` on one line: a line break and the indentation after it become
/// one space between tokens and nothing next to a bracket; a comma before
/// a closing bracket goes.
fn one_line(group: &str, out: &mut String) {
    let bytes = group.as_bytes();
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => at = skip_string(bytes, at),
            b'r' if starts_raw_string(bytes, at) => at = skip_raw_string(bytes, at),
            b',' | b'\n' => {
                let comma = bytes[at] == b',';
                let blank_from = at + usize::from(comma);
                let blank_to = blank_from
                    + bytes[blank_from..]
                        .iter()
                        .position(|b| !b.is_ascii_whitespace())
                        .unwrap_or(bytes.len() - blank_from);
                let blank = &bytes[blank_from..blank_to];
                let closes = matches!(bytes.get(blank_to), Some(b')' | b']'));
                if !(blank.contains(&b'\n') || (comma && closes)) {
                    at = blank_to.max(at + 1);
                    continue;
                }
                out.push_str(&group[copied..at]);
                let opens = at > 0 && matches!(bytes[at - 1], b'(' | b'[') && !comma;
                if comma && !closes {
                    out.push_str(", ");
                } else if !comma && !opens && !closes {
                    out.push(' ');
                }
                copied = blank_to;
                at = blank_to;
            }
            _ => at += 1,
        }
    }
    out.push_str(&group[copied..]);
}

/// Just after the bracket that closes the one at `open` (or the end of the
/// text, should it never close).
fn closing_bracket(bytes: &[u8], open: usize) -> usize {
    let mut depth = 0_usize;
    let mut at = open;
    while at < bytes.len() {
        at = match bytes[at] {
            b'"' => skip_string(bytes, at),
            b'r' if starts_raw_string(bytes, at) => skip_raw_string(bytes, at),
            b'(' | b'[' => {
                depth += 1;
                at + 1
            }
            b')' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return at + 1;
                }
                at + 1
            }
            _ => at + 1,
        };
    }
    bytes.len()
}

/// Just after the plain string literal that starts at `quote`.
fn skip_string(bytes: &[u8], quote: usize) -> usize {
    let mut at = quote + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return at + 1,
            _ => at += 1,
        }
    }
    bytes.len()
}

/// Whether a raw string literal (`r"…"`, `r#"…"#`) starts at `at`.
fn starts_raw_string(bytes: &[u8], at: usize) -> bool {
    let after_identifier =
        at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
    if after_identifier {
        return false;
    }
    let hashes = bytes[at + 1..].iter().take_while(|&&b| b == b'#').count();
    bytes.get(at + 1 + hashes) == Some(&b'"')
}

/// Just after the raw string literal that starts at `at`.
fn skip_raw_string(bytes: &[u8], at: usize) -> usize {
    let hashes = bytes[at + 1..].iter().take_while(|&&b| b == b'#').count();
    let body = at + 2 + hashes;
    let mut end = body;
    while end < bytes.len() {
        if bytes[end] == b'"'
            && bytes.len() >= end + 1 + hashes
            && bytes[end + 1..end + 1 + hashes].iter().all(|&b| b == b'#')
        {
            return end + 1 + hashes;
        }
        end += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilingual_text_and_sources_go_on_one_line() {
        let text = "(\n    title: (\n        en: \"T\",\n        ko: \"제목\",\n    ),\n    source: Work(\n        part: \"P\",\n        detail: (\n            en: \"d\",\n            ko: \"디\",\n        ),\n    ),\n    other: (\n        a: 1,\n    ),\n)\n";
        assert_eq!(
            compact_small_values(text),
            "(\n    title: (en: \"T\", ko: \"제목\"),\n    source: Work(part: \"P\", detail: (en: \"d\", ko: \"디\")),\n    other: (\n        a: 1,\n    ),\n)\n"
        );
    }

    #[test]
    fn text_inside_strings_is_left_alone() {
        let text = "(\n    notes: \"(\\n    en: \\\"x\\\",\\n)\",\n    raw: r#\"a \"(\n    en: \"b\",\n)\"#,\n    name: (\n        ko: \"첫 줄\n둘째 줄\",\n    ),\n)";
        assert_eq!(
            compact_small_values(text),
            "(\n    notes: \"(\\n    en: \\\"x\\\",\\n)\",\n    raw: r#\"a \"(\n    en: \"b\",\n)\"#,\n    name: (ko: \"첫 줄\n둘째 줄\"),\n)"
        );
    }

    #[test]
    fn a_string_over_several_lines_that_looks_like_text_is_left_alone() {
        let text = "(\n    notes: \"see (\n    en: 1,\n)\",\n    source: Work(\n        part: \"(\n    ko: x\",\n    ),\n)";
        assert_eq!(
            compact_small_values(text),
            "(\n    notes: \"see (\n    en: 1,\n)\",\n    source: Work(part: \"(\n    ko: x\"),\n)"
        );
    }

    #[test]
    fn text_without_small_values_is_not_copied() {
        let text = "// a comment with (en: \"x\",\n(\n    version: 3,\n    source: Unstated,\n)";
        assert!(matches!(compact_small_values(text), Cow::Borrowed(_)));
    }

    #[test]
    fn a_step_board_on_one_line_is_laid_out_like_the_live_one() {
        let text = "(\n    steps: [\n        (\n            board: (tracks: [(track: \"t\", seats: [(participant: \"a\", role: Negotiator, source: Work(part: \"P, Q\", detail: (en: \"d\", ko: \"(x\"))), (participant: \"b\", role: Observer, source: Unstated)]), (track: \"u\", seats: [])], ratifications: [], regional_gate: Some((track: \"u\", threshold_pct: 4.0))),\n            note: \"board: (x, y)\",\n        ),\n    ],\n    board: (\n        tracks: [],\n    ),\n)";
        assert_eq!(
            expand_step_boards(text),
            "(\n    steps: [\n        (\n            board: (\n                tracks: [\n                    (\n                        track: \"t\",\n                        seats: [\n                            (participant: \"a\", role: Negotiator, source: Work(part: \"P, Q\", detail: (en: \"d\", ko: \"(x\"))),\n                            (participant: \"b\", role: Observer, source: Unstated),\n                        ],\n                    ),\n                    (\n                        track: \"u\",\n                        seats: [],\n                    ),\n                ],\n                ratifications: [],\n                regional_gate: Some((\n                    track: \"u\",\n                    threshold_pct: 4.0,\n                )),\n            ),\n            note: \"board: (x, y)\",\n        ),\n    ],\n    board: (\n        tracks: [],\n    ),\n)"
        );
        assert!(matches!(
            expand_step_boards("(\n    board: (\n        tracks: [],\n    ),\n)"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn an_empty_illustration_stays_as_it_is() {
        let text = "(\n    source: Illustrative(),\n)";
        assert_eq!(compact_small_values(text), text);
    }
}
