//! The frame around every page: skip link, header, main content and footer.

use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::i18n::*;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::hooks::use_location;

/// Wraps the routed page. After every navigation, focus moves to the new page's heading so that
/// keyboard and screen-reader users start at the top of the new content, as on a full page load.
#[component]
pub fn Layout(
    /// The routed page.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|previous| previous != path) {
            request_animation_frame(focus_page_heading);
        }
        path
    });
    view! {
        <a class="app-skip-link" href="#main">{tr!(i18n, common.skip_link)}</a>
        <SiteHeader />
        <main class="app-main" id="main" tabindex="-1">
            {children()}
        </main>
        <SiteFooter />
    }
}

/// Focuses the page's `<h1>`, or the main region while the heading has not yet arrived.
fn focus_page_heading() {
    let target = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .or_else(|| document().get_element_by_id("main"));
    if let Some(element) = target.and_then(|e| e.dyn_into::<leptos::web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
