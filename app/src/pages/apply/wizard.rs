//! `/services/{id}/apply/{step}`: the application wizard. Verify the mobile, answer one group
//! of questions per page, check every answer, declare and submit.

use crate::api::apply::{apply_session, get_form};
use crate::api::apply_types::{ApplyChannel, ApplyingAs};
use crate::api::catalogue::get_service;
use crate::apply_state::{LocalDraft, Wizard, today};
use crate::components::lazy_view::{ChunkView, LazyView};
use crate::components::status::{Loaded, Loading};
use crate::domain::answers::first_unfinished_step;
use crate::domain::catalogue::Channel;
use crate::pages::apply::mobile_step::MobileStep;
use crate::pages::not_found::{Missing, NotFoundPage};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_params_map};

/// The wizard's page for the step in the address.
#[component]
pub fn ApplyPage() -> impl IntoView {
    let params = use_params_map();
    // The server's first HTML. Every application starts with the mobile, and its first page is
    // drawn whole (a reader on a slow phone can type the number before the app has arrived;
    // what they typed is carried over). A later step's address shows the service's name and a
    // heading; the browser draws the step the reader is at.
    #[cfg(feature = "ssr")]
    {
        let id = params.read_untracked().get("id").unwrap_or_default();
        if let Some((service, form)) = crate::first_html::first_service_form(&id)
            .filter(|(service, _)| service.channel == Channel::Online)
        {
            let wizard = Wizard {
                draft: RwSignal::new(LocalDraft::new(&service.id)),
                service: StoredValue::new(service),
                form: StoredValue::new(form),
                verified: RwSignal::new(None),
                channel: ApplyChannel::Online,
            };
            provide_context(wizard);
            return view! { <MobileStep /> }.into_any();
        }
        if let Some(service) = crate::first_html::first_service(&id) {
            let i18n = crate::i18n::use_i18n();
            let language = crate::preferences::use_language();
            let name = service.name.get(language.get_untracked()).to_string();
            return view! {
                <crate::components::first_html_loading::FirstHtmlLoading
                    heading=tr!(i18n, apply.mobile.title)
                    above=name
                />
            }
            .into_any();
        }
    }
    // A memo: moving between steps changes the address but not the service, and must not
    // fetch the form again (that would redraw the page under the reader's fingers).
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let data = LocalResource::new(move || {
        let id = id.get();
        async move {
            let service = get_service(id.clone()).await?;
            let form = get_form(id.clone()).await?;
            let session = apply_session().await.unwrap_or(ApplyingAs {
                mobile: None,
                channel: ApplyChannel::Online,
            });
            let secrets = match (&form, &session.mobile) {
                (Some(form), Some(_)) => secrets_from_server(&id, form).await,
                _ => Default::default(),
            };
            Ok::<_, crate::api::ApiError>((service, form, session, secrets))
        }
    });
    view! {
        <Loaded
            data=data
            show=move |result| match result {
                Ok(
                    (Some(service), Some(form), session, secrets),
                ) if service.channel == Channel::Online => {
                    Some({
                        let mut draft = LocalDraft::load(&service.id)
                            .unwrap_or_else(|| LocalDraft::new(&service.id));
                        for (id, value) in secrets {
                            draft.answers.entry(id).or_insert(value);
                        }
                        draft.secret_fields = form.definition.secret_fields();
                        if draft.secret_fields.iter().any(|id| draft.answers.contains_key(id)) {
                            draft.store();
                        }
                        let wizard = Wizard {
                            service: StoredValue::new(service),
                            form: StoredValue::new(form),
                            draft: RwSignal::new(draft),
                            verified: RwSignal::new(session.mobile),
                            channel: session.channel,
                        };
                        provide_context(wizard);
                        // Secret answers (Aadhaar) never stay in the browser's storage; a draft kept
                        // before this rule is rewritten without them.
                        view! { <WizardStep /> }
                            .into_any()
                    })
                }
                Ok(_) => Some(view! { <NotFoundPage missing=Missing::Service /> }.into_any()),
                Err(_) => None,
            }
        />
    }
    .into_any()
}

/// Where to resume: the mobile first, then the first page not yet answered, else the check page.
pub fn resume_step(wizard: &Wizard) -> String {
    if wizard.verified.get_untracked().is_none() {
        return "mobile".into();
    }
    let form = wizard.form.get_value();
    wizard.draft.with_untracked(|draft| {
        match first_unfinished_step(&form.definition, &draft.answers, today(), &form) {
            Some(index) => form.definition.steps[index].id.clone(),
            None => "check".into(),
        }
    })
}

/// The step in the address, or a redirect where it cannot be shown yet.
#[component]
fn WizardStep() -> impl IntoView {
    let wizard = crate::apply_state::use_wizard();
    let params = use_params_map();
    let navigate = use_navigate();
    let step = move || params.read().get("step").unwrap_or_default();
    move || {
        let step = step();
        let verified = wizard.verified.get().is_some();
        let index = wizard
            .form
            .with_value(|f| f.definition.step(&step).map(|(i, _)| i));
        let redirect = |to: String| {
            let navigate = navigate.clone();
            let href = wizard.step_href(&to);
            request_animation_frame(move || {
                navigate(
                    &href,
                    NavigateOptions {
                        replace: true,
                        ..Default::default()
                    },
                )
            });
            view! { <Loading /> }.into_any()
        };
        match (step.as_str(), index) {
            ("", _) => redirect(resume_step(&wizard)),
            ("mobile", _) => {
                // The later pages come next: fetch their chunk while the reader types.
                Effect::new(move |_| {
                    request_idle_callback(|| {
                        leptos::task::spawn_local(async {
                            let _ = crate::pages::apply::preload_apply_steps().await;
                        })
                    })
                });
                view! { <MobileStep /> }.into_any()
            }
            (_, _) if !verified => redirect("mobile".into()),
            ("check", _) => {
                let load = || -> ChunkView { Box::pin(crate::pages::apply::check_answers_view()) };
                view! { <LazyView load /> }.into_any()
            }
            (_, Some(index)) => {
                wizard.at_step(&step);
                let load = move || -> ChunkView {
                    Box::pin(crate::pages::apply::question_step_view(index))
                };
                view! { <LazyView load /> }.into_any()
            }
            _ => view! { <NotFoundPage missing=Missing::Page /> }.into_any(),
        }
    }
}

/// After a reload the browser has lost the secret answers (it never stores them): they come back
/// from the server's sealed draft, for the mobile this session verified.
async fn secrets_from_server(
    service_id: &str,
    form: &crate::api::apply_types::FormPayload,
) -> crate::domain::answers::Answers {
    let secret = form.definition.secret_fields();
    let Some(draft) = LocalDraft::load(service_id) else {
        return Default::default();
    };
    let missing = secret.iter().any(|id| !draft.answers.contains_key(id));
    let Some(saved) = draft.server.filter(|_| missing) else {
        return Default::default();
    };
    match crate::api::apply::resume_draft(saved.resume_code).await {
        Ok(found) => found
            .answers
            .into_iter()
            .filter(|(id, _)| secret.contains(id))
            .collect(),
        Err(_) => Default::default(),
    }
}
