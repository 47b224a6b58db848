//! A whole application's answers against its form: which questions show, which pages are done,
//! and the validation of a page or of everything. The wizard runs this as the citizen goes; the
//! server runs the same on every save and on submit.

use crate::domain::date::Date;
use crate::domain::form::{Choice, Field, FieldKind, FormDefinition, Step};
use crate::domain::language::BilingualText;
use crate::domain::validate::{FieldError, mask_aadhaar, validate_value};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Days a draft (the answers so far) is kept after its last save, in the browser and on the
/// server alike.
pub const DRAFT_DAYS: i64 = 30;

/// A question's answer, keyed by the question's id. Files are answered by `FileAnswer::encode`.
pub type Answers = BTreeMap<String, String>;

/// A question whose answer was refused, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    /// The question's id.
    pub field: String,
    /// What is wrong.
    pub error: FieldError,
}

/// The districts and tehsils a form's place questions choose from.
pub trait Places {
    /// Whether a district id is one of the state's.
    fn is_district(&self, id: &str) -> bool;
    /// The tehsils of a district, when the list is known.
    fn tehsils(&self, district: &str) -> Option<&[Choice]>;
    /// A district's name, by its id.
    fn district_name(&self, id: &str) -> Option<&BilingualText>;
    /// Every known tehsil list.
    fn all_tehsils(&self) -> Box<dyn Iterator<Item = &[Choice]> + '_>;
}

/// Whether a question shows, given the answers so far. A question whose controlling question is
/// hidden is hidden too.
pub fn is_shown(form: &FormDefinition, field: &Field, answers: &Answers) -> bool {
    let mut current = field;
    // Conditions point only backwards (`FormDefinition::check`), so this ends.
    for _ in 0..crate::domain::form::MAX_FIELDS {
        let Some(condition) = &current.show_if else {
            return true;
        };
        if !condition.holds(answers.get(&condition.field).map(String::as_str)) {
            return false;
        }
        match form.field(&condition.field) {
            Some(parent) => current = parent,
            None => return false,
        }
    }
    false
}

/// The questions of a page that show, in order.
pub fn shown_fields<'a>(
    form: &'a FormDefinition,
    step: &'a Step,
    answers: &'a Answers,
) -> impl Iterator<Item = &'a Field> + 'a {
    step.fields
        .iter()
        .filter(move |field| is_shown(form, field, answers))
}

/// Checks one answer, places included: a district must be the state's; a tehsil must be one of
/// its district's, where that list is known, and is free text elsewhere.
pub fn check_answer(
    field: &Field,
    answers: &Answers,
    today: Date,
    places: &dyn Places,
) -> Result<String, FieldError> {
    let raw = answers.get(&field.id).map(String::as_str).unwrap_or("");
    match field.kind {
        FieldKind::District => {
            let value = validate_value(field, raw, today)?;
            if value.is_empty() || places.is_district(&value) {
                Ok(value)
            } else {
                Err(FieldError::UnknownDistrict)
            }
        }
        FieldKind::Tehsil => {
            let district = field
                .district_field
                .as_ref()
                .and_then(|id| answers.get(id))
                .map(String::as_str)
                .unwrap_or("");
            match places.tehsils(district).filter(|list| !list.is_empty()) {
                Some(list) => {
                    let value = validate_value(field, raw, today)?;
                    if value.is_empty() || list.iter().any(|choice| choice.value == value) {
                        Ok(value)
                    } else {
                        Err(FieldError::UnknownTehsil)
                    }
                }
                None => {
                    let typed = Field {
                        kind: FieldKind::Text,
                        ..field.clone()
                    };
                    validate_value(&typed, raw, today)
                }
            }
        }
        _ => validate_value(field, raw, today),
    }
}

/// The clean answers when nothing was refused, else every problem.
fn outcome(clean: Answers, problems: Vec<FieldProblem>) -> Result<Answers, Vec<FieldProblem>> {
    if problems.is_empty() {
        Ok(clean)
    } else {
        Err(problems)
    }
}

