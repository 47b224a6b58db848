//! Loads the catalogue (departments, services and their guidance, districts) into the database at
//! every start: on the first start this fills the empty database, and later it brings the
//! database in step with the files. Services are added or updated, never deleted (applications
//! will refer to them).
//!
//! The sample in `data/catalogue/` is built into the binary, so the portal runs from any folder;
//! a deployment may load the official list in the same shape with `CATALOGUE_DIR`.

use crate::db::Database;
use app::domain::catalogue::{Channel, is_service_id};
use app::domain::life_event::LifeEvent;
use serde::Deserialize;
use std::collections::HashMap;

/// The sample catalogue of notified services.
pub const SAMPLE_SERVICES: &str = include_str!("../data/catalogue/services.toml");
/// The state's 55 districts, as tab-separated `id`, `name_hi`, `name_en`.
pub const SAMPLE_DISTRICTS: &str = include_str!("../data/catalogue/districts.tsv");
/// What a citizen must know before applying, per service, added by the portal team.
pub const SAMPLE_GUIDANCE: &str = include_str!("../data/catalogue/service-guidance.toml");

/// A catalogue that cannot be loaded, and why.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    /// The file is not in the catalogue's shape.
    #[error("the catalogue is not valid: {0}")]
    Invalid(String),
    /// The database refused it.
    #[error("the catalogue could not be stored: {0}")]
    Database(#[from] sqlx::Error),
}

