//! The footer: tracking an application, the GIGW policy pages, the officers' sign-in and the
//! helpline.

use crate::components::site_links::{FOOTER, SiteLinks};
use crate::i18n::*;
use leptos::prelude::*;

/// The footer on every page.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="app-footer">
            <nav class="app-footer__nav" aria-label=move || t_string!(i18n, common.footer.label)>
                <SiteLinks
                    links=FOOTER
                    list_class="app-footer__links"
                    link_class="app-footer__link"
                />
            </nav>
            <p class="app-footer__helpline">
                <a class="app-footer__link" href="tel:181">
                    {tr!(i18n, common.footer.helpline)}
                </a>
            </p>
            <p class="app-footer__note">{tr!(i18n, common.footer.note)}</p>
        </footer>
    }
}
