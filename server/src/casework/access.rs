//! Who may see an application: an officer's jurisdiction against the application's keys, by the
//! domain's one rule (`app::domain::officer::may_see`).

use super::CaseworkService;
use super::load::{AppRow, load_row};
use app::api::ApiError;
use app::api::case_types::OfficerProfile;
use app::domain::officer::{CaseKey, Jurisdiction, may_see};

/// The application if it exists and is within the officer's jurisdiction; "not found" otherwise
/// (the same answer either way, so nothing is learnt about other jurisdictions).
pub async fn visible(
    casework: &CaseworkService,
    officer: &OfficerProfile,
    number: &str,
) -> Result<AppRow, ApiError> {
    match load_row(&casework.apply.db, number).await? {
        Some(row) if may_see(&jurisdiction(officer), &case_key(&row)) => Ok(row),
        _ => Err(ApiError::NotFound),
    }
}

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
