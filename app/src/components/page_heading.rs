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
        // A heading that leaves the page while it has focus (the page's data was replaced, as
        // when the desk opens the next application) hands focus on to the heading that follows,
        // instead of dropping it to the page's body.
        on_cleanup(move || {
            let Some(element) = heading.get_untracked() else {
                return;
            };
            let active = document().active_element();
            let had_focus = active.as_ref().is_some_and(|a| {
                let node: &leptos::web_sys::Node = a;
                node.is_same_node(Some(&element))
            });
            let dropped = !element.is_connected()
                && active.is_none_or(|a| a.tag_name().eq_ignore_ascii_case("body"));
            if had_focus || dropped {
                pending.set(true);
            }
        });
        Effect::new(move |_| {
            // Both are tracked: the heading may be drawn before or after the navigation is noted.
            if heading.get().is_some() && pending.get() {
                focus_when_shown(pending, FOCUS_FRAMES);
            }
        });
    }
    view! {
        <h1 class="app-page-heading" tabindex="-1" node_ref=heading>
            {children()}
        </h1>
    }
}

/// Frames to wait for a drawn heading to reach the page (about two seconds).
const FOCUS_FRAMES: u32 = 120;

/// Waits a frame, then puts focus on the heading on the page then, so a heading that is about to
/// be replaced (a wizard step leaving) never takes it. A heading drawn while its page waits for
/// data (the certificate waits for its district's name) is not on the page yet: it is looked for
/// again each frame, for `frames` frames. Done only once the heading really has focus.
fn focus_when_shown(pending: RwSignal<bool>, frames: u32) {
    request_animation_frame(move || {
        if !pending.get_untracked() {
            return;
        }
        let current = document()
            .query_selector("h1.app-page-heading")
            .ok()
            .flatten();
        if let Some(element) = current {
            let element: leptos::web_sys::HtmlElement =
                wasm_bindgen::JsCast::unchecked_into(element);
            let _ = element.focus();
            let took = document()
                .active_element()
                .is_some_and(|active| active.is_same_node(Some(&element)));
            if took {
                pending.set(false);
                return;
            }
        }
        if frames > 0 {
            focus_when_shown(pending, frames - 1);
        }
    });
}
