//! `/track?number=…`: an application's status by its number and the mobile it was made with, no
//! login needed; then, once the mobile is verified, the whole application, a reply and an appeal.
//! The receipt's QR code opens this page with the number filled in.

use crate::api::ApiError;
use crate::api::case_types::{CaseFile, TrackView};
use crate::api::track::track_status;
use crate::components::app_form::AppForm;
use crate::components::error_summary::{ErrorSummary, Problem, focus_by_id};
use crate::components::lazy_view::{ChunkView, LazyView};
use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_form_page_title;
use crate::components::status_words::status_text;
use crate::components::text_question::{Entry, MobileQuestion, TextQuestion, question_error_text};
use crate::domain::application_number::{ApplicationNumber, NumberError};
use crate::domain::validate::{FieldError, validate_mobile};
use crate::i18n::*;
use crate::pages::track::citizen_response::Response;
use crate::pages::track::track_file_view;
use crate::pages::track::track_result::{RESULT_HEADING, TrackResult};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Why the lookup failed, kept as a kind so the message follows a language switch.
#[derive(Clone, Debug, PartialEq)]
enum Trouble {
    Number(FieldError),
    NumberShape(NumberError),
    Mobile(FieldError),
    NotFound,
    Wait(i64),
    Unavailable,
}

/// The tracking page.
#[component]
pub fn TrackPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let number = RwSignal::new(query.read_untracked().get("number").unwrap_or_default());
    let mobile = RwSignal::new(String::new());
    let troubles = RwSignal::new(Vec::<Trouble>::new());
    let found = RwSignal::new(None::<TrackView>);
    provide_context(crate::pages::track::track_result::FileOpen(RwSignal::new(
        false,
    )));
    let announcement = RwSignal::new(None::<(Response, crate::domain::status::Status)>);
    let file_errors = RwSignal::new(false);
    use_form_page_title(
        move || t_string!(i18n, track.title).to_string(),
        move || !troubles.read().is_empty() || file_errors.get(),
    );
    let number_label = tr!(i18n, track.number_label);
    let mobile_label = tr!(i18n, track.mobile_label);
    let message = move |trouble: &Trouble| -> String {
        match trouble {
            Trouble::Number(e) => question_error_text(i18n, number_label.get(), *e),
            Trouble::NumberShape(NumberError::Format) => {
                t_string!(i18n, track.number_format).to_string()
            }
            Trouble::NumberShape(NumberError::CheckDigit) => {
                t_string!(i18n, track.number_check).to_string()
            }
            Trouble::Mobile(e) => question_error_text(i18n, mobile_label.get(), *e),
            Trouble::NotFound => t_string!(i18n, track.not_found).to_string(),
            Trouble::Wait(seconds) => t_string!(i18n, track.wait, seconds = *seconds).to_string(),
            Trouble::Unavailable => t_string!(i18n, track.unavailable).to_string(),
        }
    };
    let is_mobile = |t: &Trouble| matches!(t, Trouble::Mobile(_));
    let number_error =
        Signal::derive(move || troubles.read().iter().find(|t| !is_mobile(t)).map(message));
    let mobile_error =
        Signal::derive(move || troubles.read().iter().find(|t| is_mobile(t)).map(message));
    let problems = Signal::derive(move || {
        Problem::of_fields([
            ("f-number", number_error.get()),
            ("f-mobile", mobile_error.get()),
        ])
    });
    let lookup = Action::new_local(move |(number, mobile): &(String, String)| {
        let (number, mobile) = (number.clone(), mobile.clone());
        async move {
            match track_status(number, mobile).await {
                Ok(view) => {
                    troubles.set(Vec::new());
                    announcement.set(None);
                    found.set(Some(view));
                    request_animation_frame(|| focus_by_id(RESULT_HEADING));
                }
                Err(error) => troubles.set(vec![match error {
                    ApiError::NotFound => Trouble::NotFound,
                    ApiError::Wait { seconds } => Trouble::Wait(seconds),
                    ApiError::Fields(problems) => match problems.first() {
                        Some(p) if p.field == "mobile" => Trouble::Mobile(p.error),
                        Some(p) => Trouble::Number(p.error),
                        None => Trouble::Unavailable,
                    },
                    _ => Trouble::Unavailable,
                }]),
            }
        }
    });
    let busy = lookup.pending();
    let look_up = move || {
        if busy.get_untracked() {
            return;
        }
        let mut list = Vec::new();
        let typed = number.get_untracked();
        let parsed = match ApplicationNumber::parse(&typed) {
            Ok(parsed) => Some(parsed),
            Err(_) if typed.trim().is_empty() => {
                list.push(Trouble::Number(FieldError::Required));
                None
            }
            Err(e) => {
                list.push(Trouble::NumberShape(e));
                None
            }
        };
        let checked = validate_mobile(&mobile.get_untracked());
        if let Err(e) = checked.clone() {
            list.push(Trouble::Mobile(e));
        }
        let (Some(parsed), Ok(checked), true) = (parsed, checked, list.is_empty()) else {
            troubles.set(list);
            return;
        };
        lookup.dispatch((parsed.to_string(), checked));
    };
    let on_changed = Callback::new(move |(file, response): (CaseFile, Response)| {
        announcement.set(Some((response, file.track.status)));
        found.update(|f| {
            if let Some(view) = f {
                *view = file.track;
            }
        });
        request_animation_frame(|| focus_by_id(RESULT_HEADING));
    });
    let again = move |_| {
        found.set(None);
        announcement.set(None);
        request_animation_frame(|| focus_by_id("f-number"));
    };
    let announced = move || {
        announcement.get().map(|(response, status)| {
            let done = match response {
                Response::Reply => t_string!(i18n, track.reply.done),
                Response::Appeal => t_string!(i18n, track.appeal.done),
            };
            let now = t_string!(i18n, track.new_status, status = status_text(i18n, status));
            view! { <p class="app-notice app-notice--done">{done} " " {now.to_string()}</p> }
        })
    };
    view! {
        <ErrorSummary problems />
        <PageHeading>{tr!(i18n, track.title)}</PageHeading>
        <div role="status">{announced}</div>
        <Show
            when=move || found.read().is_some()
            fallback=move || {
                view! {
                    <p class="app-lead">{tr!(i18n, track.intro)}</p>
                    <p>
                        <a class="app-link" id="mine-link" href="/my-applications">
                            {tr!(i18n, track.mine.link)}
                        </a>
                    </p>
                    <AppForm on_submit=move || look_up()>
                        <TextQuestion
                            name="number"
                            label=number_label
                            hint=tr!(i18n, track.number_hint)
                            value=number
                            error=number_error
                            entry=Entry::Short
                            autocomplete="off"
                            lang="en"
                        />
                        <MobileQuestion
                            label=mobile_label
                            hint=tr!(i18n, track.mobile_hint)
                            value=mobile
                            error=mobile_error
                        />
                        <button
                            type="submit"
                            class="app-button"
                            id="track-submit"
                            disabled=move || busy.get()
                        >
                            {tr!(i18n, track.submit)}
                        </button>
                    </AppForm>
                }
            }
        >
            {move || found.get().map(|view| view! { <TrackResult view /> })}
            {
                let number = found
                    .with_untracked(|f| f.as_ref().map(|v| v.number.clone()).unwrap_or_default());
                let load = move || -> ChunkView {
                    Box::pin(track_file_view(number.clone(), mobile, on_changed, file_errors))
                };
                view! { <LazyView load inline=true /> }
            }
            <p class="app-actions">
                <button
                    type="button"
                    class="app-button app-button--secondary"
                    id="track-again"
                    on:click=again
                >
                    {tr!(i18n, track.again)}
                </button>
            </p>
        </Show>
    }
}
