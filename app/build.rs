//! Generates the `i18n` module from `locales/` and fails the build when the Hindi and English
//! translations do not have exactly the same keys: a missing translation is a build error, not a
//! silent fallback to the other language.

#[path = "build_content.rs"]
mod content;

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::collections::BTreeSet;
use std::error::Error;
use std::path::{Path, PathBuf};

const LOCALES: [&str; 2] = ["hi", "en"];
const NAMESPACES: [&str; 7] = [
    "apply",
    "common",
    "catalogue",
    "pages",
    "track",
    "officer",
    "certificate",
];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");

    for namespace in NAMESPACES {
        let keys: Vec<BTreeSet<String>> = LOCALES
            .iter()
            .map(|locale| {
                keys_of(
                    &Path::new("locales")
                        .join(locale)
                        .join(format!("{namespace}.json")),
                )
            })
            .collect::<Result<_, _>>()?;
        for (locale, own) in LOCALES.iter().zip(&keys) {
            for (other_locale, other) in LOCALES.iter().zip(&keys) {
                let missing: Vec<_> = other.difference(own).collect();
                if !missing.is_empty() {
                    return Err(format!(
                        "locales/{locale}/{namespace}.json lacks keys that locales/{other_locale}/{namespace}.json has: {missing:?}"
                    )
                    .into());
                }
            }
        }
    }

    let i18n_mod_directory =
        PathBuf::from(std::env::var_os("OUT_DIR").ok_or("no OUT_DIR")?).join("i18n");
    let cfg = Config::new("hi")?
        .add_locale("en")?
        .add_namespaces(NAMESPACES)?
        .parse_options(ParseOptions::default().interpolate_display(true));
    let translations = TranslationsInfos::parse(cfg)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(i18n_mod_directory)?;
    content::generate(&PathBuf::from(
        std::env::var_os("OUT_DIR").ok_or("no OUT_DIR")?,
    ))?;
    Ok(())
}

/// Every key path in a translation file, nested objects joined by dots.
fn keys_of(path: &Path) -> Result<BTreeSet<String>, Box<dyn Error>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut keys = BTreeSet::new();
    collect(&value, String::new(), &mut keys);
    Ok(keys)
}

fn collect(value: &serde_json::Value, prefix: String, keys: &mut BTreeSet<String>) {
    match value.as_object() {
        Some(map) => {
            for (key, child) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                collect(child, path, keys);
            }
        }
        None => {
            keys.insert(prefix);
        }
    }
}
