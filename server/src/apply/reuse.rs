//! A citizen's own applications: every one made with their verified mobile (a lost number
//! found again), and applying again after a rejection: the rejected application's answers, for the mobile it was
//! made with, become a new draft. Documents are left out (they are the rejected application's),
//! and so is anything the form no longer asks.

use super::{ApplyService, db_failed};
use app::api::ApiError;
use app::api::apply_types::{Answers, MyApplication, ReusedAnswers};
use app::domain::application_number::ApplicationNumber;
use app::domain::date::Date;
use app::domain::form::FieldKind;
use app::domain::language::BilingualText;
use app::domain::status::{Status, TransitionError};

/// The answers of the applicant's own rejected application.
pub(super) async fn rejected_answers(
    service: &ApplyService,
    mobile: &str,
    typed_number: &str,
) -> Result<ReusedAnswers, ApiError> {
    let number = ApplicationNumber::parse(typed_number).map_err(|_| ApiError::NotFound)?;
    let row: Option<(String, String, Option<String>, String)> = sqlx::query_as(
        "SELECT service_id, answers, sealed, status FROM applications \
         WHERE number = $1 AND mobile = $2",
    )
    .bind(number.as_str())
    .bind(mobile)
    .fetch_optional(service.db.pool())
    .await
    .map_err(db_failed)?;
    let Some((service_id, open, sealed, status)) = row else {
        return Err(ApiError::NotFound);
    };
    if !matches!(
        Status::parse(&status),
        Some(Status::Rejected | Status::AppealDismissed)
    ) {
        return Err(ApiError::Refused(TransitionError::WrongStatus));
    }
    let answers = service.answers_with_secrets(&open, sealed.as_deref());
    let form = service.forms.for_service(&service_id);
    let kept: Answers = answers
        .into_iter()
        .filter(|(id, _)| form.field(id).is_some_and(|f| f.kind != FieldKind::File))
        .collect();
    let secret_fields = form.secret_fields();
    Ok(ReusedAnswers {
        service_id,
        answers: kept,
        secret_fields,
    })
}

/// The most applications one list shows.
const MINE_LIMIT: i64 = 200;

/// Every application made with this mobile, newest first.
pub(super) async fn mine(
    service: &ApplyService,
    mobile: &str,
) -> Result<Vec<MyApplication>, ApiError> {
    let rows: Vec<(String, String, String, String, String, String)> = sqlx::query_as(
        "SELECT a.number, s.name_hi, s.name_en, a.applicant_name, a.received_on, a.status \
         FROM applications a JOIN services s ON s.id = a.service_id \
         WHERE a.mobile = $1 ORDER BY a.received_at DESC, a.number LIMIT $2",
    )
    .bind(mobile)
    .bind(MINE_LIMIT)
    .fetch_all(service.db.pool())
    .await
    .map_err(db_failed)?;
    rows.into_iter()
        .map(|(number, hi, en, applicant_name, received_on, status)| {
            Ok(MyApplication {
                number,
                service_name: BilingualText::new(hi, en),
                applicant_name,
                received_on: Date::parse_iso(&received_on).ok_or(ApiError::Unavailable)?,
                status: Status::parse(&status).ok_or(ApiError::Unavailable)?,
            })
        })
        .collect()
}
