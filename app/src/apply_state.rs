//! The wizard's state: the answers, kept in the browser's storage on every change so a reload,
//! a closed tab, a dropped connection or a crashed page loses nothing, and the facts the pages
//! share (the form, the verified mobile, the server draft's resume code).

use crate::api::apply_types::{Answers, ApplyChannel, DraftSaved, FormPayload};
use crate::domain::catalogue::{District, Service};
use crate::domain::date::Date;
use crate::domain::form::Choice;
use crate::domain::language::BilingualText;
use crate::preferences::storage;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::answers::DRAFT_DAYS;

const DRAFT_PREFIX: &str = "jsp-draft:";
const DAY_MS: f64 = 86_400_000.0;

/// A draft as the browser keeps it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LocalDraft {
    /// The service applied for.
    pub service_id: String,
    /// Every answer so far.
    pub answers: Answers,
    /// The page the applicant was last on.
    pub step: String,
    /// Makes the submission happen once, however often it is sent.
    pub idempotency_key: String,
    /// When it was last changed, in browser milliseconds.
    pub saved_at_ms: f64,
    /// The server's copy, once the mobile is verified.
    pub server: Option<DraftSaved>,
    /// The applicant's mobile number as typed.
    #[serde(default)]
    pub mobile: String,
    /// The questions whose answers are secret (an Aadhaar number): they are kept in this page's
    /// memory only, never in the browser's storage. The server's sealed draft keeps them.
    #[serde(default)]
    pub secret_fields: Vec<String>,
}

thread_local! {
    /// Secret answers by service id, for as long as the page is open.
    static SECRETS: std::cell::RefCell<std::collections::BTreeMap<String, Answers>> =
        Default::default();
}

impl LocalDraft {
    /// A new, empty draft with a fresh idempotency key.
    pub fn new(service_id: &str) -> LocalDraft {
        LocalDraft {
            service_id: service_id.to_string(),
            idempotency_key: format!("k-{}", storage::random_id()),
            saved_at_ms: storage::now_ms(),
            ..LocalDraft::default()
        }
    }

    /// The kept draft for a service, unless there is none or it is older than 30 days.
    pub fn load(service_id: &str) -> Option<LocalDraft> {
        let text = storage::read(&format!("{DRAFT_PREFIX}{service_id}"))?;
        let mut draft: LocalDraft = serde_json::from_str(&text).ok()?;
        if storage::now_ms() - draft.saved_at_ms > DRAFT_DAYS as f64 * DAY_MS {
            LocalDraft::clear(service_id);
            return None;
        }
        SECRETS.with_borrow(|secrets| {
            if let Some(kept) = secrets.get(service_id) {
                draft.answers.extend(kept.clone());
            }
        });
        Some(draft)
    }

    /// Keeps the draft, stamped now: secret answers in memory, the rest in the browser.
    pub fn store(&mut self) {
        self.saved_at_ms = storage::now_ms();
        let (kept, secret) = self.without_secrets();
        SECRETS.with_borrow_mut(|secrets| {
            secrets.insert(self.service_id.clone(), secret);
        });
        if let Ok(text) = serde_json::to_string(&kept) {
            storage::write(&format!("{DRAFT_PREFIX}{}", self.service_id), &text);
        }
    }

    /// The draft as the browser may keep it, and its secret answers apart.
    pub fn without_secrets(&self) -> (LocalDraft, Answers) {
        let mut kept = self.clone();
        let mut secret = Answers::new();
        for id in &self.secret_fields {
            if let Some(value) = kept.answers.remove(id) {
                secret.insert(id.clone(), value);
            }
        }
        (kept, secret)
    }

    /// Forgets the draft (after submission, or when the citizen finishes).
    pub fn clear(service_id: &str) {
        storage::remove(&format!("{DRAFT_PREFIX}{service_id}"));
        SECRETS.with_borrow_mut(|secrets| {
            secrets.remove(service_id);
        });
    }

    /// Forgets every draft this browser keeps, and the secret answers in memory (a citizen
    /// finished at a shared screen).
    pub fn clear_all() {
        for key in storage::keys() {
            if key.starts_with(DRAFT_PREFIX) {
                storage::remove(&key);
            }
        }
        SECRETS.with_borrow_mut(|secrets| secrets.clear());
    }

    /// Whether any answer was given.
    pub fn has_answers(&self) -> bool {
        self.answers.values().any(|v| !v.is_empty())
    }

    /// The last day this draft is kept in the browser.
    pub fn expires_on(&self) -> Date {
        Date::in_india((self.saved_at_ms / 1000.0) as i64).add_days(DRAFT_DAYS)
    }
}

/// Today in India by the browser's clock.
pub fn today() -> Date {
    Date::in_india((storage::now_ms() / 1000.0) as i64)
}

/// What every page of the wizard shares.
#[derive(Clone, Copy)]
pub struct Wizard {
    /// The service.
    pub service: StoredValue<Service>,
    /// Its form and places.
    pub form: StoredValue<FormPayload>,
    /// The draft, saved to the browser on every change.
    pub draft: RwSignal<LocalDraft>,
    /// The mobile this session verified, if any.
    pub verified: RwSignal<Option<String>>,
    /// Online, or a centre operator applying for the citizen.
    pub channel: ApplyChannel,
}

impl Wizard {
    /// Sets one answer and keeps the draft.
    pub fn answer(&self, field: &str, value: String) {
        self.draft.update(|draft| {
            draft.answers.insert(field.to_string(), value);
            draft.store();
        });
    }

    /// Records the page the applicant is on.
    pub fn at_step(&self, step: &str) {
        if self.draft.with_untracked(|d| d.step != step) {
            self.draft.update(|draft| {
                draft.step = step.to_string();
                draft.store();
            });
        }
    }

    /// The service's id.
    pub fn service_id(&self) -> String {
        self.service.with_value(|s| s.id.clone())
    }

    /// The address of a page of the wizard.
    pub fn step_href(&self, step: &str) -> String {
        format!("/services/{}/apply/{step}", self.service_id())
    }
}

/// The wizard of the page being shown.
pub fn use_wizard() -> Wizard {
    expect_context::<Wizard>()
}

impl crate::domain::answers::Places for FormPayload {
    fn is_district(&self, id: &str) -> bool {
        self.districts.iter().any(|d: &District| d.id == id)
    }

    fn tehsils(&self, district: &str) -> Option<&[Choice]> {
        self.tehsils.get(district).map(Vec::as_slice)
    }

    fn district_name(&self, id: &str) -> Option<&BilingualText> {
        self.districts.iter().find(|d| d.id == id).map(|d| &d.name)
    }

    fn all_tehsils(&self) -> Box<dyn Iterator<Item = &[Choice]> + '_> {
        Box::new(self.tehsils.values().map(Vec::as_slice))
    }
}
