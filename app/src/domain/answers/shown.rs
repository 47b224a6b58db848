//! An answer as a reader sees it: a choice by its label, a place by its name, an amount with
//! the rupee sign and Indian grouping, an Aadhaar number masked, a document by its name. The
//! check page, the officer's case file and the certificate all show answers through this.

use super::Places;
use crate::domain::form::{Field, FieldKind};
use crate::domain::language::BilingualText;
use crate::domain::validate::mask_aadhaar;
use serde::{Deserialize, Serialize};

/// One answer as shown back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerValue {
    /// Typed text (Aadhaar already masked, amounts already written with ₹).
    Text(String),
    /// A choice, by its label.
    Choice(BilingualText),
    /// A ticked box.
    Yes,
    /// An uploaded document.
    File {
        /// The document's id (for an officer to open it).
        id: String,
        /// Its name as uploaded.
        name: String,
        /// Bytes.
        size: u64,
    },
}

/// The label under which a document sent in reply to a request for more information is shown.
pub fn reply_document_label() -> BilingualText {
    BilingualText::new("जवाब में भेजा गया दस्तावेज़", "Document sent in reply")
}

/// How a stored answer reads. An answer that no longer matches its question (a choice since
/// removed, say) is shown as it was stored.
pub fn shown_answer(field: &Field, value: &str, places: &dyn Places) -> AnswerValue {
    let choice = |choices: &[crate::domain::form::Choice]| {
        choices
            .iter()
            .find(|c| c.value == value)
            .map(|c| AnswerValue::Choice(c.label.clone()))
    };
    match field.kind {
        FieldKind::Radio | FieldKind::Select => choice(&field.options),
        FieldKind::District => places
            .district_name(value)
            .map(|name| AnswerValue::Choice(name.clone())),
        FieldKind::Tehsil => places.all_tehsils().find_map(choice),
        FieldKind::Checkbox => Some(AnswerValue::Yes),
        // Typed (with or without spaces) in the wizard; stored already masked on the server.
        FieldKind::Aadhaar if value.starts_with("XXXX XXXX ") => {
            Some(AnswerValue::Text(value.to_string()))
        }
        FieldKind::Aadhaar => {
            let digits: String = value.chars().filter(|c| !c.is_whitespace()).collect();
            Some(AnswerValue::Text(mask_aadhaar(&digits)))
        }
        FieldKind::Rupees => value
            .parse::<u64>()
            .ok()
            .map(|r| AnswerValue::Text(format_rupees(r))),
        FieldKind::File => {
            crate::api::apply_types::FileAnswer::decode(value).map(|f| AnswerValue::File {
                id: f.id,
                name: f.name,
                size: f.size,
            })
        }
        _ => None,
    }
    .unwrap_or_else(|| AnswerValue::Text(value.to_string()))
}

/// Rupees as India writes them: `₹84,000`, `₹1,20,000`, `₹1,00,00,000`.
pub fn format_rupees(rupees: u64) -> String {
    let digits = rupees.to_string();
    let (head, last3) = digits.split_at(digits.len().saturating_sub(3));
    let mut groups: Vec<&str> = Vec::new();
    let mut rest = head;
    while rest.len() > 2 {
        let (front, pair) = rest.split_at(rest.len() - 2);
        groups.push(pair);
        rest = front;
    }
    if !rest.is_empty() {
        groups.push(rest);
    }
    groups.reverse();
    groups.push(last3);
    format!("₹{}", groups.join(","))
}
