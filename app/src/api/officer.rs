//! The officer's desk: sign in and out, the inbox, an application and a decision. Every function
//! but sign-in needs a signed-in officer, and sees only that officer's jurisdiction.

use crate::api::ApiError;
use crate::api::case_types::{Decision, DeskCase, Inbox, OfficerProfile};
#[cfg(feature = "ssr")]
use crate::api::{caller, store};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

/// Signs in; the session gets a new id.
#[server(prefix = "/api", endpoint = "officer/sign-in")]
pub async fn sign_in(login: String, password: String) -> Result<OfficerProfile, ApiError> {
    let request = caller::request()?;
    let officer = store::officer_accounts()?
        .sign_in(&login, &password, &request.ip)
        .await?;
    request
        .session
        .set_officer(&officer.login)
        .await
        .map_err(store::unavailable)?;
    Ok(officer)
}

/// Ends the session: its cookie is worthless from now on.
#[server(prefix = "/api", endpoint = "officer/sign-out")]
pub async fn sign_out() -> Result<(), ApiError> {
    let request = caller::request()?;
    if let Ok(officer) = caller::officer().await {
        store::officer_accounts()?.signed_out(&officer).await?;
    }
    request.session.end().await.map_err(store::unavailable)
}

/// The signed-in officer, or `None`.
#[server(prefix = "/api", endpoint = "officer/me")]
pub async fn officer_me() -> Result<Option<OfficerProfile>, ApiError> {
    caller::officer_if_any().await
}

/// The officer's inbox, soonest due first, optionally only one service or one status.
#[server(prefix = "/api", endpoint = "officer/inbox")]
pub async fn officer_inbox(
    service: Option<String>,
    status: Option<String>,
    search: Option<String>,
    page: Option<usize>,
) -> Result<Inbox, ApiError> {
    let officer = caller::officer().await?;
    let status = match status.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(text) => Some(crate::domain::status::Status::parse(text).ok_or(ApiError::Invalid)?),
    };
    let service = service.filter(|s| !s.is_empty());
    let search = search.unwrap_or_default();
    store::desk()?
        .inbox(
            &officer,
            service.as_deref(),
            status,
            search.trim(),
            page.unwrap_or(1),
        )
        .await
}

/// One application in the officer's jurisdiction.
#[server(prefix = "/api", endpoint = "officer/case")]
pub async fn officer_case(number: String) -> Result<DeskCase, ApiError> {
    let officer = caller::officer().await?;
    let ip = caller::request()?.ip;
    store::desk()?.case(&officer, &number, &ip).await
}

/// Decides: approve, reject, ask for information, or (appeals) order delivery or dismiss.
#[server(prefix = "/api", endpoint = "officer/decide", input = Json)]
pub async fn officer_decide(number: String, decision: Decision) -> Result<DeskCase, ApiError> {
    let officer = caller::officer().await?;
    let ip = caller::request()?.ip;
    store::desk()?
        .decide(&officer, &number, decision, &ip)
        .await
}
