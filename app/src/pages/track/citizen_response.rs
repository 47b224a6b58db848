//! What a citizen who verified their mobile may send about their application: a reply to the
//! officer's request for information (with documents, if they like), or an appeal with its
//! reason. One form for both: a text, a button, and the errors in a focused summary.

use crate::api::ApiError;
use crate::api::apply_types::FileAnswer;
use crate::api::case_types::{CaseFile, MIN_NOTE_CHARS};
use crate::api::track::{file_appeal, reply_to_request};
use crate::components::app_form::AppForm;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::text_question::{Entry, TextQuestion, question_error_text};
use crate::domain::note::{MIN_BARE_REPLY_CHARS, check_note};
use crate::domain::validate::FieldError;
use crate::i18n::*;
use crate::pages::track::reply_documents::ReplyDocuments;
use leptos::prelude::*;

/// Which form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Response {
    /// A reply to a request for information (`reply`).
    Reply,
    /// An appeal (`reason`).
    Appeal,
}

/// Why the text was refused, kept as a kind so the message follows a language switch.
#[derive(Clone, Debug, PartialEq)]
enum Trouble {
    Field(FieldError),
    Api(ApiError),
}

/// The reply or appeal form. `on_done` gets the application as it stands afterwards.
#[component]
pub fn CitizenResponse(
    /// Which form.
    response: Response,
    /// The application number.
    number: String,
    /// The service applied for (documents are stored against it).
    service_id: String,
    /// Called after the server accepted it.
    on_done: Callback<CaseFile>,
    /// Reports whether errors are showing (for the page title).
    has_errors: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = match response {
        Response::Reply => "reply",
        Response::Appeal => "reason",
    };
    let label = match response {
        Response::Reply => tr!(i18n, track.reply.label),
        Response::Appeal => tr!(i18n, track.appeal.label),
    };
    let text = RwSignal::new(String::new());
    let documents = RwSignal::new(Vec::<FileAnswer>::new());
    let trouble = RwSignal::new(None::<Trouble>);
    let error = Signal::derive(move || {
        trouble.get().map(|t| match t {
            Trouble::Field(e) => question_error_text(i18n, label.get(), e),
            Trouble::Api(ApiError::NotVerified) => t_string!(i18n, track.session_ended).to_string(),
            Trouble::Api(ApiError::Refused(_)) => t_string!(i18n, track.refused).to_string(),
            Trouble::Api(_) => t_string!(i18n, track.unavailable).to_string(),
        })
    });
    Effect::new(move |_| has_errors.set(trouble.read().is_some()));
    let problems = Signal::derive(move || Problem::of_fields([(format!("f-{name}"), error.get())]));
    let number = StoredValue::new(number);
    let sending = Action::new_local(move |note: &String| {
        let note = note.clone();
        async move {
            let number = number.get_value();
            let result = match response {
                Response::Reply => {
                    let ids =
                        documents.with_untracked(|d| d.iter().map(|f| f.id.clone()).collect());
                    reply_to_request(number, note, ids).await
                }
                Response::Appeal => file_appeal(number, note).await,
            };
            match result {
                Ok(file) => {
                    trouble.set(None);
                    on_done.run(file);
                }
                Err(ApiError::Fields(problems)) => {
                    let first = problems.into_iter().find(|p| p.field == name);
                    trouble.set(Some(match first {
                        Some(p) => Trouble::Field(p.error),
                        None => Trouble::Api(ApiError::Invalid),
                    }));
                }
                Err(other) => trouble.set(Some(Trouble::Api(other))),
            }
        }
    });
    let busy = sending.pending();
    let send = move || {
        if busy.get_untracked() {
            return;
        }
        let min = match response {
            Response::Reply if documents.read_untracked().is_empty() => MIN_BARE_REPLY_CHARS,
            Response::Reply => 0,
            Response::Appeal => MIN_NOTE_CHARS,
        };
        let note = match check_note(&text.get_untracked(), min) {
            Ok(note) => note,
            Err(e) => {
                trouble.set(Some(Trouble::Field(e)));
                return;
            }
        };
        sending.dispatch(note);
    };
    let (hint, submit) = match response {
        Response::Reply => (tr!(i18n, track.reply.hint), tr!(i18n, track.reply.submit)),
        Response::Appeal => (tr!(i18n, track.appeal.hint), tr!(i18n, track.appeal.submit)),
    };
    view! {
        <ErrorSummary problems />
        <AppForm on_submit=move || send()>
            <TextQuestion name label hint value=text error entry=Entry::Lines />
            {(response == Response::Reply)
                .then(|| view! { <ReplyDocuments service_id documents /> })}
            <button
                type="submit"
                class="app-button"
                id=format!("{name}-submit")
                disabled=move || busy.get()
            >
                {submit}
            </button>
        </AppForm>
    }
}
