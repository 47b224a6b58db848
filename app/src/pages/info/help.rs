//! `/help`: help and contact: the CM Helpline, the citizen service centres and their fees, the
//! citizen's rights under the Public Services Guarantee Act, and a few common questions.

use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::i18n::*;
use leptos::prelude::*;

/// The help and contact page. The only phone number is the CM Helpline, 181.
#[component]
pub fn HelpPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || t_string!(i18n, pages.help.title).to_string());
    view! {
        <PageHeading>{tr!(i18n, pages.help.title)}</PageHeading>
        <p class="app-lead">{tr!(i18n, pages.help.intro)}</p>

        <section class="app-panel" aria-labelledby="help-helpline">
            <h2 class="app-panel__title" id="help-helpline">
                {tr!(i18n, pages.help.helpline_title)}
            </h2>
            <p>{tr!(i18n, pages.help.helpline_body)}</p>
            <p>
                <a class="app-link" href="tel:181">
                    {tr!(i18n, pages.help.helpline_call)}
                </a>
            </p>
        </section>

        <h2 class="app-section-heading">{tr!(i18n, pages.help.centre_title)}</h2>
        <p>{tr!(i18n, pages.help.centre_body)}</p>
        <p>{tr!(i18n, pages.help.centre_fees)}</p>
        <ul class="app-list">
            <li>{tr!(i18n, pages.help.centre_fee_application)}</li>
            <li>{tr!(i18n, pages.help.centre_fee_copy)}</li>
        </ul>
        <p>{tr!(i18n, pages.help.centre_receipt)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.help.rights_title)}</h2>
        <p>{tr!(i18n, pages.help.rights_intro)}</p>
        <ul class="app-list">
            <li>{tr!(i18n, pages.help.rights_time_limit)}</li>
            <li>{tr!(i18n, pages.help.rights_first_appeal)}</li>
            <li>{tr!(i18n, pages.help.rights_second_appeal)}</li>
            <li>{tr!(i18n, pages.help.rights_penalty)}</li>
        </ul>
        <p>{tr!(i18n, pages.help.rights_officers)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.help.faq_title)}</h2>
        <h3>{tr!(i18n, pages.help.faq_find_question)}</h3>
        <p>{tr!(i18n, pages.help.faq_find_answer)}</p>
        <p>
            <a class="app-link" href="/services">
                {tr!(i18n, common.home.browse)}
            </a>
        </p>
        <h3>{tr!(i18n, pages.help.faq_centre_question)}</h3>
        <p>{tr!(i18n, pages.help.faq_centre_answer)}</p>
        <h3>{tr!(i18n, pages.help.faq_display_question)}</h3>
        <p>{tr!(i18n, pages.help.faq_display_answer)}</p>
        <p>
            <a class="app-link" href="/accessibility">
                {tr!(i18n, common.footer.accessibility)}
            </a>
        </p>
    }
}
