//! The `write_locks` table: a named lock held until the write transaction ends. SQLite's
//! `BEGIN IMMEDIATE` already lets one writer in at a time; on PostgreSQL a plain `BEGIN` lets
//! two requests read the same rows and both write, so a rule that reads, then writes (five tries
//! a code, one code at a time to a number, five failed sign-ins) takes the lock of what it is
//! about first. The upsert locks the row on both engines, with no engine-specific SQL.

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// What a lock is about: one name for each thing two requests must not change at once.
#[derive(Clone, Copy, Debug)]
pub enum Lock<'a> {
    /// The one-time codes of a 10-digit mobile.
    CodesTo(&'a str),
    /// The one-time codes asked for by an address.
    CodesFrom(&'a str),
    /// An officer login's sign-ins.
    SignIn(&'a str),
    /// The end of the audit log's chain.
    AuditChain,
}

impl Lock<'_> {
    fn name(self) -> String {
        match self {
            Lock::CodesTo(mobile) => format!("codes-to:{mobile}"),
            Lock::CodesFrom(ip) => format!("codes-from:{ip}"),
            Lock::SignIn(login) => format!("sign-in:{login}"),
            Lock::AuditChain => "audit-chain".to_string(),
        }
    }
}

/// Takes `lock` until the transaction `db` belongs to ends, waiting for whoever holds it.
pub async fn hold<'e>(db: impl Executor<'e, Database = Any>, lock: Lock<'_>) -> ServerResult<()> {
    sqlx::query(
        "INSERT INTO write_locks (name) VALUES ($1) \
         ON CONFLICT (name) DO UPDATE SET name = excluded.name",
    )
    .bind(lock.name())
    .execute(db)
    .await?;
    Ok(())
}
