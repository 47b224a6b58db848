//! The browser entry point: replaces the static shell in `index.html` with the live app.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    let Some(host) = document()
        .get_element_by_id("app")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // The static shell served before wasm ran is replaced, not duplicated.
    host.set_inner_html("");
    leptos::mount::mount_to(host, app::root::Root).forget();
}
