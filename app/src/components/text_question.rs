//! One typed question outside the application wizard: its label, hint and error joined to the
//! input by `aria-describedby`. Ids are `f-{name}`, `f-{name}-hint` and `f-{name}-error`, so an
//! error summary can link to `#f-{name}`.

use crate::components::field_error_text::field_error_text;
use crate::domain::form::{Field, FieldKind};
use crate::domain::language::BilingualText;
use crate::domain::validate::FieldError;
use crate::i18n::*;
use leptos::prelude::*;

/// The message for `error` on a question labelled `label` (in the reader's language), in the
/// same words the wizard uses.
pub fn question_error_text(
    i18n: leptos_i18n::I18nContext<Locale>,
    label: &str,
    error: FieldError,
) -> String {
    let field = Field::new(
        String::new(),
        FieldKind::Text,
        BilingualText::new(label, label),
    );
    field_error_text(i18n, &field, error)
}

/// How the answer is typed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Entry {
    /// One line of text.
    #[default]
    Line,
    /// A short line: a number or a code.
    Short,
    /// A six-digit one-time code.
    Code,
    /// Several lines.
    Lines,
    /// A password.
    Password,
}

/// One question: label, optional hint, the error while there is one, and the input.
#[component]
pub fn TextQuestion(
    /// The answer's name; the input's id is `f-{name}`.
    name: &'static str,
    /// The question.
    label: Signal<&'static str>,
    /// What to write, under the label.
    #[prop(optional)]
    hint: Option<Signal<&'static str>>,
    /// The answer as typed.
    value: RwSignal<String>,
    /// The message while the answer is refused.
    error: Signal<Option<String>>,
    /// How the answer is typed.
    #[prop(optional)]
    entry: Entry,
    /// The browser's autofill hint (`username`, `tel-national`…); `off` if none.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// The phone keyboard (`numeric`, `tel`…).
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// The language of what is typed, when it differs from the page's (`en` for a code).
    #[prop(optional)]
    lang: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("f-{name}");
    let hint_id = format!("f-{name}-hint");
    let error_id = format!("f-{name}-error");
    let has_hint = hint.is_some();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        Signal::derive(move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.as_str());
            }
            if error.read().is_some() {
                ids.push(error_id.as_str());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    };
    let invalid = Signal::derive(move || error.read().is_some().to_string());
    let on_input = move |ev: leptos::ev::Event| value.set(event_target_value(&ev));
    let autocomplete = autocomplete.unwrap_or("off");
    let control = match entry {
        Entry::Lines => view! {
            <textarea
                class="app-textarea"
                id=id.clone()
                name=name
                rows="6"
                autocomplete=autocomplete
                lang=lang
                aria-describedby=described_by
                aria-invalid=invalid
                prop:value=value
                on:input=on_input
            ></textarea>
        }
        .into_any(),
        _ => view! {
            <input
                class=match entry {
                    Entry::Short => "app-input app-input--short",
                    Entry::Code => "app-input app-input--code",
                    _ => "app-input",
                }
                maxlength=(entry == Entry::Code).then_some("6")
                type=if entry == Entry::Password { "password" } else { "text" }
                id=id.clone()
                name=name
                autocomplete=autocomplete
                inputmode=inputmode
                lang=lang
                spellcheck="false"
                aria-describedby=described_by
                aria-invalid=invalid
                prop:value=value
                on:input=on_input
            />
        }
        .into_any(),
    };
    view! {
        <div class=move || {
            if error.read().is_some() { "app-field app-field--error" } else { "app-field" }
        }>
            <label class="app-field__label" for=id>
                {label}
            </label>
            {hint
                .map(|hint| {
                    view! {
                        <p class="app-field__hint" id=hint_id>
                            {hint}
                        </p>
                    }
                })}
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="app-field__error" id=error_id.clone()>
                                <span class="app-visually-hidden">
                                    {tr!(i18n, apply.field.error_prefix)} ": "
                                </span>
                                {message}
                            </p>
                        }
                    })
            }}
            {control}
        </div>
    }
}

/// The question for a 10-digit mobile number (the phone's number keypad, and the browser's own
/// number to fill in).
#[component]
pub fn MobileQuestion(
    /// The question.
    label: Signal<&'static str>,
    /// What to write, under the label.
    hint: Signal<&'static str>,
    /// The number as typed.
    value: RwSignal<String>,
    /// The message while the number is refused.
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <TextQuestion
            name="mobile"
            label
            hint
            value
            error
            entry=Entry::Short
            autocomplete="tel-national"
            inputmode="tel"
        />
    }
}
