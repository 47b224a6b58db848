//! `/sitemap`: a link to every page of the portal (GIGW). Link texts are the menu's and the
//! footer's own, so a page is called the same everywhere.

use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::components::site_links::{MAIN_PAGES, POLICY_PAGES, SiteLinks};
use crate::i18n::*;
use leptos::prelude::*;

/// The sitemap: the main pages and the policy pages of [`crate::components::site_links`]; service
/// pages are reached from the list of all services.
#[component]
pub fn SitemapPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || t_string!(i18n, pages.sitemap.title).to_string());
    view! {
        <PageHeading>{tr!(i18n, pages.sitemap.title)}</PageHeading>
        <p class="app-lead">{tr!(i18n, pages.sitemap.intro)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.sitemap.main_title)}</h2>
        <SiteLinks links=MAIN_PAGES list_class="app-list" link_class="app-link" />
        <p>{tr!(i18n, pages.sitemap.services_note)}</p>

        <h2 class="app-section-heading">{tr!(i18n, common.footer.label)}</h2>
        <SiteLinks links=POLICY_PAGES list_class="app-list" link_class="app-link" />
    }
}
