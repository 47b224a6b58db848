//! Before starting: who can apply, the documents to keep ready, and the fee with the centre fee.

use crate::components::life_event_links::LifeEventLinks;
use crate::domain::guidance::{CENTRE_FEE_RUPEES, Guidance};
use crate::domain::life_event::LifeEvent;
use crate::i18n::*;
use crate::preferences::use_language;
use leptos::prelude::*;

/// The guidance sections of a service's page.
#[component]
pub fn ServiceGuidance(
    /// The service's guidance.
    guidance: Guidance,
    /// The life events it serves.
    life_events: Vec<LifeEvent>,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let who = guidance.who_can_apply.clone();
    let documents = guidance
        .documents
        .into_iter()
        .map(|document| view! { <li>{move || document.get(language.get()).to_string()}</li> })
        .collect_view();
    let fee = guidance.fee;
    let fee_line = move || match fee.rupees {
        Some(0) => t_string!(i18n, catalogue.service.fee_free).to_string(),
        Some(rupees) => t_string!(i18n, catalogue.service.fee_amount, rupees).to_string(),
        None => t_string!(i18n, catalogue.service.fee_unknown).to_string(),
    };
    let rupees = CENTRE_FEE_RUPEES;
    view! {
        <h2 class="app-section-heading">{tr!(i18n, catalogue.service.who_can_apply)}</h2>
        <p>{move || who.get(language.get()).to_string()}</p>
        <h2 class="app-section-heading">{tr!(i18n, catalogue.service.documents)}</h2>
        <ul class="app-list">{documents}</ul>
        <h2 class="app-section-heading">{tr!(i18n, catalogue.service.fee)}</h2>
        <p>
            <strong>{fee_line}</strong>
            {(fee.rupees.is_some() && !fee.confirmed)
                .then(|| {
                    view! {
                        <span class="app-tag app-tag--provisional">
                            {tr!(i18n, catalogue.service.fee_provisional)}
                        </span>
                    }
                })}
        </p>
        <p>{move || t_string!(i18n, catalogue.service.fee_centre, rupees).to_string()}</p>
        <h2 class="app-section-heading">{tr!(i18n, catalogue.service.life_events)}</h2>
        <LifeEventLinks events=life_events />
    }
}
