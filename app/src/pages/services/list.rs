//! `/services`: every service, searched as the citizen types and narrowed by filters, all kept
//! in the address.

use crate::catalogue_state::{CatalogueState, use_catalogue};
use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::components::search_form::SearchForm;
use crate::components::status::{Loading, Unavailable};
use crate::domain::browse::{BrowseFilter, browse};
use crate::i18n::*;
use crate::pages::services::browse_filters::BrowseFilters;
use crate::pages::services::no_results::NoResults;
use crate::pages::services::service_results::ServiceResults;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

/// The list of all services, with search and filters.
#[component]
pub fn ServicesPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || t_string!(i18n, catalogue.list.title).to_string());
    let catalogue = use_catalogue();
    let query_map = use_query_map();
    let filter = Memo::new(move |_| BrowseFilter::from_params(|name| query_map.read().get(name)));
    let navigate = use_navigate();
    // Typing replaces the address, so Back never steps through letters; submitting makes the
    // search a step of its own: the entry typing replaced gets its address back, and the search
    // is added after it, so Back returns to what was shown before the citizen started typing.
    let before_typing: StoredValue<Option<String>> = StoredValue::new(None);
    let on_type = {
        let navigate = navigate.clone();
        Callback::new(move |text: String| {
            let current = filter.get_untracked();
            if before_typing.with_value(Option::is_none) {
                before_typing.set_value(Some(current.to_url()));
            }
            let next = BrowseFilter {
                query: text,
                ..current
            };
            navigate(
                &next.to_url(),
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        })
    };
    let on_submit = Callback::new(move |()| {
        if let Some(before) = before_typing.with_value(Clone::clone) {
            before_typing.set_value(None);
            navigate(
                &before,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    });
    // A filter change is a step of its own: the next keystroke starts a new entry.
    Effect::new(move |previous: Option<BrowseFilter>| {
        let filters_only = BrowseFilter {
            query: String::new(),
            ..filter.get()
        };
        if previous.is_some_and(|previous| previous != filters_only) {
            before_typing.set_value(None);
        }
        filters_only
    });
    // Computed once per change of catalogue or filter; the count and the list both read it.
    let found = Memo::new(move |_| match catalogue.state.get() {
        CatalogueState::Ready(loaded) => Some(browse(&loaded.index, &loaded.search, &filter.get())),
        _ => None,
    });
    let count_text = move || match found.with(|found| found.as_ref().map(Vec::len)) {
        Some(0) => t_string!(i18n, catalogue.search.none).to_string(),
        Some(1) => t_string!(i18n, catalogue.search.found_one).to_string(),
        Some(count) => t_string!(i18n, catalogue.search.found_many, count).to_string(),
        None => String::new(),
    };
    view! {
        <PageHeading>{tr!(i18n, catalogue.list.title)}</PageHeading>
        <p class="app-lead">{tr!(i18n, catalogue.list.intro)}</p>
        <SearchForm
            value=Signal::derive(move || filter.read().query.clone())
            on_type
            filter
            on_submit
        />
        // Always in the page, so screen readers announce each new count as the citizen types.
        <p class="app-count" role="status" aria-live="polite">
            {count_text}
        </p>
        {move || match catalogue.state.get() {
            CatalogueState::Idle | CatalogueState::Loading => view! { <Loading /> }.into_any(),
            CatalogueState::Failed => {
                view! { <Unavailable retry=Callback::new(move |_| catalogue.ensure_loaded()) /> }
                    .into_any()
            }
            CatalogueState::Ready(loaded) => {
                let departments = loaded.index.departments.clone();
                view! {
                    <div class="app-browse">
                        <BrowseFilters filter departments />
                        <div class="app-browse__results">
                            {move || {
                                let results = found.get().unwrap_or_default();
                                if results.is_empty() {
                                    view! { <NoResults /> }.into_any()
                                } else {
                                    let grouped = filter.read().query.is_empty();
                                    view! {
                                        <ServiceResults catalogue=loaded.clone() results grouped />
                                    }
                                        .into_any()
                                }
                            }}
                        </div>
                    </div>
                }
                    .into_any()
            }
        }}
    }
}
