//! `/services`: every service, grouped by department, narrowed by the query in the address.

use crate::api::catalogue::list_services;
use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::components::search_form::SearchForm;
use crate::components::service_list::ServiceList;
use crate::components::status::{Loading, Unavailable};
use crate::domain::catalogue::filter_groups;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The list of all services.
#[component]
pub fn ServicesPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || t_string!(i18n, catalogue.list.title).to_string());
    let query_map = use_query_map();
    let query = Signal::derive(move || query_map.read().get("q").unwrap_or_default());
    let services = LocalResource::new(list_services);
    let retry = Callback::new(move |_| services.refetch());
    view! {
        <PageHeading>{tr!(i18n, catalogue.list.title)}</PageHeading>
        <p class="app-lead">{tr!(i18n, catalogue.list.intro)}</p>
        <SearchForm value=query />
        <Transition fallback=Loading>
            {move || services.get().map(|result| match result {
                Ok(groups) => {
                    let shown = filter_groups(&groups, &query.get());
                    let count: usize = shown.iter().map(|g| g.services.len()).sum();
                    view! {
                        <p class="app-count" role="status">{tr!(i18n, catalogue.list.count, count)}</p>
                        <ServiceList groups=shown />
                    }.into_any()
                }
                Err(_) => view! { <Unavailable retry /> }.into_any(),
            })}
        </Transition>
    }
}
