//! The browser entry point. The server sent the page's own HTML (`first_html.rs`), so the live
//! app is drawn out of sight first and takes the page's place only once its page is on screen
//! (its heading has appeared, or it says why it cannot): until then the reader keeps reading the
//! server's copy, and nothing moves. What the reader typed into the server's copy meanwhile is
//! carried over.

use app::components::app_ready::AppReady;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};

/// How long the server's copy may stay when the live page never says it is ready (a page that
/// fails before its heading): then the live app is shown as it is.
const READY_AT_THE_LATEST: Duration = Duration::from_secs(8);

fn main() {
    console_error_panic_hook::set_once();
    let document = document();
    let Some(first) = document
        .get_element_by_id("app")
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let Ok(live) = document
        .create_element("div")
        .map(|element| element.unchecked_into::<HtmlElement>())
    else {
        return;
    };
    live.set_class_name(&first.class_name());
    live.set_hidden(true);
    let _ = first.after_with_node_1(&live);

    let ready = AppReady::new();
    let swap = {
        let live = live.clone();
        move || take_over(&first, &live)
    };
    let swap = std::rc::Rc::new(std::cell::Cell::new(Some(swap)));
    let once = {
        let swap = swap.clone();
        move || {
            if let Some(swap) = swap.take() {
                swap();
                ready.live.set(true);
            }
        }
    };
    let on_ready = once.clone();
    set_timeout(once, READY_AT_THE_LATEST);
    // Drawn in a task of its own, after the one that started the wasm: a slow phone's main thread
    // is never held for both at once, so a tap on the server's copy is answered in between.
    set_timeout(
        move || {
            leptos::mount::mount_to(live, move || {
                provide_context(ready);
                Effect::new(move |_| {
                    if ready.page_shown.get() {
                        on_ready();
                    }
                });
                app::root::Root()
            })
            .forget();
        },
        Duration::ZERO,
    );
}

/// Puts the live app where the server's copy was, with what the reader typed there.
fn take_over(first: &HtmlElement, live: &HtmlElement) {
    if let Ok(fields) = first.query_selector_all("input[id], textarea[id]") {
        for index in 0..fields.length() {
            let Some(field) = fields
                .item(index)
                .and_then(|node| node.dyn_into::<HtmlInputElement>().ok())
            else {
                continue;
            };
            let value = field.value();
            if value.is_empty() {
                continue;
            }
            let selector = format!("#{}", field.id());
            if let Ok(Some(target)) = live.query_selector(&selector)
                && let Ok(target) = target.dyn_into::<HtmlInputElement>()
                && target.value().is_empty()
            {
                target.set_value(&value);
                if let Ok(event) = web_sys::Event::new("input") {
                    let _ = target.dispatch_event(&event);
                }
            }
        }
    }
    let focused_id = document()
        .active_element()
        .filter(|element| first.contains(Some(element)))
        .map(|element| element.id())
        .filter(|id| !id.is_empty());
    first.remove();
    live.set_id("app");
    live.set_hidden(false);
    if let Some(id) = focused_id
        && let Some(element) = document().get_element_by_id(&id)
        && let Ok(element) = element.dyn_into::<HtmlElement>()
    {
        let _ = element.focus();
    }
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "live");
    }
}
