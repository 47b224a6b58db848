//! The whole catalogue, loaded once per visit and shared by every page that lists or searches
//! services, with its search index built once.

use crate::api::catalogue::load_catalogue;
use crate::domain::browse::CatalogueIndex;
use crate::domain::search::SearchIndex;
use leptos::prelude::*;
use std::sync::Arc;

/// The loaded catalogue and its search index.
pub struct LoadedCatalogue {
    /// Departments and services.
    pub index: CatalogueIndex,
    /// The search over the services.
    pub search: SearchIndex,
}

/// Where the catalogue load stands.
#[derive(Clone)]
pub enum CatalogueState {
    /// Not asked for yet.
    Idle,
    /// On its way.
    Loading,
    /// Could not be loaded; the page offers to try again.
    Failed,
    /// Ready to browse and search.
    Ready(Arc<LoadedCatalogue>),
}

/// The shared catalogue: its state, and a way to load it (again).
#[derive(Clone, Copy)]
pub struct CatalogueContext {
    /// Where the load stands.
    pub state: RwSignal<CatalogueState>,
}

impl CatalogueContext {
    /// Starts loading, unless already loaded or loading; after a failure, tries again.
    pub fn ensure_loaded(self) {
        if matches!(
            self.state.get_untracked(),
            CatalogueState::Ready(_) | CatalogueState::Loading
        ) {
            return;
        }
        self.state.set(CatalogueState::Loading);
        leptos::task::spawn_local(async move {
            let next = match load_catalogue().await {
                Ok(index) => {
                    let search = index.search_index();
                    CatalogueState::Ready(Arc::new(LoadedCatalogue { index, search }))
                }
                Err(_) => CatalogueState::Failed,
            };
            self.state.set(next);
        });
    }
}

/// Provides the shared catalogue; nothing is fetched until a page asks for it. Where one is
/// provided already (the server's first HTML, with the catalogue it read), that one stays.
pub fn provide_catalogue() {
    if use_context::<CatalogueContext>().is_some() {
        return;
    }
    provide_context(CatalogueContext {
        state: RwSignal::new(CatalogueState::Idle),
    });
}

/// The shared catalogue, loading it if no page has yet.
pub fn use_catalogue() -> CatalogueContext {
    let context = expect_context::<CatalogueContext>();
    context.ensure_loaded();
    context
}
