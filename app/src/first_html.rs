//! Each public page's first HTML, rendered on the server by the same components the browser
//! runs: a citizen on a slow phone reads the right page (its heading, a service's time limit and
//! documents, the list of services) before any wasm has arrived, and without JavaScript at all.
//! The browser app later draws the same markup and takes the page over unseen (`main.rs`).

use crate::api::apply_types::FormPayload;
use crate::catalogue_state::{CatalogueContext, CatalogueState, LoadedCatalogue};
use crate::domain::browse::CatalogueIndex;
use crate::domain::catalogue::Service;
use crate::i18n::{Locale, td_string};
use crate::root::App;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use std::sync::Arc;

/// What the server has already read for the page it renders.
#[derive(Clone, Default)]
pub struct FirstData {
    /// The catalogue, for pages that list or search services.
    pub catalogue: Option<CatalogueIndex>,
    /// The service a service page (or its application's first page) is about.
    pub service: Option<Service>,
    /// Its application form, for the application's first page (the mobile number).
    pub form: Option<FormPayload>,
}

/// The service and its form the server read for this application's first page, if they are
/// the ones with this id.
pub fn first_service_form(id: &str) -> Option<(Service, FormPayload)> {
    first_service(id).zip(use_context::<FirstData>()?.form)
}

/// The service the server read for this page, if it is the one with this id.
pub fn first_service(id: &str) -> Option<Service> {
    use_context::<FirstData>()?
        .service
        .filter(|service| service.id == id)
}

/// A page as the server renders it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FirstPage {
    /// The language it is written in (`hi` or `en`), for `<html lang>`.
    pub lang: &'static str,
    /// The document title, as the browser app sets it: the page's heading and the portal's name.
    pub title: String,
    /// What goes inside `<div id="app">`.
    pub body: String,
}

/// The app's markup for `url` (path and query) in `locale`.
pub fn render(url: &str, locale: Locale, data: FirstData) -> FirstPage {
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(RequestUrl::new(url));
        if let Some(index) = data.catalogue.clone() {
            let search = index.search_index();
            provide_context(CatalogueContext {
                state: RwSignal::new(CatalogueState::Ready(Arc::new(LoadedCatalogue {
                    index,
                    search,
                }))),
            });
        }
        provide_context(data);
        view! { <App locale /> }.to_html()
    });
    drop(owner);
    let site = match locale {
        Locale::hi => td_string!(Locale::hi, common.site.name),
        Locale::en => td_string!(Locale::en, common.site.name),
    };
    let title = match heading_text(&html) {
        Some(heading) => format!("{heading} | {site}"),
        None => site.to_string(),
    };
    FirstPage {
        lang: crate::preferences::language_of(locale).tag(),
        title,
        body: html,
    }
}

/// The text of the first `<h1>` in `html`, without its tags and markers, spaces collapsed.
fn heading_text(html: &str) -> Option<String> {
    let start = html.find("<h1")?;
    let open_end = start + html[start..].find('>')? + 1;
    let close = open_end + html[open_end..].find("</h1>")?;
    let mut text = String::new();
    let mut in_tag = false;
    for c in html[open_end..close].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::heading_text;

    #[test]
    fn the_title_is_the_heading_without_tags_or_markers() {
        let html = r#"<main><h1 class="app-page-heading" tabindex="-1"><!>आय  प्रमाण <b>पत्र</b></h1></main>"#;
        assert_eq!(heading_text(html).as_deref(), Some("आय प्रमाण पत्र"));
        assert_eq!(heading_text("<p>no heading</p>"), None);
    }
}
