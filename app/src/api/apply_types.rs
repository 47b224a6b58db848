//! What the apply server functions send and receive. Shared by the wizard and the server.

use crate::domain::catalogue::District;
use crate::domain::date::Date;
use crate::domain::form::{Choice, FormDefinition};
use crate::domain::language::BilingualText;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use crate::domain::answers::{Answers, FieldProblem};

/// A service's form with the places its district and tehsil questions choose from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FormPayload {
    /// The questions.
    pub definition: FormDefinition,
    /// The state's districts, in order.
    pub districts: Vec<District>,
    /// Tehsils by district id, where the list is known; elsewhere the tehsil is typed.
    pub tehsils: BTreeMap<String, Vec<Choice>>,
    /// Largest document accepted, in bytes.
    pub max_file_bytes: u64,
}

/// A code was sent to the mobile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeSent {
    /// The number it went to, masked: `XXXXXX3210`.
    pub masked_mobile: String,
    /// Seconds before another code may be asked for.
    pub resend_after_secs: i64,
    /// Seconds the code stays valid.
    pub valid_for_secs: i64,
}

/// A draft kept on the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftSaved {
    /// Resumes the draft on another device, with the same mobile: `K7Q4-93XP`.
    pub resume_code: String,
    /// The last day the draft is kept.
    pub expires_on: Date,
}

/// A draft fetched from the server to continue it here.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerDraft {
    /// The service applied for.
    pub service_id: String,
    /// The page the applicant was on.
    pub step: String,
    /// The answers so far.
    pub answers: Answers,
    /// Its code and expiry.
    pub saved: DraftSaved,
    /// The questions whose answers are secret, which the browser keeps in memory only.
    #[serde(default)]
    pub secret_fields: Vec<String>,
}

/// One of the applications made with a mobile, as its owner lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyApplication {
    /// The application number.
    pub number: String,
    /// The service's name.
    pub service_name: BilingualText,
    /// The applicant's name as given (one mobile may apply for a whole family).
    pub applicant_name: String,
    /// The day it was received.
    pub received_on: Date,
    /// Where it stands.
    pub status: crate::domain::status::Status,
}

/// A refused application's answers, to start a new application from (documents left out: they
/// belong to the refused one, and are uploaded again).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReusedAnswers {
    /// The service applied for.
    pub service_id: String,
    /// The answers, secret ones included (for the applicant's own verified mobile only).
    pub answers: Answers,
    /// The questions whose answers are secret, which the browser keeps in memory only.
    pub secret_fields: Vec<String>,
}

/// How an application reached the portal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplyChannel {
    /// The citizen applied online.
    Online,
    /// A centre applied for the citizen (the centre fee applies).
    Centre,
}

/// Who is applying in a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplyingAs {
    /// The mobile the session has verified, if any.
    pub mobile: Option<String>,
    /// Online, or a centre operator applying for the citizen.
    pub channel: ApplyChannel,
}

/// The acknowledgement of a submitted application.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    /// The application number, grouped: `MP26-4821-7735-2`.
    pub number: String,
    /// The service applied for.
    pub service_id: String,
    /// The applicant's name as given.
    pub applicant_name: String,
    /// The verified mobile, masked.
    pub masked_mobile: String,
    /// The day of the acknowledged receipt: the legal clock starts here.
    pub received_on: Date,
    /// When the designated officer must decide by.
    pub due_on: Date,
    /// The department's fee in rupees, where it is known (never the centre fee: see
    /// `FeeDue`, which adds it by the channel).
    pub fee_rupees: Option<u32>,
    /// Online or through a centre.
    pub channel: ApplyChannel,
    /// Uploaded documents, each under its question's label.
    pub documents: Vec<ReceiptDocument>,
    /// The applicant's district, whose officers decide (the designated officer's office).
    pub district: Option<BilingualText>,
}

/// A document the receipt lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptDocument {
    /// What it is: the question it answers ("पहचान का प्रमाण").
    pub label: BilingualText,
    /// Its file's name as uploaded.
    pub name: String,
}

/// An uploaded document, as a `file` question's answer: `id|size|name`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileAnswer {
    /// The server's id for it (32 hex characters).
    pub id: String,
    /// Bytes.
    pub size: u64,
    /// The file's name as uploaded (for showing back only).
    pub name: String,
}

impl FileAnswer {
    /// The answer text.
    pub fn encode(&self) -> String {
        format!("{}|{}|{}", self.id, self.size, self.name)
    }

    /// Reads an answer text; anything else is `None`.
    pub fn decode(text: &str) -> Option<FileAnswer> {
        let mut parts = text.splitn(3, '|');
        let id = parts.next()?;
        let size = parts.next()?.parse().ok()?;
        let name = parts.next()?;
        (id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit())).then(|| FileAnswer {
            id: id.to_string(),
            size,
            name: name.to_string(),
        })
    }
}

/// `98XXXXXX10` style masking for a 10-digit mobile: only the last four digits show.
pub fn mask_mobile(mobile: &str) -> String {
    let keep = mobile.len().saturating_sub(4);
    format!("{}{}", "X".repeat(keep), &mobile[keep..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_answers_round_trip_and_reject_strangers() {
        let file = FileAnswer {
            id: "0123456789abcdef0123456789abcdef".into(),
            size: 2048,
            name: "आय|proof.pdf".into(),
        };
        assert_eq!(FileAnswer::decode(&file.encode()), Some(file));
        assert_eq!(FileAnswer::decode("../etc|1|x"), None);
        assert_eq!(
            FileAnswer::decode("0123456789abcdef0123456789abcdef|big|x"),
            None
        );
    }

    #[test]
    fn mobiles_show_only_their_last_four_digits() {
        assert_eq!(mask_mobile("9876543210"), "XXXXXX3210");
    }
}