/// Validates one page: the shown questions' answers, normalised, or every problem found.
pub fn check_step(
    form: &FormDefinition,
    step: &Step,
    answers: &Answers,
    today: Date,
    places: &dyn Places,
) -> Result<Answers, Vec<FieldProblem>> {
    let mut clean = Answers::new();
    let mut problems = Vec::new();
    for field in shown_fields(form, step, answers) {
        match check_answer(field, answers, today, places) {
            Ok(value) if value.is_empty() => {}
            Ok(value) => {
                clean.insert(field.id.clone(), value);
            }
            Err(error) => problems.push(FieldProblem {
                field: field.id.clone(),
                error,
            }),
        }
    }
    outcome(clean, problems)
}

/// Validates the whole application, as on submit: every shown question on every page. Answers to
/// hidden or unknown questions are dropped.
pub fn check_all(
    form: &FormDefinition,
    answers: &Answers,
    today: Date,
    places: &dyn Places,
) -> Result<Answers, Vec<FieldProblem>> {
    let mut clean = Answers::new();
    let mut problems = Vec::new();
    for step in &form.steps {
        match check_step(form, step, answers, today, places) {
            Ok(page) => clean.extend(page),
            Err(found) => problems.extend(found),
        }
    }
    outcome(clean, problems)
}

/// Checks a draft as it is saved: answers to known questions only, each valid or empty, so a
/// half-filled draft keeps but nothing malformed is stored.
pub fn check_draft(
    form: &FormDefinition,
    answers: &Answers,
    today: Date,
    places: &dyn Places,
) -> Result<Answers, Vec<FieldProblem>> {
    let mut clean = Answers::new();
    let mut problems = Vec::new();
    for (id, raw) in answers {
        let Some(field) = form.field(id) else {
            problems.push(FieldProblem {
                field: id.clone(),
                error: FieldError::NotAnOption,
            });
            continue;
        };
        if raw.trim().is_empty() {
            continue;
        }
        match check_answer(field, answers, today, places) {
            Ok(value) => {
                clean.insert(id.clone(), value);
            }
            Err(error) => problems.push(FieldProblem {
                field: id.clone(),
                error,
            }),
        }
    }
    outcome(clean, problems)
}

/// The first page with a shown question that is not yet validly answered: where to resume.
pub fn first_unfinished_step(
    form: &FormDefinition,
    answers: &Answers,
    today: Date,
    places: &dyn Places,
) -> Option<usize> {
    form.steps
        .iter()
        .position(|step| check_step(form, step, answers, today, places).is_err())
}

/// Splits answers into what may be stored as is and the secrets (Aadhaar numbers) that must be
/// encrypted. The stored answers carry the masked form in the secrets' place.
pub fn split_sensitive(form: &FormDefinition, answers: &Answers) -> (Answers, Answers) {
    let mut open = Answers::new();
    let mut secret = Answers::new();
    for (id, value) in answers {
        let sensitive = form.field(id).is_some_and(|f| f.kind.is_sensitive());
        if sensitive {
            open.insert(id.clone(), mask_aadhaar(value));
            secret.insert(id.clone(), value.clone());
        } else {
            open.insert(id.clone(), value.clone());
        }
    }
    (open, secret)
}

/// The applicant's name as the form has it: the first name question answered.
pub fn applicant_name(form: &FormDefinition, answers: &Answers) -> String {
    form.fields()
        .filter(|f| matches!(f.kind, FieldKind::HindiName | FieldKind::Name))
        .find_map(|f| answers.get(&f.id).filter(|v| !v.is_empty()))
        .cloned()
        .unwrap_or_default()
}

mod shown;
pub use shown::{AnswerValue, format_rupees, reply_document_label, shown_answer};

#[cfg(test)]
mod tests;
