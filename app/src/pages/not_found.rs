//! The not-found page, for unknown addresses and unknown service ids.

use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::i18n::*;
use leptos::prelude::*;

/// What was not found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Missing {
    /// No page has this address.
    #[default]
    Page,
    /// No service has this id.
    Service,
}

/// Says clearly, in the reader's language, that there is nothing here, and offers ways on.
#[component]
pub fn NotFoundPage(
    /// What was not found.
    #[prop(optional)]
    missing: Missing,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = move || match missing {
        Missing::Page => t_string!(i18n, common.not_found.title).to_string(),
        Missing::Service => t_string!(i18n, catalogue.service.not_found_title).to_string(),
    };
    let body = move || match missing {
        Missing::Page => t_string!(i18n, common.not_found.body).to_string(),
        Missing::Service => t_string!(i18n, catalogue.service.not_found_body).to_string(),
    };
    use_page_title(title);
    view! {
        <PageHeading>{title}</PageHeading>
        <p class="app-lead">{body}</p>
        <p>{tr!(i18n, common.not_found.next)}</p>
        <ul class="app-list">
            <li>
                <a class="app-link" href="/services">
                    {tr!(i18n, common.not_found.services)}
                </a>
            </li>
            <li>
                <a class="app-link" href="/">
                    {tr!(i18n, common.not_found.home)}
                </a>
            </li>
            <li>
                <a class="app-link" href="/help">
                    {tr!(i18n, common.not_found.help)}
                </a>
            </li>
        </ul>
    }
}
