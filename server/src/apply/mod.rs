//! Applying online, the server's side: one-time codes, drafts, documents and submission. The
//! rules come from `app::domain`; this module adds the database, the clock and the secrets.

mod codes;
pub mod documents;
mod drafts;
mod places;
mod reuse;
pub(crate) mod submit;

pub use drafts::delete_expired as delete_expired_drafts;
pub use places::PlaceBook;

use crate::clock::Clock;
use crate::db::Database;
use crate::forms::Forms;
use crate::outbox::SmsSender;
use crate::vault::Vault;
use app::api::apply_types::Answers;
use app::domain::clock::HolidayCalendar;
use app::domain::date::Date;
use app::domain::otp::OtpPolicy;
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
