//! The GIGW header: state identity, portal name, reading options and the main menu.

use crate::components::display_toolbar::DisplayToolbar;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The header on every page. The state identity is text only, with no copied emblem.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let current = move |href: &'static str| {
        move || {
            let path = location.pathname.get();
            let here = if href == "/" {
                path == "/"
            } else {
                path == href || path.starts_with(&format!("{href}/"))
            };
            here.then_some("page")
        }
    };
    view! {
        <header class="app-header">
            <div class="app-header__bar">
                <p class="app-header__state">{tr!(i18n, common.site.state)}</p>
                <DisplayToolbar />
            </div>
            <div class="app-header__brand">
                <a class="app-header__name" href="/">
                    {tr!(i18n, common.site.name)}
                </a>
                <p class="app-header__tagline">{tr!(i18n, common.site.tagline)}</p>
            </div>
            <nav class="app-nav" aria-label=move || t_string!(i18n, common.nav.label)>
                <ul class="app-nav__list">
                    <li>
                        <a class="app-nav__link" href="/" aria-current=current("/")>
                            {tr!(i18n, common.nav.home)}
                        </a>
                    </li>
                    <li>
                        <a class="app-nav__link" href="/services" aria-current=current("/services")>
                            {tr!(i18n, common.nav.services)}
                        </a>
                    </li>
                    <li>
                        <a class="app-nav__link" href="/help" aria-current=current("/help")>
                            {tr!(i18n, common.nav.help)}
                        </a>
                    </li>
                </ul>
            </nav>
        </header>
    }
}
