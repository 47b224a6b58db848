//! Under a Hindi-name question: when the answer has Latin letters (a phone or kiosk with only
//! Latin keys), the same name in Devanagari (`domain::devanagari::suggest`) and a button that
//! writes it into the field. The citizen may take it, edit it afterwards, or ignore it; nothing
//! is changed without the button.

use crate::components::error_summary::focus_by_id;
use crate::domain::devanagari::suggest;
use crate::i18n::*;
use leptos::prelude::*;

/// The suggestion's id for question `field`: the input's `aria-describedby` includes it while
/// it shows.
pub fn suggestion_id(field: &str) -> String {
    format!("f-{field}-suggestion")
}

/// Whether a suggestion shows for this answer.
pub fn has_suggestion(answer: &str) -> bool {
    suggest(answer).is_some_and(|written| written != answer)
}

/// The suggestion, while there is one.
#[component]
pub fn DevanagariSuggestion(
    /// The question's id.
    field: String,
    /// The answer as typed.
    value: Signal<String>,
    /// Writes an answer.
    set: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let written = Memo::new(move |_| suggest(&value.get()).filter(|w| *w != value.get()));
    let id = suggestion_id(&field);
    let input = format!("f-{field}");
    let button = format!("f-{field}-use-suggestion");
    move || {
        written.get().map(|name| {
            let input = input.clone();
            let chosen = name.clone();
            let take = move |_| {
                set.run(chosen.clone());
                // Back to the field, whose new value a screen reader then reads.
                focus_by_id(&input);
            };
            view! {
                <div class="app-suggestion" id=id.clone()>
                    <p class="app-suggestion__text">
                        {tr!(i18n, apply.field.devanagari_suggestion)} " "
                        <strong class="app-suggestion__name" lang="hi">{name}</strong>
                    </p>
                    <button type="button" class="app-button app-button--secondary app-button--small" id=button.clone()
                        on:click=take>{tr!(i18n, apply.field.devanagari_use)}</button>
                </div>
            }
        })
    }
}
