//! What tracking, the officer's desk and certificates send: shared by the pages and the server.

use crate::domain::certified::{CertifiedFact, Validity};
use crate::domain::clock::ClockStanding;
use crate::domain::date::Date;
use crate::domain::language::BilingualText;
use crate::domain::officer::Role;
use crate::domain::status::{Action, Status};
use serde::{Deserialize, Serialize};

pub use crate::domain::note::{MAX_NOTE_CHARS, MIN_REASON_CHARS as MIN_NOTE_CHARS};

// The enums the browser decodes are externally tagged (serde's default): internally or adjacently
// tagged enums need serde's buffering decoder, which costs the wasm client kilobytes.

/// Who did something, as the citizen may see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActedBy {
    /// The applicant (or a centre for them).
    Citizen,
    /// An officer, by designation (never by name to the public).
    Officer(BilingualText),
    /// The portal itself.
    Portal,
}

/// One step in an application's life.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// When, as Unix seconds (UTC).
    pub at: i64,
    /// The Indian day it happened.
    pub on: Date,
    /// The status it led to.
    pub status: Status,
    /// Who.
    pub by: ActedBy,
    /// Reasons, a request or a reply, as written.
    pub note: Option<String>,
}

/// Where an application stands against the legal clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockView {
    /// The clock runs.
    Running {
        /// The due date.
        due_on: Date,
        /// Days left, due today, or overdue.
        standing: ClockStanding,
        /// Whether the limit counts working days.
        working_days: bool,
    },
    /// The citizen was asked for information on this day; the clock waits for the answer.
    Stopped {
        /// The day it stopped.
        since: Date,
    },
    /// Decided by the designated officer on this day: within the time limit when `on` is not
    /// after `due_on`.
    Decided {
        /// The day of the decision.
        on: Date,
        /// The last day the law allowed.
        due_on: Date,
    },
    /// In appeal, or the appeal decided: the service's own time limit no longer applies.
    Appeal,
}

/// What anyone with the application number and the mobile number may see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackView {
    /// The application number.
    pub number: String,
    /// The service applied for.
    pub service_id: String,
    /// Its name, as the catalogue has it (the tracking page shows it without loading the service).
    pub service_name: BilingualText,
    /// The post of its designated officer, if the catalogue names one.
    pub designated_officer: Option<BilingualText>,
    /// Its status now.
    pub status: Status,
    /// The day of the acknowledged receipt.
    pub received_on: Date,
    /// The clock.
    pub clock: ClockView,
    /// Appeals filed so far.
    pub appeal_level: u8,
    /// The appeal the citizen may file now, and the last day to file it.
    pub appeal: Option<(Status, Date)>,
    /// The penalty the second appeal authority imposed on the designated officer, if any.
    pub penalty_rupees: Option<u32>,
    /// The application's life, oldest first.
    pub timeline: Vec<TimelineEntry>,
}

pub use crate::domain::answers::AnswerValue;

/// A question and its answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerLine {
    /// The question.
    pub label: BilingualText,
    /// The answer.
    pub value: AnswerValue,
}

/// The whole application, for the citizen who verified the mobile, or an officer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseFile {
    /// Status, clock and timeline.
    pub track: TrackView,
    /// The applicant's name as given.
    pub applicant_name: String,
    /// The mobile, masked.
    pub masked_mobile: String,
    /// Every answer, in the form's order.
    pub answers: Vec<AnswerLine>,
    /// Documents sent later, in reply to requests.
    pub replies: Vec<AnswerLine>,
}

/// An officer as the desk shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficerProfile {
    /// The login name.
    pub login: String,
    /// The officer's name.
    pub name: String,
    /// The post: `तहसीलदार, हुज़ूर`.
    pub designation: BilingualText,
    /// The role.
    pub role: Role,
    /// The district, or `None` for the whole state.
    pub district: Option<String>,
    /// The centre, for an operator.
    pub centre: Option<String>,
    /// The services handled.
    pub services: Vec<String>,
}

pub use crate::domain::urgency::{DUE_SOON_DAYS, Urgency};

/// One application in an officer's inbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxItem {
    /// The application number.
    pub number: String,
    /// The service.
    pub service_id: String,
    /// The applicant's name.
    pub applicant_name: String,
    /// The applicant's district.
    pub district_id: String,
    /// Its status.
    pub status: Status,
    /// Received on.
    pub received_on: Date,
    /// Due on, unless the clock stands still.
    pub due_on: Option<Date>,
    /// How urgent.
    pub urgency: Urgency,
}

