//! An application's answers shown back, question by question: text as typed (Aadhaar already
//! masked), a choice by its label in the reader's language, a document by its name and size (for
//! an officer, a link and a viewer that opens it on the page).

use crate::api::case_types::{AnswerLine, AnswerValue};
use crate::components::document_viewer::DocumentViewer;
use crate::components::file_field::human_size;
use crate::i18n::*;
use crate::preferences::use_language;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The answers as a summary list.
#[component]
pub fn AnswerList(
    /// The questions and answers, in the form's order.
    answers: Vec<AnswerLine>,
    /// For an officer: each document's type by its id. Documents then link to
    /// `/officer/documents/{id}` and open inline.
    #[prop(optional)]
    documents: Option<BTreeMap<String, String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let rows = answers
        .into_iter()
        .map(|AnswerLine { label, value }| {
            let answer = match value {
                AnswerValue::Text(text) => text.into_any(),
                AnswerValue::Choice(choice) => {
                    (move || choice.get(language.get()).to_string()).into_any()
                }
                AnswerValue::Yes => tr!(i18n, track.answer_yes).into_any(),
                AnswerValue::File { id, name, size } => {
                    let size = format!(" ({})", human_size(size));
                    if let Some(types) = &documents {
                        let content_type = types.get(&id).cloned().unwrap_or_default();
                        let question = label.clone();
                        view! { <DocumentViewer id name size content_type question /> }.into_any()
                    } else {
                        view! {
                            <span class="app-file__name">{name}</span>
                            {size}
                        }
                        .into_any()
                    }
                }
            };
            view! {
                <div class="app-summary__row">
                    <dt class="app-summary__key">
                        {move || label.get(language.get()).to_string()}
                    </dt>
                    <dd class="app-summary__value">{answer}</dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="app-summary">{rows}</dl> }
}
