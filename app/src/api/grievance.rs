//! CM Helpline grievances: the categories to choose from, and filing one with the mobile this
//! session verified by a one-time code. A centre operator signed in to the session files for
//! the citizen, and the grievance records who filed it.

use crate::api::ApiError;
use crate::api::grievance_types::{CategoryList, Filed, GrievanceFiling, GrievanceView};
#[cfg(feature = "ssr")]
use crate::api::{caller, store};
use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

/// Every category, in order (public).
#[server(prefix = "/api", endpoint = "grievance/categories", input = GetUrl)]
pub async fn grievance_categories() -> Result<CategoryList, ApiError> {
    store::grievances()?.categories().await
}

/// Files a grievance for the mobile this session verified.
#[server(prefix = "/api", endpoint = "grievance/file", input = Json)]
pub async fn file_grievance(filing: GrievanceFiling) -> Result<Filed, ApiError> {
    let mobile = caller::verified_mobile().await?;
    let operator = caller::officer_if_any()
        .await?
        .filter(|officer| officer.role == crate::domain::officer::Role::CentreOperator);
    let filed_by = operator.map_or_else(|| "citizen".to_string(), |o| o.login);
    store::grievances()?.file(&mobile, &filed_by, filing).await
}

/// Where the grievance with this number stands, its every step and the post that has it, if
/// `mobile` is the one it was filed with; no sign-in.
#[server(prefix = "/api", endpoint = "grievance/track")]
pub async fn track_grievance(number: String, mobile: String) -> Result<GrievanceView, ApiError> {
    let request = caller::request()?;
    store::grievances()?
        .track(&number, &mobile, &request.ip)
        .await
}
