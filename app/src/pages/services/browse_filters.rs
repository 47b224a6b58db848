//! The filters on `/services`: same-day only, how to apply, life event and department. Every
//! change goes into the address, so the filtered list can be shared and Back undoes it.

use crate::components::life_event_links::life_event_label;
use crate::domain::browse::BrowseFilter;
use crate::domain::catalogue::{Channel, Department};
use crate::domain::life_event::LifeEvent;
use crate::i18n::*;
use crate::preferences::use_language;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

/// The filter controls for the current `filter`.
#[component]
pub fn BrowseFilters(
    /// The filter in the address.
    filter: Memo<BrowseFilter>,
    /// The departments to offer.
    departments: Vec<Department>,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let navigate = use_navigate();
    let apply = move |change: &dyn Fn(&mut BrowseFilter)| {
        let mut next = filter.get_untracked();
        change(&mut next);
        navigate(
            &next.to_url(),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    let apply = StoredValue::new_local(apply);
    let channel_radio = move |value: Option<Channel>, id: &'static str| {
        view! {
            <div class="app-choice">
                <input
                    class="app-choice__input"
                    type="radio"
                    name="channel"
                    id=id
                    prop:checked=move || filter.read().channel == value
                    on:change=move |_| apply.with_value(|apply| apply(&|f| f.channel = value))
                />
                <label class="app-choice__label" for=id>
                    {move || match value {
                        None => t_string!(i18n, catalogue.filters.channel_any),
                        Some(Channel::Online) => t_string!(i18n, catalogue.filters.channel_online),
                        Some(Channel::Centre) => t_string!(i18n, catalogue.filters.channel_centre),
                    }}
                </label>
            </div>
        }
    };
    let department_options = departments
        .into_iter()
        .map(|d| {
            let id = d.id.clone();
            let selected_id = d.id.clone();
            view! {
                <option
                    value=id
                    prop:selected=move || {
                        filter.read().department.as_deref() == Some(selected_id.as_str())
                    }
                >
                    {move || d.name.get(language.get()).to_string()}
                </option>
            }
        })
        .collect_view();
    // At phone width the filters fold under a button that says how many are set, so the first
    // result is near the top; from 64em they sit open beside the results (style/blocks/filters-toggle.css).
    let wide = !crate::components::first_html_loading::ON_SERVER
        && window()
            .match_media("(min-width: 64em)")
            .ok()
            .flatten()
            .is_some_and(|query| query.matches());
    let toggle_text = move || match filter.read().filters_set() {
        0 => t_string!(i18n, catalogue.filters.toggle).to_string(),
        set => t_string!(i18n, catalogue.filters.toggle_set, count = set).to_string(),
    };
    view! {
        <details class="app-filters-toggle" open=wide>
            <summary class="app-filters-toggle__button" id="filters-toggle">
                {toggle_text}
            </summary>
            <fieldset class="app-filters">
                <legend class="app-filters__legend">{tr!(i18n, catalogue.filters.legend)}</legend>
                <div class="app-choice">
                    <input
                        class="app-choice__input"
                        type="checkbox"
                        id="filter-same-day"
                        prop:checked=move || filter.read().same_day
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            apply.with_value(|apply| apply(&|f| f.same_day = on));
                        }
                    />
                    <label class="app-choice__label" for="filter-same-day">
                        {tr!(i18n, catalogue.filters.same_day)}
                    </label>
                </div>
                <fieldset class="app-filters__group">
                    <legend class="app-filters__label">
                        {tr!(i18n, catalogue.filters.channel)}
                    </legend>
                    {channel_radio(None, "filter-channel-any")}
                    {channel_radio(Some(Channel::Online), "filter-channel-online")}
                    {channel_radio(Some(Channel::Centre), "filter-channel-centre")}
                </fieldset>
                <div class="app-filters__group">
                    <label class="app-filters__label" for="filter-event">
                        {tr!(i18n, catalogue.filters.event)}
                    </label>
                    <select
                        class="app-select"
                        id="filter-event"
                        on:change=move |event| {
                            let chosen = LifeEvent::from_key(&event_target_value(&event));
                            apply.with_value(|apply| apply(&|f| f.event = chosen));
                        }
                    >
                        <option value="" prop:selected=move || filter.read().event.is_none()>
                            {tr!(i18n, catalogue.filters.event_any)}
                        </option>
                        {LifeEvent::ALL
                            .into_iter()
                            .map(|event| {
                                view! {
                                    <option
                                        value=event.key()
                                        prop:selected=move || filter.read().event == Some(event)
                                    >
                                        {move || life_event_label(i18n, event)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="app-filters__group">
                    <label class="app-filters__label" for="filter-department">
                        {tr!(i18n, catalogue.filters.department)}
                    </label>
                    <select
                        class="app-select"
                        id="filter-department"
                        on:change=move |event| {
                            let value = event_target_value(&event);
                            let chosen = (!value.is_empty()).then_some(value);
                            apply.with_value(|apply| apply(&|f| f.department = chosen.clone()));
                        }
                    >
                        <option value="" prop:selected=move || filter.read().department.is_none()>
                            {tr!(i18n, catalogue.filters.department_any)}
                        </option>
                        {department_options}
                    </select>
                </div>
                <Show when=move || filter.read().has_filters()>
                    <p class="app-filters__clear">
                        <a
                            class="app-link"
                            href=move || {
                                BrowseFilter {
                                    query: filter.read().query.clone(),
                                    ..Default::default()
                                }
                                    .to_url()
                            }
                        >
                            {tr!(i18n, catalogue.filters.clear)}
                        </a>
                    </p>
                </Show>
            </fieldset>
        </details>
    }
}
