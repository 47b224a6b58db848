//! `/receipt/{number}`: the confirmation after submitting, and the printable acknowledgement:
//! the application number, the due date, what happens next, and a QR code that opens tracking.

use crate::api::ApiError;
use crate::api::apply::get_receipt;
use crate::api::apply_types::{ApplyChannel, Receipt};
use crate::api::catalogue::get_service;
use crate::components::first_html_loading::{FirstHtmlLoading, ON_SERVER};
use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::components::status::Loaded;
use crate::domain::catalogue::Service;
use crate::domain::guidance::FeeDue;
use crate::i18n::*;
use crate::pages::apply::fee_lines::FeeLines;
use crate::preferences::use_language;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The receipt of one of this session's applications.
#[component]
pub fn ReceiptPage() -> impl IntoView {
    if ON_SERVER {
        let i18n = use_i18n();
        return view! { <FirstHtmlLoading heading=tr!(i18n, apply.receipt.title) /> }.into_any();
    }
    let params = use_params_map();
    let number = move || params.read().get("number").unwrap_or_default();
    let data = LocalResource::new(move || {
        let number = number();
        async move {
            let receipt = get_receipt(number).await?;
            let service = get_service(receipt.service_id.clone()).await?;
            Ok::<_, ApiError>((receipt, service))
        }
    });
    view! {
        <Loaded
            data=data
            show=move |result| match result {
                Ok((receipt, Some(service))) => {
                    Some({ view! { <ReceiptView receipt service /> }.into_any() })
                }
                Ok((_, None)) | Err(ApiError::NotFound) | Err(ApiError::NotVerified) => {
                    Some({ view! { <ReceiptGone number=number() /> }.into_any() })
                }
                Err(_) => None,
            }
        />
    }
    .into_any()
}

/// The receipt cannot be shown here (another device, or the session ended): say how to track.
#[component]
fn ReceiptGone(number: String) -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || t_string!(i18n, apply.receipt.gone_title).to_string());
    view! {
        <PageHeading>{tr!(i18n, apply.receipt.gone_title)}</PageHeading>
        <p>{tr!(i18n, apply.receipt.gone_body)}</p>
        <p>
            <a class="app-link" href=format!("/track?number={number}")>
                {tr!(i18n, apply.receipt.track)}
            </a>
        </p>
    }
}

/// The confirmation panel and the acknowledgement.
#[component]
fn ReceiptView(receipt: Receipt, service: Service) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    use_page_title(move || t_string!(i18n, apply.receipt.title).to_string());
    let name = service.name.clone();
    let designated = service.officers.designated.clone();
    let district = receipt.district.clone();
    let documents = receipt.documents.clone();
    let track_href = format!("/track?number={}", receipt.number);
    let fee = receipt.fee_rupees;
    let channel = receipt.channel;
    let qr = format!("/qr/track/{}.svg", receipt.number);
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="app-confirmation">
            <PageHeading>{tr!(i18n, apply.receipt.title)}</PageHeading>
            <p class="app-confirmation__label">{tr!(i18n, apply.receipt.number)}</p>
            <p class="app-confirmation__number" lang="en">
                {receipt.number.clone()}
            </p>
        </div>
        <section class="app-receipt" aria-labelledby="receipt-title">
            <h2 class="app-section-heading" id="receipt-title">
                {tr!(i18n, apply.receipt.acknowledgement)}
            </h2>
            <div class="app-receipt__body">
                <dl class="app-summary">
                    <Row label=tr!(
                        i18n, apply.receipt.service
                    )>{move || name.get(language.get()).to_string()}</Row>
                    <Row label=tr!(
                        i18n, apply.receipt.applicant
                    )>{receipt.applicant_name.clone()}</Row>
                    <Row label=tr!(i18n, apply.mobile.label)>{receipt.masked_mobile.clone()}</Row>
                    <Row label=tr!(
                        i18n, apply.receipt.received_on
                    )>{receipt.received_on.format_dmy()}</Row>
                    <Row label=tr!(i18n, apply.receipt.due_on)>
                        <strong>{receipt.due_on.format_dmy()}</strong>
                    </Row>
                    <Row label=tr!(i18n, apply.receipt.fee)>
                        <FeeLines fee=FeeDue::new(fee, channel == ApplyChannel::Centre) />
                    </Row>
                    <Row label=tr!(
                        i18n, apply.receipt.documents
                    )>
                        {if documents.is_empty() {
                            t_string!(i18n, apply.check.not_given).into_any()
                        } else {
                            view! {
                                <ul class="app-list app-receipt__documents">
                                    {documents
                                        .into_iter()
                                        .map(|d| {
                                            let label = d.label.clone();
                                            view! {
                                                <li>
                                                    {move || label.get(language.get()).to_string()} ": "
                                                    <span class="app-file__name">{d.name}</span>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                    </Row>
                    <Row label=tr!(
                        i18n, apply.receipt.officer
                    )>
                        {move || match (designated.as_ref(), district.as_ref()) {
                            (Some(officer), Some(district)) => {
                                t_string!(
                                    i18n, apply.receipt.officer_at,
                                officer = officer.get(language.get()), district = district.get(language.get())
                                )
                                    .to_string()
                            }
                            (Some(officer), None) => officer.get(language.get()).to_string(),
                            (None, _) => t_string!(i18n, apply.receipt.officer_unknown).to_string(),
                        }}
                    </Row>
                </dl>
                <figure class="app-receipt__qr">
                    <img
                        src=qr
                        width="160"
                        height="160"
                        alt=move || {
                            t_string!(i18n, apply.receipt.qr_alt, number = receipt.number.clone())
                                .to_string()
                        }
                    />
                    <figcaption>{tr!(i18n, apply.receipt.qr_caption)}</figcaption>
                </figure>
            </div>
        </section>
        <h2 class="app-section-heading">{tr!(i18n, apply.receipt.next_title)}</h2>
        <ol class="app-list app-list--numbered">
            <li>{tr!(i18n, apply.receipt.next_sms)}</li>
            <li>{tr!(i18n, apply.receipt.next_officer)}</li>
            <li>{tr!(i18n, apply.receipt.next_appeal)}</li>
        </ol>
        <p class="app-actions">
            <a class="app-button" id="receipt-track" href=track_href>
                {tr!(i18n, apply.receipt.track)}
            </a>
            <button type="button" class="app-button app-button--secondary" on:click=print>
                {tr!(i18n, apply.receipt.print)}
            </button>
            <a class="app-link" href="/services">
                {tr!(i18n, apply.receipt.more)}
            </a>
        </p>
        <crate::components::finish_control::FinishControl />
    }
}

/// One line of the acknowledgement.
#[component]
fn Row(label: Signal<&'static str>, children: Children) -> impl IntoView {
    view! {
        <div class="app-summary__row">
            <dt class="app-summary__key">{label}</dt>
            <dd class="app-summary__value">{children()}</dd>
        </div>
    }
}
