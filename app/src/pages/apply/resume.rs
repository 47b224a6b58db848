//! `/resume`: continue a draft on this device (a kiosk, another phone) with its resume code and
//! the same mobile number, verified again by a one-time code.

use crate::api::ApiError;
use crate::api::apply::resume_draft;
use crate::apply_state::LocalDraft;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::mobile_verification::MobileVerification;
use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_form_page_title;
use crate::components::text_question::{Entry, TextQuestion};
use crate::i18n::*;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

/// The resume page.
#[component]
pub fn ResumePage() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let code = RwSignal::new(String::new());
    let mobile = RwSignal::new(String::new());
    let verified = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let verify_errors = RwSignal::new(false);
    use_form_page_title(
        move || t_string!(i18n, apply.resume.title).to_string(),
        move || failure.get().is_some() || verify_errors.get(),
    );
    let fetch = move || {
        spawn_local({
            let navigate = navigate.clone();
            async move {
                match resume_draft(code.get_untracked()).await {
                    Ok(found) => {
                        let mut draft = LocalDraft::load(&found.service_id)
                            .unwrap_or_else(|| LocalDraft::new(&found.service_id));
                        draft.answers = found.answers;
                        draft.step = found.step.clone();
                        draft.server = Some(found.saved);
                        draft.mobile = mobile.get_untracked();
                        draft.secret_fields = found.secret_fields.clone();
                        draft.store();
                        let step = if found.step.is_empty() {
                            String::new()
                        } else {
                            format!("/{}", found.step)
                        };
                        navigate(
                            &format!("/services/{}/apply{step}", found.service_id),
                            Default::default(),
                        );
                    }
                    Err(error) => failure.set(Some(error)),
                }
            }
        });
    };
    let fetch_again = fetch.clone();
    let on_verified = Callback::new(move |_number: String| {
        verified.set(true);
        fetch();
    });
    let code_error = Signal::derive(move || {
        failure.get().map(|e| match e {
            ApiError::NotFound => t_string!(i18n, apply.resume.not_found).to_string(),
            _ => t_string!(i18n, apply.unavailable).to_string(),
        })
    });
    // A new code clears the last lookup's complaint.
    Effect::watch(move || code.get(), move |_, _, _| failure.set(None), false);
    let problems = Signal::derive(move || Problem::of_fields([("f-resume", code_error.get())]));
    view! {
        <ErrorSummary problems />
        <PageHeading>{tr!(i18n, apply.resume.title)}</PageHeading>
        <p>{tr!(i18n, apply.resume.intro)}</p>
        <TextQuestion
            name="resume"
            label=tr!(i18n, apply.resume.code_label)
            hint=tr!(i18n, apply.resume.code_hint)
            value=code
            error=code_error
            entry=Entry::Short
        />
        {move || {
            if verified.get() {
                view! {
                    <button
                        type="button"
                        class="app-button"
                        on:click={
                            let fetch = fetch_again.clone();
                            move |_| fetch()
                        }
                    >
                        {tr!(i18n, apply.resume.fetch)}
                    </button>
                }
                    .into_any()
            } else {
                view! { <MobileVerification mobile on_verified has_errors=verify_errors /> }
                    .into_any()
            }
        }}
    }
}
