//! `/my-applications`: after a code to the mobile, every application made with it, newest
//! first, each linking to its tracking page. A citizen who lost an application number finds it
//! here.

use crate::api::ApiError;
use crate::api::apply::my_applications;
use crate::api::apply_types::MyApplication;
use crate::components::first_html_loading::{FirstHtmlLoading, ON_SERVER};
use crate::components::mobile_verification::MobileVerification;
use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::components::status::{Loading, Unavailable};
use crate::components::status_words::status_text;
use crate::i18n::*;
use crate::preferences::use_language;
use leptos::prelude::*;

/// Where the page stands.
#[derive(Clone)]
enum Stage {
    Checking,
    NeedsCode,
    Failed,
    Ready(Vec<MyApplication>),
}

/// The page.
#[component]
pub fn MyApplicationsPage() -> impl IntoView {
    let i18n = use_i18n();
    if ON_SERVER {
        return view! { <FirstHtmlLoading heading=tr!(i18n, track.mine.title) /> }.into_any();
    }
    use_page_title(move || t_string!(i18n, track.mine.title).to_string());
    let stage = RwSignal::new(Stage::Checking);
    let load = move || {
        stage.set(Stage::Checking);
        leptos::task::spawn_local(async move {
            stage.set(match my_applications().await {
                Ok(list) => Stage::Ready(list),
                Err(ApiError::NotVerified) => Stage::NeedsCode,
                Err(_) => Stage::Failed,
            });
        });
    };
    load();
    let mobile = RwSignal::new(String::new());
    let has_errors = RwSignal::new(false);
    let on_verified = Callback::new(move |_number: String| load());
    let retry = Callback::new(move |_| load());
    let body = move || match stage.get() {
        Stage::Checking => view! { <Loading /> }.into_any(),
        Stage::Failed => view! { <Unavailable retry /> }.into_any(),
        Stage::NeedsCode => view! {
            <p class="app-lead">{tr!(i18n, track.mine.intro)}</p>
            <MobileVerification mobile on_verified has_errors />
        }
        .into_any(),
        Stage::Ready(list) if list.is_empty() => view! {
            <p id="mine-list">{tr!(i18n, track.mine.none)}</p>
            <crate::components::finish_control::FinishControl />
        }
        .into_any(),
        Stage::Ready(list) => view! { <MyList list /> }.into_any(),
    };
    view! {
        <PageHeading>{tr!(i18n, track.mine.title)}</PageHeading>
        {body}
    }
    .into_any()
}

/// The applications, one card each (a card reads well at phone width and at a kiosk).
#[component]
fn MyList(list: Vec<MyApplication>) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let count = list.len();
    let cards = list
        .into_iter()
        .map(|item| {
            let MyApplication {
                number,
                service_name,
                applicant_name,
                received_on,
                status,
            } = item;
            view! {
                <li class="app-card">
                    <h2 class="app-card__title">
                        <a class="app-link" href=format!("/track?number={number}")>
                            {move || service_name.get(language.get()).to_string()}
                        </a>
                    </h2>
                    <dl class="app-card__facts">
                        <dt>{tr!(i18n, track.mine.number)}</dt>
                        <dd lang="en">{number.clone()}</dd>
                        <dt>{tr!(i18n, track.mine.applicant)}</dt>
                        <dd>{applicant_name}</dd>
                        <dt>{tr!(i18n, track.received_on)}</dt>
                        <dd>{received_on.format_dmy()}</dd>
                        <dt>{tr!(i18n, track.status)}</dt>
                        <dd>
                            <strong>{move || status_text(i18n, status)}</strong>
                        </dd>
                    </dl>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="app-count" role="status">
            {move || t_string!(i18n, track.mine.count, count).to_string()}
        </p>
        <ul class="app-cards app-mine" id="mine-list">
            {cards}
        </ul>
        <crate::components::finish_control::FinishControl />
    }
}
