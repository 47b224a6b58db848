//! Applying online: the form, the mobile's one-time code, drafts, documents and submission.
//! Each function only reads the caller's session and hands over to the server's `Applications`.
//! All but the form are POSTs, so no answer ever sits in a URL or a server log.

use crate::api::ApiError;
use crate::api::apply_types::{
    Answers, ApplyingAs, CodeSent, DraftSaved, FormPayload, MyApplication, Receipt, ReusedAnswers,
    ServerDraft,
};
#[cfg(feature = "ssr")]
use crate::api::{caller, store};
#[cfg(feature = "ssr")]
use crate::domain::otp::OtpPurpose;
use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

/// A service's application form; `None` when there is no such service.
#[server(prefix = "/api", endpoint = "apply/form", input = GetUrl)]
pub async fn get_form(service_id: String) -> Result<Option<FormPayload>, ApiError> {
    if !crate::domain::catalogue::is_service_id(&service_id) {
        return Ok(None);
    }
    store::drafts()?.form(&service_id).await
}

/// Sends a one-time code to verify `mobile`.
#[server(prefix = "/api", endpoint = "apply/send-code")]
pub async fn send_code(mobile: String) -> Result<CodeSent, ApiError> {
    let request = caller::request()?;
    store::codes()?
        .send(&mobile, OtpPurpose::VerifyMobile, &request.ip)
        .await
}

/// Checks the code; on success this session has verified `mobile`.
#[server(prefix = "/api", endpoint = "apply/verify-code")]
pub async fn verify_code(mobile: String, code: String) -> Result<String, ApiError> {
    let request = caller::request()?;
    let mobile = store::codes()?
        .verify(&mobile, &code, OtpPurpose::VerifyMobile)
        .await?;
    request
        .session
        .set_verified_mobile(&mobile)
        .await
        .map_err(store::unavailable)?;
    Ok(mobile)
}

/// Who is applying in this session: the mobile it has verified, if any (after a reload, say),
/// and whether a centre operator is signed in to it (then the centre fee applies).
#[server(prefix = "/api", endpoint = "apply/session")]
pub async fn apply_session() -> Result<ApplyingAs, ApiError> {
    let mobile = caller::verified_mobile_if_any().await?;
    use crate::api::apply_types::ApplyChannel;
    let channel = if caller::operator_centre().await?.is_some() {
        ApplyChannel::Centre
    } else {
        ApplyChannel::Online
    };
    Ok(ApplyingAs { mobile, channel })
}

/// Keeps the draft on the server, so it can be continued on another device.
#[server(prefix = "/api", endpoint = "apply/save-draft", input = Json)]
pub async fn save_draft(
    service_id: String,
    step: String,
    answers: Answers,
) -> Result<DraftSaved, ApiError> {
    let mobile = caller::verified_mobile().await?;
    store::drafts()?
        .save(&mobile, &service_id, &step, answers)
        .await
}

/// Fetches a draft by its resume code, for the mobile this session verified.
#[server(prefix = "/api", endpoint = "apply/resume")]
pub async fn resume_draft(resume_code: String) -> Result<ServerDraft, ApiError> {
    let mobile = caller::verified_mobile().await?;
    store::drafts()?.resume(&mobile, &resume_code).await
}

/// Removes an uploaded document that is not yet part of an application.
#[server(prefix = "/api", endpoint = "apply/remove-document")]
pub async fn remove_document(id: String) -> Result<(), ApiError> {
    let mobile = caller::verified_mobile().await?;
    store::uploads()?.remove(&mobile, &id).await
}

/// Submits the application. The same idempotency key always gives the same application.
#[server(prefix = "/api", endpoint = "apply/submit", input = Json)]
pub async fn submit_application(
    service_id: String,
    answers: Answers,
    idempotency_key: String,
) -> Result<Receipt, ApiError> {
    let mobile = caller::verified_mobile().await?;
    // A centre operator signed in to this session applies for the citizen, at the centre.
    let centre = caller::operator_centre().await?;
    store::submissions()?
        .submit(
            &mobile,
            &service_id,
            answers,
            &idempotency_key,
            centre.as_deref(),
        )
        .await
}

/// The receipt of one of this session's applications, to show or print again.
#[server(prefix = "/api", endpoint = "apply/receipt")]
pub async fn get_receipt(number: String) -> Result<Receipt, ApiError> {
    let mobile = caller::verified_mobile().await?;
    store::submissions()?.receipt(&mobile, &number).await
}

/// The answers of one of this mobile's rejected applications, to apply again from.
#[server(prefix = "/api", endpoint = "apply/reuse")]
pub async fn reuse_answers(number: String) -> Result<ReusedAnswers, ApiError> {
    let mobile = caller::verified_mobile().await?;
    store::my_applications()?
        .reuse_answers(&mobile, &number)
        .await
}

/// Every application made with the mobile this session verified, newest first.
#[server(prefix = "/api", endpoint = "apply/mine")]
pub async fn my_applications() -> Result<Vec<MyApplication>, ApiError> {
    let mobile = caller::verified_mobile().await?;
    store::my_applications()?.mine(&mobile).await
}

/// Ends this session: its verified mobile, and an officer's sign-in, are forgotten, and its cookie
/// is refused from now on ("काम पूरा हुआ" at a shared screen).
#[server(prefix = "/api", endpoint = "apply/finish")]
pub async fn finish_session() -> Result<(), ApiError> {
    caller::request()?
        .session
        .end()
        .await
        .map_err(store::unavailable)
}
