//! The app's root: language and display choices, the router and the page routes.

use crate::catalogue_state::provide_catalogue;
use crate::components::layout::Layout;
use crate::i18n::Locale;
use crate::pages::apply::receipt::ReceiptPage;
use crate::pages::apply::resume::ResumePage;
use crate::pages::apply::wizard::ApplyPage;
use crate::pages::home::HomePage;
use crate::pages::info::{
    accessibility::AccessibilityPage, help::HelpPage, privacy::PrivacyPage,
    screen_reader::ScreenReaderPage, sitemap::SitemapPage, terms::TermsPage,
};
use crate::pages::not_found::NotFoundPage;
use crate::pages::officer::case::OfficerCasePage;
use crate::pages::officer::inbox::OfficerInboxPage;
use crate::pages::officer::sign_in::OfficerSignInPage;
use crate::pages::services::list::ServicesPage;
use crate::pages::services::service::ServicePage;
use crate::pages::track::certificate::CertificatePage;
use crate::pages::track::tracking::TrackPage;
use crate::pages::track::verify::VerifyPage;
use crate::preferences::{locale_of, provide_display_preferences, stored_language};
use leptos::prelude::*;
use leptos_i18n::context::init_i18n_subcontext;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole app. The language starts as the reader last chose it, or Hindi: the browser's own
/// language is deliberately not consulted (see [`stored_language`]).
#[component]
pub fn Root() -> impl IntoView {
    let i18n = init_i18n_subcontext::<Locale>(Some(Signal::stored(locale_of(stored_language()))));
    provide_context(i18n);
    provide_display_preferences();
    provide_catalogue();
    view! {
        <Router>
            <Layout>
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/services") view=ServicesPage />
                    <Route path=path!("/services/:id") view=ServicePage />
                    <Route path=path!("/services/:id/apply") view=ApplyPage />
                    <Route path=path!("/services/:id/apply/:step") view=ApplyPage />
                    <Route path=path!("/receipt/:number") view=ReceiptPage />
                    <Route path=path!("/resume") view=ResumePage />
                    <Route path=path!("/track") view=TrackPage />
                    <Route path=path!("/certificate/:number") view=CertificatePage />
                    <Route path=path!("/verify") view=VerifyPage />
                    <Route path=path!("/verify/:code") view=VerifyPage />
                    <Route path=path!("/officer") view=OfficerInboxPage />
                    <Route path=path!("/officer/sign-in") view=OfficerSignInPage />
                    <Route path=path!("/officer/applications/:number") view=OfficerCasePage />
                    <Route path=path!("/accessibility") view=AccessibilityPage />
                    <Route path=path!("/screen-reader") view=ScreenReaderPage />
                    <Route path=path!("/help") view=HelpPage />
                    <Route path=path!("/terms") view=TermsPage />
                    <Route path=path!("/privacy") view=PrivacyPage />
                    <Route path=path!("/sitemap") view=SitemapPage />
                </Routes>
            </Layout>
        </Router>
    }
}
