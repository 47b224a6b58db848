//! One line of a summary list (`<dl class="app-summary">`): a key and its value.

use leptos::prelude::*;

/// One key and its value.
#[component]
pub fn SummaryRow(
    /// The key.
    label: Signal<&'static str>,
    /// The value.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="app-summary__row">
            <dt class="app-summary__key">{label}</dt>
            <dd class="app-summary__value">{children()}</dd>
        </div>
    }
}
