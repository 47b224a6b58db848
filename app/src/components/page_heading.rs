//! A page's one `<h1>`.

use leptos::prelude::*;

/// The page's main heading. It can take focus (but is not in the tab order) so that after a
/// navigation the layout moves focus here and a screen reader announces the new page.
#[component]
pub fn PageHeading(
    /// The heading text.
    children: Children,
) -> impl IntoView {
    view! {
        <h1 class="app-page-heading" tabindex="-1">
            {children()}
        </h1>
    }
}
