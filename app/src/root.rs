//! The app's root: language and display choices, the router and the page routes.

use crate::catalogue_state::provide_catalogue;
use crate::components::layout::Layout;
use crate::components::lazy_view::{ChunkView, LazyView};
use crate::i18n::Locale;
use crate::pages::home::HomePage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::{apply, info, officer, services, track};
use crate::preferences::{locale_of, provide_display_preferences, stored_language};
use leptos::prelude::*;
use leptos_i18n::context::init_i18n_subcontext;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole app in the browser. The language starts as the reader last chose it, or Hindi: the
/// browser's own language is deliberately not consulted (see [`stored_language`]).
#[component]
pub fn Root() -> impl IntoView {
    view! { <App locale=locale_of(stored_language()) /> }
}

/// A page from its feature's chunk: `lazy!(services::services_view)`.
macro_rules! lazy {
    ($view:path) => {
        || {
            let load = || -> ChunkView { Box::pin($view()) };
            view! { <LazyView load /> }
        }
    };
}

/// The app in `locale`: the browser's [`Root`], and the server's first HTML of a page
/// (`first_html.rs`), which provides the catalogue it read before.
///
/// Home and the not-found page are in the first download; every other page comes in its
/// feature's chunk (`pages/*.rs` lists them).
#[component]
pub fn App(
    /// The language to start in.
    locale: Locale,
) -> impl IntoView {
    let i18n = init_i18n_subcontext::<Locale>(Some(Signal::stored(locale)));
    provide_context(i18n);
    provide_display_preferences();
    provide_catalogue();
    view! {
        <Router>
            <Layout>
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/services") view=lazy!(services::services_view) />
                    <Route path=path!("/services/:id") view=lazy!(services::service_view) />
                    <Route
                        path=path!("/services/:id/apply/:step?")
                        view=lazy!(apply::wizard_view)
                    />
                    <Route path=path!("/receipt/:number") view=lazy!(apply::receipt_view) />
                    <Route path=path!("/resume") view=lazy!(apply::resume_view) />
                    <Route path=path!("/track") view=lazy!(track::tracking_view) />
                    <Route path=path!("/my-applications") view=lazy!(track::my_applications_view) />
                    <Route path=path!("/certificate/:number") view=lazy!(track::certificate_view) />
                    <Route path=path!("/verify/:code?") view=lazy!(track::verify_view) />
                    <Route path=path!("/officer") view=lazy!(officer::inbox_view) />
                    <Route path=path!("/officer/sign-in") view=lazy!(officer::sign_in_view) />
                    <Route
                        path=path!("/officer/applications/:number")
                        view=lazy!(officer::case_view)
                    />
                    <Route path=path!("/accessibility") view=lazy!(info::accessibility_view) />
                    <Route path=path!("/screen-reader") view=lazy!(info::screen_reader_view) />
                    <Route path=path!("/help") view=lazy!(info::help_view) />
                    <Route path=path!("/terms") view=lazy!(info::terms_view) />
                    <Route path=path!("/privacy") view=lazy!(info::privacy_view) />
                    <Route path=path!("/sitemap") view=lazy!(info::sitemap_view) />
                    <Route path=path!("/statuses") view=lazy!(info::statuses_view) />
                </Routes>
            </Layout>
        </Router>
    }
}
