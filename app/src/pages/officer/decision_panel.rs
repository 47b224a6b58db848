//! The officer's decision on an application: one radio button for each action this officer may
//! take now, then the text that action needs (reasons, a request, a new deadline), checked here
//! first and again by the server; problems go next to the fields and in a focused summary. An
//! approval first shows the certificate as it will be issued, and waits for a confirm.

use crate::api::ApiError;
use crate::api::case_types::{CertificatePreview, Decision, DeskCase, MIN_NOTE_CHARS};
use crate::api::officer::officer_decide;
use crate::apply_state::today;
use crate::components::app_form::AppForm;
use crate::components::error_summary::{ErrorSummary, Problem, focus_by_id};
use crate::components::text_question::{Entry, TextQuestion, question_error_text};
use crate::domain::note::{check_new_deadline, check_note};
use crate::domain::status::Action;
use crate::domain::validate::FieldError;
use crate::i18n::*;
use crate::pages::officer::approve_preview::ApprovePreview;
use leptos::prelude::*;

/// What is wrong, by question, kept as a kind so the message follows a language switch.
#[derive(Clone, Debug, PartialEq)]
enum Trouble {
    Field(&'static str, FieldError),
    Choose,
    Refused,
    SignedOut,
    Unavailable,
}

/// The words for an action the officer may take.
fn action_text(i18n: leptos_i18n::I18nContext<Locale>, action: Action) -> &'static str {
    match action {
        Action::Approve => t_string!(i18n, officer.decide.approve),
        Action::Reject => t_string!(i18n, officer.decide.reject),
        Action::AskInfo => t_string!(i18n, officer.decide.ask_info),
        Action::OrderDelivery => t_string!(i18n, officer.decide.order_delivery),
        Action::DismissAppeal => t_string!(i18n, officer.decide.dismiss_appeal),
        Action::AnswerInfo | Action::Appeal => "",
    }
}

