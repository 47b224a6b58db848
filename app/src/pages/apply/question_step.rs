//! A page of questions. Each answer is kept as it is typed and checked as the reader leaves the
//! field; Continue checks the whole page, and either lists the problems in a focused summary or
//! moves on (back to the check page when the reader came from there).

use crate::apply_state::{today, use_wizard};
use crate::components::app_form::AppForm;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::field_error_text::field_error_text;
use crate::components::form_field::{FormField, input_id};
use crate::domain::answers::{check_answer, check_step, is_shown};
use crate::i18n::*;
use crate::pages::apply::mobile_step::save_on_server;
use crate::pages::apply::wizard_heading::WizardHeading;
use crate::preferences::use_language;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::collections::BTreeMap;

/// Page `index` of the form (the wizard's page `index + 2`).
#[component]
pub fn QuestionStep(
    /// The form page's position, from 0.
    index: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let wizard = use_wizard();
    let navigate = use_navigate();
    let query = use_query_map();
    let step = wizard
        .form
        .with_value(|f| f.definition.steps[index].clone());
    let step_count = wizard.form.with_value(|f| f.definition.steps.len());
    // Errors by question id, as error kinds, so the words follow a language switch.
    let errors = RwSignal::new(BTreeMap::<String, crate::domain::validate::FieldError>::new());
    // The summary lists the problems as the last Continue found them. Leaving a field updates
    // that field's own message, never the summary: a summary that changed (and took focus, and
    // scrolled the page) on every blur swallowed the tap that caused the blur, so a choice tapped
    // just after typing elsewhere was lost.
    let summary = RwSignal::new(BTreeMap::<String, crate::domain::validate::FieldError>::new());
    let shown_summary = RwSignal::new(false);
    let message_in =
        move |list: RwSignal<BTreeMap<String, crate::domain::validate::FieldError>>,
              id: &str|
              -> Option<String> {
            let error = list.with(|e| e.get(id).copied())?;
            wizard.form.with_value(|f| {
                f.definition
                    .field(id)
                    .map(|field| field_error_text(i18n, field, error))
            })
        };
    let message_for = move |id: &str| message_in(errors, id);
    let problems = Signal::derive(move || -> Vec<Problem> {
        if !shown_summary.get() {
            return Vec::new();
        }
        let order: Vec<String> = wizard.form.with_value(|f| {
            f.definition.steps[index]
                .fields
                .iter()
                .map(|x| x.id.clone())
                .collect()
        });
        order
            .into_iter()
            .filter_map(|id| message_in(summary, &id).map(|m| Problem::new(input_id(&id), m)))
            .collect()
    });
    let has_errors = Signal::derive(move || !problems.read().is_empty());
    let leave = move |id: String| {
        let outcome = wizard.form.with_value(|form| {
            let field = form.definition.field(&id)?.clone();
            wizard.draft.with_untracked(|d| {
                let raw = d
                    .answers
                    .get(&id)
                    .map(|v| v.trim().to_string())
                    .unwrap_or_default();
                let result = check_answer(&field, &d.answers, today(), form);
                Some((raw.is_empty(), result))
            })
        });
        match outcome {
            // Leaving an empty question is not an error yet: Continue will say so.
            Some((true, Err(_))) => {}
            Some((_, Err(error))) => errors.update(|e| {
                e.insert(id, error);
            }),
            Some((_, Ok(_))) => errors.update(|e| {
                e.remove(&id);
            }),
            None => {}
        }
    };
    let continue_on = move || {
        let result = wizard.form.with_value(|form| {
            let step = &form.definition.steps[index];
            wizard
                .draft
                .with_untracked(|d| check_step(&form.definition, step, &d.answers, today(), form))
        });
        match result {
            Err(found) => {
                let found: BTreeMap<_, _> = found.into_iter().map(|p| (p.field, p.error)).collect();
                errors.set(found.clone());
                summary.set(found);
                shown_summary.set(false);
                shown_summary.set(true);
            }
            Ok(clean) => {
                errors.set(BTreeMap::new());
                summary.set(BTreeMap::new());
                shown_summary.set(false);
                // Keep the normalised answers (e.g. "98765 43210" becomes "9876543210").
                wizard.draft.update(|d| {
                    d.answers.extend(clean);
                    d.store();
                });
                let back_to_check =
                    query.read_untracked().get("return").as_deref() == Some("check");
                let next = if back_to_check || index + 1 >= step_count {
                    "check".to_string()
                } else {
                    wizard
                        .form
                        .with_value(|f| f.definition.steps[index + 1].id.clone())
                };
                wizard.draft.update(|d| d.step = next.clone());
                save_on_server();
                navigate(&wizard.step_href(&next), Default::default());
            }
        }
    };
    let previous = if index == 0 {
        wizard.step_href("mobile")
    } else {
        wizard
            .form
            .with_value(|f| wizard.step_href(&f.definition.steps[index - 1].id))
    };
    let title_text = step.title.clone();
    let title = Signal::derive(move || title_text.get(language.get()).to_string());
    let intro = step.intro.clone();
    let fields = step.fields.clone();
    view! {
        <p class="app-breadcrumb">
            <a class="app-link app-back-link" href=previous>
                {tr!(i18n, apply.back)}
            </a>
        </p>
        <ErrorSummary problems />
        <WizardHeading number=index + 2 title has_errors />
        {(index == 0)
            .then_some(move || {
                wizard
                    .verified
                    .get()
                    .map(|number| {
                        view! {
                            <p class="app-notice" id="sms-to">
                                {t_string!(
                                    i18n, apply.mobile.sms_to, mobile = crate::api::apply_types::mask_mobile(&number)
                                )
                                    .to_string()}
                            </p>
                        }
                    })
            })}
        {intro.map(|intro| view! { <p>{move || intro.get(language.get()).to_string()}</p> })}
        <AppForm on_submit=move || continue_on()>
            {fields
                .into_iter()
                .map(|field| {
                    let id = field.id.clone();
                    let shown_field = field.clone();
                    let shown = move || {
                        wizard
                            .form
                            .with_value(|f| {
                                wizard
                                    .draft
                                    .with(|d| is_shown(&f.definition, &shown_field, &d.answers))
                            })
                    };
                    let error_id = id.clone();
                    let error = Signal::derive(move || message_for(&error_id));
                    let on_leave = Callback::new(move |_| leave(id.clone()));
                    view! {
                        <Show when=shown.clone()>
                            <FormField field=field.clone() error on_leave />
                        </Show>
                    }
                })
                .collect_view()} <button type="submit" class="app-button">
                {tr!(i18n, apply.next)}
            </button>
        </AppForm>
        <SavedNote />
    }
}

/// Where the draft is kept and until when, with its resume code once the server has it.
#[component]
pub fn SavedNote() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    move || {
        match wizard.draft.with(|d| d.server.clone()) {
        Some(saved) => view! {
            <p class="app-wizard__saved">
                {t_string!(
                    i18n, apply.saved_on_server, code = saved.resume_code.clone(), date = saved.expires_on.format_dmy()
                )
                    .to_string()}
            </p>
        }.into_any(),
        None => view! { <p class="app-wizard__saved">{tr!(i18n, apply.saved_on_device)}</p> }.into_any(),
    }
    }
}
