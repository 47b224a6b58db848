//! The catalogue, read from the database for the app's server functions.

use crate::db::Database;
use app::api::store::{CatalogueStore, StoreError};
use app::domain::catalogue::{
    Channel, Department, DepartmentServices, Officers, Service, ServiceSummary, TimeLimit,
    group_by_department,
};
use app::domain::language::BilingualText;
use std::collections::HashMap;

#[derive(sqlx::FromRow)]
struct DepartmentRow {
    id: String,
    name_hi: String,
    name_en: String,
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
}

const SERVICE_COLUMNS: &str = "s.id, s.department_id, d.name_hi AS department_name_hi, \
     d.name_en AS department_name_en, s.name_hi, s.name_en, s.time_limit_days, s.working_days, \
     s.time_limit_confirmed, s.designated_officer_hi, s.designated_officer_en, s.first_appeal_hi, \
     s.first_appeal_en, s.second_appeal_hi, s.second_appeal_en, s.samadhan_ek_din, s.channel, s.source \
     FROM services s JOIN departments d ON d.id = s.department_id";

fn officer(hi: Option<String>, en: Option<String>) -> Option<BilingualText> {
    match (hi, en) {
        (Some(hi), Some(en)) => Some(BilingualText::new(hi, en)),
        _ => None,
    }
}

impl ServiceRow {
    fn into_service(self, keywords: Vec<String>) -> Result<Service, StoreError> {
        let channel = Channel::parse(&self.channel).ok_or_else(|| {
            StoreError(format!(
                "service {} has channel {:?}",
                self.id, self.channel
            ))
        })?;
        let days = u32::try_from(self.time_limit_days)
            .map_err(|_| StoreError(format!("service {} has a negative time limit", self.id)))?;
        Ok(Service {
            department: Department {
                id: self.department_id,
                name: BilingualText::new(self.department_name_hi, self.department_name_en),
            },
            name: BilingualText::new(self.name_hi, self.name_en),
            time_limit: TimeLimit {
                days,
                working_days: self.working_days != 0,
                confirmed: self.time_limit_confirmed != 0,
            },
            officers: Officers {
                designated: officer(self.designated_officer_hi, self.designated_officer_en),
                first_appeal: officer(self.first_appeal_hi, self.first_appeal_en),
                second_appeal: officer(self.second_appeal_hi, self.second_appeal_en),
            },
            samadhan_ek_din: self.samadhan_ek_din != 0,
            channel,
            keywords,
            source: self.source,
            id: self.id,
        })
    }
}

fn storage(error: sqlx::Error) -> StoreError {
    StoreError(error.to_string())
}

impl Database {
    async fn keywords(
        &self,
        service_id: Option<&str>,
    ) -> Result<HashMap<String, Vec<String>>, sqlx::Error> {
        let rows: Vec<(String, String)> = match service_id {
            Some(id) => {
                sqlx::query_as("SELECT service_id, keyword FROM service_keywords WHERE service_id = $1 ORDER BY position")
                    .bind(id)
                    .fetch_all(self.pool())
                    .await?
            }
            None => {
                sqlx::query_as("SELECT service_id, keyword FROM service_keywords ORDER BY service_id, position")
                    .fetch_all(self.pool())
                    .await?
            }
        };
        let mut keywords: HashMap<String, Vec<String>> = HashMap::new();
        for (service_id, keyword) in rows {
            keywords.entry(service_id).or_default().push(keyword);
        }
        Ok(keywords)
    }
}

#[async_trait::async_trait]
impl CatalogueStore for Database {
    async fn departments_with_services(&self) -> Result<Vec<DepartmentServices>, StoreError> {
        let departments: Vec<DepartmentRow> =
            sqlx::query_as("SELECT id, name_hi, name_en FROM departments ORDER BY position")
                .fetch_all(self.pool())
                .await
                .map_err(storage)?;
        let rows: Vec<ServiceRow> =
            sqlx::query_as(&format!("SELECT {SERVICE_COLUMNS} ORDER BY s.position"))
                .fetch_all(self.pool())
                .await
                .map_err(storage)?;
        let mut keywords = self.keywords(None).await.map_err(storage)?;
        let mut services = Vec::with_capacity(rows.len());
        for row in rows {
            let words = keywords.remove(&row.id).unwrap_or_default();
            let service = row.into_service(words)?;
            services.push((
                service.department.id.clone(),
                ServiceSummary {
                    id: service.id,
                    name: service.name,
                    time_limit: service.time_limit,
                    samadhan_ek_din: service.samadhan_ek_din,
                    channel: service.channel,
                    keywords: service.keywords,
                },
            ));
        }
        let departments = departments
            .into_iter()
            .map(|d| Department {
                id: d.id,
                name: BilingualText::new(d.name_hi, d.name_en),
            })
            .collect();
        Ok(group_by_department(departments, services))
    }

    async fn service(&self, id: &str) -> Result<Option<Service>, StoreError> {
        let row: Option<ServiceRow> =
            sqlx::query_as(&format!("SELECT {SERVICE_COLUMNS} WHERE s.id = $1"))
                .bind(id)
                .fetch_optional(self.pool())
                .await
                .map_err(storage)?;
        let Some(row) = row else { return Ok(None) };
        let keywords = self
            .keywords(Some(id))
            .await
            .map_err(storage)?
            .remove(id)
            .unwrap_or_default();
        row.into_service(keywords).map(Some)
    }
}
