//! Ending a visit on a shared screen: "काम पूरा हुआ" ends the session on the server (the cookie is
//! refused from then on) and clears this browser's drafts, then starts afresh at the home page.
//! The next person at a kiosk or a borrowed phone inherits nothing: no verified mobile, no
//! drafts, no receipts or documents.

use crate::api::apply::finish_session;
use crate::i18n::*;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Ends the session and wipes what this browser keeps of it, then reloads the home page (which
/// also drops anything held in the page's memory).
pub fn finish_and_wipe() {
    spawn_local(finish_and_wipe_now());
}

/// The work of [`finish_and_wipe`], for a caller that awaits it.
async fn finish_and_wipe_now() {
    // Even if the server cannot be reached, the browser's copy goes.
    let _ = finish_session().await;
    crate::apply_state::LocalDraft::clear_all();
    let _ = window().location().assign("/");
}

/// The button.
#[component]
pub fn FinishControl() -> impl IntoView {
    let i18n = use_i18n();
    let finish = Action::new_local(|_: &()| finish_and_wipe_now());
    // The page is on its way to "/" once the action is done: the button stays off until it goes.
    let (pending, done) = (finish.pending(), finish.value());
    let busy = move || pending.get() || done.read().is_some();
    view! {
        <section class="app-panel app-finish" aria-labelledby="finish-title">
            <h2 class="app-panel__title" id="finish-title">
                {tr!(i18n, common.finish.title)}
            </h2>
            <p>{tr!(i18n, common.finish.body)}</p>
            <button
                type="button"
                class="app-button app-button--secondary"
                id="finish-button"
                disabled=busy
                on:click=move |_| {
                    finish.dispatch(());
                }
            >
                {tr!(i18n, common.finish.button)}
            </button>
        </section>
    }
}
