//! `/sitemap`: a link to every page of the portal (GIGW). Link texts are the menu's and the
//! footer's own, so a page is called the same everywhere.

use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::i18n::*;
use leptos::prelude::*;

/// The sitemap. Every fixed address in [`crate::routes::STATIC_PAGES`] is listed; service pages
/// are reached from the list of all services.
#[component]
pub fn SitemapPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || t_string!(i18n, pages.sitemap.title).to_string());
    view! {
        <PageHeading>{tr!(i18n, pages.sitemap.title)}</PageHeading>
        <p class="app-lead">{tr!(i18n, pages.sitemap.intro)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.sitemap.main_title)}</h2>
        <ul class="app-list">
            <li>
                <a class="app-link" href="/">
                    {tr!(i18n, common.nav.home)}
                </a>
            </li>
            <li>
                <a class="app-link" href="/services">
                    {tr!(i18n, common.nav.services)}
                </a>
            </li>
            <li>
                <a class="app-link" href="/help">
                    {tr!(i18n, common.footer.help)}
                </a>
            </li>
            <li>
                <a class="app-link" href="/track">
                    {tr!(i18n, common.footer.track)}
                </a>
            </li>
            <li>
                <a class="app-link" href="/statuses">
                    {tr!(i18n, pages.statuses.title)}
                </a>
            </li>
            <li>
                <a class="app-link" href="/verify">
                    {tr!(i18n, certificate.verify.title)}
                </a>
            </li>
            <li>
                <a class="app-link" href="/resume">
                    {tr!(i18n, apply.resume.title)}
                </a>
            </li>
            <li>
                <a class="app-link" href="/officer/sign-in">
                    {tr!(i18n, common.footer.officer)}
                </a>
            </li>
        </ul>
        <p>{tr!(i18n, pages.sitemap.services_note)}</p>

        <h2 class="app-section-heading">{tr!(i18n, common.footer.label)}</h2>
        <ul class="app-list">
            <li>
                <a class="app-link" href="/accessibility">
                    {tr!(i18n, common.footer.accessibility)}
                </a>
            </li>
            <li>
                <a class="app-link" href="/screen-reader">
                    {tr!(i18n, common.footer.screen_reader)}
                </a>
            </li>
            <li>
                <a class="app-link" href="/terms">
                    {tr!(i18n, common.footer.terms)}
                </a>
            </li>
            <li>
                <a class="app-link" href="/privacy">
                    {tr!(i18n, common.footer.privacy)}
                </a>
            </li>
            <li>
                <a class="app-link" href="/sitemap" aria-current="page">
                    {tr!(i18n, common.footer.sitemap)}
                </a>
            </li>
        </ul>
    }
}
