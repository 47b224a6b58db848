//! A document question: choose a file, it is uploaded at once, then shown back by name and size
//! with a "remove" button. The server decides the type by the file's content; the size is also
//! checked here first, so a too-large file is refused before it is sent over a slow connection.

use crate::api::apply::remove_document;
use crate::api::apply_types::FileAnswer;
use crate::apply_state::use_wizard;
use crate::components::form_field::input_id;
use crate::domain::form::Field;
use crate::i18n::*;
use crate::preferences::use_language;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A size for people: "245 KB", "1.2 MB".
pub fn human_size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// Why an upload was refused (also for documents sent with a reply to a request).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(feature = "csr"), allow(dead_code))]
pub(crate) enum UploadError {
    TooLarge,
    WrongType,
    NotVerified,
    TooMany,
    Failed,
}

/// One document question.
#[component]
pub fn FileField(
    /// The question.
    field: Field,
    /// The step's message for it (e.g. "upload this document").
    error: Signal<Option<String>>,
    /// Called after a change, to check the answer.
    on_leave: Callback<()>,
) -> impl IntoView {
    let wizard = use_wizard();
    let language = use_language();
    let i18n = use_i18n();
    let id = field.id.clone();
    let max = wizard.form.with_value(|f| f.max_file_bytes);
    let upload_error = RwSignal::new(None::<UploadError>);
    let uploaded = RwSignal::new(None::<String>);
    let current = {
        let id = id.clone();
        Signal::derive(move || {
            wizard
                .draft
                .with(|d| d.answers.get(&id).and_then(|v| FileAnswer::decode(v)))
        })
    };
    let message = Signal::derive(move || {
        let max_text = human_size(max);
        match upload_error.get() {
            Some(UploadError::TooLarge) => {
                Some(t_string!(i18n, apply.file.too_large, max = max_text).to_string())
            }
            Some(UploadError::WrongType) => {
                Some(t_string!(i18n, apply.file.wrong_type).to_string())
            }
            Some(UploadError::NotVerified) => {
                Some(t_string!(i18n, apply.file.not_verified).to_string())
            }
            Some(UploadError::TooMany) => Some(t_string!(i18n, apply.file.too_many).to_string()),
            Some(UploadError::Failed) => Some(t_string!(i18n, apply.file.failed).to_string()),
            None => error.get(),
        }
    });
    // Uploads the chosen file (then clears the input); pending while it is on its way.
    let send = {
        let id = id.clone();
        Action::new_local(
            move |(input, file): &(web_sys::HtmlInputElement, web_sys::File)| {
                let (input, file, id) = (input.clone(), file.clone(), id.clone());
                async move {
                    let result = upload(&wizard.service_id(), &id, &file).await;
                    input.set_value("");
                    match result {
                        Ok(answer) => {
                            uploaded.set(Some(answer.name.clone()));
                            wizard.answer(&id, answer.encode());
                        }
                        Err(e) => upload_error.set(Some(e)),
                    }
                    on_leave.run(());
                    // Focus stays on the question: on its "remove" button once the file is there
                    // (the input it replaces is gone, and focus fell to the page), on the input
                    // after a refusal. A reader who has moved on meanwhile keeps their place.
                    let target = input_id(&id);
                    request_animation_frame(move || {
                        let here = document().active_element().is_none_or(|active| {
                            active.id() == target || active.tag_name().eq_ignore_ascii_case("body")
                        });
                        if let Some(element) =
                            document().get_element_by_id(&target).filter(|_| here)
                        {
                            let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(
                                element,
                            )
                            .focus();
                        }
                    });
                }
            },
        )
    };
    let busy = send.pending();
    let on_choose = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        upload_error.set(None);
        uploaded.set(None);
        if file.size() as u64 > max {
            upload_error.set(Some(UploadError::TooLarge));
            input.set_value("");
            return;
        }
        send.dispatch_local((input, file));
    };
    let on_remove = {
        let id = id.clone();
        move |_| {
            let Some(file) = current.get_untracked() else {
                return;
            };
            let id = id.clone();
            spawn_local(async move {
                // Already gone on the server is as good as removed.
                let _ = remove_document(file.id).await;
                wizard.answer(&id, String::new());
                if let Some(input) = document().get_element_by_id(&input_id(&id)) {
                    let _ =
                        wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(input).focus();
                }
            });
        }
    };
    let label = field.label.clone();
    let hint = field.hint.clone();
    let has_hint = hint.is_some();
    let describe = {
        let id = id.clone();
        move || {
            let mut ids = vec![format!("f-{id}-limits")];
            if has_hint {
                ids.push(format!("f-{id}-hint"));
            }
            if message.get().is_some() {
                ids.push(format!("f-{id}-error"));
            }
            ids.join(" ")
        }
    };
    let optional = (!field.required).then(|| {
        view! {
            " "
            <span class="app-field__optional">{tr!(i18n, apply.field.optional)}</span>
        }
    });
    view! {
        <div class=move || {
            if message.get().is_some() { "app-field app-field--error" } else { "app-field" }
        }>
            // Names the file input; once a file is there, the remove button names itself.
            <label
                class="app-field__label"
                for={
                    let id = id.clone();
                    move || current.get().is_none().then(|| input_id(&id))
                }
            >
                {move || label.get(language.get()).to_string()}
                {optional}
            </label>
            {hint
                .map(|hint| {
                    view! {
                        <p class="app-field__hint" id=format!("f-{id}-hint")>
                            {move || hint.get(language.get()).to_string()}
                        </p>
                    }
                })}
            <p class="app-field__hint" id=format!("f-{id}-limits")>
                {move || t_string!(i18n, apply.file.limits, max = human_size(max)).to_string()}
            </p>
            {
                let id = id.clone();
                move || {
                    message
                        .get()
                        .map(|m| {
                            view! {
                                <p class="app-field__error" id=format!("f-{id}-error")>
                                    <span class="app-visually-hidden">
                                        {tr!(i18n, apply.field.error_prefix)} ": "
                                    </span>
                                    {m}
                                </p>
                            }
                        })
                }
            }
            {move || match current.get() {
                Some(file) => {
                    view! {
                        <div class="app-file">
                            <span class="app-file__name">{file.name.clone()}</span>
                            <span class="app-file__size">{human_size(file.size)}</span>
                            <button
                                type="button"
                                class="app-button app-button--secondary app-file__remove"
                                id=input_id(&id)
                                on:click=on_remove.clone()
                            >
                                {tr!(i18n, apply.file.remove)}
                                <span class="app-visually-hidden">": " {file.name.clone()}</span>
                            </button>
                        </div>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <input
                            class="app-file__input"
                            type="file"
                            id=input_id(&id)
                            name=id.clone()
                            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                            aria-describedby=describe.clone()
                            aria-invalid=move || message.get().is_some().to_string()
                            disabled=move || busy.get()
                            on:change=on_choose
                        />
                    }
                        .into_any()
                }
            }}
            <p class="app-file__status" role="status">
                {move || {
                    if busy.get() {
                        Some(t_string!(i18n, apply.file.uploading).to_string())
                    } else {
                        uploaded
                            .get()
                            .filter(|_| current.with(Option::is_some))
                            .map(|name| {
                                t_string!(i18n, apply.file.uploaded, name = name).to_string()
                            })
                    }
                }}
            </p>
        </div>
    }
}

