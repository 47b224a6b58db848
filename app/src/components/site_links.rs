//! The portal's fixed pages as readers are offered them, each named once: the footer's links and
//! the sitemap's two lists are drawn from here, so a page is called the same everywhere.

use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// A page and its name in each language.
#[derive(Clone, Copy)]
pub struct SiteLink {
    /// Its address.
    pub href: &'static str,
    /// Its name.
    pub name: fn(Locale) -> &'static str,
}

/// A page named by `name`.
const fn link(href: &'static str, name: fn(Locale) -> &'static str) -> SiteLink {
    SiteLink { href, name }
}

const HOME: SiteLink = link("/", |l| td_string!(l, common.nav.home));
const SERVICES: SiteLink = link("/services", |l| td_string!(l, common.nav.services));
const TRACK: SiteLink = link("/track", |l| td_string!(l, common.footer.track));
const STATUSES: SiteLink = link("/statuses", |l| td_string!(l, pages.statuses.title));
const VERIFY: SiteLink = link("/verify", |l| td_string!(l, certificate.verify.title));
const RESUME: SiteLink = link("/resume", |l| td_string!(l, apply.resume.title));
const OFFICER: SiteLink = link("/officer/sign-in", |l| td_string!(l, common.footer.officer));
const ACCESSIBILITY: SiteLink = link("/accessibility", |l| {
    td_string!(l, common.footer.accessibility)
});
const SCREEN_READER: SiteLink = link("/screen-reader", |l| {
    td_string!(l, common.footer.screen_reader)
});
const HELP: SiteLink = link("/help", |l| td_string!(l, common.footer.help));
const TERMS: SiteLink = link("/terms", |l| td_string!(l, common.footer.terms));
const PRIVACY: SiteLink = link("/privacy", |l| td_string!(l, common.footer.privacy));
const SITEMAP: SiteLink = link("/sitemap", |l| td_string!(l, common.footer.sitemap));

/// The footer's links.
pub const FOOTER: &[SiteLink] = &[
    TRACK,
    ACCESSIBILITY,
    SCREEN_READER,
    HELP,
    TERMS,
    PRIVACY,
    SITEMAP,
    OFFICER,
];

/// The sitemap's main pages.
pub const MAIN_PAGES: &[SiteLink] = &[
    HOME, SERVICES, HELP, TRACK, STATUSES, VERIFY, RESUME, OFFICER,
];

/// The sitemap's policy pages (GIGW).
pub const POLICY_PAGES: &[SiteLink] = &[ACCESSIBILITY, SCREEN_READER, TERMS, PRIVACY, SITEMAP];

/// A list of links, the one to the page being read marked as current.
#[component]
pub fn SiteLinks(
    /// The pages.
    links: &'static [SiteLink],
    /// The list's class.
    list_class: &'static str,
    /// Each link's class.
    link_class: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let items = links
        .iter()
        .map(|link| {
            let current = move || (location.pathname.get() == link.href).then_some("page");
            view! {
                <li>
                    <a class=link_class href=link.href aria-current=current>
                        {move || (link.name)(i18n.get_locale())}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! { <ul class=list_class>{items}</ul> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::is_page;

    #[test]
    fn every_link_goes_to_a_page_and_has_a_name_in_both_languages() {
        for link in FOOTER.iter().chain(MAIN_PAGES).chain(POLICY_PAGES) {
            assert!(is_page(link.href), "{}", link.href);
            assert!(!(link.name)(Locale::hi).is_empty());
            assert_ne!((link.name)(Locale::hi), (link.name)(Locale::en));
        }
    }

    #[test]
    fn the_sitemap_lists_every_page_the_footer_offers() {
        for link in FOOTER {
            let listed = MAIN_PAGES.iter().chain(POLICY_PAGES);
            assert!(
                listed.map(|l| l.href).any(|h| h == link.href),
                "{}",
                link.href
            );
        }
    }
}
