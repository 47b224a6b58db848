//! The way into the wizard from a service's page: "apply online", or "continue your application"
//! when this device keeps an unfinished one.

use crate::apply_state::LocalDraft;
use crate::i18n::*;
use leptos::prelude::*;

/// Start or continue an application for `service_id`.
#[component]
pub fn ApplyStart(
    /// The service.
    service_id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let draft = LocalDraft::load(&service_id).filter(LocalDraft::has_answers);
    let href = format!("/services/{service_id}/apply");
    view! {
        <div class="app-apply-start">
            {match draft {
                Some(draft) => {
                    let date = draft.expires_on().format_dmy();
                    let service = service_id.clone();
                    let restart = move |_| {
                        LocalDraft::clear(&service);
                    };
                    view! {
                        <a class="app-button" href=href.clone()>
                            {tr!(i18n, apply.continue_draft)}
                        </a>
                        <p class="app-apply-start__note">
                            {move || {
                                t_string!(i18n, apply.draft_kept, date = date.clone()).to_string()
                            }}
                        </p>
                        <p>
                            <a class="app-link" href=format!("{href}/mobile") on:click=restart>
                                {tr!(i18n, apply.start_again)}
                            </a>
                        </p>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <a class="app-button" href=href.clone()>
                            {tr!(i18n, apply.start)}
                        </a>
                    }
                        .into_any()
                }
            }} <p>
                <a class="app-link" href="/resume">
                    {tr!(i18n, apply.resume_link)}
                </a>
            </p>
        </div>
    }
}
