//! What a certificate certifies. Each service's form says which of its answers the certificate
//! carries, under which label, which of them a public check may show, and how long the
//! certificate is valid. When the officer approves, the facts are taken from the answers once
//! and kept with the certificate: a later change to the form does not change an issued one.

use crate::domain::answers::{AnswerValue, Answers, Places, is_shown, shown_answer};
use crate::domain::date::{Date, days_in_month};
use crate::domain::form::{FieldKind, FormDefinition};
use crate::domain::language::BilingualText;
use serde::{Deserialize, Serialize};

/// A service's certificate, as its form defines it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificateSpec {
    /// The answers it states, in order.
    #[serde(default)]
    pub facts: Vec<FactSpec>,
    /// How long it is valid from the day of issue, in months, where the service has a limit.
    #[serde(default)]
    pub valid_months: Option<u32>,
    /// True where it is valid for life (a permanent caste certificate, say).
    #[serde(default)]
    pub valid_for_life: bool,
    /// Where the validity comes from (an order, a report).
    #[serde(default)]
    pub validity_source: Option<String>,
}

/// One answer a certificate states.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactSpec {
    /// The question's id.
    pub field: String,
    /// The label on the certificate, where it differs from the question's.
    #[serde(default)]
    pub label: Option<BilingualText>,
    /// Whether anyone checking the certificate by its code may see it (an amount, a year), or
    /// only the holder and officers (a parent's name, an address).
    #[serde(default)]
    pub public: bool,
}

/// A fact as the certificate states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertifiedFact {
    /// What it is.
    pub label: BilingualText,
    /// Its value, in each language (a choice by its label; typed text as typed).
    pub value: BilingualText,
    /// Whether a public check shows it.
    pub public: bool,
}

/// How long a certificate is valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Validity {
    /// Valid up to and including this day.
    Until(Date),
    /// Valid for life.
    ForLife,
}

impl CertificateSpec {
    /// Checks the spec against its form: every fact names a question, none twice, and none is a
    /// document or a secret (an Aadhaar number is never printed).
    pub fn check(&self, form: &FormDefinition) -> Result<(), String> {
        let mut seen: Vec<&str> = Vec::new();
        for fact in &self.facts {
            let Some(field) = form.field(&fact.field) else {
                return Err(format!(
                    "certificate fact `{}` names no question",
                    fact.field
                ));
            };
            if seen.contains(&fact.field.as_str()) {
                return Err(format!("certificate fact `{}` is repeated", fact.field));
            }
            if field.kind == FieldKind::File || field.kind.is_sensitive() {
                return Err(format!(
                    "certificate fact `{}` cannot be a document or a secret",
                    fact.field
                ));
            }
            seen.push(&fact.field);
        }
        if self.valid_for_life && self.valid_months.is_some() {
            return Err("a certificate is valid for life or for some months, not both".into());
        }
        if self.valid_months == Some(0) {
            return Err("valid_months must be at least 1".into());
        }
        if (self.valid_for_life || self.valid_months.is_some()) && self.validity_source.is_none() {
            return Err("a certificate's validity needs its source (validity_source)".into());
        }
        Ok(())
    }

    /// The facts the answers give, in the spec's order; an unanswered or hidden question is
    /// left out.
    pub fn facts(
        &self,
        form: &FormDefinition,
        answers: &Answers,
        places: &dyn Places,
    ) -> Vec<CertifiedFact> {
        self.facts
            .iter()
            .filter_map(|fact| {
                let field = form.field(&fact.field)?;
                let value = answers.get(&field.id).filter(|v| !v.trim().is_empty())?;
                let value = match shown_answer(field, value, places) {
                    AnswerValue::Text(text) => BilingualText::new(&text, &text),
                    AnswerValue::Choice(label) => label,
                    AnswerValue::Yes => BilingualText::new("हाँ", "Yes"),
                    // `check` refuses documents as facts.
                    AnswerValue::File { name, .. } => BilingualText::new(&name, &name),
                };
                is_shown(form, field, answers).then(|| CertifiedFact {
                    label: fact.label.clone().unwrap_or_else(|| field.label.clone()),
                    value,
                    public: fact.public,
                })
            })
            .collect()
    }

    /// How long a certificate issued on this day is valid, where the service says.
    pub fn validity(&self, issued_on: Date) -> Option<Validity> {
        if self.valid_for_life {
            return Some(Validity::ForLife);
        }
        self.valid_months
            .map(|months| Validity::Until(add_months(issued_on, months).add_days(-1)))
    }
}

/// The same day `months` later; the month's last day where it is shorter (31 January + 1
/// month is 28 or 29 February).
pub fn add_months(date: Date, months: u32) -> Date {
    let (year, month, day) = date.ymd();
    let index = year * 12 + (month as i32 - 1) + months as i32;
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
    let day = day.min(days_in_month(year, month));
    Date::from_ymd(year, month, day).unwrap_or(date)
}

#[cfg(test)]
mod tests;
