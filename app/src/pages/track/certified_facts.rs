//! What a certificate certifies, as rows of its summary list: each fact under its label, then
//! how long it is valid. The certificate shows all its facts; a public check by the code shows
//! only the public ones (the server leaves the others out).

use crate::components::district_name::DistrictName;
use crate::components::summary_row::SummaryRow;
use crate::domain::certified::{CertifiedFact, Validity};
use crate::domain::date::Date;
use crate::domain::language::BilingualText;
use crate::i18n::*;
use crate::preferences::use_language;
use leptos::prelude::*;

/// The facts' rows, for inside a `<dl class="app-summary">`.
#[component]
pub fn CertifiedFacts(
    /// The facts, in the certificate's order.
    facts: Vec<CertifiedFact>,
) -> impl IntoView {
    let language = use_language();
    facts
        .into_iter()
        .map(|CertifiedFact { label, value, .. }| {
            let label = Signal::derive(move || label.get(language.get()).to_string());
            let value = move || value.get(language.get()).to_string();
            view! {
                <CertifiedRow label>
                    <strong>{value}</strong>
                </CertifiedRow>
            }
        })
        .collect_view()
}

/// The rows every certificate has after its holder (and number): what it certifies, the district,
/// the day it was issued, how long it is valid and who issued it. The printed certificate and the
/// officer's preview before approving show the same rows.
#[component]
pub fn IssuedRows(
    /// The facts, in the certificate's order.
    facts: Vec<CertifiedFact>,
    /// The service (for the district's name).
    service_id: String,
    /// The holder's district.
    district_id: String,
    /// The day it was (or would be) issued.
    issued_on: Date,
    /// How long it is valid.
    validity: Option<Validity>,
    /// Today, to say whether it has expired.
    today: Date,
    /// The issuing officer's post.
    issued_by: BilingualText,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    view! {
        <CertifiedFacts facts />
        <SummaryRow label=tr!(i18n, certificate.district)>
            <DistrictName service_id district_id />
        </SummaryRow>
        <SummaryRow label=tr!(i18n, certificate.issued_on)>{issued_on.format_dmy()}</SummaryRow>
        <ValidityRow validity today />
        <SummaryRow label=tr!(
            i18n, certificate.issued_by
        )>{move || issued_by.get(language.get()).to_string()}</SummaryRow>
    }
}

/// One row whose label is a fact's own, in the reader's language.
#[component]
fn CertifiedRow(label: Signal<String>, children: Children) -> impl IntoView {
    view! {
        <div class="app-summary__row">
            <dt class="app-summary__key">{label}</dt>
            <dd class="app-summary__value">{children()}</dd>
        </div>
    }
}

/// The validity row: "valid until …" (or "expired on …" once that day has passed), or "valid
/// for life". Nothing where the service sets no limit.
#[component]
pub fn ValidityRow(
    /// How long it is valid.
    validity: Option<Validity>,
    /// Today, to say whether it has expired.
    today: Date,
) -> impl IntoView {
    let i18n = use_i18n();
    validity.map(|validity| {
        let text = move || match validity {
            Validity::ForLife => t_string!(i18n, certificate.valid_for_life).to_string(),
            Validity::Until(last) if last < today => {
                t_string!(i18n, certificate.expired_on, date = last.format_dmy()).to_string()
            }
            Validity::Until(last) => {
                t_string!(i18n, certificate.valid_until, date = last.format_dmy()).to_string()
            }
        };
        view! {
            <SummaryRow label=tr!(i18n, certificate.validity)>
                <strong>{text}</strong>
            </SummaryRow>
        }
    })
}
