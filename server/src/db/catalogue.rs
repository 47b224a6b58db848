//! The catalogue, read from the database for the app's server functions.

use crate::db::Database;
use crate::error::ServerResult;
use app::api::store::{CatalogueStore, StoreError};
use app::domain::browse::{CatalogueEntry, CatalogueIndex};
use app::domain::catalogue::{Channel, Department, Officers, Service, TimeLimit};
use app::domain::guidance::{Fee, Guidance};
use app::domain::language::BilingualText;
use app::domain::life_event::LifeEvent;
use std::collections::HashMap;

/// Whether a service with this id is in the catalogue.
pub async fn service_exists<'e>(
    db: impl sqlx::Executor<'e, Database = sqlx::Any>,
    id: &str,
) -> ServerResult<bool> {
    let row: Option<(String,)> = sqlx::query_as("SELECT id FROM services WHERE id = $1")
        .bind(id)
        .fetch_optional(db)
        .await?;
    Ok(row.is_some())
}

/// The ids of a department's services, in order.
pub async fn services_of_department<'e>(
    db: impl sqlx::Executor<'e, Database = sqlx::Any>,
    department: &str,
) -> ServerResult<Vec<String>> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM services WHERE department_id = $1 ORDER BY id")
            .bind(department)
            .fetch_all(db)
            .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// Whether a district with this id is known.
pub async fn district_exists<'e>(
    db: impl sqlx::Executor<'e, Database = sqlx::Any>,
    id: &str,
) -> ServerResult<bool> {
    let row: Option<(String,)> = sqlx::query_as("SELECT id FROM districts WHERE id = $1")
        .bind(id)
        .fetch_optional(db)
        .await?;
    Ok(row.is_some())
}

#[derive(sqlx::FromRow)]
struct DepartmentRow {
    id: String,
    name_hi: String,
    name_en: String,
}

#[derive(sqlx::FromRow)]
struct EntryRow {
    id: String,
    department_id: String,
    name_hi: String,
    name_en: String,
    time_limit_days: i64,
    working_days: i64,
    samadhan_ek_din: i64,
    channel: String,
}

#[derive(sqlx::FromRow)]
struct ServiceRow {
    id: String,
    department_id: String,
    department_name_hi: String,
    department_name_en: String,
    name_hi: String,
    name_en: String,
    time_limit_days: i64,
    working_days: i64,
    time_limit_confirmed: i64,
    designated_officer_hi: Option<String>,
    designated_officer_en: Option<String>,
    first_appeal_hi: Option<String>,
    first_appeal_en: Option<String>,
    second_appeal_hi: Option<String>,
    second_appeal_en: Option<String>,
    samadhan_ek_din: i64,
    channel: String,
    source: String,
    source_hi: String,
    who_can_apply_hi: String,
    who_can_apply_en: String,
    fee_rupees: Option<i64>,
    fee_confirmed: i64,
}

fn officer(hi: Option<String>, en: Option<String>) -> Option<BilingualText> {
    match (hi, en) {
        (Some(hi), Some(en)) => Some(BilingualText::new(hi, en)),
        _ => None,
    }
}

fn channel(id: &str, text: &str) -> Result<Channel, StoreError> {
    Channel::parse(text).ok_or_else(|| StoreError(format!("service {id} has channel {text:?}")))
}

fn days(id: &str, days: i64) -> Result<u32, StoreError> {
    u32::try_from(days).map_err(|_| StoreError(format!("service {id} has time limit {days}")))
}

fn storage(error: impl std::fmt::Display) -> StoreError {
    StoreError(error.to_string())
}

/// Rows of `(service_id, value)` grouped by service, keeping their order.
async fn by_service(
    db: &Database,
    sql: &str,
    id: Option<&str>,
) -> Result<HashMap<String, Vec<String>>, StoreError> {
    let query = sqlx::query_as::<_, (String, String)>(sql);
    let query = match id {
        Some(id) => query.bind(id.to_string()),
        None => query,
    };
    let rows = query.fetch_all(db.pool()).await.map_err(storage)?;
    let mut grouped: HashMap<String, Vec<String>> = HashMap::new();
    for (service_id, value) in rows {
        grouped.entry(service_id).or_default().push(value);
    }
    Ok(grouped)
}

const ALL_KEYWORDS: &str =
    "SELECT service_id, keyword FROM service_keywords ORDER BY service_id, position";
const ALL_LIFE_EVENTS: &str =
    "SELECT service_id, life_event FROM service_life_events ORDER BY service_id, life_event";

fn life_events(tags: Vec<String>) -> Vec<LifeEvent> {
    let mut events: Vec<LifeEvent> = tags.iter().filter_map(|t| LifeEvent::from_key(t)).collect();
    events.sort();
    events
}

