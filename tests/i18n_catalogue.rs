//! The string catalogues: both languages have every message, with the same
//! arguments, and every message the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use peacemap::i18n::{CATALOGUE_PARTS, has_message};
use peacemap::model::Lang;

/// Message id → the `$variables` its value uses, for one file's text.
fn messages(file: &str, lang: Lang, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{}/{file} does not parse: {errors:?}", lang.code()),
    };
    let mut found = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let id = message.id.name.to_owned();
            let value = message
                .value
                .unwrap_or_else(|| panic!("{}/{file}: {id} has no value", lang.code()));
            let mut variables = BTreeSet::new();
            collect_variables(&value, &mut variables);
            assert!(
                found.insert(id.clone(), variables).is_none(),
                "{}/{file}: {id} appears twice",
                lang.code()
            );
        }
    }
    found
}

fn collect_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, into);
        }
    }
}

fn collect_in_expression(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => collect_in_inline(inline, into),
        Expression::Select { selector, variants } => {
            collect_in_inline(selector, into);
            for variant in variants {
                collect_variables(&variant.value, into);
            }
        }
    }
}

fn collect_in_inline(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => collect_in_expression(expression, into),
        _ => {}
    }
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_arguments() {
    let mut all_ids = BTreeSet::new();
    for part in CATALOGUE_PARTS {
        let english = messages(part.file, Lang::En, part.english);
        let korean = messages(part.file, Lang::Ko, part.korean);
        let english_ids: BTreeSet<_> = english.keys().collect();
        let korean_ids: BTreeSet<_> = korean.keys().collect();
        let only_english: Vec<_> = english_ids.difference(&korean_ids).collect();
        let only_korean: Vec<_> = korean_ids.difference(&english_ids).collect();
        assert!(
            only_english.is_empty() && only_korean.is_empty(),
            "{}: only in English {only_english:?}; only in Korean {only_korean:?}",
            part.file
        );
        for (id, variables) in &english {
            assert_eq!(
                Some(variables),
                korean.get(id),
                "{}: {id} takes different arguments in the two languages",
                part.file
            );
            assert!(
                all_ids.insert(id.clone()),
                "{id} is defined in more than one part"
            );
        }
    }
}

#[test]
fn korean_messages_are_written_in_korean() {
    // A message copied over untranslated is the usual slip: every Korean
    // message that has letters must have Hangul in it, unless it is the
    // same proper name in both languages (listed here).
    const SAME_IN_BOTH: &[&str] = &[];
    for part in CATALOGUE_PARTS {
        let resource =
            fluent_syntax::parser::parse(part.korean).unwrap_or_else(|(resource, _)| resource);
        for entry in resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let Some(value) = message.value else { continue };
            let text: String = value
                .elements
                .iter()
                .filter_map(|element| match element {
                    PatternElement::TextElement { value } => Some(*value),
                    PatternElement::Placeable { .. } => None,
                })
                .collect();
            let has_letters = text.chars().any(char::is_alphabetic);
            let has_hangul = text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
            assert!(
                !has_letters || has_hangul || SAME_IN_BOTH.contains(&message.id.name),
                "ko/{}: {} is not in Korean: {text:?}",
                part.file,
                message.id.name
            );
        }
    }
}

/// Every `tr!(lang, "id"…)` in the sources, as (file, id).
fn ids_asked_for_in(dir: &Path, into: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        panic!("cannot read {}", dir.display());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            ids_asked_for_in(&path, into);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            // Comments (docs showing how to call `tr!`) are not calls.
            let code: String = text
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            let mut rest = code.as_str();
            while let Some(start) = rest.find("tr!(") {
                // `include_str!(` and other macros ending in `tr!` are not ours.
                let before = rest[..start].chars().next_back();
                rest = &rest[start + 4..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                // The id is the first string literal after the language argument.
                let Some(quote) = rest.find('"') else { break };
                let after = &rest[quote + 1..];
                let Some(end) = after.find('"') else { break };
                into.push((path.display().to_string(), after[..end].to_owned()));
            }
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists_in_both_languages() {
    let mut asked = Vec::new();
    ids_asked_for_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut asked,
    );
    assert!(!asked.is_empty(), "found no tr! calls: the scan is broken");
    let missing: Vec<_> = asked
        .iter()
        .filter(|(_, id)| !(has_message(Lang::En, id) && has_message(Lang::Ko, id)))
        .collect();
    assert!(
        missing.is_empty(),
        "messages asked for but missing: {missing:?}"
    );
}

#[test]
fn messages_fill_in_their_arguments_in_each_language() {
    assert_eq!(peacemap::tr!(Lang::En, "lang-switch"), "Language");
    assert_eq!(peacemap::tr!(Lang::Ko, "lang-switch"), "언어");
    // A missing id shows itself rather than a blank label.
    assert_eq!(
        peacemap::i18n::message(Lang::Ko, "no-such-message", None),
        "no-such-message"
    );
}
