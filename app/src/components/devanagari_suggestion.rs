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
                <div class="app-notice" id=id.clone()>
                    <p>
                        {tr!(i18n, apply.field.devanagari_suggestion)} " "
                        <strong lang="hi">{name}</strong>
                    </p>
                    // A press does not take focus from the field: the field's check on leaving
                    // would put its message above and move this button from under the finger.
                    <button
                        type="button"
                        class="app-button app-button--secondary"
                        id=button.clone()
                        on:mousedown=|ev| ev.prevent_default()
                        on:click=take
                    >
                        {tr!(i18n, apply.field.devanagari_use)}
                    </button>
                </div>
            }
        })
    }
}
