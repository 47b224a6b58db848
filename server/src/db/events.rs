//! The `application_events` table: an application's timeline, one row per change of status,
//! numbered in order (`seq`) within the application.

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// A timeline entry as it is written.
pub struct NewEvent<'a> {
    /// The application.
    pub number: &'a str,
    /// When (Unix seconds).
    pub at: i64,
    /// An officer's login, or `citizen`.
    pub actor: &'a str,
    /// The status before, unless this is the first entry.
    pub from_status: Option<&'a str>,
    /// The status after.
    pub to_status: &'a str,
    /// Reasons, a request or a reply, for the citizen to read.
    pub note: Option<&'a str>,
}

/// A timeline entry as it is read, with the post of the officer who acted.
#[derive(sqlx::FromRow)]
pub struct EventRow {
    /// When (Unix seconds).
    pub at: i64,
    /// An officer's login, or `citizen`.
    pub actor: String,
    /// The status after.
    pub to_status: String,
    /// The note.
    pub note: Option<String>,
    /// The officer's post in Hindi.
    pub designation_hi: Option<String>,
    /// The officer's post in English.
    pub designation_en: Option<String>,
}

/// Adds an entry after the application's last one.
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    event: &NewEvent<'_>,
) -> ServerResult<()> {
    sqlx::query(
        "INSERT INTO application_events (id, application_number, at, actor, from_status, \
         to_status, note, seq) VALUES ($1, $2, $3, $4, $5, $6, $7, \
         (SELECT COALESCE(MAX(seq), 0) + 1 FROM application_events WHERE application_number = $2))",
    )
    .bind(crate::vault::random_hex(16))
    .bind(event.number)
    .bind(event.at)
    .bind(event.actor)
    .bind(event.from_status)
    .bind(event.to_status)
    .bind(event.note)
    .execute(db)
    .await?;
    Ok(())
}

/// The application's timeline, in order.
pub async fn timeline<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
) -> ServerResult<Vec<EventRow>> {
    Ok(sqlx::query_as(
        "SELECT e.at, e.actor, e.to_status, e.note, o.designation_hi, o.designation_en \
         FROM application_events e LEFT JOIN officers o ON o.login = e.actor \
         WHERE e.application_number = $1 ORDER BY e.seq, e.at",
    )
    .bind(number)
    .fetch_all(db)
    .await?)
}
