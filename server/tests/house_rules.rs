//! The house's rules about where things live, checked over the server's source: the words the
//! portal sends and shows live in `app::domain` (one home, where a translator finds them all), so
//! no Devanagari is written in `server/src` outside tests and comments; and the SQL lives in
//! `server/src/db/`, one file per table, so no other file runs a query.

use std::fs;
use std::path::{Path, PathBuf};

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("server/src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            if path.file_name().is_some_and(|name| name != "tests") {
                sources(&path, found);
            }
        } else if path.extension().is_some_and(|ext| ext == "rs")
            && path.file_name().is_some_and(|name| name != "tests.rs")
        {
            found.push(path);
        }
    }
}

fn is_devanagari(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c)
}

/// The code of a file before its test module, without comment lines.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    code.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
}

#[test]
fn no_devanagari_in_the_server_outside_tests_and_comments() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    assert!(files.len() > 20, "the walk found the server's files");
    let mut offending = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("a source file is text");
        for (index, line) in code_lines(&text) {
            if line.chars().any(is_devanagari) {
                offending.push(format!("{}:{}: {line}", file.display(), index + 1));
            }
        }
    }
    assert!(
        offending.is_empty(),
        "words belong in app::domain (messages, labels):\n{}",
        offending.join("\n")
    );
}

#[test]
fn the_rule_sees_hindi_in_code_and_not_in_comments_or_tests() {
    let text = "// आय\nlet a = \"आय\";\n#[cfg(test)]\nmod tests { const B: &str = \"आय\"; }";
    let hits: Vec<usize> = code_lines(text)
        .filter(|(_, line)| line.chars().any(is_devanagari))
        .map(|(index, _)| index)
        .collect();
    assert_eq!(hits, vec![1]);
}

#[test]
fn no_sql_outside_the_db_folder() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    let db = root.join("db");
    let mut offending = Vec::new();
    for file in files {
        if file.starts_with(&db) || file == root.join("db.rs") {
            continue;
        }
        let text = fs::read_to_string(&file).expect("a source file is text");
        for (index, line) in code_lines(&text) {
            if line.contains("sqlx::query") || line.contains("map_err(db_failed)") {
                offending.push(format!("{}:{}: {line}", file.display(), index + 1));
            }
        }
    }
    assert!(
        offending.is_empty(),
        "queries belong in server/src/db/, one file per table:\n{}",
        offending.join("\n")
    );
}
