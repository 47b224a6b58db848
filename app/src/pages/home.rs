//! `/`: what the portal is for, the search box, and where else to get help.

use crate::components::life_event_links::LifeEventLinks;
use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::components::search_form::SearchForm;
use crate::i18n::*;
use leptos::prelude::*;

/// Starts fetching the chunk of the list of services and the search, if not yet in.
fn preload_services() {
    leptos::task::spawn_local(async {
        // A failure is not shown: opening a page retries the chunk and says so if it fails.
        let _ = crate::pages::services::preload_services().await;
    });
}

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || t_string!(i18n, common.home.title).to_string());
    // Searching and browsing are the next step from here: fetch their chunk when the phone is
    // idle, or at once when the reader goes to the search box.
    Effect::new(move |_| request_idle_callback(preload_services));
    view! {
        <PageHeading>{tr!(i18n, common.home.title)}</PageHeading>
        <p class="app-lead">{tr!(i18n, common.home.intro)}</p>
        <div on:focusin=move |_| preload_services()>
            <SearchForm />
        </div>
        <p class="app-home__browse">
            <a class="app-link-button" href="/services">
                {tr!(i18n, common.home.browse)}
            </a>
        </p>
        <section class="app-home__events" aria-labelledby="home-events">
            <h2 class="app-section-heading" id="home-events">
                {tr!(i18n, catalogue.events.title)}
            </h2>
            <LifeEventLinks />
        </section>
        <div class="app-cards">
            <section class="app-card" aria-labelledby="home-centre">
                <h2 class="app-card__title" id="home-centre">
                    {tr!(i18n, common.home.centre_title)}
                </h2>
                <p>{tr!(i18n, common.home.centre_body)}</p>
            </section>
            <section class="app-card" aria-labelledby="home-helpline">
                <h2 class="app-card__title" id="home-helpline">
                    {tr!(i18n, common.home.helpline_title)}
                </h2>
                <p>
                    {tr!(i18n, common.home.helpline_body)} " " <a class="app-link" href="tel:181">
                        "181"
                    </a>
                </p>
            </section>
        </div>
    }
}
