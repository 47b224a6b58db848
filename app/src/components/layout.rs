//! The frame around every page: skip link, header, main content and footer.

use crate::components::app_ready::is_live;
use crate::components::page_heading::provide_heading_focus;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::i18n::*;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::hooks::use_location;

/// Wraps the routed page. After every navigation to another page, once the app is live, the new
/// page's heading takes focus (see [`crate::components::page_heading::HeadingFocus`]).
#[component]
pub fn Layout(
    /// The routed page.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let focus = provide_heading_focus();
    // Not for a redirect while the app is still drawing itself out of sight (the wizard's
    // address becomes its first step's): the reader may be typing into the server's copy of the
    // page, and keeps the field they are in.
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|previous| previous != path) && is_live() {
            focus.0.set(true);
        }
        path
    });
    view! {
        <a class="app-skip-link" href="#main" on:click=skip_to_main>
            {tr!(i18n, common.skip_link)}
        </a>
        <SiteHeader />
        <main class="app-main" id="main" tabindex="-1">
            {children()}
        </main>
        <SiteFooter />
        <crate::components::kiosk_watch::KioskMode />
    }
}

/// Moves focus to the main content. The router would otherwise treat `#main` as a navigation
/// and leave focus on the link.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<leptos::web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
