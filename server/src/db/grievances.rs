//! The `grievances` table: one row a grievance, where it stands now. Every change raises
//! `version` and is made only if the row is still as it was read, so two portal instances (or an
//! officer and the escalation job) cannot both move the same grievance.

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// A grievance as it is filed.
pub struct NewGrievance<'a> {
    /// Its number.
    pub number: &'a str,
    /// `complaint`, `demand` or `information`.
    pub kind: &'a str,
    /// Its category's id.
    pub category_id: &'a str,
    /// Its subcategory's id, if chosen.
    pub subcategory_id: Option<&'a str>,
    /// The complainant's 10-digit mobile.
    pub mobile: &'a str,
    /// The complainant's district.
    pub district_id: &'a str,
    /// The complainant's tehsil, where the category needs one.
    pub tehsil: Option<&'a str>,
    /// The centre complained about, for a centre's category.
    pub centre_id: Option<&'a str>,
    /// What happened, in the complainant's words.
    pub description: &'a str,
    /// `citizen`, or the login of the agent or operator who filed it.
    pub filed_by: &'a str,
    /// When (Unix seconds).
    pub filed_at: i64,
    /// The day, ISO.
    pub filed_on: &'a str,
    /// Its first status.
    pub status: &'a str,
    /// Its first level, 1.
    pub level: i64,
    /// L1's last day, ISO.
    pub level_due: Option<&'a str>,
}

/// Files a grievance.
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    new: &NewGrievance<'_>,
) -> ServerResult<()> {
    sqlx::query(
        "INSERT INTO grievances (number, kind, category_id, subcategory_id, mobile, district_id, \
         tehsil, centre_id, description, filed_by, filed_at, filed_on, status, level, \
         level_since, level_due) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $12, $15)",
    )
    .bind(new.number)
    .bind(new.kind)
    .bind(new.category_id)
    .bind(new.subcategory_id)
    .bind(new.mobile)
    .bind(new.district_id)
    .bind(new.tehsil)
    .bind(new.centre_id)
    .bind(new.description)
    .bind(new.filed_by)
    .bind(new.filed_at)
    .bind(new.filed_on)
    .bind(new.status)
    .bind(new.level)
    .bind(new.level_due)
    .execute(db)
    .await?;
    Ok(())
}

/// Where a grievance stands, as the escalation job reads it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Standing {
    /// Its number.
    pub number: String,
    /// Its category's id.
    pub category_id: String,
    /// Its department's id.
    pub department_id: String,
    /// The complainant's mobile.
    pub mobile: String,
    /// Its status.
    pub status: String,
    /// Its level, 1 to 5.
    pub level: i64,
    /// The day it reached its level, ISO.
    pub level_since: String,
    /// Its row's version.
    pub version: i64,
}

/// Open grievances at `levels` whose level's last day was before `today` (ISO), oldest due
/// first, at most `limit`.
pub async fn past_due<'e>(
    db: impl Executor<'e, Database = Any>,
    today: &str,
    limit: i64,
) -> ServerResult<Vec<Standing>> {
    Ok(sqlx::query_as(
        "SELECT g.number, g.category_id, c.department_id, g.mobile, g.status, g.level, \
         g.level_since, g.version \
         FROM grievances g JOIN grievance_categories c ON c.id = g.category_id \
         WHERE g.status = 'open' AND g.level IN (1, 2) AND g.level_due < $1 \
         ORDER BY g.level_due, g.number LIMIT $2",
    )
    .bind(today)
    .bind(limit)
    .fetch_all(db)
    .await?)
}

/// A move to another level (or status), made only if the row is still at `version`.
pub struct LevelMove<'a> {
    /// The grievance.
    pub number: &'a str,
    /// The version it was read at.
    pub version: i64,
    /// Its status after.
    pub status: &'a str,
    /// Its level after.
    pub level: i64,
    /// The day it reaches that level, ISO.
    pub level_since: &'a str,
    /// That level's last day, ISO; none above L3.
    pub level_due: Option<&'a str>,
}

/// Moves the grievance; whether it was still as read (`false`: someone else moved it first).
pub async fn move_level<'e>(
    db: impl Executor<'e, Database = Any>,
    change: &LevelMove<'_>,
) -> ServerResult<bool> {
    let done = sqlx::query(
        "UPDATE grievances SET status = $1, level = $2, level_since = $3, level_due = $4, \
         version = version + 1 WHERE number = $5 AND version = $6",
    )
    .bind(change.status)
    .bind(change.level)
    .bind(change.level_since)
    .bind(change.level_due)
    .bind(change.number)
    .bind(change.version)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The grievance's status and level now, if it exists.
pub async fn status_and_level<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
) -> ServerResult<Option<(String, i64)>> {
    Ok(
        sqlx::query_as("SELECT status, level FROM grievances WHERE number = $1")
            .bind(number)
            .fetch_optional(db)
            .await?,
    )
}

/// The category and filing day (ISO) of each grievance `mobile` filed on or after `since`.
pub async fn filed_by_mobile_since<'e>(
    db: impl Executor<'e, Database = Any>,
    mobile: &str,
    since: &str,
) -> ServerResult<Vec<(String, String)>> {
    Ok(sqlx::query_as(
        "SELECT category_id, filed_on FROM grievances WHERE mobile = $1 AND filed_on >= $2",
    )
    .bind(mobile)
    .bind(since)
    .fetch_all(db)
    .await?)
}

/// A grievance as its complainant tracks it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TrackedRow {
    /// Its kind.
    pub kind: String,
    /// Its category's id.
    pub category_id: String,
    /// The complainant's mobile.
    pub mobile: String,
    /// The day it was filed, ISO.
    pub filed_on: String,
    /// Its status.
    pub status: String,
    /// Its level, 1 to 5.
    pub level: i64,
    /// Its level's last day, ISO.
    pub level_due: Option<String>,
}

/// The grievance with this number, if there is one.
pub async fn tracked<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
) -> ServerResult<Option<TrackedRow>> {
    Ok(sqlx::query_as(
        "SELECT kind, category_id, mobile, filed_on, status, level, level_due FROM grievances \
         WHERE number = $1",
    )
    .bind(number)
    .fetch_optional(db)
    .await?)
}
