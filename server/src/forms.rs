//! The application forms: one definition per service (`data/forms/<service id>.toml`), a shared
//! form for every service without its own (`data/forms/generic.toml`), and the tehsils of the
//! districts whose list is known (`data/tehsils.tsv`).
//!
//! The sample in `data/` is built into the binary ([`Forms::builtin`]); a deployment may load its
//! own folder in the same shape ([`Forms::load_dir`]). Every definition is checked with
//! [`FormDefinition::check`] when it is loaded, so a broken file stops the start, naming the file.

use app::domain::catalogue::is_service_id;
use app::domain::form::{Choice, FormDefinition, FormError};
use app::domain::language::BilingualText;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The service id of the shared form, and its file's name without `.toml`.
pub const GENERIC: &str = "generic";

/// The name of the tehsil list in a forms folder.
pub const TEHSILS_FILE: &str = "tehsils.tsv";

/// The header line of the tehsil list.
pub const TEHSILS_HEADER: &str = "district_id\tid\tname_hi\tname_en";

/// The built-in form definitions, as (file name, text). Each file is named after its service.
pub const BUILTIN_FORMS: &[(&str, &str)] = &[
    ("generic.toml", include_str!("../data/forms/generic.toml")),
    (
        "income-certificate.toml",
        include_str!("../data/forms/income-certificate.toml"),
    ),
    (
        "domicile-certificate.toml",
        include_str!("../data/forms/domicile-certificate.toml"),
    ),
    (
        "permanent-caste-certificate.toml",
        include_str!("../data/forms/permanent-caste-certificate.toml"),
    ),
    (
        "birth-certificate.toml",
        include_str!("../data/forms/birth-certificate.toml"),
    ),
    (
        "khasra-b1-copy.toml",
        include_str!("../data/forms/khasra-b1-copy.toml"),
    ),
    (
        "undisputed-mutation.toml",
        include_str!("../data/forms/undisputed-mutation.toml"),
    ),
    (
        "character-verification.toml",
        include_str!("../data/forms/character-verification.toml"),
    ),
    (
        "trade-licence.toml",
        include_str!("../data/forms/trade-licence.toml"),
    ),
];

/// The built-in tehsil list: a sample for some districts (see the file's header).
pub const BUILTIN_TEHSILS: &str = include_str!("../data/tehsils.tsv");

/// Forms that cannot be loaded, and why.
#[derive(Debug, thiserror::Error)]
pub enum FormsError {
    /// A file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A form file is not valid TOML or not in the form's shape.
    #[error("form file {file}: {message}")]
    Parse {
        /// The file's name.
        file: String,
        /// What the parser said.
        message: String,
    },
    /// A form file parses but breaks the rules every form must keep.
    #[error("form file {file}: {source}")]
    Invalid {
        /// The file's name.
        file: String,
        /// The broken rule.
        source: FormError,
    },
    /// A form file is not named after the service it defines, or defines it twice.
    #[error("form file {file}: {problem}")]
    Misplaced {
        /// The file's name.
        file: String,
        /// What is wrong.
        problem: String,
    },
    /// There is no shared form for the services without their own.
    #[error("no {GENERIC}.toml: every service without its own form needs the generic form")]
    NoGeneric,
    /// A line of the tehsil list is wrong.
    #[error("{TEHSILS_FILE} line {line}: {problem}")]
    Tehsils {
        /// The line number, from 1.
        line: usize,
        /// What is wrong.
        problem: String,
    },
}

/// Every form, and the tehsils the place questions choose from.
#[derive(Clone, Debug)]
pub struct Forms {
    /// Forms of the services that have their own, by service id.
    by_service: HashMap<String, Arc<FormDefinition>>,
    /// The shared form, with service id [`GENERIC`].
    generic: Arc<FormDefinition>,
    /// Tehsils by district id, in the list's order.
    tehsils: HashMap<String, Vec<Choice>>,
}

impl Forms {
    /// The forms and tehsils built into the binary.
    pub fn builtin() -> Result<Forms, FormsError> {
        Forms::parse(BUILTIN_FORMS.iter().copied(), BUILTIN_TEHSILS)
    }

