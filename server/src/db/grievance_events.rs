//! The `grievance_events` table: every action on a grievance, numbered in order (`seq`) within
//! it, with the post its officer signed with.

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// An action as it is written.
pub struct NewGrievanceEvent<'a> {
    /// The grievance.
    pub number: &'a str,
    /// When (Unix seconds).
    pub at: i64,
    /// An officer's login, `citizen` or `system`.
    pub actor: &'a str,
    /// The post the officer signed with, in Hindi and English.
    pub post: Option<(&'a str, &'a str)>,
    /// What was done (`escalate`, `reply`, …).
    pub action: &'a str,
    /// The status and level before, unless this is the filing.
    pub from: Option<(&'a str, i64)>,
    /// The status and level after.
    pub to: (&'a str, i64),
    /// The action note or the reason.
    pub note: Option<&'a str>,
}

/// Adds an action after the grievance's last one.
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    event: &NewGrievanceEvent<'_>,
) -> ServerResult<()> {
    sqlx::query(
        "INSERT INTO grievance_events (id, grievance_number, seq, at, actor, post_hi, post_en, \
         action, from_status, to_status, from_level, to_level, note) VALUES ($1, $2, \
         (SELECT COALESCE(MAX(seq), 0) + 1 FROM grievance_events WHERE grievance_number = $2), \
         $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(crate::vault::random_hex(16))
    .bind(event.number)
    .bind(event.at)
    .bind(event.actor)
    .bind(event.post.map(|(hi, _)| hi))
    .bind(event.post.map(|(_, en)| en))
    .bind(event.action)
    .bind(event.from.map(|(status, _)| status))
    .bind(event.to.0)
    .bind(event.from.map(|(_, level)| level))
    .bind(event.to.1)
    .bind(event.note)
    .execute(db)
    .await?;
    Ok(())
}

/// How many times the grievance was moved by `action`.
pub async fn count_of<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
    action: &str,
) -> ServerResult<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM grievance_events WHERE grievance_number = $1 AND action = $2",
    )
    .bind(number)
    .bind(action)
    .fetch_one(db)
    .await?)
}

/// A step as it is read.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct GrievanceEventRow {
    /// When (Unix seconds).
    pub at: i64,
    /// A login, `citizen` or `system`.
    pub actor: String,
    /// The post signed with, in Hindi.
    pub post_hi: Option<String>,
    /// In English.
    pub post_en: Option<String>,
    /// What was done.
    pub action: String,
    /// The status after.
    pub to_status: String,
    /// The level after.
    pub to_level: i64,
    /// The note.
    pub note: Option<String>,
}

/// The grievance's steps, in order.
pub async fn timeline<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
) -> ServerResult<Vec<GrievanceEventRow>> {
    Ok(sqlx::query_as(
        "SELECT at, actor, post_hi, post_en, action, to_status, to_level, note \
         FROM grievance_events WHERE grievance_number = $1 ORDER BY seq",
    )
    .bind(number)
    .fetch_all(db)
    .await?)
}
