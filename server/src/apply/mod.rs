//! Applying online, the server's side: one-time codes, drafts, documents and submission. The
//! rules come from `app::domain`; this module adds the database, the clock and the secrets.

mod codes;
pub mod documents;
mod drafts;
mod places;
mod reuse;
mod submit;

pub use drafts::delete_expired as delete_expired_drafts;
pub use places::PlaceBook;

use crate::clock::Clock;
use crate::db::{Database, catalogue};
use crate::error::ServerError;
use crate::forms::Forms;
use crate::outbox::SmsSender;
use crate::vault::Vault;
use app::api::ApiError;
use app::api::apply_types::{
    Answers, CodeSent, DraftSaved, FormPayload, MyApplication, Receipt, ReusedAnswers, ServerDraft,
};
use app::api::store::Applications;
use app::domain::clock::HolidayCalendar;
use app::domain::date::Date;
use app::domain::otp::{OtpPolicy, OtpPurpose};
use documents::DocumentStorage;
use std::sync::Arc;

pub use app::domain::answers::DRAFT_DAYS;

/// Everything applying needs.
#[derive(Clone)]
pub struct ApplyService {
    /// The database.
    pub db: Database,
    /// The time.
    pub clock: Arc<dyn Clock>,
    /// Sealing and hashing.
    pub vault: Vault,
    /// The forms.
    pub forms: Arc<Forms>,
    /// The districts and tehsils.
    pub places: Arc<PlaceBook>,
    /// Weekly offs and holidays.
    pub calendar: Arc<HolidayCalendar>,
    /// Delivers one-time codes.
    pub sender: Arc<dyn SmsSender>,
    /// The code limits.
    pub policy: OtpPolicy,
    /// Where uploaded files are kept.
    pub storage: Arc<dyn DocumentStorage>,
    /// Largest upload, in bytes.
    pub max_file_bytes: u64,
    /// The portal's public address, for the links in SMS.
    pub public_url: String,
}

impl ApplyService {
    /// Today, in India (UTC+5:30): the legal clock counts Indian days.
    pub fn today(&self) -> Date {
        today_in_india(self.clock.now())
    }

    /// Stored answers whole again: the open ones (JSON) with the sealed secret ones opened over
    /// them. What cannot be read or opened is left out.
    pub fn answers_with_secrets(&self, open: &str, sealed: Option<&str>) -> Answers {
        let mut answers: Answers = serde_json::from_str(open).unwrap_or_default();
        if let Some(sealed) = sealed {
            let secret: Answers = self
                .vault
                .open(sealed)
                .and_then(|text| serde_json::from_str(&text).ok())
                .unwrap_or_default();
            answers.extend(secret);
        }
        answers
    }
}

/// The Indian calendar day at a Unix time.
pub fn today_in_india(now: i64) -> Date {
    Date::in_india(now)
}

#[async_trait::async_trait]
impl Applications for ApplyService {
    async fn form(&self, service_id: &str) -> Result<Option<FormPayload>, ApiError> {
        if !catalogue::service_exists(self.db.pool(), service_id)
            .await
            .map_err(ServerError::from)?
        {
            return Ok(None);
        }
        let definition = self.forms.for_service(service_id);
        let tehsils = self.places.tehsils_for(&definition);
        Ok(Some(FormPayload {
            definition: (*definition).clone(),
            districts: self.places.districts.clone(),
            tehsils,
            max_file_bytes: self.max_file_bytes,
        }))
    }

    async fn send_code(
        &self,
        mobile: &str,
        purpose: OtpPurpose,
        ip: &str,
    ) -> Result<CodeSent, ApiError> {
        Ok(codes::send(self, mobile, purpose, ip).await?)
    }

    async fn verify_code(
        &self,
        mobile: &str,
        code: &str,
        purpose: OtpPurpose,
    ) -> Result<String, ApiError> {
        Ok(codes::verify(self, mobile, code, purpose).await?)
    }

    async fn save_draft(
        &self,
        mobile: &str,
        service_id: &str,
        step: &str,
        answers: Answers,
    ) -> Result<DraftSaved, ApiError> {
        Ok(drafts::save(self, mobile, service_id, step, answers).await?)
    }

    async fn resume_draft(&self, mobile: &str, resume_code: &str) -> Result<ServerDraft, ApiError> {
        Ok(drafts::resume(self, mobile, resume_code).await?)
    }

    async fn mine(&self, mobile: &str) -> Result<Vec<MyApplication>, ApiError> {
        Ok(reuse::mine(self, mobile).await?)
    }

    async fn reuse_answers(&self, mobile: &str, number: &str) -> Result<ReusedAnswers, ApiError> {
        Ok(reuse::rejected_answers(self, mobile, number).await?)
    }

    async fn remove_document(&self, mobile: &str, id: &str) -> Result<(), ApiError> {
        Ok(documents::remove(self, mobile, id).await?)
    }

    async fn submit(
        &self,
        mobile: &str,
        service_id: &str,
        answers: Answers,
        idempotency_key: &str,
        centre: Option<&str>,
    ) -> Result<Receipt, ApiError> {
        Ok(submit::submit(self, mobile, service_id, answers, idempotency_key, centre).await?)
    }

    async fn receipt(&self, mobile: &str, number: &str) -> Result<Receipt, ApiError> {
        Ok(submit::receipt(self, mobile, number).await?)
    }
}
