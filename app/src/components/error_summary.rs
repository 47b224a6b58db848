//! The error summary at the top of a page: it takes focus when errors appear, and each of its
//! links moves focus to the question it names, with the same words as the message there.

use crate::i18n::*;
use leptos::html::Div;
use leptos::prelude::*;

/// A problem to list: the element its link focuses, and the message, in the same words as the
/// message beside that element.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Problem {
    /// The id of the element to focus.
    pub target: String,
    /// The message.
    pub message: String,
}

impl Problem {
    /// A problem whose link focuses the element with id `target`.
    pub fn new(target: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            target: target.into(),
            message: message.into(),
        }
    }

    /// The problems of these fields, in order: each field's target id and its message while
    /// there is one.
    pub fn of_fields<T: Into<String>>(
        fields: impl IntoIterator<Item = (T, Option<String>)>,
    ) -> Vec<Problem> {
        fields
            .into_iter()
            .filter_map(|(target, message)| Some(Problem::new(target, message?)))
            .collect()
    }
}

/// Moves focus to the element with this id, if it is on the page.
pub fn focus_by_id(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        let element: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(element);
        let _ = element.focus();
    }
}

/// The summary; hidden while there is no problem.
#[component]
pub fn ErrorSummary(
    /// The problems, in page order.
    #[prop(into)]
    problems: Signal<Vec<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let panel = NodeRef::<Div>::new();
    // Every new set of problems (each Continue that fails) takes focus again.
    Effect::new(move |_| {
        if !problems.read().is_empty()
            && let Some(panel) = panel.get()
        {
            let _ = panel.focus();
        }
    });
    view! {
        <Show when=move || !problems.read().is_empty()>
            <div
                class="app-error-summary"
                role="alert"
                tabindex="-1"
                aria-labelledby="error-summary-title"
                node_ref=panel
            >
                <h2 class="app-error-summary__title" id="error-summary-title">
                    {tr!(i18n, apply.summary.title)}
                </h2>
                <ul class="app-error-summary__list">
                    <For each=move || problems.get() key=|p| p.clone() let:problem>
                        {
                            let Problem { target, message } = problem;
                            let href = format!("#{target}");
                            view! {
                                <li>
                                    <a
                                        class="app-error-summary__link"
                                        href=href
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            focus_by_id(&target);
                                        }
                                    >
                                        {message}
                                    </a>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </div>
        </Show>
    }
}
