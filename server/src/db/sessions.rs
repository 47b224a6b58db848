//! The `sessions` table: tower-sessions records (the session's data as JSON) with their expiry.

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// A session record as it is written.
pub struct SessionWrite<'a> {
    /// Its id (the cookie's value).
    pub id: &'a str,
    /// Its data, as JSON.
    pub data: &'a str,
    /// When it ends unless renewed (Unix seconds).
    pub expires_at: i64,
    /// The officer signed in to it, if one is.
    pub officer_login: Option<&'a str>,
}

/// Writes a record: over the one with the same id when `replace`, else only if its id is free.
/// Whether it was written (`false` only when the id is taken and not replaced).
pub async fn write<'e>(
    db: impl Executor<'e, Database = Any>,
    record: &SessionWrite<'_>,
    replace: bool,
) -> ServerResult<bool> {
    let sql = if replace {
        "INSERT INTO sessions (id, data, expires_at, officer_login) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at, \
         officer_login = excluded.officer_login"
    } else {
        "INSERT INTO sessions (id, data, expires_at, officer_login) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (id) DO NOTHING"
    };
    let done = sqlx::query(sql)
        .bind(record.id)
        .bind(record.data)
        .bind(record.expires_at)
        .bind(record.officer_login)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The data and expiry of record `id`, unless it has expired by `now`.
pub async fn live<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    now: i64,
) -> ServerResult<Option<(String, i64)>> {
    Ok(
        sqlx::query_as("SELECT data, expires_at FROM sessions WHERE id = $1 AND expires_at > $2")
            .bind(id)
            .bind(now)
            .fetch_optional(db)
            .await?,
    )
}

/// Deletes record `id`.
pub async fn delete<'e>(db: impl Executor<'e, Database = Any>, id: &str) -> ServerResult<()> {
    sqlx::query("DELETE FROM sessions WHERE id = $1")
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Deletes the records expired by `now`; returns how many.
pub async fn delete_expired<'e>(
    db: impl Executor<'e, Database = Any>,
    now: i64,
) -> ServerResult<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(now)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

/// Deletes every session of officer `login`; returns how many.
pub async fn delete_of_officer<'e>(
    db: impl Executor<'e, Database = Any>,
    login: &str,
) -> ServerResult<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE officer_login = $1")
        .bind(login)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}
