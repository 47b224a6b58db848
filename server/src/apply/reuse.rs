//! A citizen's own applications: every one made with their verified mobile (a lost number
//! found again), and applying again after a rejection: the rejected application's answers, for the mobile it was
//! made with, become a new draft. Documents are left out (they are the rejected application's),
//! and so is anything the form no longer asks.

use super::ApplyService;
use crate::db::applications;
use crate::error::{ServerError, stored_date};
use app::api::ApiError;
use app::api::apply_types::{Answers, MyApplication, ReusedAnswers};
use app::api::store::MyApplications;
use app::domain::application_number::ApplicationNumber;
use app::domain::form::FieldKind;
use app::domain::language::BilingualText;
use app::domain::status::{Status, TransitionError};

/// The most applications one list shows.
const MINE_LIMIT: i64 = 200;

#[async_trait::async_trait]
impl MyApplications for ApplyService {
    /// Every application made with this mobile, newest first.
    async fn mine(&self, mobile: &str) -> Result<Vec<MyApplication>, ApiError> {
        let rows = applications::made_with(self.db.pool(), mobile, MINE_LIMIT).await?;
        rows.into_iter()
            .map(|row| {
                Ok(MyApplication {
                    received_on: stored_date(&row.received_on, &row.number)?,
                    status: Status::parse(&row.status).ok_or_else(|| {
                        ServerError::corrupt(format!("{}: status {}", row.number, row.status))
                    })?,
                    number: row.number,
                    service_name: BilingualText::new(row.name_hi, row.name_en),
                    applicant_name: row.applicant_name,
                })
            })
            .collect()
    }

    /// The answers of the applicant's own rejected application.
    async fn reuse_answers(
        &self,
        mobile: &str,
        typed_number: &str,
    ) -> Result<ReusedAnswers, ApiError> {
        let number = ApplicationNumber::parse(typed_number).map_err(|_| ApiError::NotFound)?;
        let Some(row) = applications::answers_of(self.db.pool(), number.as_str(), mobile).await?
        else {
            return Err(ApiError::NotFound);
        };
        if !matches!(
            Status::parse(&row.status),
            Some(Status::Rejected | Status::AppealDismissed)
        ) {
            return Err(ApiError::Refused(TransitionError::WrongStatus));
        }
        let service_id = row.service_id;
        let answers = self.answers_with_secrets(&row.answers, row.sealed.as_deref());
        let form = self.forms.for_service(&service_id);
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
}
