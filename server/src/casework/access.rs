//! Who may see an application: an officer's jurisdiction against the application's keys, by the
//! domain's one rule (`app::domain::officer::may_see`).

use super::load::AppRow;
use app::api::case_types::OfficerProfile;
use app::domain::officer::{CaseKey, Jurisdiction};

/// An officer's jurisdiction, for the domain's rule.
pub fn jurisdiction(officer: &OfficerProfile) -> Jurisdiction {
    Jurisdiction {
        role: officer.role,
        district: officer.district.clone(),
        services: officer.services.clone(),
        centre: officer.centre.clone(),
    }
}

/// What decides who may see an application.
pub fn case_key(row: &AppRow) -> CaseKey<'_> {
    CaseKey {
        service_id: &row.service_id,
        district_id: &row.district_id,
        centre_id: row.centre_id.as_deref(),
        appeal_level: row.appeal_level.clamp(0, 2) as u8,
    }
}
