//! The catalogue of services, read-only.

use crate::api::ApiError;
use crate::domain::catalogue::{DepartmentServices, Service};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Every service, grouped by department. A GET, so browsers and proxies may cache it.
#[server(prefix = "/api", endpoint = "catalogue/services", input = GetUrl)]
pub async fn list_services() -> Result<Vec<DepartmentServices>, ApiError> {
    let store = crate::api::store::catalogue()?;
    store
        .departments_with_services()
        .await
        .map_err(crate::api::store::unavailable)
}

/// One service by id; `None` when no service has that id.
#[server(prefix = "/api", endpoint = "catalogue/service", input = GetUrl)]
pub async fn get_service(id: String) -> Result<Option<Service>, ApiError> {
    if !crate::domain::catalogue::is_service_id(&id) {
        return Ok(None);
    }
    let store = crate::api::store::catalogue()?;
    store
        .service(&id)
        .await
        .map_err(crate::api::store::unavailable)
}
