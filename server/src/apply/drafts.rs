//! Drafts kept on the server once the mobile is verified, so an application can be continued on
//! another device or at a kiosk with a short resume code. Kept 30 days after the last save.

use super::{ApplyService, DRAFT_DAYS, db_failed};
use crate::vault::random_crockford;
use app::api::ApiError;
use app::api::apply_types::{Answers, DraftSaved, ServerDraft};
use app::domain::answers::{check_draft, split_sensitive};
use app::domain::certificate::plain_crockford;
use app::domain::form::is_form_id;

/// A fresh resume code in Crockford's base 32, so a code read aloud is not misheard:
/// `K7Q4-93XP` (40 random bits).
pub fn new_resume_code() -> String {
    let symbols = random_crockford(8);
    format!("{}-{}", &symbols[..4], &symbols[4..])
}

/// A typed resume code in its canonical form, forgiving case, spaces, and O/I/L for 0/1/1.
pub fn canonical_resume_code(typed: &str) -> Option<String> {
    plain_crockford(typed, 8).map(|symbols| format!("{}-{}", &symbols[..4], &symbols[4..]))
}

pub(super) async fn save(
    service: &ApplyService,
    mobile: &str,
    service_id: &str,
    step: &str,
    answers: Answers,
) -> Result<DraftSaved, ApiError> {
    if answers.len() > app::domain::form::MAX_FIELDS {
        return Err(ApiError::Invalid);
    }
    let exists: Option<(String,)> = sqlx::query_as("SELECT id FROM services WHERE id = $1")
        .bind(service_id)
        .fetch_optional(service.db.pool())
        .await
        .map_err(db_failed)?;
    if exists.is_none() {
        return Err(ApiError::NotFound);
    }
    let form = service.forms.for_service(service_id);
    let today = service.today();
    let clean =
        check_draft(&form, &answers, today, service.places.as_ref()).map_err(ApiError::Fields)?;
    let (open, secret) = split_sensitive(&form, &clean);
    let sealed = (!secret.is_empty()).then(|| {
        service
            .vault
            .seal(&serde_json::to_string(&secret).unwrap_or_default())
    });
    let step = if is_form_id(step) { step } else { "" };
    let now = service.clock.now();
    let expires_at = now + DRAFT_DAYS * 86_400;
    let open = serde_json::to_string(&open).map_err(|_| ApiError::Invalid)?;
    let mut tx = service.db.begin_write().await.map_err(db_failed)?;
    let existing: Option<(String,)> =
        sqlx::query_as("SELECT resume_code FROM drafts WHERE mobile = $1 AND service_id = $2")
            .bind(mobile)
            .bind(service_id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_failed)?;
    let resume_code = match existing {
        Some((code,)) => {
            sqlx::query(
                "UPDATE drafts SET answers = $1, sealed = $2, step = $3, updated_at = $4, \
                 expires_at = $5 WHERE resume_code = $6",
            )
            .bind(&open)
            .bind(&sealed)
            .bind(step)
            .bind(now)
            .bind(expires_at)
            .bind(&code)
            .execute(&mut *tx)
            .await
            .map_err(db_failed)?;
            code
        }
        None => {
            let code = new_resume_code();
            sqlx::query(
                "INSERT INTO drafts (resume_code, mobile, service_id, answers, sealed, step, \
                 updated_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(&code)
            .bind(mobile)
            .bind(service_id)
            .bind(&open)
            .bind(&sealed)
            .bind(step)
            .bind(now)
            .bind(expires_at)
            .execute(&mut *tx)
            .await
            .map_err(db_failed)?;
            code
        }
    };
    tx.commit().await.map_err(db_failed)?;
    Ok(DraftSaved {
        resume_code,
        expires_on: today.add_days(DRAFT_DAYS),
    })
}

pub(super) async fn resume(
    service: &ApplyService,
    mobile: &str,
    typed_code: &str,
) -> Result<ServerDraft, ApiError> {
    let code = canonical_resume_code(typed_code).ok_or(ApiError::NotFound)?;
    let now = service.clock.now();
    let row: Option<(String, String, Option<String>, String, i64)> = sqlx::query_as(
        "SELECT service_id, answers, sealed, step, expires_at FROM drafts \
         WHERE resume_code = $1 AND mobile = $2 AND expires_at > $3",
    )
    .bind(&code)
    .bind(mobile)
    .bind(now)
    .fetch_optional(service.db.pool())
    .await
    .map_err(db_failed)?;
    let Some((service_id, answers, sealed, step, expires_at)) = row else {
        return Err(ApiError::NotFound);
    };
    let answers = service.answers_with_secrets(&answers, sealed.as_deref());
    let secret_fields = service.forms.for_service(&service_id).secret_fields();
    Ok(ServerDraft {
        secret_fields,
        service_id,
        step,
        answers,
        saved: DraftSaved {
            resume_code: code,
            expires_on: super::today_in_india(expires_at),
        },
    })
}

/// Deletes drafts past their 30 days; returns how many.
pub async fn delete_expired(service: &ApplyService) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM drafts WHERE expires_at <= $1")
        .bind(service.clock.now())
        .execute(service.db.pool())
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resume_codes_are_grouped_and_forgiving_when_typed() {
        let code = new_resume_code();
        assert_eq!(code.len(), 9);
        assert_eq!(canonical_resume_code(&code).as_deref(), Some(code.as_str()));
        assert_eq!(
            canonical_resume_code(" k7q4 93xp ").as_deref(),
            Some("K7Q4-93XP")
        );
        assert_eq!(
            canonical_resume_code("O1L4-93XP").as_deref(),
            Some("0114-93XP")
        );
        assert_eq!(canonical_resume_code("K7Q4-93X"), None);
        assert_eq!(canonical_resume_code("K7Q4-93XU"), None);
    }
}
