//! Tracking for citizens: the status by number and mobile; with the mobile verified, the whole
//! application, a reply to a request, and an appeal.

use super::CaseworkService;
use super::load::{AppRow, case_file, load_row, track_view};
use super::transition::{Change, Who, apply};
use crate::db::documents;
use crate::error::ServerResult;
use app::api::ApiError;
use app::api::apply_types::FieldProblem;
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

pub(super) async fn track(
    casework: &CaseworkService,
    number: &str,
    mobile: &str,
) -> ServerResult<TrackView> {
    let row = owned(casework, number, mobile).await?;
    track_view(casework, &row).await
}

pub(super) async fn citizen_file(
    casework: &CaseworkService,
    number: &str,
    mobile: &str,
) -> ServerResult<CaseFile> {
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
) -> ServerResult<CaseFile> {
    let row = owned(casework, number, mobile).await?;
    if documents.len() > MAX_REPLY_DOCUMENTS {
        return Err(ApiError::Invalid.into());
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
        let pool = casework.apply.db.pool();
        match documents::unattached(pool, id, &row.mobile, &row.service_id, "reply").await? {
            Some(id) => owned_documents.push(id),
            None => {
                return Err(
                    problem("reply", app::domain::validate::FieldError::FileMissing).into(),
                );
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
        documents::attach(&mut *changed.tx, id, &changed.row.number).await?;
    }
    changed.tx.commit().await?;
    case_file(casework, &changed.row).await
}

pub(super) async fn appeal(
    casework: &CaseworkService,
    number: &str,
    mobile: &str,
    reason: &str,
) -> ServerResult<CaseFile> {
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
    changed.tx.commit().await?;
    case_file(casework, &changed.row).await
}
