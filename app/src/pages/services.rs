//! Finding a service: the list of every service (searched and filtered) and one service's page,
//! with the components only they use.
//!
//! The functions below build the pages in this feature's wasm chunks (see
//! [`crate::components::lazy_view`]): a reader downloads it the first time they open one.

use crate::components::lazy_view::ChunkError;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;

pub mod apply_start;
pub mod browse_filters;
pub mod highlighted;
pub mod list;
pub mod no_results;
pub mod service;
pub mod service_badges;
pub mod service_details;
pub mod service_guidance;
pub mod service_results;

/// `/services`: every service, searched and filtered (with the search engine).
#[wasm_split(services, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_services))]
pub fn services_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <list::ServicesPage /> }.into_any())
}

// `/services/{id}`: one service. A chunk of its own: a shared link or a search engine lands
// here, and needs neither the list nor the search.
chunk_page!(service, service_view, view! { <service::ServicePage /> });