#[derive(Debug, Deserialize)]
struct Names {
    hi: String,
    en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ServiceEntry {
    id: String,
    name_hi: String,
    name_en: String,
    department: String,
    time_limit_days: u32,
    working_days: bool,
    time_limit_confirmed: bool,
    designated_officer: Option<Names>,
    first_appeal: Option<Names>,
    second_appeal: Option<Names>,
    samadhan_ek_din: bool,
    channel: String,
    #[serde(default)]
    keywords: Vec<String>,
    source: String,
    #[serde(default)]
    source_hi: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GuidanceEntry {
    life_events: Vec<String>,
    who_can_apply: Names,
    documents: Vec<Names>,
    fee_rupees: Option<u32>,
    fee_confirmed: bool,
}

#[derive(Debug, Deserialize)]
struct CatalogueFile {
    departments: toml::Table,
    service: Vec<ServiceEntry>,
}

/// A parsed, checked catalogue, ready to store.
#[derive(Debug)]
pub struct Catalogue {
    departments: Vec<(String, Names)>,
    services: Vec<ServiceEntry>,
    guidance: HashMap<String, GuidanceEntry>,
    districts: Vec<(String, String, String)>,
}

impl Catalogue {
    /// Parses and checks a catalogue: every service names a known department and a known
    /// channel, has guidance with known life events, ids are unique slugs, and every district
    /// line has three fields.
    pub fn parse(
        services_toml: &str,
        guidance_toml: &str,
        districts_tsv: &str,
    ) -> Result<Catalogue, SeedError> {
        let guidance: HashMap<String, GuidanceEntry> = toml::from_str(guidance_toml)
            .map_err(|e| SeedError::Invalid(format!("guidance: {e}")))?;
        let file: CatalogueFile =
            toml::from_str(services_toml).map_err(|e| SeedError::Invalid(e.to_string()))?;
        let mut departments = Vec::new();
        for (id, names) in file.departments {
            let names: Names = names
                .try_into()
                .map_err(|e| SeedError::Invalid(format!("department {id}: {e}")))?;
            departments.push((id, names));
        }
        let mut seen = std::collections::HashSet::new();
        for service in &file.service {
            if !is_service_id(&service.id) || !seen.insert(service.id.as_str()) {
                return Err(SeedError::Invalid(format!(
                    "service id {:?} is not a unique slug",
                    service.id
                )));
            }
            if !departments.iter().any(|(id, _)| *id == service.department) {
                return Err(SeedError::Invalid(format!(
                    "service {} names unknown department {}",
                    service.id, service.department
                )));
            }
            if Channel::parse(&service.channel).is_none() {
                return Err(SeedError::Invalid(format!(
                    "service {} has unknown channel {}",
                    service.id, service.channel
                )));
            }
            let Some(guide) = guidance.get(&service.id) else {
                return Err(SeedError::Invalid(format!(
                    "service {} has no guidance",
                    service.id
                )));
            };
            if guide.life_events.is_empty() {
                return Err(SeedError::Invalid(format!(
                    "service {} has no life event",
                    service.id
                )));
            }
            if let Some(unknown) = guide
                .life_events
                .iter()
                .find(|e| LifeEvent::from_key(e).is_none())
            {
                return Err(SeedError::Invalid(format!(
                    "service {} has unknown life event {unknown}",
                    service.id
                )));
            }
        }
        let mut districts = Vec::new();
        for (number, line) in districts_tsv.lines().enumerate().skip(1) {
            if line.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            match fields.as_slice() {
                [id, hi, en] if !id.is_empty() && !hi.is_empty() && !en.is_empty() => {
                    districts.push((id.to_string(), hi.to_string(), en.to_string()))
                }
                _ => {
                    return Err(SeedError::Invalid(format!(
                        "districts line {}: expected id, name_hi, name_en",
                        number + 1
                    )));
                }
            }
        }
        if let Some(orphan) = guidance
            .keys()
            .find(|id| !file.service.iter().any(|s| &s.id == *id))
        {
            return Err(SeedError::Invalid(format!(
                "guidance for unknown service {orphan}"
            )));
        }
        Ok(Catalogue {
            departments,
            services: file.service,
            guidance,
            districts,
        })
    }

    /// The sample catalogue shipped with the portal.
    pub fn sample() -> Result<Catalogue, SeedError> {
        Catalogue::parse(SAMPLE_SERVICES, SAMPLE_GUIDANCE, SAMPLE_DISTRICTS)
    }

    /// The state's districts, in order.
    pub fn districts(&self) -> Vec<app::domain::catalogue::District> {
        self.districts
            .iter()
            .map(|(id, hi, en)| app::domain::catalogue::District {
                id: id.clone(),
                name: app::domain::language::BilingualText::new(hi.as_str(), en.as_str()),
            })
            .collect()
    }

    /// How many departments, services and districts it holds.
    pub fn counts(&self) -> (usize, usize, usize) {
        (
            self.departments.len(),
            self.services.len(),
            self.districts.len(),
        )
    }
}

/// Brings the database in step with the catalogue, in one transaction. Returns whether the
/// database was empty before (its first start).
pub async fn sync_catalogue(db: &Database, catalogue: &Catalogue) -> Result<bool, SeedError> {
    let mut tx = db.begin_write().await?;
    let (existing,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM services")
        .fetch_one(&mut *tx)
        .await?;
    for (position, (id, names)) in catalogue.departments.iter().enumerate() {
        upsert_named(&mut tx, "departments", id, position, &names.hi, &names.en).await?;
    }
    for (position, (id, hi, en)) in catalogue.districts.iter().enumerate() {
        upsert_named(&mut tx, "districts", id, position, hi, en).await?;
    }
    for (position, s) in catalogue.services.iter().enumerate() {
        let guide = &catalogue.guidance[&s.id];
        let (d_hi, d_en) = split(&s.designated_officer);
        let (f_hi, f_en) = split(&s.first_appeal);
        let (s_hi, s_en) = split(&s.second_appeal);
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
        .bind(&s.id)
        .bind(position as i64)
        .bind(&s.department)
        .bind(&s.name_hi)
        .bind(&s.name_en)
        .bind(i64::from(s.time_limit_days))
        .bind(i64::from(s.working_days))
        .bind(i64::from(s.time_limit_confirmed))
        .bind(d_hi)
        .bind(d_en)
        .bind(f_hi)
        .bind(f_en)
        .bind(s_hi)
        .bind(s_en)
        .bind(i64::from(s.samadhan_ek_din))
        .bind(&s.channel)
        .bind(&s.source)
        .bind(&guide.who_can_apply.hi)
        .bind(&guide.who_can_apply.en)
        .bind(guide.fee_rupees.map(i64::from))
        .bind(i64::from(guide.fee_confirmed))
        .bind(&s.source_hi)
        .execute(&mut *tx)
        .await?;
        for table in [
            "service_keywords",
            "service_documents",
            "service_life_events",
        ] {
            sqlx::query(&format!("DELETE FROM {table} WHERE service_id = $1"))
                .bind(&s.id)
                .execute(&mut *tx)
                .await?;
        }
        for (keyword_position, keyword) in s.keywords.iter().enumerate() {
            sqlx::query(
                "INSERT INTO service_keywords (service_id, position, keyword) VALUES ($1, $2, $3)",
            )
            .bind(&s.id)
            .bind(keyword_position as i64)
            .bind(keyword)
            .execute(&mut *tx)
            .await?;
        }
        for (document_position, document) in guide.documents.iter().enumerate() {
            sqlx::query("INSERT INTO service_documents (service_id, position, name_hi, name_en) VALUES ($1, $2, $3, $4)")
                .bind(&s.id)
                .bind(document_position as i64)
                .bind(&document.hi)
                .bind(&document.en)
                .execute(&mut *tx)
                .await?;
        }
        for event in &guide.life_events {
            sqlx::query("INSERT INTO service_life_events (service_id, life_event) VALUES ($1, $2)")
                .bind(&s.id)
                .bind(event)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    Ok(existing == 0)
}

/// Adds or updates a row of a table of named things in catalogue order (departments, districts).
async fn upsert_named(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    table: &'static str,
    id: &str,
    position: usize,
    hi: &str,
    en: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(&format!(
        "INSERT INTO {table} (id, position, name_hi, name_en) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, name_hi = excluded.name_hi, \
         name_en = excluded.name_en"
    ))
    .bind(id)
    .bind(position as i64)
    .bind(hi)
    .bind(en)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

fn split(names: &Option<Names>) -> (Option<String>, Option<String>) {
    match names {
        Some(names) => (Some(names.hi.clone()), Some(names.en.clone())),
        None => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_has_36_services_16_departments_and_55_districts() {
        let catalogue = Catalogue::sample().expect("the sample parses");
        assert_eq!(catalogue.counts(), (16, 36, 55));
        assert_eq!(
            catalogue.departments[0].0, "gad",
            "departments keep the file's order"
        );
    }

    #[test]
    fn a_service_with_an_unknown_department_is_refused() {
        let toml = SAMPLE_SERVICES.replacen("department = \"gad\"", "department = \"nowhere\"", 1);
        let error = Catalogue::parse(&toml, SAMPLE_GUIDANCE, SAMPLE_DISTRICTS).unwrap_err();
        assert!(error.to_string().contains("nowhere"), "{error}");
    }

    #[test]
    fn a_service_without_guidance_or_with_an_unknown_life_event_is_refused() {
        let without = SAMPLE_GUIDANCE.replacen("[income-certificate]", "[no-such-service]", 1);
        let error = Catalogue::parse(SAMPLE_SERVICES, &without, SAMPLE_DISTRICTS).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("income-certificate has no guidance"),
            "{error}"
        );
        let unknown = SAMPLE_GUIDANCE.replacen("\"education\"", "\"weddings\"", 1);
        let error = Catalogue::parse(SAMPLE_SERVICES, &unknown, SAMPLE_DISTRICTS).unwrap_err();
        assert!(error.to_string().contains("weddings"), "{error}");
    }

    #[test]
    fn a_short_district_line_is_refused() {
        let error = Catalogue::parse(
            SAMPLE_SERVICES,
            SAMPLE_GUIDANCE,
            "id\tname_hi\tname_en\nbhopal\tभोपाल\n",
        )
        .unwrap_err();
        assert!(error.to_string().contains("line 2"), "{error}");
    }
}
