//! One question of a form, whatever its kind: its label, hint and error joined to the input by
//! `aria-describedby`, the answer kept in the wizard's draft as it is typed, and checked as the
//! reader leaves the field.

use crate::apply_state::use_wizard;
use crate::components::devanagari_suggestion::{
    DevanagariSuggestion, has_suggestion, suggestion_id,
};
use crate::components::file_field::FileField;
use crate::components::place_filter::{PLACE_FILTER_FROM, PlaceFilter};
use crate::domain::form::{Choice, Field, FieldKind};
use crate::domain::search::places::place_matches;
use crate::i18n::*;
use crate::preferences::use_language;
use leptos::prelude::*;

/// The id of a question's input (the error summary links to it).
pub fn input_id(field: &str) -> String {
    format!("f-{field}")
}

/// `aria-describedby` for a question: its hint, and its error while there is one.
fn described_by(id: &str, has_hint: bool, error: Option<String>) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("f-{id}-hint"));
    }
    if error.is_some() {
        ids.push(format!("f-{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The keyboard and autofill a kind asks a phone for.
fn input_mode(kind: FieldKind) -> (&'static str, &'static str) {
    match kind {
        FieldKind::Mobile => ("tel", "tel-national"),
        FieldKind::Aadhaar | FieldKind::SamagraId | FieldKind::Rupees => ("numeric", "off"),
        FieldKind::Pin => ("numeric", "postal-code"),
        FieldKind::Name | FieldKind::HindiName => ("text", "name"),
        _ => ("text", "off"),
    }
}

/// One question.
#[component]
pub fn FormField(
    /// The question.
    field: Field,
    /// The message shown while the answer is refused.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Called when the reader leaves the field, to check the answer.
    on_leave: Callback<()>,
) -> impl IntoView {
    let wizard = use_wizard();
    let language = use_language();
    let i18n = use_i18n();
    let id = field.id.clone();
    let has_hint = field.hint.is_some();
    let label = field.label.clone();
    let hint = field.hint.clone();
    let value = {
        let id = id.clone();
        Signal::derive(move || {
            wizard
                .draft
                .with(|d| d.answers.get(&id).cloned().unwrap_or_default())
        })
    };
    let set = {
        let id = id.clone();
        move |text: String| wizard.answer(&id, text)
    };
    let describe = {
        let id = id.clone();
        move || described_by(&id, has_hint, error.get())
    };
    let optional = (!field.required && field.kind != FieldKind::Checkbox).then(|| {
        view! {
            " "
            <span class="app-field__optional">{tr!(i18n, apply.field.optional)}</span>
        }
    });
    let hint_view = {
        let id = id.clone();
        hint.map(|hint| {
            view! {
                <p class="app-field__hint" id=format!("f-{id}-hint")>
                    {move || hint.get(language.get()).to_string()}
                </p>
            }
        })
    };
    let error_view = {
        let id = id.clone();
        move || {
            error.get().map(|message| {
                view! {
                    <p class="app-field__error" id=format!("f-{id}-error")>
                        <span class="app-visually-hidden">
                            {tr!(i18n, apply.field.error_prefix)} ": "
                        </span>
                        {message}
                    </p>
                }
            })
        }
    };
    let group_class = move || {
        if error.get().is_some() {
            "app-field app-field--error"
        } else {
            "app-field"
        }
    };
    let label_text = move || label.get(language.get()).to_string();
    let kind = field.kind;
    match kind {
        FieldKind::Radio => {
            let options = field.options.clone();
            view! {
                <div class=group_class>
                    <fieldset class="app-field__set" aria-describedby=describe>
                        <legend class="app-field__label">{label_text} {optional}</legend>
                        {hint_view}
                        {error_view}
                        <div class="app-choices">
                            {options
                                .into_iter()
                                .enumerate()
                                .map(|(i, choice)| {
                                    let input = if i == 0 {
                                        input_id(&id)
                                    } else {
                                        format!("f-{id}-{i}")
                                    };
                                    let checked_value = choice.value.clone();
                                    let chosen = choice.value.clone();
                                    let set = set.clone();
                                    let label = choice.label.clone();
                                    view! {
                                        <div class="app-choices__item">
                                            <input
                                                class="app-choices__input"
                                                type="radio"
                                                id=input.clone()
                                                name=id.clone()
                                                value=choice.value.clone()
                                                prop:checked=move || value.get() == checked_value
                                                on:change=move |_| set(chosen.clone())
                                                on:blur=move |_| on_leave.run(())
                                            />
                                            <label class="app-choices__label" for=input>
                                                {move || label.get(language.get()).to_string()}
                                            </label>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </fieldset>
                </div>
            }
            .into_any()
        }
        FieldKind::Checkbox => view! {
            <div class=group_class>
                {error_view} <div class="app-choices__item">
                    <input
                        class="app-choices__input"
                        type="checkbox"
                        id=input_id(&id)
                        name=id.clone()
                        aria-describedby=describe
                        prop:checked=move || value.get() == "yes"
                        on:change=move |ev| set(
                            if event_target_checked(&ev) { "yes".into() } else { String::new() },
                        )
                        on:blur=move |_| on_leave.run(())
                    />
                    <label class="app-choices__label" for=input_id(&id)>
                        {label_text}
                    </label>
                </div> {hint_view}
            </div>
        }
        .into_any(),
        FieldKind::File => view! { <FileField field error on_leave /> }.into_any(),
        _ => {
            let controls = Controls {
                id: id.clone(),
                kind,
                value,
                error,
                describe: Callback::new(move |_| describe()),
                set: Callback::new(set),
                on_leave,
            };
            let control = match kind {
                FieldKind::Tehsil => {
                    let district_field = field.district_field.clone().unwrap_or_default();
                    // Only a change of district redraws the list (and its filter box), not every answer.
                    let district = Memo::new(move |_| {
                        wizard
                            .draft
                            .with(|d| d.answers.get(&district_field).cloned())
                            .unwrap_or_default()
                    });
                    (move || {
                        let district = district.get();
                        match wizard
                            .form
                            .with_value(|f| f.tehsils.get(&district).cloned())
                        {
                            Some(list) => controls.select(list),
                            None => controls.text(),
                        }
                    })
                    .into_any()
                }
                FieldKind::District => controls.select(wizard.form.with_value(|form| {
                    form.districts
                        .iter()
                        .map(|d| Choice {
                            value: d.id.clone(),
                            label: d.name.clone(),
                        })
                        .collect()
                })),
                FieldKind::Select => controls.select(field.options.clone()),
                FieldKind::LongText => controls.textarea(),
                _ => controls.text(),
            };
            view! {
                <div class=group_class>
                    <label class="app-field__label" for=input_id(&id)>
                        {label_text}
                        {optional}
                    </label>
                    {hint_view}
                    {error_view}
                    {control}
                </div>
            }
            .into_any()
        }
    }
}

/// What every typed or chosen control needs.
#[derive(Clone)]
struct Controls {
    id: String,
    kind: FieldKind,
    value: Signal<String>,
    error: Signal<Option<String>>,
    describe: Callback<(), Option<String>>,
    set: Callback<String>,
    on_leave: Callback<()>,
}

impl Controls {
    fn invalid(&self) -> impl Fn() -> String + use<> {
        let error = self.error;
        move || error.get().is_some().to_string()
    }

    fn select(&self, options: Vec<Choice>) -> AnyView {
        let i18n = use_i18n();
        let language = use_language();
        let Controls {
            id,
            value,
            describe,
            set,
            on_leave,
            ..
        } = self.clone();
        let option = move |choice: Choice| {
            let v = choice.value.clone();
            let label = choice.label;
            view! {
                <option value=choice.value selected=move || value.get() == v>
                    {move || label.get(language.get()).to_string()}
                </option>
            }
        };
        let filtered = matches!(self.kind, FieldKind::District | FieldKind::Tehsil)
            && options.len() > PLACE_FILTER_FROM;
        let typed = RwSignal::new(String::new());
        let options = StoredValue::new(options);
        let shown = Memo::new(move |_| {
            let typed = typed.get();
            let chosen = value.get();
            options.with_value(|all| {
                all.iter()
                    .filter(|c| c.value == chosen || place_matches(&typed, &c.label))
                    .cloned()
                    .collect::<Vec<Choice>>()
            })
        });
        let select = view! {
            <select
                class="app-select"
                id=input_id(&id)
                name=id.clone()
                aria-describedby=move || describe.run(())
                aria-invalid=self.invalid()
                on:change=move |ev| set.run(event_target_value(&ev))
                on:blur=move |_| on_leave.run(())
            >
                <option value="" selected=move || value.get().is_empty()>
                    {tr!(i18n, apply.field.choose)}
                </option>
                // Keyed, so the options the box leaves out are removed, and the rest kept.
                <For each=move || shown.get() key=|choice| choice.value.clone() children=option />
            </select>
        };
        if !filtered {
            return select.into_any();
        }
        view! {
            <PlaceFilter field=id.clone() typed shown=shown.into() chosen=value set />
            {select}
        }
        .into_any()
    }

    fn textarea(&self) -> AnyView {
        let Controls {
            id,
            value,
            describe,
            set,
            on_leave,
            ..
        } = self.clone();
        view! {
            <textarea
                class="app-textarea"
                id=input_id(&id)
                name=id.clone()
                rows="4"
                aria-describedby=move || describe.run(())
                aria-invalid=self.invalid()
                prop:value=value
                on:input=move |ev| set.run(event_target_value(&ev))
                on:blur=move |_| on_leave.run(())
            ></textarea>
        }
        .into_any()
    }

    fn text(&self) -> AnyView {
        let Controls {
            id,
            kind,
            value,
            describe,
            set,
            on_leave,
            ..
        } = self.clone();
        let (mode, autocomplete) = input_mode(kind);
        let wide = matches!(
            kind,
            FieldKind::Text | FieldKind::Name | FieldKind::HindiName | FieldKind::Tehsil
        );
        let hindi = kind == FieldKind::HindiName;
        let described = {
            let suggestion = suggestion_id(&id);
            move || {
                let own = describe.run(());
                if !(hindi && has_suggestion(&value.get())) {
                    return own;
                }
                Some(own.map_or(suggestion.clone(), |own| format!("{own} {suggestion}")))
            }
        };
        view! {
            <input
                class=if wide { "app-input" } else { "app-input app-input--short" }
                type="text"
                id=input_id(&id)
                name=id.clone()
                inputmode=mode
                autocomplete=autocomplete
                spellcheck="false"
                lang=hindi.then_some("hi")
                aria-describedby=described
                aria-invalid=self.invalid()
                prop:value=value
                on:input=move |ev| set.run(event_target_value(&ev))
                on:blur=move |_| on_leave.run(())
            />
            {hindi.then(|| view! { <DevanagariSuggestion field=id.clone() value set /> })}
        }
        .into_any()
    }
}
