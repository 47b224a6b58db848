//! Tracking for citizens: the status by number and mobile; with the mobile verified, the whole
//! application, a reply to a request, and an appeal.

use super::CaseworkService;
use super::load::{AppRow, case_file, load_row, track_view};
use super::transition::{Change, Who, apply};
use crate::db::documents;
use crate::error::ServerResult;
use app::api::ApiError;
use app::api::store::Tracking;

use app::api::case_types::{CaseFile, TrackView};
use app::domain::form::applicant_mobile_field;
use app::domain::note::{MAX_REPLY_DOCUMENTS, MIN_BARE_REPLY_CHARS, MIN_REASON_CHARS, check_note};
use app::domain::status::{Action, Actor};
use app::domain::validate::validate_value;

/// The application if `mobile` (as typed) made it; otherwise "not found", whichever was wrong.
async fn owned(casework: &CaseworkService, number: &str, mobile: &str) -> ServerResult<AppRow> {
    let today = casework.apply.today();
    let plain =
        validate_value(&applicant_mobile_field(), mobile, today).map_err(|_| ApiError::NotFound)?;
    match load_row(&casework.apply.db, number).await? {
        Some(row) if row.mobile == plain => Ok(row),
        _ => Err(ApiError::NotFound.into()),
    }
}

#[async_trait::async_trait]
impl Tracking for CaseworkService {
    async fn track(&self, number: &str, mobile: &str, ip: &str) -> Result<TrackView, ApiError> {
        self.limit_lookups(ip)?;
        let row = owned(self, number, mobile).await?;
        Ok(track_view(self, &row).await?)
    }

    async fn citizen_file(&self, number: &str, mobile: &str) -> Result<CaseFile, ApiError> {
        let row = owned(self, number, mobile).await?;
        Ok(case_file(self, &row).await?)
    }

    async fn reply(
        &self,
        number: &str,
        mobile: &str,
        text: &str,
        documents: &[String],
    ) -> Result<CaseFile, ApiError> {
        let row = owned(self, number, mobile).await?;
        if documents.len() > MAX_REPLY_DOCUMENTS {
            return Err(ApiError::Invalid);
        }
        let min = if documents.is_empty() {
            MIN_BARE_REPLY_CHARS
        } else {
            0
        };
        let note = check_note(text, min).map_err(|e| ApiError::field("reply", e))?;
        // Only the citizen's own uploads for this service, not yet part of any application.
        let mut owned_documents = Vec::new();
        for id in documents {
            let pool = self.apply.db.pool();
            match documents::unattached(pool, id, &row.mobile, &row.service_id, "reply").await? {
                Some(id) => owned_documents.push(id),
                None => {
                    return Err(ApiError::field(
                        "reply",
                        app::domain::validate::FieldError::FileMissing,
                    ));
                }
            }
        }
        let change = Change {
            note: (!note.is_empty()).then_some(note),
            new_due: None,
        };
        let who = Who {
            actor: Actor::Citizen,
            name: "citizen",
        };
        let mut changed = apply(self, number, Action::AnswerInfo, who, change, "").await?;
        for id in &owned_documents {
            let number = &changed.row.number;
            if !documents::attach(&mut *changed.tx, id, &row.mobile, number).await? {
                // Removed, or sent with another reply, since it was checked: nothing is written.
                return Err(ApiError::field(
                    "reply",
                    app::domain::validate::FieldError::FileMissing,
                ));
            }
        }
        crate::db::commit(changed.tx).await?;
        Ok(case_file(self, &changed.row).await?)
    }

    async fn appeal(&self, number: &str, mobile: &str, reason: &str) -> Result<CaseFile, ApiError> {
        owned(self, number, mobile).await?;
        let note =
            check_note(reason, MIN_REASON_CHARS).map_err(|e| ApiError::field("reason", e))?;
        let who = Who {
            actor: Actor::Citizen,
            name: "citizen",
        };
        let change = Change {
            note: Some(note),
            new_due: None,
        };
        let changed = apply(self, number, Action::Appeal, who, change, "").await?;
        crate::db::commit(changed.tx).await?;
        Ok(case_file(self, &changed.row).await?)
    }
}