#[async_trait::async_trait]
impl CatalogueStore for Database {
    async fn catalogue_index(&self) -> Result<CatalogueIndex, StoreError> {
        let departments: Vec<DepartmentRow> =
            sqlx::query_as("SELECT id, name_hi, name_en FROM departments ORDER BY position")
                .fetch_all(self.pool())
                .await
                .map_err(storage)?;
        let rows: Vec<EntryRow> = sqlx::query_as(
            "SELECT id, department_id, name_hi, name_en, time_limit_days, working_days, samadhan_ek_din, channel \
             FROM services ORDER BY position",
        )
        .fetch_all(self.pool())
        .await
        .map_err(storage)?;
        let mut keywords = by_service(self, ALL_KEYWORDS, None).await?;
        let mut events = by_service(self, ALL_LIFE_EVENTS, None).await?;
        let position: HashMap<&str, u16> = departments
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.as_str(), i as u16))
            .collect();
        let mut services = Vec::with_capacity(rows.len());
        for row in rows {
            let department = *position
                .get(row.department_id.as_str())
                .ok_or_else(|| StoreError(format!("service {} has unknown department", row.id)))?;
            services.push(CatalogueEntry {
                department,
                days: days(&row.id, row.time_limit_days)?,
                working_days: row.working_days != 0,
                centre_only: channel(&row.id, &row.channel)? == Channel::Centre,
                samadhan_ek_din: row.samadhan_ek_din != 0,
                keywords: keywords.remove(&row.id).unwrap_or_default(),
                life_events: life_events(events.remove(&row.id).unwrap_or_default()),
                name_hi: row.name_hi,
                name_en: row.name_en,
                id: row.id,
            });
        }
        let departments = departments
            .into_iter()
            .map(|d| Department {
                id: d.id,
                name: BilingualText::new(d.name_hi, d.name_en),
            })
            .collect();
        Ok(CatalogueIndex {
            departments,
            services,
        })
    }

    async fn service(&self, id: &str) -> Result<Option<Service>, StoreError> {
        let row: Option<ServiceRow> = sqlx::query_as(
            "SELECT s.id, s.department_id, d.name_hi AS department_name_hi, d.name_en AS department_name_en, \
             s.name_hi, s.name_en, s.time_limit_days, s.working_days, s.time_limit_confirmed, \
             s.designated_officer_hi, s.designated_officer_en, s.first_appeal_hi, s.first_appeal_en, \
             s.second_appeal_hi, s.second_appeal_en, s.samadhan_ek_din, s.channel, s.source, \
             s.source_hi, s.who_can_apply_hi, s.who_can_apply_en, s.fee_rupees, s.fee_confirmed \
             FROM services s JOIN departments d ON d.id = s.department_id WHERE s.id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await
        .map_err(storage)?;
        let Some(row) = row else { return Ok(None) };
        let keywords = by_service(
            self,
            "SELECT service_id, keyword FROM service_keywords WHERE service_id = $1 ORDER BY position",
            Some(id),
        )
        .await?
        .remove(id)
        .unwrap_or_default();
        let events = by_service(
            self,
            "SELECT service_id, life_event FROM service_life_events WHERE service_id = $1 ORDER BY life_event",
            Some(id),
        )
        .await?
        .remove(id)
        .unwrap_or_default();
        let documents: Vec<(String, String)> =
            sqlx::query_as("SELECT name_hi, name_en FROM service_documents WHERE service_id = $1 ORDER BY position")
                .bind(id)
                .fetch_all(self.pool())
                .await
                .map_err(storage)?;
        let fee_rupees = row
            .fee_rupees
            .map(|fee| {
                u32::try_from(fee).map_err(|_| StoreError(format!("service {id} has fee {fee}")))
            })
            .transpose()?;
        Ok(Some(Service {
            time_limit: TimeLimit {
                days: days(&row.id, row.time_limit_days)?,
                working_days: row.working_days != 0,
                confirmed: row.time_limit_confirmed != 0,
            },
            channel: channel(&row.id, &row.channel)?,
            department: Department {
                id: row.department_id,
                name: BilingualText::new(row.department_name_hi, row.department_name_en),
            },
            name: BilingualText::new(row.name_hi, row.name_en),
            officers: Officers {
                designated: officer(row.designated_officer_hi, row.designated_officer_en),
                first_appeal: officer(row.first_appeal_hi, row.first_appeal_en),
                second_appeal: officer(row.second_appeal_hi, row.second_appeal_en),
            },
            samadhan_ek_din: row.samadhan_ek_din != 0,
            keywords,
            // A Hindi page cites the source in Hindi; where no Hindi was written, in English.
            source: BilingualText::new(
                if row.source_hi.is_empty() {
                    row.source.clone()
                } else {
                    row.source_hi
                },
                row.source,
            ),
            life_events: life_events(events),
            guidance: Guidance {
                who_can_apply: BilingualText::new(row.who_can_apply_hi, row.who_can_apply_en),
                documents: documents
                    .into_iter()
                    .map(|(hi, en)| BilingualText::new(hi, en))
                    .collect(),
                fee: Fee {
                    rupees: fee_rupees,
                    confirmed: row.fee_confirmed != 0,
                },
            },
            id: row.id,
        }))
    }
}
