//! GIGW reading options: text size, high contrast, and the language toggle. The language is
//! always one press away; text size and contrast fold into a menu, so the header stays small on
//! a phone and costs two Tab stops instead of five.

use crate::i18n::*;
use crate::preferences::{TextSize, language_of, locale_of, use_display_preferences};
use leptos::prelude::*;

/// A− / A / A+, a high-contrast switch and the switch to the other language. Every choice is
/// remembered for the next visit.
#[component]
pub fn DisplayToolbar() -> impl IntoView {
    let i18n = use_i18n();
    let preferences = use_display_preferences();
    let size_button = move |size: TextSize, face: &'static str| {
        let label = move || match size {
            TextSize::Smaller => t_string!(i18n, common.toolbar.smaller),
            TextSize::Normal => t_string!(i18n, common.toolbar.normal),
            TextSize::Larger => t_string!(i18n, common.toolbar.larger),
        };
        view! {
            <button
                type="button"
                class="app-toolbar__button"
                aria-label=label
                title=label
                aria-pressed=move || (preferences.text_size.get() == size).to_string()
                on:click=move |_| preferences.text_size.set(size)
            >
                {face}
            </button>
        }
    };
    let other_language = move || language_of(i18n.get_locale()).other();
    view! {
        <div
            class="app-toolbar"
            role="group"
            aria-label=move || t_string!(i18n, common.toolbar.label)
        >
            <details class="app-toolbar__more">
                <summary
                    class="app-toolbar__button app-toolbar__button--wide app-toolbar__menu"
                    id="display-menu"
                >
                    {tr!(i18n, common.toolbar.menu)}
                </summary>
                <div class="app-toolbar__panel">
                    <div
                        class="app-toolbar__group"
                        role="group"
                        aria-label=move || t_string!(i18n, common.toolbar.text_size)
                    >
                        {size_button(TextSize::Smaller, "A−")}
                        {size_button(TextSize::Normal, "A")}
                        {size_button(TextSize::Larger, "A+")}
                    </div>
                    <button
                        type="button"
                        class="app-toolbar__button app-toolbar__button--wide"
                        aria-pressed=move || preferences.high_contrast.get().to_string()
                        on:click=move |_| preferences.high_contrast.update(|on| *on = !*on)
                    >
                        {tr!(i18n, common.toolbar.contrast)}
                    </button>
                </div>
            </details>
            <button
                type="button"
                class="app-toolbar__button app-toolbar__button--wide app-toolbar__language"
                lang=move || other_language().tag()
                title=move || t_string!(i18n, common.toolbar.switch_language_hint)
                on:click=move |_| i18n.set_locale(locale_of(other_language()))
            >
                {tr!(i18n, common.toolbar.switch_language)}
            </button>
        </div>
    }
}
