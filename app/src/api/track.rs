//! Tracking an application: by number and mobile with no login; the whole application, a reply to
//! a request and an appeal once the mobile is verified by a one-time code (`apply/send-code`,
//! `apply/verify-code`).

use crate::api::ApiError;
use crate::api::case_types::{CaseFile, TrackView};
#[cfg(feature = "ssr")]
use crate::api::{caller, store};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

/// The status, the clock and the timeline of the application with this number, if `mobile` is
/// the one it was made with. Anything else is "not found", whichever part was wrong.
#[server(prefix = "/api", endpoint = "track/status")]
pub async fn track_status(number: String, mobile: String) -> Result<TrackView, ApiError> {
    let request = caller::request()?;
    store::tracking()?
        .track(&number, &mobile, &request.ip)
        .await
}

/// The whole application, for the mobile this session verified.
#[server(prefix = "/api", endpoint = "track/file")]
pub async fn track_file(number: String) -> Result<CaseFile, ApiError> {
    let mobile = caller::verified_mobile().await?;
    store::tracking()?.citizen_file(&number, &mobile).await
}

/// Answers the designated officer's request for information; the clock restarts.
#[server(prefix = "/api", endpoint = "track/reply", input = Json)]
pub async fn reply_to_request(
    number: String,
    reply: String,
    documents: Vec<String>,
) -> Result<CaseFile, ApiError> {
    let mobile = caller::verified_mobile().await?;
    store::tracking()?
        .reply(&number, &mobile, &reply, &documents)
        .await
}

/// Files the appeal that lies now (first or second), with the citizen's reason.
#[server(prefix = "/api", endpoint = "track/appeal")]
pub async fn file_appeal(number: String, reason: String) -> Result<CaseFile, ApiError> {
    let mobile = caller::verified_mobile().await?;
    store::tracking()?.appeal(&number, &mobile, &reason).await
}
