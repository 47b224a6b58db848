//! The portal's form element: no browser validation bubbles (the portal's own messages, in the
//! page's language, stand next to each field), and submitting runs the page's own step instead of
//! reloading the page.

use leptos::prelude::*;

/// A form whose submission calls `on_submit`.
#[component]
pub fn AppForm(
    /// What submitting does.
    on_submit: impl Fn() + 'static,
    /// The fields and buttons.
    children: Children,
) -> impl IntoView {
    view! {
        <form
            class="app-form"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                on_submit();
            }
        >
            {children()}
        </form>
    }
}
