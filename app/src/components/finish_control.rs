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
    spawn_local(async move {
        // Even if the server cannot be reached, the browser's copy goes.
        let _ = finish_session().await;
        crate::apply_state::LocalDraft::clear_all();
        let _ = window().location().assign("/");
    });
}

/// The button.
#[component]
pub fn FinishControl() -> impl IntoView {
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    view! {
        <section class="app-panel app-finish" aria-labelledby="finish-title">
            <h2 class="app-panel__title" id="finish-title">{tr!(i18n, common.finish.title)}</h2>
            <p>{tr!(i18n, common.finish.body)}</p>
            <button type="button" class="app-button app-button--secondary" id="finish-button"
                disabled=move || busy.get()
                on:click=move |_| { busy.set(true); finish_and_wipe(); }>
                {tr!(i18n, common.finish.button)}
            </button>
        </section>
    }
}
