//! A page's one `<h1>`, and moving focus to it after a navigation.

use crate::components::app_ready::note_page_shown;
use leptos::html::H1;
use leptos::prelude::*;

/// Set by the layout when the reader navigates to another page; the next heading to appear takes
/// focus, so keyboard and screen-reader users start at the top of the new content, as on a full
/// page load, even when the page's heading arrives only with its data.
#[derive(Clone, Copy)]
pub struct HeadingFocus(pub RwSignal<bool>);

/// Provides the flag that [`PageHeading`] reads.
pub fn provide_heading_focus() -> HeadingFocus {
    let focus = HeadingFocus(RwSignal::new(false));
    provide_context(focus);
    focus
}

/// The page's main heading. It can take focus (but is not in the tab order).
#[component]
pub fn PageHeading(
    /// The heading text.
    children: Children,
) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    Effect::new(move |_| {
        if heading.get().is_some() {
            note_page_shown();
        }
    });
    if let Some(HeadingFocus(pending)) = use_context::<HeadingFocus>() {
        Effect::new(move |_| {
            // Both are tracked: the heading may be drawn before or after the navigation is noted.
            // The focus waits a frame and goes to the heading then on the page, so a heading that
            // is about to be replaced (a wizard step leaving) never takes it.
            if heading.get().is_some() && pending.get() {
                request_animation_frame(move || {
                    let current = document()
                        .query_selector("h1.app-page-heading")
                        .ok()
                        .flatten();
                    if let Some(element) = current
                        && pending.get_untracked()
                    {
                        pending.set(false);
                        let element: leptos::web_sys::HtmlElement =
                            wasm_bindgen::JsCast::unchecked_into(element);
                        let _ = element.focus();
                    }
                });
            }
        });
    }
    view! {
        <h1 class="app-page-heading" tabindex="-1" node_ref=heading>
            {children()}
        </h1>
    }
}
