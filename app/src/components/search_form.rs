//! The service search box: a plain GET form, so it works the same before and after the app
//! loads, and the query lands in the address (`/services?q=…`). On `/services` it also searches
//! as the citizen types.

use crate::domain::browse::BrowseFilter;
use crate::i18n::*;
use leptos::html::Input;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// A labelled search field with a hint and a submit button.
#[component]
pub fn SearchForm(
    /// The query in the address; the field follows it when it changes from outside (Back).
    #[prop(into, optional)]
    value: Signal<String>,
    /// Called with the text on every keystroke, for searching as the citizen types.
    #[prop(optional)]
    on_type: Option<Callback<String>>,
    /// Filters to keep when the search is submitted (on `/services`).
    #[prop(optional)]
    filter: Option<Memo<BrowseFilter>>,
    /// Called when the search is submitted.
    #[prop(optional)]
    on_submit: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let field = NodeRef::<Input>::new();
    let navigate = use_navigate();
    // Submitting searches in the app, keeping the filters; without the app the form's own GET
    // does the same.
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if let Some(on_submit) = on_submit {
            on_submit.run(());
        }
        let query = field.get().map(|input| input.value()).unwrap_or_default();
        let next = BrowseFilter {
            query,
            ..filter.map(|f| f.get_untracked()).unwrap_or_default()
        };
        navigate(&next.to_url(), Default::default());
    };
    // Set the field only when it differs, so typing never moves the caret.
    Effect::new(move |_| {
        let wanted = value.get();
        if let Some(input) = field.get()
            && input.value() != wanted
        {
            input.set_value(&wanted);
        }
    });
    view! {
        <div class="app-search" role="search">
            <form method="get" action="/services" on:submit=submit>
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
                        maxlength="200"
                        aria-describedby="service-search-hint"
                        node_ref=field
                        on:input=move |event| {
                            if let Some(on_type) = on_type {
                                on_type.run(event_target_value(&event));
                            }
                        }
                    />
                    <button class="app-button app-search__submit" type="submit">
                        {tr!(i18n, common.search.submit)}
                    </button>
                </div>
            </form>
        </div>
    }
}
