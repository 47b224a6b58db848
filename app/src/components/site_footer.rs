//! The footer: tracking an application, the GIGW policy pages, the officers' sign-in and the
//! helpline.

use crate::i18n::*;
use leptos::prelude::*;

/// The footer on every page.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="app-footer">
            <nav class="app-footer__nav" aria-label=move || t_string!(i18n, common.footer.label)>
                <ul class="app-footer__links">
                    <li>
                        <a class="app-footer__link" href="/track">
                            {tr!(i18n, common.footer.track)}
                        </a>
                    </li>
                    <li>
                        <a class="app-footer__link" href="/accessibility">
                            {tr!(i18n, common.footer.accessibility)}
                        </a>
                    </li>
                    <li>
                        <a class="app-footer__link" href="/screen-reader">
                            {tr!(i18n, common.footer.screen_reader)}
                        </a>
                    </li>
                    <li>
                        <a class="app-footer__link" href="/help">
                            {tr!(i18n, common.footer.help)}
                        </a>
                    </li>
                    <li>
                        <a class="app-footer__link" href="/terms">
                            {tr!(i18n, common.footer.terms)}
                        </a>
                    </li>
                    <li>
                        <a class="app-footer__link" href="/privacy">
                            {tr!(i18n, common.footer.privacy)}
                        </a>
                    </li>
                    <li>
                        <a class="app-footer__link" href="/sitemap">
                            {tr!(i18n, common.footer.sitemap)}
                        </a>
                    </li>
                    <li>
                        <a class="app-footer__link" href="/officer/sign-in">
                            {tr!(i18n, common.footer.officer)}
                        </a>
                    </li>
                </ul>
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
