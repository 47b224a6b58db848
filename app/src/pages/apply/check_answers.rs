//! The check page: every answer with a "change" link that comes back here, the fee, the
//! declaration, and the submit button. A double click or a retry submits once: the draft's
//! idempotency key goes with every attempt.

use crate::api::ApiError;
use crate::api::apply::submit_application;
use crate::api::apply_types::{Answers, ApplyChannel, mask_mobile};
use crate::apply_state::{LocalDraft, today, use_wizard};
use crate::components::app_form::AppForm;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::field_error_text::field_error_text;
use crate::components::file_field::human_size;
use crate::domain::answers::{AnswerValue, check_all, is_shown, shown_answer};
use crate::domain::form::{Field, FormDefinition};
use crate::domain::guidance::FeeDue;
use crate::domain::language::Language;
use crate::i18n::*;
use crate::pages::apply::fee_lines::FeeLines;
use crate::pages::apply::wizard_heading::{WizardHeading, step_count};
use crate::preferences::use_language;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// An answer as the check page shows it: choices by their label, Aadhaar masked, files by name.
fn shown_text(
    payload: &crate::api::apply_types::FormPayload,
    field: &Field,
    value: &str,
    language: Language,
    yes: &str,
) -> String {
    match shown_answer(field, value, payload) {
        AnswerValue::Text(text) => text,
        AnswerValue::Choice(label) => label.get(language).to_string(),
        AnswerValue::Yes => yes.to_string(),
        AnswerValue::File { name, size, .. } => format!("{name} ({})", human_size(size)),
    }
}

/// Which page a question is on.
fn step_of(form: &FormDefinition, field: &str) -> Option<String> {
    form.steps
        .iter()
        .find(|s| s.fields.iter().any(|f| f.id == field))
        .map(|s| s.id.clone())
}

