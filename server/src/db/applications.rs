//! The `applications` table: one row per application, its answers (open as JSON, secret ones
//! sealed), its status and its clock.

use crate::db::Placeholders;
use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// An application as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AppRow {
    /// `MP26-4821-7735-2`.
    pub number: String,
    /// The service.
    pub service_id: String,
    /// The applicant's verified mobile.
    pub mobile: String,
    /// The applicant's name.
    pub applicant_name: String,
    /// The answers (JSON), Aadhaar masked.
    pub answers: String,
    /// The status's stored name.
    pub status: String,
    /// ISO date of receipt.
    pub received_on: String,
    /// ISO due date.
    pub due_on: String,
    /// The applicant's district.
    pub district_id: String,
    /// The centre that applied.
    pub centre_id: Option<String>,
    /// Appeals so far.
    pub appeal_level: i64,
    /// ISO date the status began.
    pub status_since: Option<String>,
    /// ISO date information was asked for, while unanswered.
    pub paused_on: Option<String>,
    /// The penalty imposed.
    pub penalty_rupees: Option<i64>,
    /// Raised by every change.
    pub version: i64,
}

/// Every column of [`AppRow`], in its order.
pub const COLUMNS: &str = "number, service_id, mobile, applicant_name, answers, status, received_on, \
     due_on, district_id, centre_id, appeal_level, status_since, paused_on, penalty_rupees, version";

/// The application with this (canonical) number, if there is one.
pub async fn by_number<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
) -> ServerResult<Option<AppRow>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM applications WHERE number = $1"
    ))
    .bind(number)
    .fetch_optional(db)
    .await?)
}

/// What applying again after a rejection needs of the old application.
#[derive(sqlx::FromRow)]
pub struct AnswersRow {
    /// The service applied for.
    pub service_id: String,
    /// The open answers, as JSON.
    pub answers: String,
    /// The secret answers, sealed.
    pub sealed: Option<String>,
    /// Its status, as stored.
    pub status: String,
}

/// The answers and status of application `number`, if it was made with `mobile`.
pub async fn answers_of<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
    mobile: &str,
) -> ServerResult<Option<AnswersRow>> {
    Ok(sqlx::query_as(
        "SELECT service_id, answers, sealed, status FROM applications \
         WHERE number = $1 AND mobile = $2",
    )
    .bind(number)
    .bind(mobile)
    .fetch_optional(db)
    .await?)
}

/// One line of a citizen's list of their applications.
#[derive(sqlx::FromRow)]
pub struct MineRow {
    /// The application number.
    pub number: String,
    /// The service's name in Hindi.
    pub name_hi: String,
    /// The service's name in English.
    pub name_en: String,
    /// The applicant's name.
    pub applicant_name: String,
    /// The day it was received, ISO.
    pub received_on: String,
    /// Its status, as stored.
    pub status: String,
}

/// Up to `limit` applications made with `mobile`, newest first.
pub async fn made_with<'e>(
    db: impl Executor<'e, Database = Any>,
    mobile: &str,
    limit: i64,
) -> ServerResult<Vec<MineRow>> {
    Ok(sqlx::query_as(
        "SELECT a.number, s.name_hi, s.name_en, a.applicant_name, a.received_on, a.status \
         FROM applications a JOIN services s ON s.id = a.service_id \
         WHERE a.mobile = $1 ORDER BY a.received_at DESC, a.number LIMIT $2",
    )
    .bind(mobile)
    .bind(limit)
    .fetch_all(db)
    .await?)
}

/// Whose applications an inbox lists.
pub enum InboxScope<'a> {
    /// A centre operator's: those their centre made.
    Centre(&'a str),
    /// An officer's: their services, in their district or (with none) the whole state.
    Services {
        /// The services they handle (never empty).
        services: &'a [String],
        /// Their district.
        district: Option<&'a str>,
    },
}

/// What an inbox lists.
pub struct InboxFilter<'a> {
    /// Whose applications.
    pub scope: InboxScope<'a>,
    /// The lowest appeal level the officer's role sees.
    pub min_appeal_level: i64,
    /// Only this service.
    pub service: Option<&'a str>,
    /// Only this status (its stored name).
    pub status: Option<&'a str>,
    /// The most rows.
    pub limit: i64,
}

/// The applications an inbox lists, soonest due first.
pub async fn inbox<'e>(
    db: impl Executor<'e, Database = Any>,
    filter: &InboxFilter<'_>,
) -> ServerResult<Vec<AppRow>> {
    let mut sql = format!(
        "SELECT {COLUMNS} FROM applications WHERE appeal_level >= {}",
        filter.min_appeal_level
    );
    let mut values = Placeholders::default();
    match filter.scope {
        InboxScope::Centre(centre) => {
            sql.push_str(&format!(" AND centre_id = {}", values.add(centre)));
        }
        InboxScope::Services { services, district } => {
            let list: Vec<String> = services.iter().map(|s| values.add(s)).collect();
            sql.push_str(&format!(" AND service_id IN ({})", list.join(", ")));
            if let Some(district) = district {
                sql.push_str(&format!(" AND district_id = {}", values.add(district)));
            }
        }
    }
    if let Some(service) = filter.service {
        sql.push_str(&format!(" AND service_id = {}", values.add(service)));
    }
    if let Some(status) = filter.status {
        sql.push_str(&format!(" AND status = {}", values.add(status)));
    }
    sql.push_str(&format!(
        " ORDER BY due_on, received_at LIMIT {}",
        filter.limit
    ));
    let mut query = sqlx::query_as::<_, AppRow>(&sql);
    for value in values.values() {
        query = query.bind(value);
    }
    Ok(query.fetch_all(db).await?)
}

