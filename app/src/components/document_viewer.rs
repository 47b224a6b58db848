//! One document of an application on the officer's desk: its name (a link) and, for a photo or a
//! scan, a "show" button that shows it on the page. Each opening is fetched afresh from
//! `/officer/documents/{id}`, which records it in the audit log; closing it removes it from the
//! page. A PDF is downloaded and opened in the device's own reader: a PDF viewer runs the file's
//! scripts, so the portal never opens one in its own origin (the server sends it as an attachment,
//! sandboxed).

use crate::domain::language::BilingualText;
use crate::i18n::*;
use crate::preferences::use_language;
use leptos::prelude::*;

/// How a document's type shows on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inline {
    /// A photo or a scan: in a new tab, or on the page.
    Image,
    /// Anything else, a PDF included: downloaded.
    Download,
}

impl Inline {
    /// How a document of this type shows.
    pub fn of(content_type: &str) -> Inline {
        if crate::domain::document_opening::opens_in_browser(content_type) {
            Inline::Image
        } else {
            Inline::Download
        }
    }
}

/// A document: link, size and, where the type allows, the viewer.
#[component]
pub fn DocumentViewer(
    /// The document's id.
    id: String,
    /// Its name as uploaded.
    name: String,
    /// Its size, written for people (` (1.2 MB)`).
    size: String,
    /// Its type as the server found it.
    content_type: String,
    /// The question it answers (for the viewer's accessible name).
    question: BilingualText,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let href = format!("/officer/documents/{id}");
    let panel = format!("document-{id}");
    let open = RwSignal::new(false);
    let inline = Inline::of(&content_type);
    let title = {
        let name = name.clone();
        move || format!("{}: {name}", question.get(language.get()))
    };
    let toggle = (inline == Inline::Image).then(|| {
        let panel = panel.clone();
        view! {
            " "
            <button
                type="button"
                class="app-button app-button--secondary app-document__toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=panel
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || {
                    if open.get() {
                        tr!(i18n, officer.case.document_hide).into_any()
                    } else {
                        tr!(i18n, officer.case.document_show).into_any()
                    }
                }}
            </button>
        }
    });
    let shown = {
        let href = href.clone();
        move || {
            (open.get() && inline == Inline::Image).then(|| {
                view! { <img class="app-document__image" src=href.clone() alt=title.clone() /> }
            })
        }
    };
    let link = match inline {
        Inline::Image => view! {
            <a class="app-link" href=href target="_blank" rel="noopener">
                {name}
                <span class="app-visually-hidden">{tr!(i18n, officer.case.document_new_tab)}</span>
            </a>
        }
        .into_any(),
        Inline::Download => view! {
            <a class="app-link" href=href download=name.clone()>
                {name.clone()}
                " "
                <span class="app-document__note">{tr!(i18n, officer.case.document_download)}</span>
            </a>
        }
        .into_any(),
    };
    view! {
        {link}
        {size}
        {toggle}
        <div class="app-document" id=panel>
            {shown}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::Inline;

    #[test]
    fn images_open_on_the_page_and_everything_else_downloads() {
        assert_eq!(Inline::of("image/png"), Inline::Image);
        assert_eq!(Inline::of("image/jpeg"), Inline::Image);
        assert_eq!(Inline::of("application/pdf"), Inline::Download);
        assert_eq!(Inline::of(""), Inline::Download);
        assert_eq!(Inline::of("text/html"), Inline::Download);
    }
}
