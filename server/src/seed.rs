//! Loads the catalogue (departments, services and their guidance, districts) into the database at
//! every start: on the first start this fills the empty database, and later it brings the
//! database in step with the files. Services are added or updated, never deleted (applications
//! will refer to them).
//!
//! The sample in `data/catalogue/` is built into the binary, so the portal runs from any folder;
//! a deployment may load the official list in the same shape with `CATALOGUE_DIR`.

use crate::db::Database;
use crate::db::catalogue_write::{self, NamedTable, ServiceWrite};
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
    Database(#[from] crate::error::ServerError),
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

    /// The catalogue the settings name: `CATALOGUE_DIR`'s files, or else the sample.
    pub fn configured(
        config: &crate::config::Config,
    ) -> Result<Catalogue, Box<dyn std::error::Error>> {
        Ok(match &config.catalogue_dir {
            Some(dir) => {
                let read = |name: &str| std::fs::read_to_string(dir.join(name));
                Catalogue::parse(
                    &read("services.toml")?,
                    &read("service-guidance.toml")?,
                    &read("districts.tsv")?,
                )?
            }
            None => Catalogue::sample()?,
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

    /// The departments' ids, in the file's order.
    pub fn department_ids(&self) -> Vec<String> {
        self.departments.iter().map(|(id, _)| id.clone()).collect()
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
    let existing = catalogue_write::count_services(&mut *tx).await?;
    for (position, (id, names)) in catalogue.departments.iter().enumerate() {
        let table = NamedTable::Departments;
        catalogue_write::upsert_named(&mut *tx, table, id, position, &names.hi, &names.en).await?;
    }
    for (position, (id, hi, en)) in catalogue.districts.iter().enumerate() {
        catalogue_write::upsert_named(&mut *tx, NamedTable::Districts, id, position, hi, en)
            .await?;
    }
    for (position, s) in catalogue.services.iter().enumerate() {
        let guide = &catalogue.guidance[&s.id];
        let service = ServiceWrite {
            id: &s.id,
            position,
            department_id: &s.department,
            name_hi: &s.name_hi,
            name_en: &s.name_en,
            time_limit_days: s.time_limit_days,
            working_days: s.working_days,
            time_limit_confirmed: s.time_limit_confirmed,
            designated_officer: split(&s.designated_officer),
            first_appeal: split(&s.first_appeal),
            second_appeal: split(&s.second_appeal),
            samadhan_ek_din: s.samadhan_ek_din,
            channel: &s.channel,
            source: &s.source,
            source_hi: &s.source_hi,
            who_can_apply_hi: &guide.who_can_apply.hi,
            who_can_apply_en: &guide.who_can_apply.en,
            fee_rupees: guide.fee_rupees,
            fee_confirmed: guide.fee_confirmed,
        };
        catalogue_write::upsert_service(&mut *tx, &service).await?;
        let documents: Vec<(&str, &str)> = guide
            .documents
            .iter()
            .map(|d| (d.hi.as_str(), d.en.as_str()))
            .collect();
        catalogue_write::replace_lists(&mut tx, &s.id, &s.keywords, &documents, &guide.life_events)
            .await?;
    }
    crate::db::commit(tx).await?;
    Ok(existing == 0)
}

fn split(names: &Option<Names>) -> (Option<&str>, Option<&str>) {
    match names {
        Some(names) => (Some(names.hi.as_str()), Some(names.en.as_str())),
        None => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_service_is_acknowledged_within_its_segment_limit() {
        use app::domain::language::Language;
        use app::domain::messages::{Sms, fits};
        let catalogue = Catalogue::sample().expect("the sample parses");
        let due_on = app::domain::date::Date::from_ymd(2026, 12, 15).expect("a date");
        for service in &catalogue.services {
            for (language, name) in [
                (Language::Hi, &service.name_hi),
                (Language::En, &service.name_en),
            ] {
                let sms = Sms::Received {
                    number: "MP26-4821-7735-2",
                    service: name,
                    due_on,
                };
                let text = sms.text(language);
                assert!(fits(&text, sms.segment_limit()), "{text}");
            }
        }
    }

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
