//! Writing the catalogue's tables (`departments`, `districts`, `services` and each service's
//! `service_keywords`, `service_documents` and `service_life_events`) when the server starts
//! with a catalogue file: `seed.rs` decides what, in which order, in one transaction.

use crate::error::ServerResult;
use sqlx::{Any, AnyConnection, Executor};

/// The tables of named things kept in catalogue order.
#[derive(Clone, Copy, Debug)]
pub enum NamedTable {
    /// `departments`.
    Departments,
    /// `districts`.
    Districts,
}

impl NamedTable {
    fn name(self) -> &'static str {
        match self {
            NamedTable::Departments => "departments",
            NamedTable::Districts => "districts",
        }
    }
}

/// How many services the database has.
pub async fn count_services<'e>(db: impl Executor<'e, Database = Any>) -> ServerResult<i64> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM services")
        .fetch_one(db)
        .await?;
    Ok(count)
}

/// Adds or updates a named row at `position`.
pub async fn upsert_named<'e>(
    db: impl Executor<'e, Database = Any>,
    table: NamedTable,
    id: &str,
    position: usize,
    hi: &str,
    en: &str,
) -> ServerResult<()> {
    sqlx::query(&format!(
        "INSERT INTO {} (id, position, name_hi, name_en) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, name_hi = excluded.name_hi, \
         name_en = excluded.name_en",
        table.name()
    ))
    .bind(id)
    .bind(position as i64)
    .bind(hi)
    .bind(en)
    .execute(db)
    .await?;
    Ok(())
}

/// A service as it is written.
pub struct ServiceWrite<'a> {
    /// Its id (a slug).
    pub id: &'a str,
    /// Its place in the catalogue.
    pub position: usize,
    /// Its department.
    pub department_id: &'a str,
    /// Its name in Hindi.
    pub name_hi: &'a str,
    /// Its name in English.
    pub name_en: &'a str,
    /// The time limit, in days.
    pub time_limit_days: u32,
    /// Whether the days are working days.
    pub working_days: bool,
    /// Whether the time limit is confirmed from a notification.
    pub time_limit_confirmed: bool,
    /// The designated officer's post, Hindi and English.
    pub designated_officer: (Option<&'a str>, Option<&'a str>),
    /// The first appeal officer's post.
    pub first_appeal: (Option<&'a str>, Option<&'a str>),
    /// The second appeal officer's post.
    pub second_appeal: (Option<&'a str>, Option<&'a str>),
    /// Whether it is a Samadhan Ek Din (same-day) service.
    pub samadhan_ek_din: bool,
    /// How it is applied for (`online`, `centre`, …).
    pub channel: &'a str,
    /// Where the facts come from.
    pub source: &'a str,
    /// The source, in Hindi.
    pub source_hi: &'a str,
    /// Who can apply, Hindi.
    pub who_can_apply_hi: &'a str,
    /// Who can apply, English.
    pub who_can_apply_en: &'a str,
    /// The fee, when known.
    pub fee_rupees: Option<u32>,
    /// Whether the fee is confirmed.
    pub fee_confirmed: bool,
}

/// Adds or updates a service.
pub async fn upsert_service<'e>(
    db: impl Executor<'e, Database = Any>,
    s: &ServiceWrite<'_>,
) -> ServerResult<()> {
    sqlx::query(
        "INSERT INTO services (id, position, department_id, name_hi, name_en, time_limit_days, \
         working_days, time_limit_confirmed, designated_officer_hi, designated_officer_en, \
         first_appeal_hi, first_appeal_en, second_appeal_hi, second_appeal_en, samadhan_ek_din, \
         channel, source, who_can_apply_hi, who_can_apply_en, fee_rupees, fee_confirmed, source_hi) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22) \
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, department_id = excluded.department_id, \
         name_hi = excluded.name_hi, name_en = excluded.name_en, time_limit_days = excluded.time_limit_days, \
         working_days = excluded.working_days, time_limit_confirmed = excluded.time_limit_confirmed, \
         designated_officer_hi = excluded.designated_officer_hi, designated_officer_en = excluded.designated_officer_en, \
         first_appeal_hi = excluded.first_appeal_hi, first_appeal_en = excluded.first_appeal_en, \
         second_appeal_hi = excluded.second_appeal_hi, second_appeal_en = excluded.second_appeal_en, \
         samadhan_ek_din = excluded.samadhan_ek_din, channel = excluded.channel, source = excluded.source, \
         who_can_apply_hi = excluded.who_can_apply_hi, who_can_apply_en = excluded.who_can_apply_en, \
         fee_rupees = excluded.fee_rupees, fee_confirmed = excluded.fee_confirmed, \
         source_hi = excluded.source_hi",
    )
    .bind(s.id)
    .bind(s.position as i64)
    .bind(s.department_id)
    .bind(s.name_hi)
    .bind(s.name_en)
    .bind(i64::from(s.time_limit_days))
    .bind(i64::from(s.working_days))
    .bind(i64::from(s.time_limit_confirmed))
    .bind(s.designated_officer.0)
    .bind(s.designated_officer.1)
    .bind(s.first_appeal.0)
    .bind(s.first_appeal.1)
    .bind(s.second_appeal.0)
    .bind(s.second_appeal.1)
    .bind(i64::from(s.samadhan_ek_din))
    .bind(s.channel)
    .bind(s.source)
    .bind(s.who_can_apply_hi)
    .bind(s.who_can_apply_en)
    .bind(s.fee_rupees.map(i64::from))
    .bind(i64::from(s.fee_confirmed))
    .bind(s.source_hi)
    .execute(db)
    .await?;
    Ok(())
}

/// Replaces a service's keywords, documents and life events.
pub async fn replace_lists(
    conn: &mut AnyConnection,
    service_id: &str,
    keywords: &[String],
    documents: &[(&str, &str)],
    life_events: &[String],
) -> ServerResult<()> {
    for table in [
        "service_keywords",
        "service_documents",
        "service_life_events",
    ] {
        sqlx::query(&format!("DELETE FROM {table} WHERE service_id = $1"))
            .bind(service_id)
            .execute(&mut *conn)
            .await?;
    }
    for (position, keyword) in keywords.iter().enumerate() {
        sqlx::query(
            "INSERT INTO service_keywords (service_id, position, keyword) VALUES ($1, $2, $3)",
        )
        .bind(service_id)
        .bind(position as i64)
        .bind(keyword)
        .execute(&mut *conn)
        .await?;
    }
    for (position, (hi, en)) in documents.iter().enumerate() {
        sqlx::query(
            "INSERT INTO service_documents (service_id, position, name_hi, name_en) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(service_id)
        .bind(position as i64)
        .bind(*hi)
        .bind(*en)
        .execute(&mut *conn)
        .await?;
    }
    for event in life_events {
        sqlx::query("INSERT INTO service_life_events (service_id, life_event) VALUES ($1, $2)")
            .bind(service_id)
            .bind(event)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