    /// Loads a deployment's forms from a folder: every `*.toml` file in it is a form named after
    /// its service, `generic.toml` among them; `tehsils.tsv`, when present, is the tehsil list
    /// (without it no district has a list, and every tehsil answer is free text).
    pub fn load_dir(dir: &Path) -> Result<Forms, FormsError> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source: std::io::Error| FormsError::Io { path, source }
        };
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(io(dir))? {
            let path = entry.map_err(io(dir))?.path();
            if path.extension().is_some_and(|ext| ext == "toml") && path.is_file() {
                let name = path
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let text = std::fs::read_to_string(&path).map_err(io(&path))?;
                files.push((name, text));
            }
        }
        files.sort();
        let tehsils_path = dir.join(TEHSILS_FILE);
        let tehsils = if tehsils_path.exists() {
            std::fs::read_to_string(&tehsils_path).map_err(io(&tehsils_path))?
        } else {
            format!("{TEHSILS_HEADER}\n")
        };
        Forms::parse(
            files
                .iter()
                .map(|(name, text)| (name.as_str(), text.as_str())),
            &tehsils,
        )
    }

    /// Parses and checks form files, given as (file name, text), and a tehsil list.
    pub fn parse<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
        tehsils_tsv: &str,
    ) -> Result<Forms, FormsError> {
        let mut by_service = HashMap::new();
        let mut generic = None;
        for (file, text) in files {
            let form = parse_form(file, text)?;
            let id = form.service_id.clone();
            if file.strip_suffix(".toml") != Some(id.as_str()) {
                return Err(FormsError::Misplaced {
                    file: file.to_string(),
                    problem: format!("it defines `{id}`, so it must be named `{id}.toml`"),
                });
            }
            if id == GENERIC {
                if generic.replace(Arc::new(form)).is_some() {
                    return Err(duplicate(file, &id));
                }
            } else if !is_service_id(&id) {
                return Err(FormsError::Misplaced {
                    file: file.to_string(),
                    problem: format!("`{id}` is not a service id"),
                });
            } else if by_service.insert(id.clone(), Arc::new(form)).is_some() {
                return Err(duplicate(file, &id));
            }
        }
        Ok(Forms {
            by_service,
            generic: generic.ok_or(FormsError::NoGeneric)?,
            tehsils: parse_tehsils(tehsils_tsv)?,
        })
    }

    /// The form to apply for a service with: its own, or else the generic form under the
    /// service's id.
    pub fn for_service(&self, service_id: &str) -> Arc<FormDefinition> {
        if let Some(form) = self.by_service.get(service_id) {
            return Arc::clone(form);
        }
        let mut form = FormDefinition::clone(&self.generic);
        form.service_id = service_id.to_string();
        Arc::new(form)
    }

    /// Whether a service has a form of its own (rather than the generic one).
    pub fn has_own_form(&self, service_id: &str) -> bool {
        self.by_service.contains_key(service_id)
    }

    /// The ids of the services with their own form, sorted.
    pub fn own_forms(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.by_service.keys().map(String::as_str).collect();
        ids.sort_unstable();
        ids
    }

    /// The shared form, under its own id [`GENERIC`].
    pub fn generic(&self) -> Arc<FormDefinition> {
        Arc::clone(&self.generic)
    }

    /// The tehsils of a district, in the list's order; empty when the district has no list (its
    /// tehsil answers are then free text).
    pub fn tehsils(&self, district: &str) -> &[Choice] {
        self.tehsils.get(district).map_or(&[], Vec::as_slice)
    }

    /// Whether `id` is one of the listed tehsils of a district (never, for a district without a
    /// list).
    pub fn has_tehsil(&self, district: &str, id: &str) -> bool {
        self.tehsils(district)
            .iter()
            .any(|tehsil| tehsil.value == id)
    }

    /// Every tehsil list, by district id (districts without a list are absent).
    pub fn all_tehsils(&self) -> BTreeMap<String, Vec<Choice>> {
        self.tehsils
            .iter()
            .map(|(district, list)| (district.clone(), list.clone()))
            .collect()
    }
}

fn duplicate(file: &str, id: &str) -> FormsError {
    FormsError::Misplaced {
        file: file.to_string(),
        problem: format!("a second form for `{id}`"),
    }
}

/// Parses one form file and checks it.
fn parse_form(file: &str, text: &str) -> Result<FormDefinition, FormsError> {
    let form: FormDefinition = toml::from_str(text).map_err(|e| FormsError::Parse {
        file: file.to_string(),
        message: e.to_string(),
    })?;
    form.check().map_err(|source| FormsError::Invalid {
        file: file.to_string(),
        source,
    })?;
    Ok(form)
}

/// Whether text can be a district or tehsil id: lowercase ASCII letters, digits and inner
/// hyphens, at most 60 characters.
fn is_place_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 60
        && !text.starts_with('-')
        && !text.ends_with('-')
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Parses the tehsil list: `#` comment lines and blank lines are skipped, the first other line
/// is the header, then one tehsil per line.
fn parse_tehsils(tsv: &str) -> Result<HashMap<String, Vec<Choice>>, FormsError> {
    let mut tehsils: HashMap<String, Vec<Choice>> = HashMap::new();
    let mut header_seen = false;
    for (index, line) in tsv.lines().enumerate() {
        let fail = |problem: String| {
            Err(FormsError::Tehsils {
                line: index + 1,
                problem,
            })
        };
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            if line != TEHSILS_HEADER {
                return fail(format!("the header must be `{TEHSILS_HEADER}`"));
            }
            header_seen = true;
            continue;
        }
        let columns: Vec<&str> = line.split('\t').map(str::trim).collect();
        let &[district, id, name_hi, name_en] = columns.as_slice() else {
            return fail(format!("{} columns, not 4", columns.len()));
        };
        if !is_place_id(district) || !is_place_id(id) {
            return fail(format!(
                "`{district}` / `{id}`: ids are lowercase ASCII slugs"
            ));
        }
        if name_hi.is_empty() || name_en.is_empty() {
            return fail("a tehsil needs its Hindi and English names".into());
        }
        let list = tehsils.entry(district.to_string()).or_default();
        if list.iter().any(|tehsil| tehsil.value == id) {
            return fail(format!("tehsil `{id}` of `{district}` is listed twice"));
        }
        list.push(Choice {
            value: id.to_string(),
            label: BilingualText::new(name_hi, name_en),
        });
    }
    if !header_seen {
        return Err(FormsError::Tehsils {
            line: 1,
            problem: format!("no header `{TEHSILS_HEADER}`"),
        });
    }
    Ok(tehsils)
}

#[cfg(test)]
mod tests;
