//! The tracking page's second part: the whole application, a reply to a request, an appeal and
//! the certificate, for the citizen whose mobile this session verified. If it has not (or has
//! verified another number), the one-time-code questions come first.

use crate::api::ApiError;
use crate::api::case_types::CaseFile;
use crate::api::track::track_file;
use crate::components::answer_list::AnswerList;
use crate::components::mobile_verification::MobileVerification;
use crate::components::status::{Loading, Unavailable};
use crate::domain::status::Status;
use crate::i18n::*;
use crate::pages::track::apply_again::ApplyAgain;
use crate::pages::track::citizen_response::{CitizenResponse, Response};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Where the section stands.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Checking,
    NeedsCode,
    Failed,
    Ready(Box<CaseFile>),
}

/// The section, headed "पूरा आवेदन देखें, जवाब दें या अपील करें" (`#track-file`).
#[component]
pub fn TrackFile(
    /// The application number.
    number: String,
    /// The mobile typed on the page (pre-fills the verification).
    mobile: RwSignal<String>,
    /// Called after a reply or an appeal, with the application as it stands now.
    on_changed: Callback<(CaseFile, Response)>,
    /// Reports whether errors are showing (for the page title).
    has_errors: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let stage = RwSignal::new(Stage::Checking);
    if let Some(open) = use_context::<crate::pages::track::track_result::FileOpen>() {
        Effect::new(move |_| open.0.set(stage.with(|s| matches!(s, Stage::Ready(_)))));
    }
    let number = StoredValue::new(number);
    let load = move || {
        stage.set(Stage::Checking);
        spawn_local(async move {
            stage.set(match track_file(number.get_value()).await {
                Ok(file) => Stage::Ready(Box::new(file)),
                // Another number verified in this session reads as "not found": verify this one.
                Err(ApiError::NotVerified | ApiError::NotFound) => Stage::NeedsCode,
                Err(_) => Stage::Failed,
            });
        });
    };
    load();
    let on_verified = Callback::new(move |_number: String| load());
    let retry = Callback::new(move |_| load());
    let on_done = move |response: Response| {
        Callback::new(move |file: CaseFile| {
            stage.set(Stage::Ready(Box::new(file.clone())));
            on_changed.run((file, response));
        })
    };
    let body = move || match stage.get() {
        Stage::Checking => view! { <Loading /> }.into_any(),
        Stage::Failed => view! { <Unavailable retry /> }.into_any(),
        Stage::NeedsCode => view! {
            <p>{tr!(i18n, track.file.intro)}</p>
            <MobileVerification mobile on_verified has_errors />
        }
        .into_any(),
        Stage::Ready(file) => {
            let file = *file;
            let track = file.track;
            let service_id = track.service_id.clone();
            let replies = (!file.replies.is_empty()).then(|| {
                view! {
                    <h3>{tr!(i18n, track.file.replies_title)}</h3>
                    <AnswerList answers=file.replies />
                }
            });
            let reply = (track.status == Status::InfoRequested).then(|| {
                view! {
                    <h3>{tr!(i18n, track.reply.title)}</h3>
                    <CitizenResponse
                        response=Response::Reply
                        number=number.get_value()
                        service_id=service_id.clone()
                        on_done=on_done(Response::Reply)
                        has_errors
                    />
                }
            });
            let appeal = track.appeal.map(|(level, _)| {
                view! {
                    <h3>
                        {move || {
                            if level == Status::SecondAppeal {
                                tr!(i18n, track.appeal.second_title).get()
                            } else {
                                tr!(i18n, track.appeal.first_title).get()
                            }
                        }}
                    </h3>
                    <CitizenResponse
                        response=Response::Appeal
                        number=number.get_value()
                        service_id
                        on_done=on_done(Response::Appeal)
                        has_errors
                    />
                }
            });
            let again =
                matches!(track.status, Status::Rejected | Status::AppealDismissed).then(|| {
                    view! { <ApplyAgain number=number.get_value() mobile=mobile.get_untracked() /> }
                });
            let certificate = (track.status == Status::Issued).then(|| {
                view! {
                    <p class="app-actions">
                        <a
                            class="app-button"
                            id="certificate-link"
                            href=format!("/certificate/{}", number.get_value())
                        >
                            {tr!(i18n, track.file.certificate_link)}
                        </a>
                    </p>
                }
            });
            view! {
                <p class="app-notice">
                    {move || {
                        t_string!(
                            i18n, track.file.applicant, name = file.applicant_name.clone(), mobile = file.masked_mobile.clone()
                        )
                            .to_string()
                    }}
                </p>
                {certificate}
                {reply}
                {appeal}
                {again}
                <h3>{tr!(i18n, track.file.answers_title)}</h3>
                <AnswerList answers=file.answers />
                {replies}
                <crate::components::finish_control::FinishControl />
            }
            .into_any()
        }
    };
    view! {
        <section class="app-track-file" aria-labelledby="track-file">
            <h2 class="app-section-heading" id="track-file" tabindex="-1">
                {tr!(i18n, track.file.title)}
            </h2>
            {body}
        </section>
    }
}
