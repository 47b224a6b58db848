//! `/accessibility`: the accessibility statement (GIGW): the standards aimed at, what the portal
//! offers, its known limitations, how to report a problem and when the statement was reviewed.

use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::i18n::*;
use leptos::prelude::*;

/// The accessibility statement.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || t_string!(i18n, pages.accessibility.title).to_string());
    view! {
        <PageHeading>{tr!(i18n, pages.accessibility.title)}</PageHeading>
        <p class="app-lead">{tr!(i18n, pages.accessibility.intro)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.accessibility.standards_title)}</h2>
        <p>{tr!(i18n, pages.accessibility.standards_body)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.accessibility.features_title)}</h2>
        <ul class="app-list">
            <li>{tr!(i18n, pages.accessibility.feature_skip)}</li>
            <li>{tr!(i18n, pages.accessibility.feature_text_size)}</li>
            <li>{tr!(i18n, pages.accessibility.feature_contrast)}</li>
            <li>{tr!(i18n, pages.accessibility.feature_keyboard)}</li>
            <li>
                {tr!(i18n, pages.accessibility.feature_screen_reader)} " "
                <a class="app-link" href="/screen-reader">
                    {tr!(i18n, pages.accessibility.feature_screen_reader_link)}
                </a>
            </li>
            <li>{tr!(i18n, pages.accessibility.feature_language)}</li>
            <li>{tr!(i18n, pages.accessibility.feature_screens)}</li>
            <li>{tr!(i18n, pages.accessibility.feature_touch)}</li>
        </ul>

        <h2 class="app-section-heading">{tr!(i18n, pages.accessibility.limitations_title)}</h2>
        <p>{tr!(i18n, pages.accessibility.limitations_intro)}</p>
        <ul class="app-list">
            <li>{tr!(i18n, pages.accessibility.limitation_pdf)}</li>
            <li>{tr!(i18n, pages.accessibility.limitation_testing)}</li>
            <li>{tr!(i18n, pages.accessibility.limitation_external)}</li>
        </ul>

        <section class="app-panel" aria-labelledby="accessibility-report">
            <h2 class="app-panel__title" id="accessibility-report">
                {tr!(i18n, pages.accessibility.report_title)}
            </h2>
            <p>{tr!(i18n, pages.accessibility.report_intro)}</p>
            <ul class="app-list">
                <li>
                    <a class="app-link" href="tel:181">
                        {tr!(i18n, pages.accessibility.report_call)}
                    </a>
                </li>
                <li>{tr!(i18n, pages.accessibility.report_centre)}</li>
            </ul>
            <p>{tr!(i18n, pages.accessibility.report_details)}</p>
        </section>

        <p>
            {tr!(i18n, pages.accessibility.reviewed_label)} " "
            <time datetime="2026-11">{tr!(i18n, pages.accessibility.reviewed_date)}</time>
        </p>
    }
}
