//! The `notifications` table: the outbox. Every message to a citizen is a row here first
//! (`queued`), then a sender delivers it (`sent`, or `failed` after its last attempt).

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// A message as it is written.
pub struct NewNotification<'a> {
    /// Its id.
    pub id: &'a str,
    /// The 10-digit mobile.
    pub mobile: &'a str,
    /// Which message this is (`otp`, `application_received`, …).
    pub template: &'a str,
    /// The text as kept (a one-time code's is masked).
    pub body: &'a str,
    /// `gsm7` or `ucs2`.
    pub encoding: &'a str,
    /// Segments it is sent as.
    pub segments: i64,
    /// When it was made (Unix seconds).
    pub created_at: i64,
}

/// Where a message stands when it is written.
#[derive(Clone, Copy, Debug)]
pub enum Written {
    /// Waiting for the sender.
    Queued,
    /// Sent at once, at `created_at`.
    Sent,
    /// Tried at once, and failed.
    Failed,
}

/// Writes a message: queued, or already tried once.
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    new: &NewNotification<'_>,
    written: Written,
) -> ServerResult<()> {
    let (status, attempts, sent_at) = match written {
        Written::Queued => ("queued", 0, None),
        Written::Sent => ("sent", 1, Some(new.created_at)),
        Written::Failed => ("failed", 1, Some(new.created_at)),
    };
    sqlx::query(
        "INSERT INTO notifications (id, mobile, template, body, encoding, segments, status, \
         attempts, created_at, sent_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(new.id)
    .bind(new.mobile)
    .bind(new.template)
    .bind(new.body)
    .bind(new.encoding)
    .bind(new.segments)
    .bind(status)
    .bind(attempts)
    .bind(new.created_at)
    .bind(sent_at)
    .execute(db)
    .await?;
    Ok(())
}

/// A queued message, as the sender reads it.
#[derive(sqlx::FromRow)]
pub struct QueuedRow {
    /// Its id.
    pub id: String,
    /// The 10-digit mobile.
    pub mobile: String,
    /// The text.
    pub body: String,
    /// Attempts so far.
    pub attempts: i64,
}

/// Up to `limit` queued messages no one has claimed (or whose claim lapsed by `now`), oldest
/// first.
pub async fn queued<'e>(
    db: impl Executor<'e, Database = Any>,
    limit: i64,
    now: i64,
) -> ServerResult<Vec<QueuedRow>> {
    Ok(sqlx::query_as(
        "SELECT id, mobile, body, attempts FROM notifications WHERE status = 'queued' \
         AND (claimed_until IS NULL OR claimed_until < $2) ORDER BY created_at LIMIT $1",
    )
    .bind(limit)
    .bind(now)
    .fetch_all(db)
    .await?)
}

/// Claims queued message `id` until `until`, unless another sender holds it; whether this one
/// has it now.
pub async fn claim<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    now: i64,
    until: i64,
) -> ServerResult<bool> {
    let done = sqlx::query(
        "UPDATE notifications SET claimed_until = $1 WHERE id = $2 AND status = 'queued' \
         AND (claimed_until IS NULL OR claimed_until < $3)",
    )
    .bind(until)
    .bind(id)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records one more attempt at message `id`: its status after it, and when it was sent.
pub async fn record_attempt<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    status: &str,
    sent_at: Option<i64>,
) -> ServerResult<()> {
    sqlx::query(
        "UPDATE notifications SET status = $1, attempts = attempts + 1, sent_at = $2, \
         claimed_until = NULL WHERE id = $3",
    )
    .bind(status)
    .bind(sent_at)
    .bind(id)
    .execute(db)
    .await?;
    Ok(())
}
