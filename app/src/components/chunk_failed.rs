//! What the reader sees when a part of the app could not be downloaded.

use crate::components::app_ready::{is_live, note_page_shown};
use crate::components::page_title::use_page_title;
use crate::i18n::*;
use leptos::html::Button;
use leptos::prelude::*;

/// The message and a retry button, which takes focus so a keyboard or screen-reader user is
/// already on it; the message is an alert, so it is read out as it appears.
#[component]
pub fn ChunkFailed(
    /// Fetches the part again.
    retry: Callback<()>,
    /// A part of a page: no heading of its own, and the page keeps its title.
    inline: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let button = NodeRef::<Button>::new();
    if !inline {
        use_page_title(move || t_string!(i18n, common.chunk.title).to_string());
    }
    Effect::new(move |_| {
        // It says why the page cannot be shown: as good as a page for the swap in main.rs,
        // and the button takes focus once it is on screen.
        note_page_shown();
        if let Some(button) = button.get()
            && is_live()
        {
            let _ = button.focus();
        }
    });
    view! {
        <div class="app-status app-status--error app-chunk-failed" role="alert">
            {(!inline)
                .then(|| {
                    view! { <h1 class="app-page-heading">{tr!(i18n, common.chunk.title)}</h1> }
                })}
            {inline
                .then(|| {
                    view! {
                        <p>
                            <strong>{tr!(i18n, common.chunk.title)}</strong>
                        </p>
                    }
                })}
            <p>{tr!(i18n, common.chunk.body)}</p>
            <button
                type="button"
                class="app-button"
                node_ref=button
                on:click=move |_| retry.run(())
            >
                {tr!(i18n, common.chunk.retry)}
            </button>
        </div>
    }
}
