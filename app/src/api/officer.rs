//! The officer's desk: sign in and out, the inbox, an application and a decision. Every function
//! but sign-in needs a signed-in officer, and sees only that officer's jurisdiction.

use crate::api::ApiError;
use crate::api::case_types::{Decision, DeskCase, Inbox, OfficerProfile};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

/// Signs in; the session gets a new id.
#[server(prefix = "/api", endpoint = "officer/sign-in")]
pub async fn sign_in(login: String, password: String) -> Result<OfficerProfile, ApiError> {
    let caller = crate::api::store::caller()?;
    let officer = crate::api::store::casework()?
        .sign_in(&login, &password, &caller.ip)
        .await?;
    caller
        .session
        .set_officer(&officer.login)
        .await
        .map_err(crate::api::store::unavailable)?;
    Ok(officer)
}

#[cfg(feature = "ssr")]
async fn signed_in() -> Result<OfficerProfile, ApiError> {
    let caller = crate::api::store::caller()?;
    let login = caller
        .session
        .officer()
        .await
        .ok_or(ApiError::NotSignedIn)?;
    crate::api::store::casework()?
        .officer(&login)
        .await?
        .ok_or(ApiError::NotSignedIn)
}

/// Ends the session: its cookie is worthless from now on.
#[server(prefix = "/api", endpoint = "officer/sign-out")]
pub async fn sign_out() -> Result<(), ApiError> {
    let caller = crate::api::store::caller()?;
    if let Ok(officer) = signed_in().await {
        crate::api::store::casework()?.signed_out(&officer).await?;
    }
    caller
        .session
        .end()
        .await
        .map_err(crate::api::store::unavailable)
}

/// The signed-in officer, or `None`.
#[server(prefix = "/api", endpoint = "officer/me")]
pub async fn officer_me() -> Result<Option<OfficerProfile>, ApiError> {
    match signed_in().await {
        Ok(officer) => Ok(Some(officer)),
        Err(ApiError::NotSignedIn) => Ok(None),
        Err(other) => Err(other),
    }
}

/// The officer's inbox, soonest due first, optionally only one service or one status.
#[server(prefix = "/api", endpoint = "officer/inbox")]
pub async fn officer_inbox(
    service: Option<String>,
    status: Option<String>,
    search: Option<String>,
    page: Option<usize>,
) -> Result<Inbox, ApiError> {
    let officer = signed_in().await?;
    let status = match status.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(text) => Some(crate::domain::status::Status::parse(text).ok_or(ApiError::Invalid)?),
    };
    let service = service.filter(|s| !s.is_empty());
    let search = search.unwrap_or_default();
    crate::api::store::casework()?
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
    let officer = signed_in().await?;
    crate::api::store::casework()?.case(&officer, &number).await
}

/// Decides: approve, reject, ask for information, or (appeals) order delivery or dismiss.
#[server(prefix = "/api", endpoint = "officer/decide", input = Json)]
pub async fn officer_decide(number: String, decision: Decision) -> Result<DeskCase, ApiError> {
    let officer = signed_in().await?;
    crate::api::store::casework()?
        .decide(&officer, &number, decision)
        .await
}
