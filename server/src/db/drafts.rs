//! The `drafts` table: answers saved on the server once the mobile is verified, found again by
//! a resume code, kept until `expires_at`.

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// A draft as it is written.
pub struct DraftWrite<'a> {
    /// The verified mobile it belongs to.
    pub mobile: &'a str,
    /// The service applied for.
    pub service_id: &'a str,
    /// The open answers, as JSON.
    pub answers: &'a str,
    /// The secret answers, sealed.
    pub sealed: Option<&'a str>,
    /// The page the applicant was last on.
    pub step: &'a str,
    /// When it was saved (Unix seconds).
    pub now: i64,
    /// When it is deleted (Unix seconds).
    pub expires_at: i64,
}

/// A draft as it is read back.
#[derive(sqlx::FromRow)]
pub struct StoredDraft {
    /// The service applied for.
    pub service_id: String,
    /// The open answers, as JSON.
    pub answers: String,
    /// The secret answers, sealed.
    pub sealed: Option<String>,
    /// The page the applicant was last on.
    pub step: String,
    /// When it is deleted (Unix seconds).
    pub expires_at: i64,
}

/// Writes the draft of this mobile for this service, over the one it has or as a new one under
/// `new_code`, in one statement, so two first saves at once make one draft; the draft's resume
/// code (the old one when it had a draft).
pub async fn upsert<'e>(
    db: impl Executor<'e, Database = Any>,
    new_code: &str,
    draft: &DraftWrite<'_>,
) -> ServerResult<String> {
    let (code,): (String,) = sqlx::query_as(
        "INSERT INTO drafts (resume_code, mobile, service_id, answers, sealed, step, \
         updated_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (mobile, service_id) DO UPDATE SET answers = excluded.answers, \
         sealed = excluded.sealed, step = excluded.step, updated_at = excluded.updated_at, \
         expires_at = excluded.expires_at RETURNING resume_code",
    )
    .bind(new_code)
    .bind(draft.mobile)
    .bind(draft.service_id)
    .bind(draft.answers)
    .bind(draft.sealed)
    .bind(draft.step)
    .bind(draft.now)
    .bind(draft.expires_at)
    .fetch_one(db)
    .await?;
    Ok(code)
}

/// Whether this mobile has a draft of this service.
pub async fn exists_for<'e>(
    db: impl Executor<'e, Database = Any>,
    mobile: &str,
    service_id: &str,
) -> ServerResult<bool> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT resume_code FROM drafts WHERE mobile = $1 AND service_id = $2")
            .bind(mobile)
            .bind(service_id)
            .fetch_optional(db)
            .await?;
    Ok(row.is_some())
}

/// The draft under `resume_code` for `mobile`, unless it has expired by `now`.
pub async fn find_live<'e>(
    db: impl Executor<'e, Database = Any>,
    resume_code: &str,
    mobile: &str,
    now: i64,
) -> ServerResult<Option<StoredDraft>> {
    Ok(sqlx::query_as(
        "SELECT service_id, answers, sealed, step, expires_at FROM drafts \
         WHERE resume_code = $1 AND mobile = $2 AND expires_at > $3",
    )
    .bind(resume_code)
    .bind(mobile)
    .bind(now)
    .fetch_optional(db)
    .await?)
}

/// Deletes the drafts expired by `now`; returns how many.
pub async fn delete_expired<'e>(
    db: impl Executor<'e, Database = Any>,
    now: i64,
) -> ServerResult<u64> {
    let done = sqlx::query("DELETE FROM drafts WHERE expires_at <= $1")
        .bind(now)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

/// Deletes `mobile`'s draft for this service (once it is sent as an application); whether it
/// had one.
pub async fn delete_for<'e>(
    db: impl Executor<'e, Database = Any>,
    mobile: &str,
    service_id: &str,
) -> ServerResult<bool> {
    let done = sqlx::query("DELETE FROM drafts WHERE mobile = $1 AND service_id = $2")
        .bind(mobile)
        .bind(service_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() > 0)
}
