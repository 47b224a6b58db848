//! The wizard's first page: the applicant's mobile number, verified by a one-time code. Once it
//! is verified, the draft is also kept on the server.

use crate::api::apply::save_draft;
use crate::apply_state::use_wizard;
use crate::components::mobile_verification::MobileVerification;
use crate::i18n::*;
use crate::pages::apply::wizard_heading::WizardHeading;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

/// Sends the draft to the server (after verification), keeping the resume code it returns.
pub fn save_on_server() {
    let wizard = use_wizard();
    save_on_server_for(wizard);
}

/// Same as [`save_on_server`] for a given wizard (usable outside a component).
pub fn save_on_server_for(wizard: crate::apply_state::Wizard) {
    if wizard.verified.get_untracked().is_none() {
        return;
    }
    let (answers, step) = wizard
        .draft
        .with_untracked(|d| (d.answers.clone(), d.step.clone()));
    let service_id = wizard.service_id();
    spawn_local(async move {
        match save_draft(service_id, step, answers).await {
            Ok(saved) => wizard.draft.update(|d| {
                d.server = Some(saved);
                d.store();
            }),
            Err(crate::api::ApiError::NotVerified) => wizard.verified.set(None),
            // The browser keeps the draft regardless; the server copy is a convenience.
            Err(_) => {}
        }
    });
}

/// Page 1: the mobile number.
#[component]
pub fn MobileStep() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let navigate = use_navigate();
    let mobile = RwSignal::new(wizard.draft.with_untracked(|d| d.mobile.clone()));
    Effect::new(move |_| {
        let typed = mobile.get();
        wizard.draft.update(|d| {
            if d.mobile != typed {
                d.mobile = typed;
                d.store();
            }
        });
    });
    let has_errors = RwSignal::new(false);
    let on_verified = {
        let navigate = navigate.clone();
        Callback::new(move |number: String| {
            wizard.verified.set(Some(number));
            save_on_server_for(wizard);
            let next = crate::pages::apply::wizard::resume_step(&wizard);
            navigate(&wizard.step_href(&next), Default::default());
        })
    };
    let title = Signal::derive(move || tr!(i18n, apply.mobile.title).get().to_string());
    let first = wizard.form.with_value(|f| f.definition.steps[0].id.clone());
    view! {
        <p class="app-breadcrumb">
            <a class="app-link" href=format!("/services/{}", wizard.service_id())>
                {tr!(i18n, apply.back_to_service)}
            </a>
        </p>
        <WizardHeading number=1 title has_errors />
        <p>{tr!(i18n, apply.mobile.intro)}</p>
        {move || match wizard.verified.get() {
            Some(number) => {
                view! {
                    <p class="app-notice">
                        {t_string!(
                            i18n, apply.mobile.verified, mobile = crate::api::apply_types::mask_mobile(&number)
                        )
                            .to_string()}
                    </p>
                    <a class="app-button" href=wizard.step_href(&first)>
                        {tr!(i18n, apply.next)}
                    </a>
                }
                    .into_any()
            }
            None => view! { <MobileVerification mobile on_verified has_errors /> }.into_any(),
        }}
        <p class="app-wizard__saved">{tr!(i18n, apply.saved_on_device)}</p>
    }
}
