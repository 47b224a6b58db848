//! `/certificate/{number}`: the certificate issued on an application, to print, in the reader's
//! language, with its verification code and a QR code that opens the public check. Shown to the
//! citizen whose mobile this session verified, or to an officer of the jurisdiction.

use crate::api::ApiError;
use crate::api::case_types::Certificate;
use crate::api::catalogue::get_service;
use crate::api::certificate::get_certificate;
use crate::components::first_html_loading::{FirstHtmlLoading, ON_SERVER};
use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::components::status::Loaded;
use crate::components::summary_row::SummaryRow;
use crate::domain::language::{BilingualText, Language};
use crate::i18n::*;
use crate::pages::track::certified_facts::IssuedRows;
use crate::preferences::use_language;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The certificate, or how to see it.
#[component]
pub fn CertificatePage() -> impl IntoView {
    if ON_SERVER {
        let i18n = use_i18n();
        return view! { <FirstHtmlLoading heading=tr!(i18n, certificate.title_suffix) /> }
            .into_any();
    }
    let params = use_params_map();
    let number = Memo::new(move |_| params.read().get("number").unwrap_or_default());
    let data = LocalResource::new(move || {
        let number = number.get();
        async move {
            let certificate = get_certificate(number).await?;
            let service = get_service(certificate.service_id.clone())
                .await
                .ok()
                .flatten();
            Ok::<_, ApiError>((certificate, service.map(|s| s.name)))
        }
    });
    view! {
        <Loaded
            data=data
            show=move |result| match result {
                Ok((certificate, name)) => {
                    Some({ view! { <CertificateView certificate name /> }.into_any() })
                }
                Err(
                    ApiError::NotVerified
                    | ApiError::NotFound
                    | ApiError::NotSignedIn
                    | ApiError::Invalid,
                ) => Some(view! { <CertificateGone number=number.get_untracked() /> }.into_any()),
                Err(_) => None,
            }
        />
    }
    .into_any()
}

/// The certificate cannot be shown in this session: say how to see it.
#[component]
fn CertificateGone(number: String) -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || t_string!(i18n, certificate.gone_title).to_string());
    view! {
        <PageHeading>{tr!(i18n, certificate.gone_title)}</PageHeading>
        <p>{tr!(i18n, certificate.gone_body)}</p>
        <p>
            <a class="app-link" href=format!("/track?number={number}")>
                {tr!(i18n, certificate.gone_link)}
            </a>
        </p>
    }
}

/// The title: the service's name (in English in title case, as certificates are headed), with
/// "प्रमाण पत्र" after it unless the name already says it.
fn certificate_title(name: Option<&BilingualText>, suffix: &str, language: Language) -> String {
    let Some(name) = name.map(|n| n.get(language)) else {
        return suffix.to_string();
    };
    let name = match language {
        Language::Hi => name.to_string(),
        Language::En => {
            name.split(' ')
                .map(|word| match word {
                    "of" | "and" | "for" | "the" | "to" | "in" | "on" | "by" | "or" | "a"
                    | "an" => word.to_string(),
                    _ => {
                        let mut letters = word.chars();
                        letters.next().map_or_else(String::new, |first| {
                            first.to_uppercase().chain(letters).collect()
                        })
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        }
    };
    if name.to_lowercase().contains(&suffix.to_lowercase()) {
        name
    } else {
        format!("{name} — {suffix}")
    }
}

/// The printable certificate.
#[component]
fn CertificateView(certificate: Certificate, name: Option<BilingualText>) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let title = Signal::derive(move || {
        certificate_title(
            name.as_ref(),
            t_string!(i18n, certificate.title_suffix),
            language.get(),
        )
    });
    use_page_title(move || title.get());
    let Certificate {
        code,
        number,
        service_id,
        holder_name,
        district_id,
        issued_on,
        issued_by,
        facts,
        validity,
    } = certificate;
    let today = crate::apply_state::today();
    let origin = window().location().origin().unwrap_or_default();
    let check_address = format!("{origin}/verify/{code}");
    let qr = format!("/qr/verify/{code}.svg");
    let qr_alt = {
        let code = code.clone();
        move || t_string!(i18n, certificate.qr_alt, code = code.clone()).to_string()
    };
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <p class="app-breadcrumb">
            <a class="app-link" href=format!("/track?number={number}")>
                {tr!(i18n, certificate.back)}
            </a>
        </p>
        <article class="app-certificate">
            <p class="app-certificate__state">{tr!(i18n, common.site.state)}</p>
            <PageHeading>{move || title.get()}</PageHeading>
            <p>{tr!(i18n, certificate.statement)}</p>
            <div class="app-receipt__body">
                <dl class="app-summary">
                    <SummaryRow label=tr!(i18n, certificate.holder)>
                        <strong>{holder_name}</strong>
                    </SummaryRow>
                    <SummaryRow label=tr!(i18n, certificate.number)>
                        <span lang="en">{number.clone()}</span>
                    </SummaryRow>
                    <IssuedRows
                        facts
                        service_id
                        district_id
                        issued_on=issued_on
                        validity
                        today
                        issued_by
                    />
                    <SummaryRow label=tr!(i18n, certificate.code)>
                        <span class="app-certificate__code" lang="en">
                            {code.clone()}
                        </span>
                    </SummaryRow>
                </dl>
                <figure class="app-receipt__qr">
                    <img src=qr width="160" height="160" alt=qr_alt />
                    <figcaption>{tr!(i18n, certificate.qr_caption)}</figcaption>
                </figure>
            </div>
            <p class="app-certificate__check">
                {tr!(i18n, certificate.verify_before)} " "
                <span class="app-certificate__address" lang="en">
                    {check_address}
                </span> " " {tr!(i18n, certificate.verify_after)}
            </p>
        </article>
        <p class="app-actions">
            <button type="button" class="app-button" id="certificate-print" on:click=print>
                {tr!(i18n, certificate.print)}
            </button>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::certificate_title;
    use crate::domain::language::{BilingualText, Language};

    #[test]
    fn the_title_names_the_certificate_once() {
        let income = BilingualText::new("आय प्रमाण पत्र", "Income certificate");
        assert_eq!(
            certificate_title(Some(&income), "प्रमाण पत्र", Language::Hi),
            "आय प्रमाण पत्र"
        );
        assert_eq!(
            certificate_title(Some(&income), "Certificate", Language::En),
            "Income Certificate"
        );
        let mutation = BilingualText::new("नामांतरण", "Mutation of land");
        assert_eq!(
            certificate_title(Some(&mutation), "Certificate", Language::En),
            "Mutation of Land — Certificate"
        );
        assert_eq!(
            certificate_title(None, "प्रमाण पत्र", Language::Hi),
            "प्रमाण पत्र"
        );
    }
}