/// One page of an officer's inbox: their jurisdiction's applications by due date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inbox {
    /// This page's applications, soonest due first.
    pub items: Vec<InboxItem>,
    /// Applications matching the filters and the search, on every page.
    pub total: usize,
    /// This page, from 1.
    pub page: usize,
    /// Pages in all (at least 1).
    pub pages: usize,
    /// The matching applications by urgency.
    pub counts: UrgencyCounts,
    /// The jurisdiction holds more than the desk reads at once: narrow by service or status.
    pub capped: bool,
}

/// How many applications of each urgency.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UrgencyCounts {
    /// Past the due date.
    pub overdue: usize,
    /// Due within two working days.
    pub due_soon: usize,
    /// Due later.
    pub on_time: usize,
    /// Waiting for the citizen.
    pub waiting: usize,
    /// Nothing left to do.
    pub done: usize,
}

/// An application on the officer's desk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskCase {
    /// Everything about it.
    pub file: CaseFile,
    /// The applicant's district.
    pub district_id: String,
    /// What this officer may do now.
    pub actions: Vec<Action>,
    /// The audit log for this application, oldest first.
    pub audit: Vec<AuditEntry>,
    /// The certificate an approval would issue now, while this officer may approve.
    pub preview: Option<CertificatePreview>,
    /// Each document's type (`application/pdf`, `image/png`…), by its id, so the desk can show
    /// it inline.
    pub document_types: std::collections::BTreeMap<String, String>,
}

/// The certificate as an approval would issue it today: shown to the officer before they confirm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificatePreview {
    /// The holder's name.
    pub holder_name: String,
    /// What it would certify, each under its label.
    pub facts: Vec<CertifiedFact>,
    /// How long it would be valid.
    pub validity: Option<Validity>,
    /// The post it would be issued by.
    pub issued_by: BilingualText,
}

/// An officer's decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "action")]
pub enum Decision {
    /// Approve and issue the certificate.
    Approve,
    /// Reject, with the reasons the citizen will read.
    Reject {
        /// Required.
        reasons: String,
    },
    /// Ask the citizen for more information; the clock stops.
    AskInfo {
        /// What is needed, as the citizen will read it.
        message: String,
    },
    /// (Appeal officers) order the service delivered by a new date.
    OrderDelivery {
        /// The new deadline, `DD-MM-YYYY`.
        new_due: String,
        /// The order, as the citizen will read it.
        reasons: String,
    },
    /// (Appeal officers) dismiss the appeal.
    DismissAppeal {
        /// Required.
        reasons: String,
    },
}

impl Decision {
    /// The action it is.
    pub fn action(&self) -> Action {
        match self {
            Decision::Approve => Action::Approve,
            Decision::Reject { .. } => Action::Reject,
            Decision::AskInfo { .. } => Action::AskInfo,
            Decision::OrderDelivery { .. } => Action::OrderDelivery,
            Decision::DismissAppeal { .. } => Action::DismissAppeal,
        }
    }
}

/// One line of the append-only audit log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// When, as Unix seconds (UTC).
    pub at: i64,
    /// Who: an officer's login, or `citizen`.
    pub actor: String,
    /// What: `approve`, `login`, …
    pub action: String,
    /// From which status.
    pub from_status: Option<Status>,
    /// To which status.
    pub to_status: Option<Status>,
}

/// A certificate, to print.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    /// The verification code, grouped: `7KQ4-93XP-…`.
    pub code: String,
    /// The application it answers.
    pub number: String,
    /// The service.
    pub service_id: String,
    /// The holder's name.
    pub holder_name: String,
    /// The applicant's district.
    pub district_id: String,
    /// The day it was issued.
    pub issued_on: Date,
    /// The issuing officer's post.
    pub issued_by: BilingualText,
    /// What it certifies, each under its label.
    pub facts: Vec<CertifiedFact>,
    /// How long it is valid, where the service sets a limit.
    pub validity: Option<Validity>,
}

/// What a public check of a certificate shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateCheck {
    /// The service.
    pub service_id: String,
    /// The holder's name, mostly hidden.
    pub masked_name: String,
    /// The day it was issued.
    pub issued_on: Date,
    /// The issuing officer's post.
    pub issued_by: BilingualText,
    /// Whether it was revoked.
    pub revoked: bool,
    /// What it certifies that anyone may check (an amount and its year, say); the holder's
    /// personal facts are left out.
    pub facts: Vec<CertifiedFact>,
    /// How long it is valid, where the service sets a limit.
    pub validity: Option<Validity>,
}
