//! The `otp_challenges` table: one row per one-time code sent, kept as a keyed hash, with its
//! tries and the moment it was used.

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// A code as it is written.
pub struct NewChallenge<'a> {
    /// Its id (the hash is keyed by it).
    pub id: &'a str,
    /// What it proves (`verify_mobile`, …).
    pub purpose: &'a str,
    /// The 10-digit mobile it was sent to.
    pub mobile: &'a str,
    /// The address that asked for it.
    pub client_ip: &'a str,
    /// The keyed hash of the code.
    pub code_hash: &'a str,
    /// When it was sent (Unix seconds).
    pub created_at: i64,
}

/// A code as it is read back.
#[derive(sqlx::FromRow)]
pub struct StoredChallenge {
    /// Its id.
    pub id: String,
    /// What it proves.
    pub purpose: String,
    /// The keyed hash of the code.
    pub code_hash: String,
    /// When it was sent.
    pub created_at: i64,
    /// Wrong tries so far.
    pub attempts: i64,
    /// When it was used, if it was.
    pub consumed_at: Option<i64>,
}

/// Who asked for codes: counted by the number they went to and by the address that asked.
#[derive(Clone, Copy, Debug)]
pub enum Asker<'a> {
    /// The 10-digit mobile the codes were sent to.
    Mobile(&'a str),
    /// The address that asked for them.
    ClientIp(&'a str),
}

/// When codes were sent to (or asked for by) `asker` since `since`, oldest first.
pub async fn sent_since<'e>(
    db: impl Executor<'e, Database = Any>,
    asker: Asker<'_>,
    since: i64,
) -> ServerResult<Vec<i64>> {
    let (column, value) = match asker {
        Asker::Mobile(mobile) => ("mobile", mobile),
        Asker::ClientIp(ip) => ("client_ip", ip),
    };
    let rows: Vec<(i64,)> = sqlx::query_as(&format!(
        "SELECT created_at FROM otp_challenges WHERE {column} = $1 AND created_at > $2 \
         ORDER BY created_at"
    ))
    .bind(value)
    .bind(since)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|(at,)| at).collect())
}

/// Records a code sent.
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    challenge: &NewChallenge<'_>,
) -> ServerResult<()> {
    sqlx::query(
        "INSERT INTO otp_challenges (id, purpose, mobile, client_ip, code_hash, created_at, \
         attempts) VALUES ($1, $2, $3, $4, $5, $6, 0)",
    )
    .bind(challenge.id)
    .bind(challenge.purpose)
    .bind(challenge.mobile)
    .bind(challenge.client_ip)
    .bind(challenge.code_hash)
    .bind(challenge.created_at)
    .execute(db)
    .await?;
    Ok(())
}

/// The latest code sent to `mobile`: asking for a new one retires the older ones.
pub async fn latest_for<'e>(
    db: impl Executor<'e, Database = Any>,
    mobile: &str,
) -> ServerResult<Option<StoredChallenge>> {
    Ok(sqlx::query_as(
        "SELECT id, purpose, code_hash, created_at, attempts, consumed_at FROM otp_challenges \
         WHERE mobile = $1 ORDER BY created_at DESC LIMIT 1",
    )
    .bind(mobile)
    .fetch_optional(db)
    .await?)
}

/// Marks the code used at `at`, unless it was already used; whether this use was the one.
pub async fn consume<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    at: i64,
) -> ServerResult<bool> {
    let done = sqlx::query(
        "UPDATE otp_challenges SET consumed_at = $1 WHERE id = $2 AND consumed_at IS NULL",
    )
    .bind(at)
    .bind(id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Counts one more wrong try.
pub async fn count_wrong_try<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> ServerResult<()> {
    sqlx::query("UPDATE otp_challenges SET attempts = attempts + 1 WHERE id = $1")
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}
