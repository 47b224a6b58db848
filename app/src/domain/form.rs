//! A service's application form, as data: steps of questions, each with a kind, a hint and
//! rules, questions shown only when an earlier answer calls for them, the documents to upload
//! and the declaration. The server reads definitions from `server/data/forms/*.toml`; the wizard
//! renders whatever definition it is given.

use crate::domain::language::BilingualText;
use serde::{Deserialize, Serialize};

/// What kind of answer a question takes. Each kind has its own input and its own validation
/// (see `domain::validate`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// Free text on one line.
    Text,
    /// Free text over several lines (an address, a reason).
    LongText,
    /// A person's name as written in Hindi: Devanagari letters, spaces and dots.
    HindiName,
    /// A person's name in any script (Devanagari or Latin).
    Name,
    /// A date typed as DD-MM-YYYY.
    Date,
    /// One of the state's districts.
    District,
    /// A tehsil of the district answered in the field named by `district_field`.
    Tehsil,
    /// An Indian mobile number: 10 digits starting 6–9; +91 or 0 in front is accepted.
    Mobile,
    /// A 12-digit Aadhaar number with a valid Verhoeff check digit. Kept encrypted; shown masked.
    Aadhaar,
    /// A Samagra member ID: 9 digits.
    SamagraId,
    /// A 6-digit PIN code.
    Pin,
    /// A whole number of rupees (an income, say).
    Rupees,
    /// One of `options`, as radio buttons.
    Radio,
    /// One of `options`, as a drop-down list (for long lists).
    Select,
    /// A yes/no tick box; when `required`, it must be ticked.
    Checkbox,
    /// A document to upload: PDF, JPEG or PNG.
    File,
}

impl Field {
    /// A required question with no hint, choices, condition or rules: what a form file says
    /// when it gives only these three.
    pub fn new(id: impl Into<String>, kind: FieldKind, label: BilingualText) -> Field {
        Field {
            id: id.into(),
            kind,
            label,
            hint: None,
            required: true,
            options: Vec::new(),
            show_if: None,
            district_field: None,
            rules: Rules::default(),
        }
    }
}

impl FieldKind {
    /// Kinds whose answers are secrets at rest: encrypted in the database, masked on screen.
    pub fn is_sensitive(self) -> bool {
        matches!(self, FieldKind::Aadhaar)
    }
}

/// One choice of a radio or select question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The stored answer, e.g. `male`.
    pub value: String,
    /// What the citizen reads.
    pub label: BilingualText,
}

/// Shows a question only when an earlier answer is one of the given values.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The earlier question's id.
    pub field: String,
    /// The answers that show this question.
    pub any_of: Vec<String>,
}

impl Condition {
    /// Whether the condition holds for an answer (absent answers never match).
    pub fn holds(&self, answer: Option<&str>) -> bool {
        answer.is_some_and(|answer| self.any_of.iter().any(|value| value == answer))
    }
}

/// Extra limits on an answer, beyond what its kind demands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    /// Fewest characters, for text.
    pub min_len: Option<u32>,
    /// Most characters, for text (a kind's own limit applies when unset).
    pub max_len: Option<u32>,
    /// For dates: may not be after today (a birth, a death, a purchase).
    pub not_future: bool,
    /// For dates: may not be before today (a planned event).
    pub not_past: bool,
    /// For rupees: the largest amount accepted.
    pub max_rupees: Option<u64>,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Unique within the form, lowercase with underscores: `father_name`.
    pub id: String,
    /// The kind of answer.
    pub kind: FieldKind,
    /// The question, short.
    pub label: BilingualText,
    /// What to write and where to find it; shown under the label.
    #[serde(default)]
    pub hint: Option<BilingualText>,
    /// Whether an answer is needed (default yes). Optional questions say so in their label.
    #[serde(default = "yes")]
    pub required: bool,
    /// Choices for radio and select questions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Choice>,
    /// Shown only when this holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// For a tehsil: the district question it depends on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district_field: Option<String>,
    /// Extra limits.
    #[serde(default)]
    pub rules: Rules,
}

fn yes() -> bool {
    true
}

/// One page of the wizard: a group of questions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Unique within the form, used in the page's address: `applicant`.
    pub id: String,
    /// The page's heading.
    pub title: BilingualText,
    /// Shown under the heading, when the page needs an introduction.
    #[serde(default)]
    pub intro: Option<BilingualText>,
    /// The questions, in order.
    pub fields: Vec<Field>,
}

/// A service's whole application form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormDefinition {
    /// The service this form applies for (`generic` for the shared form).
    pub service_id: String,
    /// The pages, in order. Documents are `file` questions, usually on their own page.
    pub steps: Vec<Step>,
    /// What the applicant declares before submitting.
    pub declaration: BilingualText,
    /// What the certificate the service issues states, and how long it is valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<crate::domain::certified::CertificateSpec>,
}

