//! `/statuses`: what each status of an application means, what the citizen does next, and who
//! the designated officer and the appeal officers are.

use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::components::status_words::status_text;
use crate::domain::status::Status;
use crate::i18n::*;
use leptos::prelude::*;

/// What a status means for the citizen.
fn meaning(i18n: leptos_i18n::I18nContext<Locale>, status: Status) -> &'static str {
    match status {
        Status::Received => t_string!(i18n, pages.statuses.received),
        Status::UnderReview => t_string!(i18n, pages.statuses.under_review),
        Status::InfoRequested => t_string!(i18n, pages.statuses.info_requested),
        Status::Issued => t_string!(i18n, pages.statuses.issued),
        Status::Rejected => t_string!(i18n, pages.statuses.rejected),
        Status::FirstAppeal => t_string!(i18n, pages.statuses.first_appeal),
        Status::SecondAppeal => t_string!(i18n, pages.statuses.second_appeal),
        Status::AppealDismissed => t_string!(i18n, pages.statuses.appeal_dismissed),
    }
}

/// Every status, in the order of a typical life, and the officers.
#[component]
pub fn StatusesPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || t_string!(i18n, pages.statuses.title).to_string());
    let rows = Status::ALL
        .into_iter()
        .map(|status| {
            view! {
                <div class="app-summary__row" id=format!("status-{}", status.as_str())>
                    <dt class="app-summary__key">{move || status_text(i18n, status)}</dt>
                    <dd class="app-summary__value">{move || meaning(i18n, status)}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <PageHeading>{tr!(i18n, pages.statuses.title)}</PageHeading>
        <p class="app-lead">{tr!(i18n, pages.statuses.intro)}</p>
        <dl class="app-summary">{rows}</dl>
        <h2 class="app-section-heading" id="officers">
            {tr!(i18n, pages.statuses.officers_title)}
        </h2>
        <dl class="app-summary">
            <div class="app-summary__row" id="designated-officer">
                <dt class="app-summary__key">{tr!(i18n, pages.statuses.designated_term)}</dt>
                <dd class="app-summary__value">{tr!(i18n, pages.statuses.designated_body)}</dd>
            </div>
            <div class="app-summary__row">
                <dt class="app-summary__key">{tr!(i18n, pages.statuses.first_term)}</dt>
                <dd class="app-summary__value">{tr!(i18n, pages.statuses.first_body)}</dd>
            </div>
            <div class="app-summary__row">
                <dt class="app-summary__key">{tr!(i18n, pages.statuses.second_term)}</dt>
                <dd class="app-summary__value">{tr!(i18n, pages.statuses.second_body)}</dd>
            </div>
        </dl>
    }
}
