//! Seats, bilingual text and sources on one line in saved files.
//!
//! The writer lays every item out over several lines, so a bilingual text
//! would take four lines and a seat five. [`compact_small_values`] puts
//! every seat, every bilingual text and every source on one line wherever
//! it stands (on the live board or a scenario step's), so a name reads
//! `name: (en: "Nuclear security", ko: "핵 안보"),`, a source
//! `source: Work(part: "…", detail: "track 3"),` and a seat
//! `(participant: "rok", role: Negotiator, source: Unstated),`.
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

/// `text` with every seat, bilingual text and source written on one line.
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
/// `en` or `ko`), the fields of a source (`source: Work(`, …) or a seat
/// (its first fields are `participant` and `role`; a ratification's are
/// `participant` and `status`).
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
    if ["en", "ko"].iter().any(|field| {
        inside
            .strip_prefix(field)
            .is_some_and(|after| after.trim_start().starts_with(':'))
    }) {
        return true;
    }
    is_seat(inside)
}

/// Whether `inside`, the text after an opening bracket, holds a seat's
/// fields: `participant: "…",` then, on the next line, `role:`. (An id is
/// written without line breaks, so the first line holds the whole id.)
fn is_seat(inside: &str) -> bool {
    let Some(after) = inside.strip_prefix("participant: \"") else {
        return false;
    };
    after
        .split_once('\n')
        .is_some_and(|(_, rest)| rest.trim_start().starts_with("role:"))
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
    fn seats_go_on_one_line_and_ratifications_do_not() {
        let text = "(\n    seats: [\n        (\n            participant: \"rok\",\n            role: Negotiator,\n            source: Work(\n                part: \"P\",\n            ),\n        ),\n    ],\n    ratifications: [\n        (\n            participant: \"us\",\n            status: Pending,\n        ),\n    ],\n)";
        assert_eq!(
            compact_small_values(text),
            "(\n    seats: [\n        (participant: \"rok\", role: Negotiator, source: Work(part: \"P\")),\n    ],\n    ratifications: [\n        (\n            participant: \"us\",\n            status: Pending,\n        ),\n    ],\n)"
        );
    }

    #[test]
    fn an_empty_illustration_stays_as_it_is() {
        let text = "(\n    source: Illustrative(),\n)";
        assert_eq!(compact_small_values(text), text);
    }
}
