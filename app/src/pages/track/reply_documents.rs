//! Documents sent with a reply to the officer's request: each chosen file is uploaded at once
//! (`POST /api/documents`, question `reply`) and listed by name and size with a "remove" button.

use crate::api::apply::remove_document;
use crate::api::apply_types::FileAnswer;
use crate::components::error_summary::focus_by_id;
use crate::components::file_field::{UploadError, human_size, upload};
use crate::domain::note::MAX_REPLY_DOCUMENTS as MAX_DOCUMENTS;
use crate::i18n::*;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The question's name: the input is `f-documents`.
const NAME: &str = "documents";

/// The documents question of the reply form.
#[component]
pub fn ReplyDocuments(
    /// The service applied for (documents are stored against it).
    service_id: String,
    /// The documents uploaded so far.
    documents: RwSignal<Vec<FileAnswer>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let trouble = RwSignal::new(None::<UploadError>);
    let service_id = StoredValue::new(service_id);
    let message = Signal::derive(move || {
        trouble.get().map(|e| match e {
            UploadError::TooLarge => t_string!(i18n, track.reply.too_large),
            UploadError::WrongType => t_string!(i18n, apply.file.wrong_type),
            UploadError::NotVerified => t_string!(i18n, apply.file.not_verified),
            UploadError::TooMany => t_string!(i18n, apply.file.too_many),
            UploadError::Failed => t_string!(i18n, apply.file.failed),
        })
    });
    // Uploads the chosen file (then clears the input); pending while it is on its way.
    let send = Action::new_local(
        move |(input, file): &(web_sys::HtmlInputElement, web_sys::File)| {
            let (input, file) = (input.clone(), file.clone());
            async move {
                let result = upload(&service_id.get_value(), "reply", &file).await;
                input.set_value("");
                match result {
                    Ok(answer) => documents.update(|list| list.push(answer)),
                    Err(e) => trouble.set(Some(e)),
                }
            }
        },
    );
    let busy = send.pending();
    let on_choose = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        trouble.set(None);
        send.dispatch_local((input, file));
    };
    let full = move || documents.read().len() >= MAX_DOCUMENTS;
    let remove = move |id: String| {
        spawn_local(async move {
            // Already gone on the server is as good as removed.
            let _ = remove_document(id.clone()).await;
            documents.update(|list| list.retain(|d| d.id != id));
            focus_by_id("f-documents");
        });
    };
    view! {
        <div class=move || {
            if message.get().is_some() { "app-field app-field--error" } else { "app-field" }
        }>
            <label class="app-field__label" for="f-documents">
                {tr!(i18n, track.reply.documents_label)}
                " "
                <span class="app-field__optional">{tr!(i18n, apply.field.optional)}</span>
            </label>
            <p class="app-field__hint" id="f-documents-hint">
                {tr!(i18n, track.reply.documents_hint)}
            </p>
            {move || {
                message
                    .get()
                    .map(|m| {
                        view! {
                            <p class="app-field__error" id="f-documents-error">
                                <span class="app-visually-hidden">
                                    {tr!(i18n, apply.field.error_prefix)} ": "
                                </span>
                                {m}
                            </p>
                        }
                    })
            }}
            <ul class="app-file-list">
                <For each=move || documents.get() key=|d| d.id.clone() let:file>
                    <li class="app-file">
                        <span class="app-file__name">{file.name.clone()}</span>
                        <span class="app-file__size">{human_size(file.size)}</span>
                        <button
                            type="button"
                            class="app-button app-button--secondary app-file__remove"
                            on:click={
                                let id = file.id.clone();
                                move |_| remove(id.clone())
                            }
                        >
                            {tr!(i18n, apply.file.remove)}
                            <span class="app-visually-hidden">": " {file.name.clone()}</span>
                        </button>
                    </li>
                </For>
            </ul>
            <input
                class="app-file__input"
                type="file"
                id="f-documents"
                name=NAME
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                aria-describedby=move || {
                    if message.get().is_some() {
                        "f-documents-hint f-documents-error"
                    } else {
                        "f-documents-hint"
                    }
                }
                aria-invalid=move || message.get().is_some().to_string()
                disabled=move || busy.get() || full()
                on:change=on_choose
            />
            <p class="app-file__status" role="status">
                {move || busy.get().then(|| tr!(i18n, apply.file.uploading))}
            </p>
        </div>
    }
}
