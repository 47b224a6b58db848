//! `/services/{id}`: one service.

use crate::api::catalogue::get_service;
use crate::components::page_title::use_page_title;
use crate::components::status::Loaded;
use crate::pages::not_found::{Missing, NotFoundPage};
use crate::pages::services::service_details::ServiceDetails;
use crate::preferences::use_language;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// One service's page, or the not-found page when no service has this id.
#[component]
pub fn ServicePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    // The server's first HTML: the service it read, drawn at once.
    #[cfg(feature = "ssr")]
    if let Some(service) =
        crate::first_html::first_service(&params.read_untracked().get("id").unwrap_or_default())
    {
        return view! {
            <ServiceTitle name=service.name.clone() />
            <ServiceDetails service />
        }
        .into_any();
    }
    let service = LocalResource::new(move || get_service(id()));
    // The next step from a service page is applying: fetch the wizard's chunk when idle, once
    // the page is live (idle time while the service itself loads is not the reader's: the
    // wizard would compete with the page being read).
    Effect::new(move |asked: Option<bool>| {
        if asked == Some(true) || !crate::components::app_ready::is_live() {
            return asked.unwrap_or(false);
        }
        request_idle_callback(|| {
            leptos::task::spawn_local(async {
                let _ = crate::pages::apply::preload_apply().await;
            })
        });
        true
    });
    view! {
        <Loaded
            data=service
            show=move |result| match result {
                Ok(Some(service)) => {
                    Some({
                        view! {
                            <ServiceTitle name=service.name.clone() />
                            <ServiceDetails service />
                        }
                            .into_any()
                    })
                }
                Ok(None) => Some(view! { <NotFoundPage missing=Missing::Service /> }.into_any()),
                Err(_) => None,
            }
        />
    }
    .into_any()
}

/// Sets the document title to the service's name in the reader's language.
#[component]
fn ServiceTitle(name: crate::domain::language::BilingualText) -> impl IntoView {
    let language = use_language();
    use_page_title(move || name.get(language.get()).to_string());
}