/// The last page: check, declare, submit.
#[component]
pub fn CheckAnswers() -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let wizard = use_wizard();
    let navigate = use_navigate();
    let declared = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let problems_kinds = RwSignal::new(Vec::<(String, crate::domain::validate::FieldError)>::new());
    let declaration_missing = RwSignal::new(false);
    let problems = Signal::derive(move || -> Vec<Problem> {
        let mut list: Vec<Problem> = wizard.form.with_value(|f| {
            problems_kinds
                .get()
                .into_iter()
                .filter_map(|(id, error)| {
                    let field = f.definition.field(&id)?;
                    let step = step_of(&f.definition, &id)?;
                    Some(Problem::new(
                        format!("change-{step}"),
                        field_error_text(i18n, field, error),
                    ))
                })
                .collect()
        });
        if declaration_missing.get() {
            list.push(Problem::new(
                "f-declaration",
                t_string!(i18n, apply.check.declare_error).to_string(),
            ));
        }
        match failure.get() {
            Some(ApiError::NotVerified) => list.push(Problem::new(
                "change-mobile",
                t_string!(i18n, apply.check.not_verified).to_string(),
            )),
            Some(_) => list.push(Problem::new(
                "submit",
                t_string!(i18n, apply.check.failed).to_string(),
            )),
            None => {}
        }
        list
    });
    let has_errors = Signal::derive(move || !problems.read().is_empty());
    let send = Action::new_local(
        move |(service_id, answers, key): &(String, Answers, String)| {
            let (service_id, answers, key) = (service_id.clone(), answers.clone(), key.clone());
            let navigate = navigate.clone();
            async move {
                match submit_application(service_id.clone(), answers, key).await {
                    Ok(receipt) => {
                        LocalDraft::clear(&service_id);
                        navigate(&format!("/receipt/{}", receipt.number), Default::default());
                    }
                    Err(ApiError::Fields(found)) => {
                        problems_kinds.set(found.into_iter().map(|p| (p.field, p.error)).collect())
                    }
                    Err(error) => failure.set(Some(error)),
                }
            }
        },
    );
    let busy = send.pending();
    let submit = move || {
        if busy.get_untracked() {
            return;
        }
        failure.set(None);
        let invalid = wizard.form.with_value(|form| {
            wizard
                .draft
                .with_untracked(|d| check_all(&form.definition, &d.answers, today(), form).err())
        });
        problems_kinds.set(
            invalid
                .unwrap_or_default()
                .into_iter()
                .map(|p| (p.field, p.error))
                .collect(),
        );
        declaration_missing.set(!declared.get_untracked());
        if !problems_kinds.read_untracked().is_empty() || !declared.get_untracked() {
            return;
        }
        let (answers, key) = wizard
            .draft
            .with_untracked(|d| (d.answers.clone(), d.idempotency_key.clone()));
        send.dispatch((wizard.service_id(), answers, key));
    };
    let number = step_count();
    let title = Signal::derive(move || tr!(i18n, apply.check.title).get().to_string());
    let by_centre = wizard.channel == ApplyChannel::Centre;
    let fee = FeeDue::new(
        wizard.service.with_value(|s| s.guidance.fee.rupees),
        by_centre,
    );
    let fee_note = move || {
        if by_centre {
            tr!(i18n, apply.fee.operator_note).into_any()
        } else {
            tr!(i18n, apply.fee.online_note).into_any()
        }
    };
    let steps = wizard.form.with_value(|f| f.definition.steps.clone());
    let declaration = wizard.form.with_value(|f| f.definition.declaration.clone());
    view! {
        <p class="app-breadcrumb">
            <a
                class="app-link app-back-link"
                href=wizard
                    .form
                    .with_value(|f| {
                        wizard.step_href(&f.definition.steps[f.definition.steps.len() - 1].id)
                    })
            >
                {tr!(i18n, apply.back)}
            </a>
        </p>
        <ErrorSummary problems />
        <WizardHeading number title has_errors />
        <h2 class="app-section-heading">{tr!(i18n, apply.mobile.title)}</h2>
        <dl class="app-summary">
            <div class="app-summary__row">
                <dt class="app-summary__key">{tr!(i18n, apply.mobile.label)}</dt>
                <dd class="app-summary__value">
                    {move || wizard.verified.get().map(|m| mask_mobile(&m)).unwrap_or_default()}
                </dd>
                <dd class="app-summary__action">
                    <a class="app-link" id="change-mobile" href=wizard.step_href("mobile")>
                        {tr!(i18n, apply.check.change)}
                        <span class="app-visually-hidden">
                            ": " {tr!(i18n, apply.mobile.label)}
                        </span>
                    </a>
                </dd>
            </div>
        </dl>
        {steps
            .into_iter()
            .map(|step| {
                let title = step.title.clone();
                let href = format!("{}?return=check", wizard.step_href(&step.id));
                let change_id = format!("change-{}", step.id);
                let fields = step.fields.clone();
                view! {
                    <h2 class="app-section-heading">
                        {move || title.get(language.get()).to_string()}
                    </h2>
                    <dl class="app-summary">
                        {move || {
                            let lang = language.get();
                            let yes = t_string!(i18n, apply.check.yes).to_string();
                            let not_given = t_string!(i18n, apply.check.not_given).to_string();
                            wizard
                                .form
                                .with_value(|payload| {
                                    wizard
                                        .draft
                                        .with(|d| {
                                            fields
                                                .iter()
                                                .filter(|f| is_shown(&payload.definition, f, &d.answers))
                                                .enumerate()
                                                .map(|(i, field)| {
                                                    let value = d
                                                        .answers
                                                        .get(&field.id)
                                                        .filter(|v| !v.is_empty())
                                                        .map(|v| shown_text(payload, field, v, lang, &yes))
                                                        .unwrap_or_else(|| not_given.clone());
                                                    let label = field.label.get(lang).to_string();
                                                    let link_id = (i == 0).then(|| change_id.clone());
                                                    view! {
                                                        <div class="app-summary__row">
                                                            <dt class="app-summary__key">{label.clone()}</dt>
                                                            <dd class="app-summary__value">{value}</dd>
                                                            <dd class="app-summary__action">
                                                                <a
                                                                    class="app-link"
                                                                    id=link_id
                                                                    href=format!(
                                                                        "{href}#{}",
                                                                        crate::components::form_field::input_id(&field.id),
                                                                    )
                                                                >
                                                                    {tr!(i18n, apply.check.change)}
                                                                    <span class="app-visually-hidden">": " {label}</span>
                                                                </a>
                                                            </dd>
                                                        </div>
                                                    }
                                                })
                                                .collect_view()
                                        })
                                })
                        }}
                    </dl>
                }
            })
            .collect_view()}
        <section class="app-panel" aria-labelledby="fee-title">
            <h2 class="app-panel__title" id="fee-title">
                {tr!(i18n, apply.check.fee_title)}
            </h2>
            <FeeLines fee=fee />
            <p class="app-hint">{fee_note}</p>
        </section>
        <AppForm on_submit=move || submit()>
            <h2 class="app-section-heading">{tr!(i18n, apply.check.declaration_title)}</h2>
            <div class=move || {
                if declaration_missing.get() { "app-field app-field--error" } else { "app-field" }
            }>
                <p class="app-declaration" id="f-declaration-text">
                    {move || declaration.get(language.get()).to_string()}
                </p>
                {move || {
                    declaration_missing
                        .get()
                        .then(|| {
                            view! {
                                <p class="app-field__error" id="f-declaration-error">
                                    <span class="app-visually-hidden">
                                        {tr!(i18n, apply.field.error_prefix)} ": "
                                    </span>
                                    {tr!(i18n, apply.check.declare_error)}
                                </p>
                            }
                        })
                }}
                <div class="app-choices__item">
                    <input
                        class="app-choices__input"
                        type="checkbox"
                        id="f-declaration"
                        aria-describedby=move || {
                            if declaration_missing.get() {
                                "f-declaration-text f-declaration-error"
                            } else {
                                "f-declaration-text"
                            }
                        }
                        prop:checked=declared
                        on:change=move |ev| {
                            declared.set(event_target_checked(&ev));
                            if declared.get_untracked() {
                                declaration_missing.set(false);
                            }
                        }
                    />
                    <label class="app-choices__label" for="f-declaration">
                        {tr!(i18n, apply.check.declare)}
                    </label>
                </div>
            </div>
            <button
                type="submit"
                id="submit"
                class="app-button"
                aria-disabled=move || busy.get().to_string()
            >
                {move || {
                    if busy.get() {
                        tr!(i18n, apply.check.submitting).get()
                    } else {
                        tr!(i18n, apply.check.submit).get()
                    }
                }}
            </button>
        </AppForm>
    }
}
