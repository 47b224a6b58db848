//! Links to the services for each life event.

use crate::domain::life_event::LifeEvent;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// The name of a life event in the reader's language.
pub fn life_event_label(i18n: I18nContext<Locale>, event: LifeEvent) -> &'static str {
    match event {
        LifeEvent::BirthFamily => t_string!(i18n, catalogue.events.birth_family),
        LifeEvent::Education => t_string!(i18n, catalogue.events.education),
        LifeEvent::LandFarming => t_string!(i18n, catalogue.events.land_farming),
        LifeEvent::BusinessBuilding => t_string!(i18n, catalogue.events.business_building),
        LifeEvent::PensionSocial => t_string!(i18n, catalogue.events.pension_social),
        LifeEvent::Vehicles => t_string!(i18n, catalogue.events.vehicles),
        LifeEvent::Police => t_string!(i18n, catalogue.events.police),
        LifeEvent::Health => t_string!(i18n, catalogue.events.health),
    }
}

/// One link per life event, to `/services?event=…`.
#[component]
pub fn LifeEventLinks(
    /// The events to offer; all of them when empty.
    #[prop(optional)]
    events: Vec<LifeEvent>,
) -> impl IntoView {
    let i18n = use_i18n();
    let events = if events.is_empty() {
        LifeEvent::ALL.to_vec()
    } else {
        events
    };
    view! {
        <ul class="app-chips">
            {events
                .into_iter()
                .map(|event| {
                    let href = format!("/services?event={}", event.key());
                    view! {
                        <li>
                            <a class="app-chips__link" href=href>
                                {move || life_event_label(i18n, event)}
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