#[cfg(feature = "csr")]
pub(crate) async fn upload(
    service_id: &str,
    field_id: &str,
    file: &web_sys::File,
) -> Result<FileAnswer, UploadError> {
    let form = web_sys::FormData::new().map_err(|_| UploadError::Failed)?;
    form.append_with_str("service_id", service_id)
        .map_err(|_| UploadError::Failed)?;
    form.append_with_str("field_id", field_id)
        .map_err(|_| UploadError::Failed)?;
    form.append_with_blob_and_filename("file", file, &file.name())
        .map_err(|_| UploadError::Failed)?;
    let response = gloo_net::http::Request::post("/api/documents")
        .body(form)
        .map_err(|_| UploadError::Failed)?
        .send()
        .await
        .map_err(|_| UploadError::Failed)?;
    match response.status() {
        200 => {
            #[derive(serde::Deserialize)]
            struct Stored {
                id: String,
                name: String,
                size: u64,
            }
            let stored: Stored = response.json().await.map_err(|_| UploadError::Failed)?;
            Ok(FileAnswer {
                id: stored.id,
                name: stored.name,
                size: stored.size,
            })
        }
        413 => Err(UploadError::TooLarge),
        415 => Err(UploadError::WrongType),
        401 => Err(UploadError::NotVerified),
        429 => Err(UploadError::TooMany),
        _ => Err(UploadError::Failed),
    }
}

#[cfg(not(feature = "csr"))]
pub(crate) async fn upload(
    _service_id: &str,
    _field_id: &str,
    _file: &web_sys::File,
) -> Result<FileAnswer, UploadError> {
    Err(UploadError::Failed)
}
