//! The storage the server functions need, as traits. The server implements them over its
//! database and hands them in as context; the app never builds SQL.

use crate::api::ApiError;
use crate::domain::browse::CatalogueIndex;
use crate::domain::catalogue::Service;
use std::sync::Arc;

/// A storage failure. Its text is for the server's log only.
#[derive(Debug, thiserror::Error)]
#[error("storage failed: {0}")]
pub struct StoreError(pub String);

/// Reads the catalogue of notified services.
#[async_trait::async_trait]
pub trait CatalogueStore: Send + Sync {
    /// The whole catalogue for browsing and search, in catalogue order.
    async fn catalogue_index(&self) -> Result<CatalogueIndex, StoreError>;
    /// One service by id, or `None` when there is no such service.
    async fn service(&self, id: &str) -> Result<Option<Service>, StoreError>;
}

/// The catalogue store the server provided for this request.
pub fn catalogue() -> Result<Arc<dyn CatalogueStore>, ApiError> {
    leptos::prelude::use_context::<Arc<dyn CatalogueStore>>().ok_or_else(|| {
        tracing::error!("no catalogue store in the server function's context");
        ApiError::Unavailable
    })
}

/// Logs a storage failure and turns it into what the client may see.
pub fn unavailable(error: StoreError) -> ApiError {
    tracing::error!(%error, "storage failed");
    ApiError::Unavailable
}
