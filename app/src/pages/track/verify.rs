//! `/verify/{code}` and `/verify`: anyone checks a certificate by the code printed on it (the QR
//! code opens the page with the code). A genuine certificate shows only a masked name, the
//! service, the day and the issuing post; an unknown code shows nothing else.

use crate::api::catalogue::get_service;
use crate::api::certificate::verify_certificate;
use crate::components::app_form::AppForm;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_form_page_title;
use crate::components::status::Loaded;
use crate::components::summary_row::SummaryRow;
use crate::components::text_question::{Entry, TextQuestion, question_error_text};
use crate::domain::certificate::{format_code, normalise_code};
use crate::domain::validate::FieldError;
use crate::i18n::*;
use crate::pages::track::certified_facts::{CertifiedFacts, ValidityRow};
use crate::preferences::use_language;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

/// What is wrong with a typed code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CodeTrouble {
    /// Nothing typed.
    Missing,
    /// Not 20 letters and digits of the code's alphabet.
    Malformed,
}

/// The check page: the result for the code in the address, if any, and the form for a code.
#[component]
pub fn VerifyPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let code = Memo::new(move |_| params.read().get("code").filter(|c| !c.is_empty()));
    let trouble = RwSignal::new(None::<CodeTrouble>);
    use_form_page_title(
        move || t_string!(i18n, certificate.verify.title).to_string(),
        move || trouble.get().is_some(),
    );
    view! {
        <PageHeading>{tr!(i18n, certificate.verify.title)}</PageHeading>
        {move || code.get().map(|code| view! { <VerifyResult code /> })}
        <CodeForm trouble again=Signal::derive(move || code.get().is_some()) />
    }
}

/// The result of checking one code.
#[component]
fn VerifyResult(code: String) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let plain = normalise_code(&code);
    let shown = plain
        .as_deref()
        .map(format_code)
        .unwrap_or_else(|| code.clone());
    let data = LocalResource::new(move || {
        let plain = plain.clone();
        async move {
            let Some(plain) = plain else { return Ok(None) };
            let Some(check) = verify_certificate(plain).await? else {
                return Ok(None);
            };
            let name = get_service(check.service_id.clone())
                .await
                .ok()
                .flatten()
                .map(|s| s.name);
            Ok::<_, crate::api::ApiError>(Some((check, name)))
        }
    });
    view! {
        <p>{tr!(i18n, certificate.verify.checked_code)} " " <strong lang="en">{shown}</strong></p>
        <Loaded
            data=data
            show=move |result| match result {
                Ok(Some((check, name))) => {
                    Some({
                        let revoked = check.revoked;
                        let service_id = check.service_id.clone();
                        let issued_by = check.issued_by.clone();
                        view! {
                            <div
                                class=if revoked {
                                    "app-verdict app-verdict--revoked"
                                } else {
                                    "app-verdict app-verdict--genuine"
                                }
                                role="status"
                            >
                                <h2 class="app-verdict__title" id="verify-result">
                                    {if revoked {
                                        tr!(i18n, certificate.verify.revoked)
                                    } else {
                                        tr!(i18n, certificate.verify.genuine)
                                    }}
                                </h2>
                                {revoked
                                    .then(|| {
                                        view! {
                                            <p>{tr!(i18n, certificate.verify.revoked_body)}</p>
                                        }
                                    })}
                            </div>
                            <dl class="app-summary">
                                <SummaryRow label=tr!(
                                    i18n, certificate.verify.holder
                                )>{check.masked_name}</SummaryRow>
                                <SummaryRow label=tr!(
                                    i18n, certificate.verify.service
                                )>
                                    {move || {
                                        name.as_ref()
                                            .map(|n| n.get(language.get()).to_string())
                                            .unwrap_or_else(|| service_id.clone())
                                    }}
                                </SummaryRow>
                                <CertifiedFacts facts=check.facts />
                                <SummaryRow label=tr!(
                                    i18n, certificate.issued_on
                                )>{check.issued_on.format_dmy()}</SummaryRow>
                                <ValidityRow
                                    validity=check.validity
                                    today=crate::apply_state::today()
                                />
                                <SummaryRow label=tr!(
                                    i18n, certificate.issued_by
                                )>{move || issued_by.get(language.get()).to_string()}</SummaryRow>
                            </dl>
                            <p class="app-hint">{tr!(i18n, certificate.verify.private_note)}</p>
                        }
                            .into_any()
                    })
                }
                Ok(None) => {
                    Some({
                        view! {
                            <div class="app-verdict app-verdict--none" role="status">
                                <h2 class="app-verdict__title" id="verify-result">
                                    {tr!(i18n, certificate.verify.none)}
                                </h2>
                            </div>
                        }
                            .into_any()
                    })
                }
                Err(_) => None,
            }
        />
    }
}

/// The form for a code: checked here, then the page for that code.
#[component]
fn CodeForm(
    /// The problem with the typed code, shared with the page's title.
    trouble: RwSignal<Option<CodeTrouble>>,
    /// Whether a code was already checked (the form then checks "another").
    again: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let typed = RwSignal::new(String::new());
    let label = tr!(i18n, certificate.verify.code_label);
    let error = Signal::derive(move || {
        trouble.get().map(|e| match e {
            CodeTrouble::Missing => question_error_text(i18n, label.get(), FieldError::Required),
            CodeTrouble::Malformed => t_string!(i18n, certificate.verify.code_format).to_string(),
        })
    });
    let problems = Signal::derive(move || Problem::of_fields([("f-code", error.get())]));
    let submit = move || {
        let text = typed.get_untracked();
        match normalise_code(&text) {
            Some(plain) => {
                trouble.set(None);
                typed.set(String::new());
                navigate(
                    &format!("/verify/{}", format_code(&plain)),
                    Default::default(),
                );
            }
            None if text.trim().is_empty() => trouble.set(Some(CodeTrouble::Missing)),
            None => trouble.set(Some(CodeTrouble::Malformed)),
        }
    };
    view! {
        <ErrorSummary problems />
        <h2 class="app-section-heading">
            {move || {
                if again.get() {
                    tr!(i18n, certificate.verify.another).get()
                } else {
                    tr!(i18n, certificate.verify.form_title).get()
                }
            }}
        </h2>
        <AppForm on_submit=move || submit()>
            <TextQuestion
                name="code"
                label
                hint=tr!(i18n, certificate.verify.code_hint)
                value=typed
                error
                entry=Entry::Line
                autocomplete="off"
                lang="en"
            />
            <button type="submit" class="app-button" id="verify-submit">
                {tr!(i18n, certificate.verify.submit)}
            </button>
        </AppForm>
    }
}
