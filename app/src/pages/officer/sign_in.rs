//! `/officer/sign-in`: an officer's login name and password; on success, the inbox.

use crate::api::ApiError;
use crate::api::officer::sign_in;
use crate::components::app_form::AppForm;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_form_page_title;
use crate::components::text_question::{Entry, TextQuestion, question_error_text};
use crate::domain::validate::FieldError;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// What went wrong, kept as a kind so the message follows a language switch.
#[derive(Clone, Debug, PartialEq)]
enum Trouble {
    Login(FieldError),
    Password(FieldError),
    Wrong,
    Wait(i64),
    Unavailable,
}

/// The sign-in page.
#[component]
pub fn OfficerSignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let login = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let troubles = RwSignal::new(Vec::<Trouble>::new());
    use_form_page_title(
        move || t_string!(i18n, officer.sign_in.title).to_string(),
        move || !troubles.read().is_empty(),
    );
    let login_label = tr!(i18n, officer.sign_in.login_label);
    let password_label = tr!(i18n, officer.sign_in.password_label);
    let message = move |trouble: &Trouble| -> String {
        match trouble {
            Trouble::Login(e) => question_error_text(i18n, login_label.get(), *e),
            Trouble::Password(e) => question_error_text(i18n, password_label.get(), *e),
            Trouble::Wrong => t_string!(i18n, officer.sign_in.wrong).to_string(),
            Trouble::Wait(seconds) => {
                let minutes = (seconds + 59) / 60;
                t_string!(i18n, officer.sign_in.wait, minutes).to_string()
            }
            Trouble::Unavailable => t_string!(i18n, officer.sign_in.unavailable).to_string(),
        }
    };
    let login_error = Signal::derive(move || {
        troubles
            .read()
            .iter()
            .find(|t| matches!(t, Trouble::Login(_)))
            .map(message)
    });
    let password_error = Signal::derive(move || {
        troubles
            .read()
            .iter()
            .find(|t| !matches!(t, Trouble::Login(_)))
            .map(message)
    });
    let problems = Signal::derive(move || {
        Problem::of_fields([
            ("f-login", login_error.get()),
            ("f-password", password_error.get()),
        ])
    });
    let attempt = Action::new_local(move |(name, secret): &(String, String)| {
        let (name, secret) = (name.clone(), secret.clone());
        let navigate = navigate.clone();
        async move {
            match sign_in(name, secret).await {
                Ok(officer) => {
                    troubles.set(Vec::new());
                    // An operator's screen is a kiosk: it wipes itself when left idle.
                    if officer.role == crate::domain::officer::Role::CentreOperator {
                        crate::components::kiosk_watch::enable_kiosk_mode();
                    }
                    navigate("/officer", Default::default());
                }
                Err(error) => {
                    password.set(String::new());
                    troubles.set(match error {
                        ApiError::WrongPassword => vec![Trouble::Wrong],
                        ApiError::Wait { seconds } => vec![Trouble::Wait(seconds)],
                        ApiError::Fields(problems) => problems
                            .into_iter()
                            .map(|p| match p.field.as_str() {
                                "login" => Trouble::Login(p.error),
                                _ => Trouble::Password(p.error),
                            })
                            .collect(),
                        _ => vec![Trouble::Unavailable],
                    });
                }
            }
        }
    });
    let busy = attempt.pending();
    let submit = move || {
        if busy.get_untracked() {
            return;
        }
        let (name, secret) = (
            login.get_untracked().trim().to_string(),
            password.get_untracked(),
        );
        let mut list = Vec::new();
        if name.is_empty() {
            list.push(Trouble::Login(FieldError::Required));
        }
        if secret.is_empty() {
            list.push(Trouble::Password(FieldError::Required));
        }
        if !list.is_empty() {
            troubles.set(list);
            return;
        }
        attempt.dispatch((name, secret));
    };
    view! {
        <ErrorSummary problems />
        <PageHeading>{tr!(i18n, officer.sign_in.title)}</PageHeading>
        <p class="app-lead">{tr!(i18n, officer.sign_in.intro)}</p>
        <AppForm on_submit=move || submit()>
            <TextQuestion
                name="login"
                label=login_label
                hint=tr!(i18n, officer.sign_in.login_hint)
                value=login
                error=login_error
                entry=Entry::Short
                autocomplete="username"
                lang="en"
            />
            <TextQuestion
                name="password"
                label=password_label
                value=password
                error=password_error
                entry=Entry::Password
                autocomplete="current-password"
            />
            <button type="submit" class="app-button" id="sign-in" disabled=move || busy.get()>
                {tr!(i18n, officer.sign_in.submit)}
            </button>
        </AppForm>
        <p>
            <a class="app-link" href="/track">
                {tr!(i18n, officer.sign_in.citizen_link)}
            </a>
        </p>
    }
}