/// What a change of status writes.
pub struct StatusUpdate<'a> {
    /// The new status's stored name.
    pub status: &'a str,
    /// The day it began, ISO.
    pub status_since: &'a str,
    /// The due date, ISO.
    pub due_on: &'a str,
    /// The day the clock stopped, ISO, while it stands still.
    pub paused_on: Option<&'a str>,
    /// Appeals so far.
    pub appeal_level: i64,
    /// The penalty imposed.
    pub penalty_rupees: Option<i64>,
}

/// Writes a change of status to application `number` if it is still at `version`, raising the
/// version; `false` when another change came first.
pub async fn update_status<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
    version: i64,
    update: &StatusUpdate<'_>,
) -> ServerResult<bool> {
    let done = sqlx::query(
        "UPDATE applications SET status = $1, status_since = $2, due_on = $3, paused_on = $4, \
         appeal_level = $5, penalty_rupees = $6, version = version + 1 \
         WHERE number = $7 AND version = $8",
    )
    .bind(update.status)
    .bind(update.status_since)
    .bind(update.due_on)
    .bind(update.paused_on)
    .bind(update.appeal_level)
    .bind(update.penalty_rupees)
    .bind(number)
    .bind(version)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The number and mobile of the application sent with idempotency key `key`, if one was.
pub async fn by_idempotency_key<'e>(
    db: impl Executor<'e, Database = Any>,
    key: &str,
) -> ServerResult<Option<(String, String)>> {
    Ok(
        sqlx::query_as("SELECT number, mobile FROM applications WHERE idempotency_key = $1")
            .bind(key)
            .fetch_optional(db)
            .await?,
    )
}

/// The number of `mobile`'s latest application to this service received at or after `since`.
pub async fn latest_since<'e>(
    db: impl Executor<'e, Database = Any>,
    mobile: &str,
    service_id: &str,
    since: i64,
) -> ServerResult<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT number FROM applications WHERE mobile = $1 AND service_id = $2 \
         AND received_at >= $3 ORDER BY received_at DESC, number DESC LIMIT 1",
    )
    .bind(mobile)
    .bind(service_id)
    .bind(since)
    .fetch_optional(db)
    .await?;
    Ok(row.map(|(number,)| number))
}

/// A new application as it is written.
pub struct NewApplication<'a> {
    /// Its number.
    pub number: &'a str,
    /// Makes the submission happen once.
    pub idempotency_key: &'a str,
    /// The service.
    pub service_id: &'a str,
    /// The verified mobile.
    pub mobile: &'a str,
    /// The applicant's name.
    pub applicant_name: &'a str,
    /// The open answers, as JSON.
    pub answers: &'a str,
    /// The secret answers, sealed.
    pub sealed: Option<&'a str>,
    /// The first status's stored name.
    pub status: &'a str,
    /// `online` or `centre`.
    pub channel: &'a str,
    /// The fee, when the service has one.
    pub fee_rupees: Option<i64>,
    /// When it was received (Unix seconds).
    pub received_at: i64,
    /// The day it was received, ISO (also the day its status began).
    pub received_on: &'a str,
    /// The last day for a decision, ISO.
    pub due_on: &'a str,
    /// The applicant's district.
    pub district_id: &'a str,
    /// The centre that applied for the citizen.
    pub centre_id: Option<&'a str>,
}

/// Adds a new application. Fails with a unique violation when the number or the key is taken.
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    new: &NewApplication<'_>,
) -> ServerResult<()> {
    sqlx::query(
        "INSERT INTO applications (number, idempotency_key, service_id, mobile, \
         applicant_name, answers, sealed, status, channel, fee_rupees, received_at, \
         received_on, due_on, district_id, centre_id, status_since) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $12)",
    )
    .bind(new.number)
    .bind(new.idempotency_key)
    .bind(new.service_id)
    .bind(new.mobile)
    .bind(new.applicant_name)
    .bind(new.answers)
    .bind(new.sealed)
    .bind(new.status)
    .bind(new.channel)
    .bind(new.fee_rupees)
    .bind(new.received_at)
    .bind(new.received_on)
    .bind(new.due_on)
    .bind(new.district_id)
    .bind(new.centre_id)
    .execute(db)
    .await?;
    Ok(())
}

/// What a receipt shows of an application.
#[derive(sqlx::FromRow)]
pub struct ReceiptRow {
    /// The service.
    pub service_id: String,
    /// The applicant's name.
    pub applicant_name: String,
    /// The fee.
    pub fee_rupees: Option<i64>,
    /// `online` or `centre`.
    pub channel: String,
    /// The day it was received, ISO.
    pub received_on: String,
    /// The last day for a decision, ISO.
    pub due_on: String,
    /// The applicant's district.
    pub district_id: String,
}

/// The receipt's facts of application `number`, if it was made with `mobile`.
pub async fn receipt_of<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
    mobile: &str,
) -> ServerResult<Option<ReceiptRow>> {
    Ok(sqlx::query_as(
        "SELECT service_id, applicant_name, fee_rupees, channel, received_on, due_on, district_id \
         FROM applications WHERE number = $1 AND mobile = $2",
    )
    .bind(number)
    .bind(mobile)
    .fetch_optional(db)
    .await?)
}
