//! The `audit_log` table: append-only, one line for every change, every opening of an
//! application or a document, and every sign-in and sign-out.

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// A line of the audit log as it is written.
pub struct NewAuditLine<'a> {
    /// When (Unix seconds).
    pub at: i64,
    /// An officer's login, or `citizen`.
    pub actor: &'a str,
    /// What was done (`approve`, `open_document`, `sign_in`, …).
    pub action: &'a str,
    /// The application, when there is one.
    pub number: Option<&'a str>,
    /// The status before a change.
    pub from_status: Option<&'a str>,
    /// The status after a change.
    pub to_status: Option<&'a str>,
    /// The address it came from.
    pub client_ip: &'a str,
    /// What it was about when not an application: an officer's login, a document's id.
    pub target: Option<&'a str>,
}

/// A line of the audit log as it is read: when, who, what, from, to.
#[derive(sqlx::FromRow)]
pub struct AuditRow {
    /// When (Unix seconds).
    pub at: i64,
    /// Who.
    pub actor: String,
    /// What.
    pub action: String,
    /// The status before.
    pub from_status: Option<String>,
    /// The status after.
    pub to_status: Option<String>,
}

/// Appends a line.
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    line: &NewAuditLine<'_>,
) -> ServerResult<()> {
    sqlx::query(
        "INSERT INTO audit_log (id, at, actor, action, application_number, from_status, \
         to_status, client_ip, target) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(crate::vault::random_hex(16))
    .bind(line.at)
    .bind(line.actor)
    .bind(line.action)
    .bind(line.number)
    .bind(line.from_status)
    .bind(line.to_status)
    .bind(line.client_ip)
    .bind(line.target)
    .execute(db)
    .await?;
    Ok(())
}

/// The application's lines, oldest first.
pub async fn of_application<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
) -> ServerResult<Vec<AuditRow>> {
    Ok(sqlx::query_as(
        "SELECT at, actor, action, from_status, to_status FROM audit_log \
         WHERE application_number = $1 ORDER BY at, id",
    )
    .bind(number)
    .fetch_all(db)
    .await?)
}

/// The sign-ins of `login` since `since` that have not succeeded (failed, or still being
/// checked), oldest first: every attempt is written as `sign_in_started` before its password is
/// checked, and each success as `sign_in`, so the attempts less the successes are the failures.
pub async fn unsettled_sign_ins<'e>(
    db: impl Executor<'e, Database = Any>,
    login: &str,
    since: i64,
) -> ServerResult<Vec<i64>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT at, action FROM audit_log WHERE actor = $1 \
         AND action IN ('sign_in_started', 'sign_in') AND at > $2 ORDER BY at",
    )
    .bind(login)
    .bind(since)
    .fetch_all(db)
    .await?;
    let successes = rows
        .iter()
        .filter(|(_, action)| action == "sign_in")
        .count();
    Ok(rows
        .into_iter()
        .filter(|(_, action)| action == "sign_in_started")
        .map(|(at, _)| at)
        .skip(successes)
        .collect())
}
