//! Rules over the source text that the compiler cannot check.
//!
//! Colours live only in `src/ui/theme.rs`: a colour written anywhere else
//! (`Color32::from_rgb(…)`, `Color32::WHITE`, `Rgba::…`) cannot follow a
//! theme switch (projector, high contrast), so this test names each one.

use std::path::{Path, PathBuf};

/// The only file allowed to spell out colours.
const THEME_FILE: &str = "src/ui/theme.rs";

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("cannot read an entry of {}: {e}", dir.display()))
            .path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every colour literal in `line`: `Color32::from_*`, a `Color32` constant
/// (`WHITE`, `BLACK`, `RED`, `TRANSPARENT`, …), or any `Rgba::` / `Hsva::` /
/// `HsvaGamma::` path.
fn colour_literals(line: &str) -> Vec<String> {
    let code = line.split("//").next().unwrap_or_default();
    let mut found = Vec::new();
    for ty in ["Color32::", "Rgba::", "Hsva::", "HsvaGamma::"] {
        let mut rest = code;
        while let Some(at) = rest.find(ty) {
            let after = &rest[at + ty.len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let is_literal = ty != "Color32::"
                || name.starts_with("from_")
                || (!name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'));
            // `Color32::from_` inside a word such as `MyColor32::` does not count.
            let starts_word = rest[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
            if is_literal && starts_word {
                found.push(format!("{ty}{name}"));
            }
            rest = after;
        }
    }
    found
}

#[test]
fn colours_are_spelled_out_only_in_the_theme() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(
        files.len() > 10,
        "found only {} source files under src/",
        files.len()
    );
    let mut offences = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(root).unwrap_or(file);
        if relative == Path::new(THEME_FILE) {
            continue;
        }
        let text = std::fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        for (number, line) in text.lines().enumerate() {
            for literal in colour_literals(line) {
                offences.push(format!("{}:{}: {literal}", relative.display(), number + 1));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "colour literals outside {THEME_FILE} (add a named colour to the theme instead):\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_colour_scan_finds_every_kind_of_literal() {
    assert_eq!(
        colour_literals("let c = Color32::from_rgb(1, 2, 3);"),
        ["Color32::from_rgb"]
    );
    assert_eq!(
        colour_literals("fill(egui::Color32::WHITE)"),
        ["Color32::WHITE"]
    );
    assert_eq!(
        colour_literals("a(Color32::from_gray(9), Color32::TRANSPARENT)"),
        ["Color32::from_gray", "Color32::TRANSPARENT"]
    );
    assert_eq!(
        colour_literals("let x = Rgba::from_white_alpha(0.5);"),
        ["Rgba::from_white_alpha"]
    );
    assert_eq!(
        colour_literals("theme.text_on(fill) // not Color32::WHITE"),
        Vec::<String>::new()
    );
    assert_eq!(
        colour_literals("fn f(c: Color32) -> Color32 { c.gamma_multiply(0.5) }"),
        Vec::<String>::new()
    );
    assert_eq!(
        colour_literals("use egui::{Color32, Stroke};"),
        Vec::<String>::new()
    );
}

// ---------------------------------------------------------------------------
// Words on screen come from the catalogues.
//
// Every user-facing string lives in `assets/i18n/{en,ko}/*.ftl`, so that the
// language switch reaches it. A string literal with letters handed straight
// to a widget (`ui.label("Save")`) would stay English in Korean: this rule
// names each one in the UI's sources. Literals inside `tr!(…)` are catalogue
// ids, not words; literals without letters (`"✔"`, `"{}%"`) are allowed.

/// The UI's sources, where the rule applies (relative to the crate).
const UI_SOURCES: &[&str] = &["src/app.rs", "src/file_dialog.rs", "src/ui"];

/// Calls that put their text arguments on screen or in the accessibility
/// tree (each matched where it starts a name, so `.label(` does not match
/// `colored_label(` twice, but `colored_label(` is listed itself).
const USER_FACING_CALLS: &[&str] = &[
    "label(",
    "colored_label(",
    "selectable_label(",
    "button(",
    "small_button(",
    "menu_button(",
    "heading(",
    "checkbox(",
    "radio(",
    "radio_value(",
    "selectable_value(",
    "hyperlink_to(",
    "on_hover_text(",
    "on_disabled_hover_text(",
    "hint_text(",
    "selected_text(",
    "text(",
    "title(",
    "set_title(",
    "add_filter(",
    "RichText::new(",
    "Button::new(",
    "Button::selectable(",
    "Label::new(",
    "WidgetInfo::labeled(",
    "WidgetInfo::selected(",
    "WidgetInfo::slider(",
    "set_label(",
    "set_description(",
    "name_field(",
    "name_inputs(",
    "choice_ui(",
    "layout_no_wrap(",
    "elided(",
];

/// The source text with comments blanked out (line comments and doc
/// comments; strings are kept as they are).
fn without_comments(text: &str) -> String {
    text.lines()
        .map(|line| {
            let mut in_string = false;
            let mut escaped = false;
            let mut previous = ' ';
            for (at, c) in line.char_indices() {
                if in_string {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        in_string = false;
                    }
                } else if c == '"' && previous != '\'' {
                    in_string = true;
                } else if c == '/' && previous == '/' {
                    return &line[..at - 1];
                }
                previous = c;
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text of the call's arguments: from just after `open` (the index of
/// its opening parenthesis) to the matching closing one.
fn call_arguments(code: &str, open: usize) -> &str {
    let mut depth = 0_usize;
    let mut in_string = false;
    let mut escaped = false;
    for (at, c) in code[open..].char_indices() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return &code[open + 1..open + at];
                }
            }
            _ => {}
        }
    }
    &code[open + 1..]
}

/// The string literals in `arguments` that this call shows: those at the
/// top level of its arguments or inside `format!(…)`, with letters outside
/// `{…}` placeholders. Literals in nested calls belong to those calls
/// (`tr!(…)` ids, `from_id_salt(…)` salts; a nested user-facing call is
/// scanned on its own), and literals in tuples, arrays and closure bodies
/// are ids, extensions or other calls' text.
fn worded_literals(arguments: &str) -> Vec<String> {
    let mut found = Vec::new();
    // What opened each enclosing group: true for a `format!(`.
    let mut groups: Vec<bool> = Vec::new();
    let mut chars = arguments.char_indices().peekable();
    let mut previous = ' ';
    while let Some((at, c)) = chars.next() {
        match c {
            '"' if previous != '\'' => {
                let mut literal = String::new();
                let mut escaped = false;
                for (_, c) in chars.by_ref() {
                    if escaped {
                        escaped = false;
                        literal.push(c);
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        break;
                    } else {
                        literal.push(c);
                    }
                }
                previous = '"';
                let shown = groups.iter().all(|is_format| *is_format);
                let mut depth = 0_usize;
                let has_letters = literal.chars().any(|c| {
                    match c {
                        '{' => depth += 1,
                        '}' => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                    depth == 0 && c.is_alphabetic()
                });
                if shown && has_letters {
                    found.push(literal);
                }
                continue;
            }
            '(' | '[' | '{' => {
                let is_format = c == '(' && arguments[..at].ends_with("format!");
                groups.push(is_format);
            }
            ')' | ']' | '}' => {
                groups.pop();
            }
            _ => {}
        }
        previous = c;
    }
    found
}

/// Every worded literal passed to a user-facing call in `code`, with the
/// line it is on.
fn worded_literals_in_calls(code: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for call in USER_FACING_CALLS {
        let mut from = 0;
        while let Some(at) = code[from..].find(call) {
            let start = from + at;
            from = start + call.len();
            let starts_name = code[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            if !starts_name {
                continue;
            }
            let open = start + call.len() - 1;
            let line = code[..start].matches('\n').count() + 1;
            for literal in worded_literals(call_arguments(code, open)) {
                found.push((line, format!("{call}…\"{literal}\"")));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn words_on_screen_come_from_the_catalogues() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for source in UI_SOURCES {
        let path = root.join(source);
        if path.is_dir() {
            rust_files(&path, &mut files);
        } else {
            files.push(path);
        }
    }
    assert!(
        files.len() > 10,
        "found only {} UI source files",
        files.len()
    );
    let mut offences = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(root).unwrap_or(file);
        let text = std::fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        // Unit tests at the end of a file are not on screen.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (line, literal) in worded_literals_in_calls(&without_comments(code)) {
            offences.push(format!("{}:{line}: {literal}", relative.display()));
        }
    }
    assert!(
        offences.is_empty(),
        "words written into the UI's code (put them in assets/i18n/{{en,ko}}/*.ftl and use tr!):\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_wording_scan_finds_words_and_only_words() {
    let scan = |code: &str| -> Vec<String> {
        worded_literals_in_calls(code)
            .into_iter()
            .map(|(_, literal)| literal)
            .collect()
    };
    assert_eq!(scan(r#"ui.label("Save");"#), [r#"label(…"Save""#]);
    assert_eq!(
        scan("ui.button(\n    \"Don't save\",\n)\n.on_hover_text(format!(\"Take {name} off\"));"),
        [
            r#"button(…"Don't save""#,
            r#"on_hover_text(…"Take {name} off""#
        ]
    );
    assert_eq!(
        scan(r#"WidgetInfo::labeled(Role::Button, true, "Add milestone")"#),
        [r#"WidgetInfo::labeled(…"Add milestone""#]
    );
    assert_eq!(
        scan(r#"ui.label(RichText::new("Notes").strong());"#),
        [r#"RichText::new(…"Notes""#]
    );
    // Catalogue ids, id salts, placeholders and symbols are not words.
    assert!(scan(r#"choice_ui(ui, ("seat-role", id), &tr!(lang, "x"), a, b, c, d)"#).is_empty());
    assert!(scan(r#"d.add_filter(tr!(lang, "f"), &["ron"])"#).is_empty());
    assert_eq!(
        scan(r#"ui.name_inputs("Pick", |ui| ComboBox::from_id_salt("pick").show(ui))"#),
        [r#"name_inputs(…"Pick""#]
    );
    assert!(scan(r#"ui.label(tr!(lang, "board-notes"));"#).is_empty());
    assert!(scan(r#"ui.label(RichText::new(tr!(lang, "a-b", n = x)).strong());"#).is_empty());
    assert!(scan(r#"painter.text(p, a, format!("{:.0}%", pct), f, c);"#).is_empty());
    assert!(scan(r#"ui.small_button("✖").on_hover_text(tr!(lang, "x"));"#).is_empty());
    assert!(scan(r#"ui.label(format!("{} · {icon}", tr!(lang, "stage")));"#).is_empty());
    // Names that only end like a user-facing call are not one.
    assert!(scan(r#"my_label("id"); Panel::top("menu");"#).is_empty());
    // Comments are not code.
    assert!(scan(&without_comments("// ui.label(\"Save\")\nlet x = 1;")).is_empty());
}
