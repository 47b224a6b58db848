//! One word for one thing: no Hindi text the portal shows or sends uses a variant the glossary
//! (`app/locales/glossary.toml`) replaces.

use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
struct Glossary {
    term: Vec<Term>,
}

#[derive(Deserialize)]
struct Term {
    word: String,
    replaces: Vec<String>,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn is_devanagari(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c)
}

/// Where `word` occurs in `text` as a whole word (no Devanagari letter or sign either side).
fn whole_word_at(text: &str, word: &str) -> Vec<usize> {
    text.match_indices(word)
        .filter(|(at, _)| {
            let before = text[..*at].chars().next_back();
            let after = text[at + word.len()..].chars().next();
            !before.is_some_and(is_devanagari) && !after.is_some_and(is_devanagari)
        })
        .map(|(at, _)| at)
        .collect()
}

/// Every file whose Hindi a reader sees or receives: the locales (Hindi, and the Hindi words on
/// English pages), the forms and the catalogue, the tehsils, the page shell, and the server's
/// source, where the SMS texts are written.
fn shown_files() -> Vec<PathBuf> {
    let root = root();
    let mut files = vec![
        root.join("index.html"),
        root.join("server/data/tehsils.tsv"),
    ];
    for dir in [
        "app/locales/hi",
        "app/locales/en",
        "server/data/forms",
        "server/data/catalogue",
        "server/src/apply",
        "server/src/casework",
        "server/src/outbox.rs",
        "app/src/domain/sms.rs",
    ] {
        let path = root.join(dir);
        if path.is_file() {
            files.push(path);
            continue;
        }
        for entry in std::fs::read_dir(&path).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                files.push(path);
            }
        }
    }
    files
}

#[test]
fn no_shown_or_sent_text_uses_a_replaced_variant() {
    let text = std::fs::read_to_string(root().join("app/locales/glossary.toml")).unwrap();
    let glossary: Glossary = toml::from_str(&text).unwrap();
    assert!(glossary.term.len() >= 5);
    let mut found = Vec::new();
    let files = shown_files();
    assert!(files.len() > 20, "{files:?}");
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for term in &glossary.term {
            for variant in &term.replaces {
                for at in whole_word_at(&text, variant) {
                    let line = text[..at].lines().count().max(1);
                    found.push(format!(
                        "{}:{line}: `{variant}` (the portal writes {})",
                        file.display(),
                        term.word
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "replaced variants in use:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_variant_is_found_only_as_a_whole_word() {
    assert_eq!(
        whole_word_at("अंतिम तिथि 05-12", "तिथि"),
        vec!["अंतिम ".len()]
    );
    assert!(
        whole_word_at("अतिथि", "तिथि").is_empty(),
        "a guest is not a date"
    );
    assert!(whole_word_at("माँगा", "मांग").is_empty());
    assert_eq!(whole_word_at("(हिन्दी)", "हिन्दी").len(), 1);
}
