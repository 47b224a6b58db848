//! The service search box: a plain GET form, so it works the same before and after the app
//! loads, and the query lands in the address (`/services?q=…`).

use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::components::Form;

/// A labelled search field with a hint and a submit button.
#[component]
pub fn SearchForm(
    /// Text already typed, such as the query in the address.
    #[prop(into, optional)]
    value: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="app-search" role="search">
            <Form method="GET" action="/services">
                <label class="app-search__label" for="service-search">
                    {tr!(i18n, common.search.label)}
                </label>
                <p class="app-search__hint" id="service-search-hint">
                    {tr!(i18n, common.search.hint)}
                </p>
                <div class="app-search__row">
                    <input
                        class="app-search__input"
                        id="service-search"
                        name="q"
                        type="search"
                        autocomplete="off"
                        aria-describedby="service-search-hint"
                        prop:value=move || value.get()
                    />
                    <button class="app-button app-search__submit" type="submit">
                        {tr!(i18n, common.search.submit)}
                    </button>
                </div>
            </Form>
        </div>
    }
}
