//! What `/services` shows when nothing matched: never an empty box, always a way on.

use crate::components::life_event_links::LifeEventLinks;
use crate::i18n::*;
use leptos::prelude::*;

/// Suggestions, the life events, the centres and the helpline.
#[component]
pub fn NoResults() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="app-panel" aria-labelledby="no-results-title">
            <h2 class="app-panel__title" id="no-results-title">
                {tr!(i18n, catalogue.search.none)}
            </h2>
            <p>{tr!(i18n, catalogue.no_results.tips)}</p>
            <p>{tr!(i18n, catalogue.no_results.browse)}</p>
            <LifeEventLinks />
            <p>{tr!(i18n, catalogue.no_results.centre)}</p>
            <p>
                {tr!(i18n, catalogue.no_results.helpline)} " " <a class="app-link" href="tel:181">
                    "181"
                </a>
            </p>
            <p>
                <a class="app-link" href="/services">
                    {tr!(i18n, catalogue.no_results.all)}
                </a>
            </p>
        </section>
    }
}
