//! What a page shows while its data loads, or when it could not be loaded.

use crate::i18n::*;
use leptos::prelude::*;

/// Shown while data is on its way; announced politely to screen readers.
#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="app-status app-status--loading" role="status">
            {tr!(i18n, common.status.loading)}
        </p>
    }
}

/// Shown when data could not be loaded, with a way to try again.
#[component]
pub fn Unavailable(
    /// Runs when the reader asks to try again.
    retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="app-status app-status--error" role="alert">
            <p>{tr!(i18n, common.status.unavailable)}</p>
            <button
                type="button"
                class="app-button app-button--secondary"
                on:click=move |_| retry.run(())
            >
                {tr!(i18n, common.status.retry)}
            </button>
        </div>
    }
}

/// A page's data: the loading line while it comes, then what `show` makes of it. A value `show`
/// has no view for (a failure the page does not explain itself) becomes [`Unavailable`], whose
/// button loads the data again.
#[component]
pub fn Loaded<T, S>(
    /// The data.
    data: LocalResource<T>,
    /// Its view, or `None` for "could not be loaded".
    show: S,
) -> impl IntoView
where
    T: Clone + 'static,
    S: Fn(T) -> Option<AnyView> + Send + Sync + 'static,
{
    let retry = Callback::new(move |_| data.refetch());
    view! {
        <Transition fallback=Loading>
            {move || {
                data.get()
                    .map(|value| {
                        show(value).unwrap_or_else(|| view! { <Unavailable retry /> }.into_any())
                    })
            }}
        </Transition>
    }
}
