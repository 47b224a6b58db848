//! `/terms`: the terms and conditions (GIGW), as usual for a state government portal.

use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::i18n::*;
use leptos::prelude::*;

/// The terms and conditions.
#[component]
pub fn TermsPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || t_string!(i18n, pages.terms.title).to_string());
    view! {
        <PageHeading>{tr!(i18n, pages.terms.title)}</PageHeading>
        <p class="app-lead">{tr!(i18n, pages.terms.intro)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.terms.content_title)}</h2>
        <p>{tr!(i18n, pages.terms.content_source)}</p>
        <p>{tr!(i18n, pages.terms.content_prevails)}</p>
        <p>{tr!(i18n, pages.terms.content_not_law)}</p>
        <p>{tr!(i18n, pages.terms.content_liability)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.terms.use_title)}</h2>
        <p>{tr!(i18n, pages.terms.use_body)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.terms.links_title)}</h2>
        <p>{tr!(i18n, pages.terms.links_body)}</p>
        <p>{tr!(i18n, pages.terms.links_policies)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.terms.changes_title)}</h2>
        <p>{tr!(i18n, pages.terms.changes_body)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.terms.law_title)}</h2>
        <p>{tr!(i18n, pages.terms.law_body)}</p>
    }
}
