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