/// A form definition that breaks the rules every form must keep.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("form `{form}`: {problem}")]
pub struct FormError {
    /// The form's service id.
    pub form: String,
    /// What is wrong.
    pub problem: String,
}

/// Whether text can be a step or question id: lowercase ASCII letters, digits and underscores,
/// starting with a letter, at most 40 characters.
pub fn is_form_id(text: &str) -> bool {
    text.len() <= 40
        && text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The applicant's own mobile number, which the wizard asks for and verifies before the form.
pub fn applicant_mobile_field() -> Field {
    Field::new(
        "mobile",
        FieldKind::Mobile,
        BilingualText::new("मोबाइल नंबर", "Mobile number"),
    )
}

/// Largest number of questions a form may have; answers beyond it are refused unread.
pub const MAX_FIELDS: usize = 80;

impl FormDefinition {
    /// Every question, page by page.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.steps.iter().flat_map(|step| step.fields.iter())
    }

    /// The ids of the questions whose answers are secrets (`FieldKind::is_sensitive`): sealed on
    /// the server, and kept only in the page's memory in the browser.
    pub fn secret_fields(&self) -> Vec<String> {
        self.fields()
            .filter(|f| f.kind.is_sensitive())
            .map(|f| f.id.clone())
            .collect()
    }

    /// The question with this id.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields().find(|field| field.id == id)
    }

    /// The page with this id, and its position.
    pub fn step(&self, id: &str) -> Option<(usize, &Step)> {
        self.steps
            .iter()
            .enumerate()
            .find(|(_, step)| step.id == id)
    }

    /// Checks what the wizard and the validator rely on: unique well-formed ids, choices for
    /// choice questions, conditions that point back to earlier choice questions, tehsils that
    /// follow their district, and a non-empty declaration.
    pub fn check(&self) -> Result<(), FormError> {
        let fail = |problem: String| {
            Err(FormError {
                form: self.service_id.clone(),
                problem,
            })
        };
        if self.steps.is_empty() {
            return fail("no steps".into());
        }
        if self.declaration.hi.trim().is_empty() || self.declaration.en.trim().is_empty() {
            return fail("the declaration needs Hindi and English".into());
        }
        let mut seen_steps: Vec<&str> = Vec::new();
        let mut seen: Vec<&Field> = Vec::new();
        for step in &self.steps {
            if !is_form_id(&step.id) || seen_steps.contains(&step.id.as_str()) {
                return fail(format!("step id `{}` is malformed or repeated", step.id));
            }
            if matches!(step.id.as_str(), "check" | "mobile" | "done") {
                return fail(format!("step id `{}` is reserved by the wizard", step.id));
            }
            if step.fields.is_empty() {
                return fail(format!("step `{}` has no questions", step.id));
            }
            seen_steps.push(&step.id);
            for field in &step.fields {
                if !is_form_id(&field.id) || seen.iter().any(|f| f.id == field.id) {
                    return fail(format!(
                        "question id `{}` is malformed or repeated",
                        field.id
                    ));
                }
                if field.label.hi.trim().is_empty() || field.label.en.trim().is_empty() {
                    return fail(format!("question `{}` needs a label in both", field.id));
                }
                let choices = matches!(field.kind, FieldKind::Radio | FieldKind::Select);
                if choices == field.options.is_empty() {
                    return fail(format!(
                        "question `{}`: options belong to radio and select questions",
                        field.id
                    ));
                }
                if let Some(condition) = &field.show_if {
                    let earlier = seen.iter().find(|f| f.id == condition.field);
                    let valid = earlier.is_some_and(|f| {
                        condition.any_of.iter().all(|value| {
                            f.options.iter().any(|c| &c.value == value)
                                || (f.kind == FieldKind::Checkbox && value == "yes")
                        })
                    });
                    if !valid || condition.any_of.is_empty() {
                        return fail(format!(
                            "question `{}`: show_if must name an earlier choice and its values",
                            field.id
                        ));
                    }
                }
                if field.kind == FieldKind::Tehsil {
                    let district = field.district_field.as_deref();
                    if !seen
                        .iter()
                        .any(|f| Some(f.id.as_str()) == district && f.kind == FieldKind::District)
                    {
                        return fail(format!(
                            "question `{}`: a tehsil needs an earlier district question",
                            field.id
                        ));
                    }
                }
                seen.push(field);
            }
        }
        if seen.len() > MAX_FIELDS {
            return fail(format!("more than {MAX_FIELDS} questions"));
        }
        if let Some(certificate) = &self.certificate {
            certificate.check(self).or_else(fail)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
