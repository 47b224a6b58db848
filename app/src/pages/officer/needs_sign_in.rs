//! Shown on an officer's page when no officer is signed in (or the session ended).

use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::i18n::*;
use leptos::prelude::*;

/// Says to sign in, with the link.
#[component]
pub fn NeedsSignIn() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || t_string!(i18n, officer.needs_sign_in.title).to_string());
    view! {
        <PageHeading>{tr!(i18n, officer.needs_sign_in.title)}</PageHeading>
        <p>{tr!(i18n, officer.needs_sign_in.body)}</p>
        <p class="app-actions">
            <a class="app-button" href="/officer/sign-in">
                {tr!(i18n, officer.needs_sign_in.link)}
            </a>
        </p>
    }
}
