//! An application's life as an ordered list, oldest first: the day, the status it reached, who
//! moved it there, and what they wrote (a rejection's reasons, a request, an appeal's reason),
//! which the citizen must be able to read.

use crate::api::case_types::{ActedBy, TimelineEntry};
use crate::components::status_words::status_text;
use crate::domain::status::Status;
use crate::i18n::*;
use crate::preferences::use_language;
use leptos::prelude::*;

/// What the note of an entry is, by the status it led to and who wrote it.
fn note_label(
    i18n: leptos_i18n::I18nContext<Locale>,
    status: Status,
    by: &ActedBy,
) -> &'static str {
    match status {
        Status::Rejected | Status::AppealDismissed => t_string!(i18n, track.note.reasons),
        Status::InfoRequested => t_string!(i18n, track.note.request),
        Status::FirstAppeal | Status::SecondAppeal => t_string!(i18n, track.note.appeal),
        _ if *by == ActedBy::Citizen => t_string!(i18n, track.note.reply),
        Status::UnderReview => t_string!(i18n, track.note.order),
        _ => t_string!(i18n, track.note.remark),
    }
}

/// The timeline.
#[component]
pub fn StatusTimeline(
    /// The entries, oldest first.
    entries: Vec<TimelineEntry>,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let items = entries
        .into_iter()
        .map(|entry| {
            let TimelineEntry {
                on,
                status,
                by,
                note,
                ..
            } = entry;
            let note = note.filter(|n| !n.trim().is_empty()).map(|text| {
                let by = by.clone();
                view! {
                    <p class="app-timeline__note">
                        <strong>{move || note_label(i18n, status, &by)} ": "</strong>
                        <span class="app-timeline__text">{text}</span>
                    </p>
                }
            });
            let who = move || match &by {
                ActedBy::Citizen => t_string!(i18n, track.by.citizen).to_string(),
                ActedBy::Officer(designation) => designation.get(language.get()).to_string(),
                ActedBy::Portal => t_string!(i18n, track.by.portal).to_string(),
            };
            view! {
                <li class="app-timeline__item">
                    <p class="app-timeline__head">
                        <span class="app-timeline__date">{on.format_dmy()}</span>
                        " · "
                        <strong class="app-timeline__status">
                            {move || status_text(i18n, status)}
                        </strong>
                    </p>
                    <p class="app-timeline__by">{tr!(i18n, track.by.label)} ": " {who}</p>
                    {note}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="app-timeline">{items}</ol> }
}
