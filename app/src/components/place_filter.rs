//! Above a long list of places (districts, tehsils): a box that narrows the list as the reader
//! types the start of the name, in Hindi or in Latin letters (`domain::search::places`). When
//! one place is left it is chosen; Enter chooses the first. How many are left is announced. The
//! list itself stays a native select, so a keyboard, a screen reader or a touch works as before.

use crate::components::error_summary::focus_by_id;
use crate::domain::form::Choice;
use crate::domain::search::places::place_matches;
use crate::i18n::*;
use crate::preferences::use_language;
use leptos::prelude::*;

/// Lists longer than this get the box.
pub const PLACE_FILTER_FROM: usize = 8;

/// The box and the count.
#[component]
pub fn PlaceFilter(
    /// The question's id (the select's is `f-{field}`).
    field: String,
    /// What is typed in the box.
    typed: RwSignal<String>,
    /// The places the select shows now.
    shown: Signal<Vec<Choice>>,
    /// The answer now.
    chosen: Signal<String>,
    /// Chooses a place.
    set: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let input = format!("f-{field}-filter");
    let count_id = format!("f-{field}-filter-count");
    let select = format!("f-{field}");
    let matches = move || -> Vec<Choice> {
        let text = typed.get();
        shown
            .get()
            .into_iter()
            .filter(|c| place_matches(&text, &c.label))
            .collect()
    };
    let on_input = move |ev: leptos::ev::Event| {
        typed.set(event_target_value(&ev));
        if let [only] = matches().as_slice()
            && chosen.get_untracked() != only.value
        {
            set.run(only.value.clone());
        }
    };
    let on_keydown = {
        let select = select.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() != "Enter" {
                return;
            }
            // Enter here chooses a place; it never sends the page.
            ev.prevent_default();
            if let Some(first) = matches().into_iter().next() {
                set.run(first.value);
                focus_by_id(&select);
            }
        }
    };
    let count = move || {
        if typed.read().trim().is_empty() {
            return String::new();
        }
        let found = matches();
        match found.as_slice() {
            [] => t_string!(i18n, apply.field.filter_none).to_string(),
            [only] => t_string!(
                i18n,
                apply.field.filter_one,
                name = only.label.get(language.get()).to_string()
            )
            .to_string(),
            many => t_string!(i18n, apply.field.filter_many, count = many.len()).to_string(),
        }
    };
    view! {
        <div>
            <label class="app-field__hint" for=input.clone()>
                {tr!(i18n, apply.field.filter_label)}
            </label>
            <input
                class="app-input"
                type="search"
                id=input
                autocomplete="off"
                spellcheck="false"
                enterkeyhint="done"
                aria-controls=select
                aria-describedby=count_id.clone()
                prop:value=typed
                on:input=on_input
                on:keydown=on_keydown
            />
            <p class="app-field__hint" id=count_id role="status">
                {count}
            </p>
        </div>
    }
}
