//! Before an approval is recorded: the certificate exactly as it will be issued today (holder,
//! what it certifies, district, date, validity, issuing post), and a confirm. Nothing is issued
//! until the officer confirms.

use crate::api::case_types::CertificatePreview;
use crate::apply_state::today;
use crate::components::summary_row::SummaryRow;
use crate::i18n::*;
use crate::pages::track::certified_facts::IssuedRows;
use leptos::prelude::*;

/// The heading's id (it takes focus when the preview opens).
pub const PREVIEW_HEADING: &str = "approve-preview-title";

/// The preview and its two buttons.
#[component]
pub fn ApprovePreview(
    /// The certificate as it would be issued.
    preview: CertificatePreview,
    /// The service (for the district's name).
    service_id: String,
    /// The applicant's district.
    district_id: String,
    /// Whether the approval is being sent.
    busy: Signal<bool>,
    /// Issue it.
    on_confirm: Callback<()>,
    /// Back to the choice of decision.
    on_back: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let CertificatePreview {
        holder_name,
        facts,
        validity,
        issued_by,
    } = preview;
    let today = today();
    // Focus goes to the preview's heading once it is on the page.
    let heading = NodeRef::<leptos::html::H3>::new();
    Effect::new(move |_| {
        if let Some(element) = heading.get() {
            request_animation_frame(move || {
                let _ = element.focus();
            });
        }
    });
    view! {
        <section class="app-panel app-preview" aria-labelledby=PREVIEW_HEADING>
            <h3 class="app-panel__title" id=PREVIEW_HEADING tabindex="-1" node_ref=heading>
                {tr!(i18n, officer.preview.title)}
            </h3>
            <p>{tr!(i18n, officer.preview.intro)}</p>
            <div class="app-certificate app-certificate--preview">
                <dl class="app-summary">
                    <SummaryRow label=tr!(i18n, certificate.holder)>
                        <strong>{holder_name}</strong>
                    </SummaryRow>
                    <IssuedRows
                        facts
                        service_id
                        district_id
                        issued_on=today
                        validity
                        today
                        issued_by
                    />
                </dl>
            </div>
            <p>{tr!(i18n, officer.preview.check)}</p>
            <p class="app-actions">
                <button
                    type="button"
                    class="app-button"
                    id="approve-confirm"
                    disabled=move || busy.get()
                    on:click=move |_| on_confirm.run(())
                >
                    {tr!(i18n, officer.preview.confirm)}
                </button>
                " "
                <button
                    type="button"
                    class="app-button app-button--secondary"
                    id="approve-back"
                    on:click=move |_| on_back.run(())
                >
                    {tr!(i18n, officer.preview.back)}
                </button>
            </p>
        </section>
    }
}
