//! Who is calling a server function, worked out in one place: the request's session and
//! address, the mobile the session verified by a one-time code, the officer signed in to it, and
//! the centre of a signed-in operator. Every server function asks here; none reads the session
//! itself.

use crate::api::ApiError;
use crate::api::case_types::OfficerProfile;
use crate::api::store::{self, Caller};
use crate::domain::officer::Role;

/// The session and the client's address of this request.
pub fn request() -> Result<Caller, ApiError> {
    store::caller()
}

/// The mobile this session verified, if it has one.
pub async fn verified_mobile_if_any() -> Result<Option<String>, ApiError> {
    Ok(request()?.session.verified_mobile().await)
}

/// The mobile this session verified, or `NotVerified`.
pub async fn verified_mobile() -> Result<String, ApiError> {
    verified_mobile_if_any().await?.ok_or(ApiError::NotVerified)
}

/// The active officer signed in to this session, or `NotSignedIn` (also when the account has
/// been closed since the sign-in).
pub async fn officer() -> Result<OfficerProfile, ApiError> {
    let login = request()?
        .session
        .officer()
        .await
        .ok_or(ApiError::NotSignedIn)?;
    store::officer_accounts()?
        .profile(&login)
        .await?
        .ok_or(ApiError::NotSignedIn)
}

/// The active officer signed in to this session, if one is.
pub async fn officer_if_any() -> Result<Option<OfficerProfile>, ApiError> {
    match officer().await {
        Ok(officer) => Ok(Some(officer)),
        Err(ApiError::NotSignedIn) => Ok(None),
        Err(other) => Err(other),
    }
}

/// The centre of the operator signed in to this session, if one is: an application made in
/// this session is then made at that centre, for the citizen.
pub async fn operator_centre() -> Result<Option<String>, ApiError> {
    Ok(officer_if_any()
        .await?
        .filter(|officer| officer.role == Role::CentreOperator)
        .and_then(|officer| officer.centre))
}
