//! What anyone with the application number and the mobile sees: the status, the legal clock, the
//! designated officer, what to do next, an appeal that lies now, and the application's history.

use crate::api::case_types::TrackView;
use crate::components::clock_view::ClockLine;
use crate::components::status_timeline::StatusTimeline;
use crate::components::status_words::status_text;
use crate::components::summary_row::SummaryRow;
use crate::domain::status::Status;
use crate::i18n::*;
use crate::preferences::use_language;
use leptos::prelude::*;

/// Whether the whole application is open below (the mobile is verified in this session), so
/// the status part says "below" rather than "verify below". Set by the file part
/// (`track_file`), read here; shared through the page's context.
#[derive(Clone, Copy)]
pub struct FileOpen(pub RwSignal<bool>);

/// The id of the result's heading, which takes focus when the result appears or changes.
pub const RESULT_HEADING: &str = "track-result";

/// What to do next, for each status: with the mobile verified, the reply, the certificate and
/// the appeal are right below; without, verifying comes first.
fn next_text(i18n: leptos_i18n::I18nContext<Locale>, status: Status, open: bool) -> &'static str {
    match status {
        Status::Received => t_string!(i18n, track.next.received),
        Status::UnderReview => t_string!(i18n, track.next.under_review),
        Status::InfoRequested if open => t_string!(i18n, track.next.info_requested_open),
        Status::InfoRequested => t_string!(i18n, track.next.info_requested),
        Status::Issued if open => t_string!(i18n, track.next.issued_open),
        Status::Issued => t_string!(i18n, track.next.issued),
        Status::Rejected => t_string!(i18n, track.next.rejected),
        Status::FirstAppeal | Status::SecondAppeal => t_string!(i18n, track.next.in_appeal),
        Status::AppealDismissed => t_string!(i18n, track.next.appeal_dismissed),
    }
}

/// The status part of the tracking page.
#[component]
pub fn TrackResult(
    /// The application as tracked.
    view: TrackView,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let open = use_context::<FileOpen>().map(|f| f.0);
    let open = Signal::derive(move || open.is_some_and(|o| o.get()));
    let status = view.status;
    let service_name = Some(view.service_name.clone());
    let officer = view.designated_officer.clone();
    let penalty = view.penalty_rupees.map(|rupees| {
        view! {
            <SummaryRow label=tr!(
                i18n, track.penalty
            )>{move || t_string!(i18n, track.penalty_text, rupees).to_string()}</SummaryRow>
        }
    });
    let appeal = view.appeal.map(|(level, last_day)| {
        let date = last_day.format_dmy();
        let text = move || {
            let date = date.clone();
            if level == Status::SecondAppeal {
                t_string!(i18n, track.appeal.second_open, date).to_string()
            } else {
                t_string!(i18n, track.appeal.first_open, date).to_string()
            }
        };
        view! {
            <div class="app-panel">
                <h3 class="app-panel__title">{tr!(i18n, track.appeal.open_title)}</h3>
                <p>{text}</p>
                <p>
                    <a
                        class="app-link"
                        href="#track-file"
                        on:click=|ev| {
                            ev.prevent_default();
                            crate::components::error_summary::focus_by_id("track-file");
                        }
                    >
                        {move || {
                            if open.get() {
                                tr!(i18n, track.appeal.how_open).get()
                            } else {
                                tr!(i18n, track.appeal.how).get()
                            }
                        }}
                    </a>
                </p>
            </div>
        }
    });
    view! {
        <h2 class="app-section-heading" id=RESULT_HEADING tabindex="-1">
            {tr!(i18n, track.result_title)}
            " "
            <span lang="en">{view.number.clone()}</span>
        </h2>
        <dl class="app-summary">
            <SummaryRow label=tr!(
                i18n, track.service
            )>
                {move || {
                    service_name
                        .as_ref()
                        .map(|n| n.get(language.get()).to_string())
                        .unwrap_or_default()
                }}
            </SummaryRow>
            <SummaryRow label=tr!(i18n, track.status)>
                <strong class="app-status-word">{move || status_text(i18n, status)}</strong>
                " "
                <a class="app-link" href=format!("/statuses#status-{}", status.as_str())>
                    {tr!(i18n, track.status_meaning)}
                </a>
            </SummaryRow>
            <SummaryRow label=tr!(
                i18n, track.received_on
            )>{view.received_on.format_dmy()}</SummaryRow>
            <SummaryRow label=tr!(i18n, track.clock_label)>
                <ClockLine clock=view.clock />
            </SummaryRow>
            <SummaryRow label=tr!(
                i18n, track.officer
            )>
                {move || {
                    officer
                        .as_ref()
                        .map(|o| o.get(language.get()).to_string())
                        .unwrap_or_else(|| t_string!(i18n, track.officer_unknown).to_string())
                }}
            </SummaryRow>
            {penalty}
        </dl>
        <h3>{tr!(i18n, track.next.title)}</h3>
        <p id="track-next">{move || next_text(i18n, status, open.get())}</p>
        {appeal}
        <h3>{tr!(i18n, track.timeline_title)}</h3>
        <StatusTimeline entries=view.timeline />
    }
}
