//! Verifying a mobile number by a one-time code: the number, then the six-digit code sent to it.
//! Used before an application and to resume a draft on another device.

use crate::api::ApiError;
use crate::api::apply::{send_code, verify_code};
use crate::components::app_form::AppForm;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::field_error_text::field_error_text;
use crate::components::text_question::{Entry, MobileQuestion, TextQuestion};
use crate::domain::form::applicant_mobile_field;
use crate::i18n::*;
use leptos::prelude::*;

/// What went wrong, kept as a kind so the message follows a language switch.
#[derive(Clone, Debug, PartialEq)]
enum Trouble {
    Mobile(ApiError),
    Code(ApiError),
}

/// The two questions and their buttons. `on_verified` gets the verified 10-digit number.
#[component]
pub fn MobileVerification(
    /// The number typed so far (kept by the caller, e.g. in the draft).
    mobile: RwSignal<String>,
    /// Called once the code is right.
    on_verified: Callback<String>,
    /// Reports whether errors are showing (for the page title).
    #[prop(optional)]
    has_errors: Option<RwSignal<bool>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let code = RwSignal::new(String::new());
    let sent = RwSignal::new(None::<crate::api::apply_types::CodeSent>);
    let trouble = RwSignal::new(None::<Trouble>);
    let mobile_field = applicant_mobile_field();
    let message = move |error: &ApiError| -> String {
        match error {
            ApiError::Fields(problems) => problems
                .first()
                .map(|p| field_error_text(i18n, &mobile_field, p.error))
                .unwrap_or_default(),
            ApiError::Wait { seconds } => {
                t_string!(i18n, apply.mobile.wait, seconds = *seconds).to_string()
            }
            ApiError::CodeWrong { attempts_left } => {
                t_string!(i18n, apply.mobile.code_wrong, left = *attempts_left).to_string()
            }
            ApiError::CodeExpired => t_string!(i18n, apply.mobile.code_expired).to_string(),
            ApiError::CodeLocked => t_string!(i18n, apply.mobile.code_locked).to_string(),
            ApiError::Invalid => t_string!(i18n, apply.mobile.code_format).to_string(),
            _ => t_string!(i18n, apply.unavailable).to_string(),
        }
    };
    let message_again = message.clone();
    let mobile_error = Signal::derive(move || match trouble.get() {
        Some(Trouble::Mobile(e)) => Some(message(&e)),
        _ => None,
    });
    let code_error = Signal::derive(move || match trouble.get() {
        Some(Trouble::Code(e)) => Some(message_again(&e)),
        _ => None,
    });
    let problems = Signal::derive(move || {
        Problem::of_fields([
            ("f-mobile", mobile_error.get()),
            ("f-code", code_error.get()),
        ])
    });
    if let Some(flag) = has_errors {
        Effect::new(move |_| flag.set(!problems.read().is_empty()));
    }
    // One request at a time: sending a code and checking it share the buttons' busy state.
    let send_code_action = Action::new_local(move |number: &String| {
        let number = number.clone();
        async move {
            match send_code(number).await {
                Ok(done) => {
                    trouble.set(None);
                    code.set(String::new());
                    sent.set(Some(done));
                    // After the code's field is drawn.
                    request_animation_frame(|| {
                        crate::components::error_summary::focus_by_id("f-code")
                    });
                }
                Err(error) => trouble.set(Some(Trouble::Mobile(error))),
            }
        }
    });
    let verify_action = Action::new_local(move |(number, typed): &(String, String)| {
        let (number, typed) = (number.clone(), typed.clone());
        async move {
            match verify_code(number, typed).await {
                Ok(number) => {
                    trouble.set(None);
                    on_verified.run(number);
                }
                Err(error) => trouble.set(Some(Trouble::Code(error))),
            }
        }
    });
    let (sending, verifying) = (send_code_action.pending(), verify_action.pending());
    let busy = Signal::derive(move || sending.get() || verifying.get());
    let send = move || {
        if busy.get_untracked() {
            return;
        }
        send_code_action.dispatch(mobile.get_untracked());
    };
    let verify = move || {
        if busy.get_untracked() {
            return;
        }
        verify_action.dispatch((mobile.get_untracked(), code.get_untracked()));
    };
    view! {
        <ErrorSummary problems />
        <AppForm on_submit=move || send()>
            <MobileQuestion
                label=tr!(i18n, apply.mobile.label)
                hint=tr!(i18n, apply.mobile.hint)
                value=mobile
                error=mobile_error
            />
            <button
                type="submit"
                class=move || {
                    if sent.get().is_some() {
                        "app-button app-button--secondary"
                    } else {
                        "app-button"
                    }
                }
                disabled=move || busy.get()
            >
                {move || {
                    if sent.get().is_some() {
                        tr!(i18n, apply.mobile.resend).get()
                    } else {
                        tr!(i18n, apply.mobile.send).get()
                    }
                }}
            </button>
        </AppForm>
        <Show when=move || sent.get().is_some()>
            <AppForm on_submit=move || verify()>
                <p class="app-notice" role="status">
                    {move || {
                        sent.get()
                            .map(|s| {
                                t_string!(
                                    i18n, apply.mobile.sent, mobile = s.masked_mobile, minutes = s.valid_for_secs / 60
                                )
                                    .to_string()
                            })
                    }}
                </p>
                <TextQuestion
                    name="code"
                    label=tr!(i18n, apply.mobile.code_label)
                    hint=tr!(i18n, apply.mobile.code_hint)
                    value=code
                    error=code_error
                    entry=Entry::Code
                    autocomplete="one-time-code"
                    inputmode="numeric"
                />
                <button type="submit" class="app-button" disabled=move || busy.get()>
                    {tr!(i18n, apply.mobile.verify)}
                </button>
            </AppForm>
        </Show>
    }
}
