//! Tracking for citizens: the status by number and mobile; with the mobile verified, the whole
//! application, a reply to a request, and an appeal.

use super::CaseworkService;
use super::load::{AppRow, case_file, load_row, track_view};
use super::transition::{Change, Who, apply};
use crate::apply::db_failed;
use app::api::ApiError;
use app::api::apply_types::FieldProblem;
use app::api::case_types::{CaseFile, TrackView};
use app::domain::form::applicant_mobile_field;
use app::domain::note::{MAX_REPLY_DOCUMENTS, MIN_BARE_REPLY_CHARS, MIN_REASON_CHARS, check_note};
use app::domain::status::{Action, Actor};
use app::domain::validate::validate_value;

/// The application if `mobile` (as typed) made it; otherwise "not found", whichever was wrong.
async fn owned(casework: &CaseworkService, number: &str, mobile: &str) -> Result<AppRow, ApiError> {
    let today = casework.apply.today();
    let plain =
        validate_value(&applicant_mobile_field(), mobile, today).map_err(|_| ApiError::NotFound)?;
    match load_row(&casework.apply.db, number).await? {
        Some(row) if row.mobile == plain => Ok(row),
        _ => Err(ApiError::NotFound),
    }
}

pub(super) async fn track(
    casework: &CaseworkService,
    number: &str,
    mobile: &str,
) -> Result<TrackView, ApiError> {
    let row = owned(casework, number, mobile).await?;
    track_view(casework, &row).await
}

pub(super) async fn citizen_file(
    casework: &CaseworkService,
    number: &str,
    mobile: &str,
) -> Result<CaseFile, ApiError> {
    let row = owned(casework, number, mobile).await?;
    case_file(casework, &row).await
}

fn problem(field: &str, error: app::domain::validate::FieldError) -> ApiError {
    ApiError::Fields(vec![FieldProblem {
        field: field.to_string(),
        error,
    }])
}

pub(super) async fn reply(
    casework: &CaseworkService,
    number: &str,
    mobile: &str,
    text: &str,
    documents: &[String],
) -> Result<CaseFile, ApiError> {
    let row = owned(casework, number, mobile).await?;
    if documents.len() > MAX_REPLY_DOCUMENTS {
        return Err(ApiError::Invalid);
    }
    let min = if documents.is_empty() {
        MIN_BARE_REPLY_CHARS
    } else {
        0
    };
    let note = check_note(text, min).map_err(|e| problem("reply", e))?;
    // Only the citizen's own uploads for this service, not yet part of any application.
    let mut owned_documents = Vec::new();
    for id in documents {
        let found: Option<(String,)> = sqlx::query_as(
            "SELECT id FROM documents WHERE id = $1 AND mobile = $2 AND service_id = $3 \
             AND field_id = 'reply' AND application_number IS NULL",
        )
        .bind(id)
        .bind(&row.mobile)
        .bind(&row.service_id)
        .fetch_optional(casework.apply.db.pool())
        .await
        .map_err(db_failed)?;
        match found {
            Some((id,)) => owned_documents.push(id),
            None => {
                return Err(problem(
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
    let mut changed = apply(casework, number, Action::AnswerInfo, who, change, "").await?;
    for id in &owned_documents {
        sqlx::query("UPDATE documents SET application_number = $1 WHERE id = $2")
            .bind(&changed.row.number)
            .bind(id)
            .execute(&mut *changed.tx)
            .await
            .map_err(db_failed)?;
    }
    changed.tx.commit().await.map_err(db_failed)?;
    case_file(casework, &changed.row).await
}

pub(super) async fn appeal(
    casework: &CaseworkService,
    number: &str,
    mobile: &str,
    reason: &str,
) -> Result<CaseFile, ApiError> {
    owned(casework, number, mobile).await?;
    let note = check_note(reason, MIN_REASON_CHARS).map_err(|e| problem("reason", e))?;
    let who = Who {
        actor: Actor::Citizen,
        name: "citizen",
    };
    let change = Change {
        note: Some(note),
        new_due: None,
    };
    let changed = apply(casework, number, Action::Appeal, who, change, "").await?;
    changed.tx.commit().await.map_err(db_failed)?;
    case_file(casework, &changed.row).await
}
