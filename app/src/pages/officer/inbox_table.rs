//! The officer's inbox as a table: number, service, applicant, received, due, status and how
//! urgent (in words, not by colour alone). On a narrow screen the table scrolls sideways inside
//! its own focusable region, never the page.

use crate::api::case_types::InboxItem;
use crate::catalogue_state::{CatalogueContext, CatalogueState};
use crate::components::status_words::{status_text, urgency_class, urgency_text};
use crate::domain::language::Language;
use crate::i18n::*;
use crate::preferences::use_language;
use leptos::prelude::*;

/// A service's name from the shared catalogue, or its id while the catalogue loads.
pub fn service_name(catalogue: CatalogueContext, id: &str, language: Language) -> String {
    catalogue
        .state
        .with(|state| match state {
            CatalogueState::Ready(loaded) => {
                loaded
                    .index
                    .services
                    .iter()
                    .find(|s| s.id == id)
                    .map(|s| match language {
                        Language::Hi => s.name_hi.clone(),
                        Language::En => s.name_en.clone(),
                    })
            }
            _ => None,
        })
        .unwrap_or_else(|| id.to_string())
}

/// The table of applications.
#[component]
pub fn InboxTable(
    /// The applications, soonest due first.
    items: Vec<InboxItem>,
    /// Where service names come from.
    catalogue: CatalogueContext,
    /// Whether the reader is a centre's operator (the list is the centre's own applications).
    at_centre: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let rows = items
        .into_iter()
        .map(|item| {
            let InboxItem {
                number,
                service_id,
                applicant_name,
                status,
                received_on,
                due_on,
                urgency,
                ..
            } = item;
            let due = due_on.map(|d| d.format_dmy());
            view! {
                <tr>
                    <th scope="row">
                        <a
                            class="app-link"
                            lang="en"
                            href=format!("/officer/applications/{number}")
                        >
                            {number.clone()}
                        </a>
                    </th>
                    <td data-label=move || {
                        t_string!(i18n, officer.inbox.col_service)
                    }>{move || service_name(catalogue, &service_id, language.get())}</td>
                    <td data-label=move || {
                        t_string!(i18n, officer.inbox.col_applicant)
                    }>{applicant_name}</td>
                    <td data-label=move || {
                        t_string!(i18n, officer.inbox.col_received)
                    }>{received_on.format_dmy()}</td>
                    <td data-label=move || {
                        t_string!(i18n, officer.inbox.col_due)
                    }>
                        {move || {
                            due.clone()
                                .unwrap_or_else(|| {
                                    t_string!(i18n, officer.inbox.no_due).to_string()
                                })
                        }}
                    </td>
                    <td data-label=move || {
                        t_string!(i18n, officer.inbox.col_status)
                    }>{move || status_text(i18n, status)}</td>
                    <td data-label=move || t_string!(i18n, officer.inbox.col_urgency)>
                        <span class=urgency_class(
                            urgency,
                        )>{move || urgency_text(i18n, urgency)}</span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="app-table-wrap" role="region" tabindex="0" aria-labelledby="inbox-caption">
            <table class="app-table app-table--wide app-table--cards">
                <caption id="inbox-caption">
                    {move || {
                        if at_centre {
                            tr!(i18n, officer.inbox.caption_centre).get()
                        } else {
                            tr!(i18n, officer.inbox.caption).get()
                        }
                    }}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{tr!(i18n, officer.inbox.col_number)}</th>
                        <th scope="col">{tr!(i18n, officer.inbox.col_service)}</th>
                        <th scope="col">{tr!(i18n, officer.inbox.col_applicant)}</th>
                        <th scope="col">{tr!(i18n, officer.inbox.col_received)}</th>
                        <th scope="col">{tr!(i18n, officer.inbox.col_due)}</th>
                        <th scope="col">{tr!(i18n, officer.inbox.col_status)}</th>
                        <th scope="col">{tr!(i18n, officer.inbox.col_urgency)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