/// The decision form. `on_decided` gets the application as it stands afterwards.
#[component]
pub fn DecisionPanel(
    /// The application number.
    number: String,
    /// What this officer may do now.
    actions: Vec<Action>,
    /// Called once the server recorded the decision.
    on_decided: Callback<DeskCase>,
    /// Reports whether errors are showing (for the page title).
    has_errors: RwSignal<bool>,
    /// The certificate an approval would issue (shown before the confirm).
    preview: Option<CertificatePreview>,
    /// The service (for the preview's district).
    service_id: String,
    /// The applicant's district (for the preview).
    district_id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(None::<Action>);
    // The approval waits here, with the preview open, until the officer confirms it.
    let confirming = RwSignal::new(false);
    let (reasons, message, new_due) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let troubles = RwSignal::new(Vec::<Trouble>::new());
    Effect::new(move |_| has_errors.set(!troubles.read().is_empty()));
    let reasons_label = Signal::derive(move || match chosen.get() {
        Some(Action::OrderDelivery) => t_string!(i18n, officer.decide.reasons_order),
        Some(Action::DismissAppeal) => t_string!(i18n, officer.decide.reasons_dismiss),
        _ => t_string!(i18n, officer.decide.reasons_reject),
    });
    let message_label = tr!(i18n, officer.decide.message_label);
    let due_label = tr!(i18n, officer.decide.new_due_label);
    let text = move |trouble: &Trouble| -> (&'static str, String) {
        match trouble {
            Trouble::Field(field, e) => {
                let field = *field;
                let label = match field {
                    "message" => message_label.get(),
                    "new_due" => due_label.get(),
                    _ => reasons_label.get(),
                };
                (field, question_error_text(i18n, label, *e))
            }
            Trouble::Choose => ("action", t_string!(i18n, officer.decide.choose).to_string()),
            Trouble::Refused => (
                "action",
                t_string!(i18n, officer.decide.refused).to_string(),
            ),
            Trouble::SignedOut => (
                "action",
                t_string!(i18n, officer.decide.signed_out).to_string(),
            ),
            Trouble::Unavailable => (
                "action",
                t_string!(i18n, officer.decide.unavailable).to_string(),
            ),
        }
    };
    let error_of = move |field: &'static str| {
        Signal::derive(move || {
            troubles
                .read()
                .iter()
                .map(text)
                .find(|(f, _)| *f == field)
                .map(|(_, m)| m)
        })
    };
    let problems = Signal::derive(move || -> Vec<Problem> {
        troubles
            .read()
            .iter()
            .map(text)
            .map(|(f, m)| Problem::new(format!("f-{f}"), m))
            .collect()
    });
    let number = StoredValue::new(number);
    let has_preview = preview.is_some();
    // `Action` here is the officer's choice (domain::status), hence the path.
    let decide = leptos::prelude::Action::new_local(move |decision: &Decision| {
        let decision = decision.clone();
        async move {
            match officer_decide(number.get_value(), decision).await {
                Ok(desk) => {
                    troubles.set(Vec::new());
                    on_decided.run(desk);
                }
                Err(error) => troubles.set(match error {
                    ApiError::Fields(problems) => problems
                        .into_iter()
                        .map(|p| match p.field.as_str() {
                            "message" => Trouble::Field("message", p.error),
                            "new_due" => Trouble::Field("new_due", p.error),
                            _ => Trouble::Field("reasons", p.error),
                        })
                        .collect(),
                    ApiError::Refused(_) => vec![Trouble::Refused],
                    ApiError::NotSignedIn => vec![Trouble::SignedOut],
                    _ => vec![Trouble::Unavailable],
                }),
            }
        }
    });
    let busy = decide.pending();
    let submit = move |confirmed: bool| {
        if busy.get_untracked() {
            return;
        }
        let Some(action) = chosen.get_untracked() else {
            troubles.set(vec![Trouble::Choose]);
            return;
        };
        if action == Action::Approve && has_preview && !confirmed {
            confirming.set(true);
            return;
        }
        let mut found = Vec::new();
        let note = |field: &'static str, value: RwSignal<String>, found: &mut Vec<Trouble>| {
            check_note(&value.get_untracked(), MIN_NOTE_CHARS).unwrap_or_else(|e| {
                found.push(Trouble::Field(field, e));
                String::new()
            })
        };
        let decision = match action {
            Action::Approve => Decision::Approve,
            Action::Reject => Decision::Reject {
                reasons: note("reasons", reasons, &mut found),
            },
            Action::AskInfo => Decision::AskInfo {
                message: note("message", message, &mut found),
            },
            Action::DismissAppeal => Decision::DismissAppeal {
                reasons: note("reasons", reasons, &mut found),
            },
            Action::OrderDelivery => {
                let due = check_new_deadline(&new_due.get_untracked(), today());
                let new_due = due.map(|d| d.format_dmy()).unwrap_or_else(|e| {
                    found.push(Trouble::Field("new_due", e));
                    String::new()
                });
                Decision::OrderDelivery {
                    new_due,
                    reasons: note("reasons", reasons, &mut found),
                }
            }
            Action::AnswerInfo | Action::Appeal => return,
        };
        if !found.is_empty() {
            troubles.set(found);
            return;
        }
        decide.dispatch(decision);
    };
    let action_error = error_of("action");
    let radios = actions
        .into_iter()
        .filter(|a| !matches!(a, Action::AnswerInfo | Action::Appeal))
        .enumerate()
        .map(|(i, action)| {
            let id = if i == 0 {
                "f-action".to_string()
            } else {
                format!("f-action-{i}")
            };
            view! {
                <div class="app-choices__item">
                    <input
                        class="app-choices__input"
                        type="radio"
                        id=id.clone()
                        name="action"
                        value=action.as_str()
                        prop:checked=move || chosen.get() == Some(action)
                        on:change=move |_| {
                            chosen.set(Some(action));
                            confirming.set(false);
                            troubles.set(Vec::new());
                        }
                    />
                    <label class="app-choices__label" for=id>
                        {move || action_text(i18n, action)}
                    </label>
                </div>
            }
        })
        .collect_view();
    let needs = move |wanted: &[Action]| chosen.get().is_some_and(|a| wanted.contains(&a));
    view! {
        <ErrorSummary problems />
        <AppForm on_submit=move || submit(false)>
            <div class=move || {
                if action_error.read().is_some() {
                    "app-field app-field--error"
                } else {
                    "app-field"
                }
            }>
                <fieldset
                    class="app-field__set"
                    aria-describedby=move || {
                        action_error.read().is_some().then_some("f-action-error")
                    }
                >
                    <legend class="app-field__label">{tr!(i18n, officer.decide.legend)}</legend>
                    {move || {
                        action_error
                            .get()
                            .map(|m| {
                                view! {
                                    <p class="app-field__error" id="f-action-error">
                                        <span class="app-visually-hidden">
                                            {tr!(i18n, apply.field.error_prefix)} ": "
                                        </span>
                                        {m}
                                    </p>
                                }
                            })
                    }}
                    <div class="app-choices">{radios}</div>
                </fieldset>
            </div>
            <Show when=move || needs(&[Action::OrderDelivery])>
                <TextQuestion
                    name="new_due"
                    label=due_label
                    hint=tr!(i18n, officer.decide.new_due_hint)
                    value=new_due
                    error=error_of("new_due")
                    entry=Entry::Short
                    inputmode="numeric"
                />
            </Show>
            <Show when=move || needs(&[Action::AskInfo])>
                <TextQuestion
                    name="message"
                    label=message_label
                    hint=tr!(i18n, officer.decide.message_hint)
                    value=message
                    error=error_of("message")
                    entry=Entry::Lines
                />
            </Show>
            <Show when=move || needs(
                &[Action::Reject, Action::OrderDelivery, Action::DismissAppeal],
            )>
                <TextQuestion
                    name="reasons"
                    label=reasons_label
                    hint=tr!(i18n, officer.decide.reasons_hint)
                    value=reasons
                    error=error_of("reasons")
                    entry=Entry::Lines
                />
            </Show>
            {move || match (confirming.get(), preview.clone()) {
                (true, Some(preview)) => {
                    view! {
                        <ApprovePreview
                            preview
                            service_id=service_id.clone()
                            district_id=district_id.clone()
                            busy=busy.into()
                            on_confirm=Callback::new(move |_| submit(true))
                            on_back=Callback::new(move |_| {
                                confirming.set(false);
                                request_animation_frame(|| focus_by_id("f-action"));
                            })
                        />
                    }
                        .into_any()
                }
                _ => {
                    view! {
                        <button
                            type="submit"
                            class="app-button"
                            id="decide"
                            disabled=move || busy.get()
                        >
                            {tr!(i18n, officer.decide.submit)}
                        </button>
                    }
                        .into_any()
                }
            }}
        </AppForm>
    }
}
