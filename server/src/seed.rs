//! Loads the catalogue (departments, services, districts) into an empty database on first start.
//!
//! The sample in `data/catalogue/` is built into the binary, so the portal runs from any folder;
//! a deployment may load the official list in the same shape with `CATALOGUE_FILE`.

use crate::db::Database;
use app::domain::catalogue::{Channel, is_service_id};
use serde::Deserialize;

/// The sample catalogue of notified services.
pub const SAMPLE_SERVICES: &str = include_str!("../data/catalogue/services.toml");
/// The state's 55 districts, as tab-separated `id`, `name_hi`, `name_en`.
pub const SAMPLE_DISTRICTS: &str = include_str!("../data/catalogue/districts.tsv");

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
    districts: Vec<(String, String, String)>,
}

impl Catalogue {
    /// Parses and checks a catalogue: every service names a known department and a known
    /// channel, ids are unique slugs, and every district line has three fields.
    pub fn parse(services_toml: &str, districts_tsv: &str) -> Result<Catalogue, SeedError> {
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
        Ok(Catalogue {
            departments,
            services: file.service,
            districts,
        })
    }

    /// The sample catalogue shipped with the portal.
    pub fn sample() -> Result<Catalogue, SeedError> {
        Catalogue::parse(SAMPLE_SERVICES, SAMPLE_DISTRICTS)
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

/// Stores the catalogue in one transaction if the database has none yet. Returns whether it did.
pub async fn seed_if_empty(db: &Database, catalogue: &Catalogue) -> Result<bool, SeedError> {
    let mut tx = db.begin_write().await?;
    let (existing,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM departments")
        .fetch_one(&mut *tx)
        .await?;
    if existing > 0 {
        tx.rollback().await?;
        return Ok(false);
    }
    for (position, (id, names)) in catalogue.departments.iter().enumerate() {
        sqlx::query(
            "INSERT INTO departments (id, position, name_hi, name_en) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(&names.hi)
        .bind(&names.en)
        .execute(&mut *tx)
        .await?;
    }
    for (position, (id, hi, en)) in catalogue.districts.iter().enumerate() {
        sqlx::query(
            "INSERT INTO districts (id, position, name_hi, name_en) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(hi)
        .bind(en)
        .execute(&mut *tx)
        .await?;
    }
    for (position, s) in catalogue.services.iter().enumerate() {
        let (d_hi, d_en) = split(&s.designated_officer);
        let (f_hi, f_en) = split(&s.first_appeal);
        let (s_hi, s_en) = split(&s.second_appeal);
        sqlx::query(
            "INSERT INTO services (id, position, department_id, name_hi, name_en, time_limit_days, \
             working_days, time_limit_confirmed, designated_officer_hi, designated_officer_en, \
             first_appeal_hi, first_appeal_en, second_appeal_hi, second_appeal_en, samadhan_ek_din, \
             channel, source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
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
        .execute(&mut *tx)
        .await?;
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
    }
    tx.commit().await?;
    Ok(true)
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
        let error = Catalogue::parse(&toml, SAMPLE_DISTRICTS).unwrap_err();
        assert!(error.to_string().contains("nowhere"), "{error}");
    }

    #[test]
    fn a_short_district_line_is_refused() {
        let error =
            Catalogue::parse(SAMPLE_SERVICES, "id\tname_hi\tname_en\nbhopal\tभोपाल\n").unwrap_err();
        assert!(error.to_string().contains("line 2"), "{error}");
    }
}
