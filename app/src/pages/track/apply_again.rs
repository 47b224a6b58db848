//! After a rejection, beside the appeal: apply again, starting from the rejected answers. The
//! answers become this device's draft for the service (secret ones in memory only), and the
//! wizard opens at its first page of questions; documents are uploaded again.

use crate::api::apply::reuse_answers;
use crate::apply_state::LocalDraft;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The "apply again" panel.
#[component]
pub fn ApplyAgain(
    /// The rejected application's number.
    number: String,
    /// The mobile this session verified.
    mobile: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let failed = RwSignal::new(false);
    let number = StoredValue::new(number);
    let mobile = StoredValue::new(mobile);
    // Gives whether the answers were reused (and the wizard opened).
    let reuse = Action::new_local(move |_: &()| {
        let navigate = navigate.clone();
        async move {
            match reuse_answers(number.get_value()).await {
                Ok(found) => {
                    let mut draft = LocalDraft::new(&found.service_id);
                    draft.answers = found.answers;
                    draft.secret_fields = found.secret_fields;
                    draft.mobile = mobile.get_value();
                    draft.store();
                    navigate(
                        &format!("/services/{}/apply", found.service_id),
                        Default::default(),
                    );
                    true
                }
                Err(_) => {
                    failed.set(true);
                    false
                }
            }
        }
    });
    // On its way to the wizard: the button stays off until this page goes.
    let (pending, reused) = (reuse.pending(), reuse.value());
    let busy = move || pending.get() || reused.get() == Some(true);
    let start = move |_| {
        if pending.get_untracked() || reused.get_untracked() == Some(true) {
            return;
        }
        failed.set(false);
        reuse.dispatch(());
    };
    view! {
        <div class="app-panel" id="apply-again">
            <h3 class="app-panel__title">{tr!(i18n, track.again_apply.title)}</h3>
            <p>{tr!(i18n, track.again_apply.body)}</p>
            <p class="app-actions">
                <button
                    type="button"
                    class="app-button app-button--secondary"
                    id="apply-again-button"
                    disabled=busy
                    on:click=start
                >
                    {tr!(i18n, track.again_apply.button)}
                </button>
            </p>
            <p role="status">{move || failed.get().then(|| tr!(i18n, track.again_apply.failed))}</p>
        </div>
    }
}
