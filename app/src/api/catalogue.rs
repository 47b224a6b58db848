//! The catalogue of services, read-only.

use crate::api::ApiError;
#[cfg(feature = "ssr")]
use crate::api::store;
use crate::domain::browse::CatalogueIndex;
use crate::domain::catalogue::Service;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The whole catalogue for browsing and for search in the browser, as one compact payload. A
/// GET, so browsers may cache it (the server marks catalogue answers cacheable).
#[server(prefix = "/api", endpoint = "catalogue/index", input = GetUrl)]
pub async fn load_catalogue() -> Result<CatalogueIndex, ApiError> {
    let store = store::catalogue()?;
    store.catalogue_index().await.map_err(store::unavailable)
}

/// One service by id, with its guidance; `None` when no service has that id.
#[server(prefix = "/api", endpoint = "catalogue/service", input = GetUrl)]
pub async fn get_service(id: String) -> Result<Option<Service>, ApiError> {
    if !crate::domain::catalogue::is_service_id(&id) {
        return Ok(None);
    }
    let store = store::catalogue()?;
    store.service(&id).await.map_err(store::unavailable)
}
