//! `/privacy`: the privacy policy (GIGW): what is collected and why, Aadhaar masking, what the
//! browser keeps, who sees an application, how long it is kept and whom to ask.

use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::i18n::*;
use leptos::prelude::*;

/// The privacy policy.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || t_string!(i18n, pages.privacy.title).to_string());
    view! {
        <PageHeading>{tr!(i18n, pages.privacy.title)}</PageHeading>
        <p class="app-lead">{tr!(i18n, pages.privacy.intro)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.privacy.collect_title)}</h2>
        <p>{tr!(i18n, pages.privacy.collect_browse)}</p>
        <p>{tr!(i18n, pages.privacy.collect_intro)}</p>
        <ul class="app-list">
            <li>{tr!(i18n, pages.privacy.collect_name)}</li>
            <li>{tr!(i18n, pages.privacy.collect_mobile)}</li>
            <li>{tr!(i18n, pages.privacy.collect_details)}</li>
        </ul>

        <h2 class="app-section-heading">{tr!(i18n, pages.privacy.mobile_title)}</h2>
        <p>{tr!(i18n, pages.privacy.mobile_body)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.privacy.aadhaar_title)}</h2>
        <p>{tr!(i18n, pages.privacy.aadhaar_body)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.privacy.storage_title)}</h2>
        <p>{tr!(i18n, pages.privacy.storage_cookies)}</p>
        <p>{tr!(i18n, pages.privacy.storage_intro)}</p>
        <ul class="app-list">
            <li>{tr!(i18n, pages.privacy.storage_display)}</li>
            <li>{tr!(i18n, pages.privacy.storage_drafts)}</li>
        </ul>
        <p>{tr!(i18n, pages.privacy.storage_shared_device)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.privacy.sharing_title)}</h2>
        <p>{tr!(i18n, pages.privacy.sharing_body)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.privacy.retention_title)}</h2>
        <p>{tr!(i18n, pages.privacy.retention_body)}</p>
        <p>{tr!(i18n, pages.privacy.retention_drafts)}</p>

        <section class="app-panel" aria-labelledby="privacy-contact">
            <h2 class="app-panel__title" id="privacy-contact">
                {tr!(i18n, pages.privacy.contact_title)}
            </h2>
            <p>{tr!(i18n, pages.privacy.contact_body)}</p>
            <p>
                <a class="app-link" href="tel:181">
                    {tr!(i18n, pages.privacy.contact_call)}
                </a>
            </p>
        </section>
    }
}
