//! `/officer/applications/{number}`: one application on the officer's desk: the applicant, the
//! status and clock, the answers and documents (each opens on the page), the decision, the
//! history and the audit log. After a decision, the next application in the inbox is a link away.

use crate::api::ApiError;
use crate::api::case_types::DeskCase;
use crate::api::officer::officer_case;
use crate::components::answer_list::AnswerList;
use crate::components::clock_view::{ClockLine, Reader};
use crate::components::district_name::DistrictName;
use crate::components::error_summary::focus_by_id;
use crate::components::first_html_loading::{FirstHtmlLoading, ON_SERVER};
use crate::components::page_heading::PageHeading;
use crate::components::page_title::{use_form_page_title, use_page_title};
use crate::components::status::Loaded;
use crate::components::status_timeline::StatusTimeline;
use crate::components::status_words::status_text;
use crate::components::summary_row::SummaryRow;
use crate::domain::status::Status;
use crate::i18n::*;
use crate::pages::officer::audit_table::AuditTable;
use crate::pages::officer::decision_panel::DecisionPanel;
use crate::pages::officer::inbox_table::service_name;
use crate::pages::officer::needs_sign_in::NeedsSignIn;
use crate::pages::officer::next_application::NextApplication;
use crate::preferences::use_language;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The application's page, or why it cannot be shown.
#[component]
pub fn OfficerCasePage() -> impl IntoView {
    let i18n = use_i18n();
    if ON_SERVER {
        return view! { <FirstHtmlLoading heading=tr!(i18n, officer.case.title) /> }.into_any();
    }
    let params = use_params_map();
    let number = Memo::new(move |_| params.read().get("number").unwrap_or_default());
    let data = LocalResource::new(move || officer_case(number.get()));
    view! {
        <Loaded
            data=data
            show=move |result| match result {
                Ok(desk) => Some(view! { <CaseDesk desk /> }.into_any()),
                Err(ApiError::NotSignedIn) => Some(view! { <NeedsSignIn /> }.into_any()),
                Err(ApiError::NotFound | ApiError::Invalid) => {
                    Some({
                        use_page_title(move || {
                            t_string!(i18n, officer.case.not_found_title).to_string()
                        });
                        view! {
                            <PageHeading>{tr!(i18n, officer.case.not_found_title)}</PageHeading>
                            <p>{tr!(i18n, officer.case.not_found)}</p>
                            <p>
                                <a class="app-link" href="/officer">
                                    {tr!(i18n, officer.case.back)}
                                </a>
                            </p>
                        }
                            .into_any()
                    })
                }
                Err(_) => None,
            }
        />
    }
    .into_any()
}

/// The application and the decision panel.
#[component]
fn CaseDesk(desk: DeskCase) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let catalogue = crate::catalogue_state::use_catalogue();
    let number = desk.file.track.number.clone();
    let desk = RwSignal::new(desk);
    let decided = RwSignal::new(None::<Status>);
    let has_errors = RwSignal::new(false);
    {
        let number = number.clone();
        use_form_page_title(
            move || format!("{} {number}", t_string!(i18n, officer.case.title)),
            move || has_errors.get(),
        );
    }
    let on_decided = Callback::new(move |next: DeskCase| {
        decided.set(Some(next.file.track.status));
        desk.set(next);
        request_animation_frame(|| focus_by_id("decision-done"));
    });
    let details =
        move || {
            let DeskCase {
                file,
                district_id,
                audit,
                actions,
                preview,
                document_types,
            } = desk.get();
            let track = file.track;
            let (service_id, status, number) =
                (track.service_id.clone(), track.status, track.number.clone());
            let certificate = (status == Status::Issued).then(|| view! {
                <p>
                    <a class="app-link" id="certificate-link" href=format!("/certificate/{number}")>
                        {tr!(i18n, officer.case.certificate_link)}
                    </a>
                </p>
            });
            let replies = (!file.replies.is_empty()).then(|| {
                view! {
                    <h2 class="app-section-heading">{tr!(i18n, officer.case.replies_title)}</h2>
                    <AnswerList answers=file.replies documents=document_types.clone() />
                }
            });
            let decide = if actions.is_empty() {
                view! { <p>{tr!(i18n, officer.decide.none)}</p> }.into_any()
            } else {
                view! {
                    <DecisionPanel
                        number=number.clone()
                        actions
                        on_decided
                        has_errors
                        preview
                        service_id=service_id.clone()
                        district_id=district_id.clone()
                    />
                }
                .into_any()
            };
            let service_label = service_id.clone();
            view! {
                <dl class="app-summary">
                    <SummaryRow label=tr!(
                        i18n, officer.case.service
                    )>{move || service_name(catalogue, &service_label, language.get())}</SummaryRow>
                    <SummaryRow label=tr!(
                        i18n, officer.case.applicant
                    )>{file.applicant_name}</SummaryRow>
                    <SummaryRow label=tr!(i18n, officer.case.mobile)>
                        <span lang="en">{file.masked_mobile}</span>
                    </SummaryRow>
                    <SummaryRow label=tr!(i18n, officer.case.district)>
                        <DistrictName service_id district_id />
                    </SummaryRow>
                    <SummaryRow label=tr!(
                        i18n, officer.case.received_on
                    )>{track.received_on.format_dmy()}</SummaryRow>
                    <SummaryRow label=tr!(i18n, officer.case.status)>
                        <strong>{move || status_text(i18n, status)}</strong>
                    </SummaryRow>
                    <SummaryRow label=tr!(i18n, officer.case.clock)>
                        <ClockLine clock=track.clock reader=Reader::Officer />
                    </SummaryRow>
                </dl>
                {certificate}
                <h2 class="app-section-heading">{tr!(i18n, officer.case.answers_title)}</h2>
                <AnswerList answers=file.answers documents=document_types />
                {replies}
                <h2 class="app-section-heading">{tr!(i18n, officer.decide.title)}</h2>
                {decide}
                <h2 class="app-section-heading">{tr!(i18n, officer.case.timeline_title)}</h2>
                <StatusTimeline entries=track.timeline />
                <h2 class="app-section-heading">{tr!(i18n, officer.audit.title)}</h2>
                <AuditTable entries=audit />
            }
        };
    let decided_number = number.clone();
    view! {
        <p class="app-breadcrumb">
            <a class="app-link" href="/officer">
                {tr!(i18n, officer.case.back)}
            </a>
        </p>
        <PageHeading>
            {tr!(i18n, officer.case.title)} " " <span lang="en">{number}</span>
        </PageHeading>
        <div role="status">
            {move || {
                decided
                    .get()
                    .map(|status| {
                        view! {
                            <div class="app-notice app-notice--done">
                                <h2 class="app-notice__title" id="decision-done" tabindex="-1">
                                    {tr!(i18n, officer.decide.done)}
                                </h2>
                                <p>
                                    {move || {
                                        t_string!(
                                            i18n, officer.decide.new_status, status = status_text(i18n, status)
                                        )
                                            .to_string()
                                    }}
                                </p>
                                <NextApplication after=decided_number.clone() />
                            </div>
                        }
                    })
            }}
        </div>
        {details}
    }
}
