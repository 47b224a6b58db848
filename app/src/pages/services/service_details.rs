//! Everything a citizen must know about a service before starting.

use crate::components::page_heading::PageHeading;
use crate::domain::catalogue::{Channel, Service};
use crate::domain::language::{BilingualText, Language};
use crate::i18n::*;
use crate::pages::services::apply_start::ApplyStart;
use crate::pages::services::service_badges::ServiceBadges;
use crate::pages::services::service_guidance::ServiceGuidance;
use crate::preferences::use_language;
use leptos::prelude::*;

/// The service's names, department, time limit, channel, officers and the citizen's rights.
#[component]
pub fn ServiceDetails(
    /// The service to describe.
    service: Service,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let name = service.name.clone();
    let other_name = service.name.clone();
    let department = service.department.name.clone();
    let limit = service.time_limit;
    let days = limit.days;
    let time_limit = move || {
        if limit.working_days {
            t_string!(i18n, catalogue.service.working_days, days).to_string()
        } else {
            t_string!(i18n, catalogue.service.calendar_days, days).to_string()
        }
    };
    let officers = service.officers.clone();
    view! {
        <p class="app-breadcrumb">
            <a class="app-link" href="/services">
                {tr!(i18n, catalogue.service.back)}
            </a>
        </p>
        <PageHeading>{move || name.get(language.get()).to_string()}</PageHeading>
        <p class="app-service__other-name">
            {tr!(i18n, catalogue.service.other_name)} ": "
            <span lang=move || {
                language.get().other().tag()
            }>{move || other_name.get(language.get().other()).to_string()}</span>
        </p>
        <ServiceBadges samadhan_ek_din=service.samadhan_ek_din channel=service.channel />
        {(service.channel == Channel::Online)
            .then(|| view! { <ApplyStart service_id=service.id.clone() /> })}
        {(service.channel == Channel::Centre)
            .then(|| {
                view! {
                    <section class="app-panel" aria-labelledby="what-to-bring" id="centre-bring">
                        <h2 class="app-panel__title" id="what-to-bring">
                            {tr!(i18n, catalogue.service.bring_title)}
                        </h2>
                        <ul class="app-list">
                            <li>{tr!(i18n, catalogue.service.bring_originals)}</li>
                            <li>{tr!(i18n, catalogue.service.bring_phone)}</li>
                            <li>{tr!(i18n, catalogue.service.bring_receipt)}</li>
                        </ul>
                    </section>
                }
            })}
        <dl class="app-facts">
            <div class="app-facts__row">
                <dt>{tr!(i18n, catalogue.service.department)}</dt>
                <dd>{move || department.get(language.get()).to_string()}</dd>
            </div>
            <div class="app-facts__row">
                <dt>{tr!(i18n, catalogue.service.time_limit)}</dt>
                <dd>
                    <strong class="app-facts__limit">{time_limit}</strong>
                    {(!limit.confirmed)
                        .then(|| {
                            view! {
                                <span class="app-tag app-tag--provisional">
                                    {tr!(i18n, catalogue.service.provisional)}
                                </span>
                            }
                        })}
                    <span class="app-facts__note">{tr!(i18n, catalogue.service.clock_note)}</span>
                    <span class="app-facts__note">{tr!(i18n, catalogue.service.clock_pause)}</span>
                </dd>
            </div>
            <div class="app-facts__row">
                <dt>{tr!(i18n, catalogue.service.how_to_apply)}</dt>
                <dd>
                    {match service.channel {
                        Channel::Online => tr!(i18n, catalogue.service.channel_online).into_any(),
                        Channel::Centre => tr!(i18n, catalogue.service.channel_centre).into_any(),
                    }}
                </dd>
            </div>
            <div class="app-facts__row">
                <dt>{tr!(i18n, catalogue.service.samadhan_title)}</dt>
                <dd>
                    {if service.samadhan_ek_din {
                        tr!(i18n, catalogue.service.samadhan_yes).into_any()
                    } else {
                        tr!(i18n, catalogue.service.samadhan_no).into_any()
                    }}
                </dd>
            </div>
        </dl>
        <ServiceGuidance
            guidance=service.guidance.clone()
            life_events=service.life_events.clone()
        />
        <h2 class="app-section-heading">{tr!(i18n, catalogue.service.officers)}</h2>
        <dl class="app-facts">
            <OfficerRow
                label=Signal::derive(move || {
                    t_string!(i18n, catalogue.service.designated_officer).to_string()
                })
                officer=officers.designated
                language
            />
            <OfficerRow
                label=Signal::derive(move || {
                    t_string!(i18n, catalogue.service.first_appeal).to_string()
                })
                officer=officers.first_appeal
                language
            />
            <OfficerRow
                label=Signal::derive(move || {
                    t_string!(i18n, catalogue.service.second_appeal).to_string()
                })
                officer=officers.second_appeal
                language
            />
        </dl>
        <p class="app-hint" id="designated-explained">
            {tr!(i18n, catalogue.service.designated_explained)}
            " "
            <a class="app-link" href="/statuses#officers">
                {tr!(i18n, catalogue.service.officers_more)}
            </a>
        </p>
        <section class="app-panel" aria-labelledby="service-rights">
            <h2 class="app-panel__title" id="service-rights">
                {tr!(i18n, catalogue.service.rights_title)}
            </h2>
            <p>{tr!(i18n, catalogue.service.rights_body)}</p>
        </section>
        <p class="app-service__source">
            {tr!(i18n, catalogue.service.source)} ": "
            {
                let source = service.source.clone();
                move || source.get(language.get()).to_string()
            }
        </p>
    }
}

/// One officer, or a plain "not yet known" where the notification does not name one.
#[component]
fn OfficerRow(
    /// The role, such as "designated officer".
    label: Signal<String>,
    /// The officer's designation, if known.
    officer: Option<BilingualText>,
    /// The reader's language.
    language: Signal<Language>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="app-facts__row">
            <dt>{label}</dt>
            <dd>
                {match officer {
                    Some(officer) => (move || officer.get(language.get()).to_string()).into_any(),
                    None => {
                        view! {
                            <span class="app-facts__unknown">
                                {tr!(i18n, catalogue.service.not_known)}
                            </span>
                        }
                            .into_any()
                    }
                }}
            </dd>
        </div>
    }
}
