//! Certificates: the holder (or an officer of the jurisdiction) prints one; anyone checks one by
//! the code on it.

use crate::api::ApiError;
use crate::api::case_types::{Certificate, CertificateCheck};
#[cfg(feature = "ssr")]
use crate::api::{caller, store};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The certificate issued on this application: for the mobile this session verified, or for a
/// signed-in officer whose jurisdiction it is in.
#[server(prefix = "/api", endpoint = "certificate/get")]
pub async fn get_certificate(number: String) -> Result<Certificate, ApiError> {
    let certificates = store::certificates()?;
    if let Some(mobile) = caller::verified_mobile_if_any().await?
        && let Ok(certificate) = certificates.for_citizen(&number, &mobile).await
    {
        return Ok(certificate);
    }
    // Neither the holder nor an officer: the holder is asked to verify the mobile first.
    let Some(officer) = caller::officer_if_any().await? else {
        return Err(ApiError::NotVerified);
    };
    certificates.for_officer(&number, &officer).await
}

/// Checks a certificate by its code: `None` when no certificate has it.
#[server(prefix = "/api", endpoint = "certificate/verify", input = GetUrl)]
pub async fn verify_certificate(code: String) -> Result<Option<CertificateCheck>, ApiError> {
    store::certificates()?.verify(&code).await
}
