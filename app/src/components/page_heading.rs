//! A page's one `<h1>`, and moving focus to it after a navigation.

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
    if let Some(HeadingFocus(pending)) = use_context::<HeadingFocus>() {
        Effect::new(move |_| {
            if let Some(element) = heading.get()
                && pending.get_untracked()
            {
                pending.set(false);
                let _ = element.focus();
            }
        });
    }
    view! {
        <h1 class="app-page-heading" tabindex="-1" node_ref=heading>
            {children()}
        </h1>
    }
}
