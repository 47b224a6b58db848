//! The storage the server functions need, as traits. The server implements them over its
//! database and hands them in as context; the app never builds SQL.

use crate::api::ApiError;
use crate::api::apply_types::{
    Answers, CodeSent, DraftSaved, FormPayload, MyApplication, Receipt, ReusedAnswers, ServerDraft,
};
use crate::api::case_types::{
    CaseFile, Certificate, CertificateCheck, Decision, DeskCase, Inbox, OfficerProfile, TrackView,
};
use crate::domain::browse::CatalogueIndex;
use crate::domain::catalogue::Service;
use crate::domain::otp::OtpPurpose;
use crate::domain::status::Status;
use std::sync::Arc;

/// A storage failure. Its text is for the server's log only.
#[derive(Debug, thiserror::Error)]
#[error("storage failed: {0}")]
pub struct StoreError(pub String);

/// Reads the catalogue of notified services.
#[async_trait::async_trait]
pub trait CatalogueStore: Send + Sync {
    /// The whole catalogue for browsing and search, in catalogue order.
    async fn catalogue_index(&self) -> Result<CatalogueIndex, StoreError>;
    /// One service by id, or `None` when there is no such service.
    async fn service(&self, id: &str) -> Result<Option<Service>, StoreError>;
}

/// The catalogue store the server provided for this request.
pub fn catalogue() -> Result<Arc<dyn CatalogueStore>, ApiError> {
    leptos::prelude::use_context::<Arc<dyn CatalogueStore>>().ok_or_else(|| {
        tracing::error!("no catalogue store in the server function's context");
        ApiError::Unavailable
    })
}

/// Logs a storage failure and turns it into what the client may see.
pub fn unavailable(error: StoreError) -> ApiError {
    tracing::error!(%error, "storage failed");
    ApiError::Unavailable
}

/// The caller's session, as the server keeps it (an HttpOnly cookie names it).
#[async_trait::async_trait]
pub trait CallerSession: Send + Sync {
    /// The mobile number this session verified by a one-time code, if any.
    async fn verified_mobile(&self) -> Option<String>;
    /// Records a verified mobile, under a new session id (so an id seen before login is useless
    /// after it).
    async fn set_verified_mobile(&self, mobile: &str) -> Result<(), StoreError>;
    /// The login of the officer signed in to this session, if any.
    async fn officer(&self) -> Option<String>;
    /// Records a signed-in officer, under a new session id.
    async fn set_officer(&self, login: &str) -> Result<(), StoreError>;
    /// Ends the session: its record is deleted, so its cookie is refused from now on.
    async fn end(&self) -> Result<(), StoreError>;
}

/// Who is calling: the session and the client's address (for rate limits).
#[derive(Clone)]
pub struct Caller {
    /// The session.
    pub session: Arc<dyn CallerSession>,
    /// The client's IP address as the server sees it.
    pub ip: String,
}

/// The caller the server provided for this request.
pub fn caller() -> Result<Caller, ApiError> {
    leptos::prelude::use_context::<Caller>().ok_or_else(|| {
        tracing::error!("no caller in the server function's context");
        ApiError::Unavailable
    })
}

/// Applying for a service: codes, drafts, documents, submission. The server implements the rules
/// (with `domain`) over its database, its clock and its secrets.
#[async_trait::async_trait]
pub trait Applications: Send + Sync {
    /// A service's form, or `None` when there is no such service.
    async fn form(&self, service_id: &str) -> Result<Option<FormPayload>, ApiError>;
    /// Sends a one-time code to `mobile`, within the limits per number and per address.
    async fn send_code(
        &self,
        mobile: &str,
        purpose: OtpPurpose,
        ip: &str,
    ) -> Result<CodeSent, ApiError>;
    /// Checks a code; `Ok` consumes it and gives the mobile number in its plain 10 digits.
    async fn verify_code(
        &self,
        mobile: &str,
        code: &str,
        purpose: OtpPurpose,
    ) -> Result<String, ApiError>;
    /// Validates and keeps a draft of `mobile`'s application.
    async fn save_draft(
        &self,
        mobile: &str,
        service_id: &str,
        step: &str,
        answers: Answers,
    ) -> Result<DraftSaved, ApiError>;
    /// `mobile`'s draft with this resume code.
    /// Every application made with this mobile, newest first.
    async fn mine(&self, mobile: &str) -> Result<Vec<MyApplication>, ApiError>;
    /// A rejected application's answers, for the mobile it was made with, to apply again from.
    async fn reuse_answers(&self, mobile: &str, number: &str) -> Result<ReusedAnswers, ApiError>;
    async fn resume_draft(&self, mobile: &str, resume_code: &str) -> Result<ServerDraft, ApiError>;
    /// Deletes one of `mobile`'s uploaded documents not yet part of an application.
    async fn remove_document(&self, mobile: &str, id: &str) -> Result<(), ApiError>;
    /// Submits, once per idempotency key: a repeat returns the first receipt. `centre` is the
    /// centre applying for the citizen, when an operator is signed in.
    async fn submit(
        &self,
        mobile: &str,
        service_id: &str,
        answers: Answers,
        idempotency_key: &str,
        centre: Option<&str>,
    ) -> Result<Receipt, ApiError>;
    /// The receipt of one of `mobile`'s applications.
    async fn receipt(&self, mobile: &str, number: &str) -> Result<Receipt, ApiError>;
}

/// The applications service the server provided for this request.
pub fn applications() -> Result<Arc<dyn Applications>, ApiError> {
    leptos::prelude::use_context::<Arc<dyn Applications>>().ok_or_else(|| {
        tracing::error!("no applications service in the server function's context");
        ApiError::Unavailable
    })
}

/// Tracking, the officer's desk and certificates: every rule of who may see and do what is
/// applied here, behind the server functions.
#[async_trait::async_trait]
pub trait Casework: Send + Sync {
    /// The application's status if `mobile` made it; "not found" otherwise. Limited per address.
    async fn track(&self, number: &str, mobile: &str, ip: &str) -> Result<TrackView, ApiError>;
    /// The whole application, for its own verified mobile.
    async fn citizen_file(&self, number: &str, mobile: &str) -> Result<CaseFile, ApiError>;
    /// The citizen answers a request for information, with documents uploaded for it.
    async fn reply(
        &self,
        number: &str,
        mobile: &str,
        reply: &str,
        documents: &[String],
    ) -> Result<CaseFile, ApiError>;
    /// The citizen files the appeal that lies now.
    async fn appeal(&self, number: &str, mobile: &str, reason: &str) -> Result<CaseFile, ApiError>;
    /// Checks a password (limited per login); the officer's profile when right.
    async fn sign_in(
        &self,
        login: &str,
        password: &str,
        ip: &str,
    ) -> Result<OfficerProfile, ApiError>;
    /// Records a sign-out in the audit log.
    async fn signed_out(&self, officer: &OfficerProfile) -> Result<(), ApiError>;
    /// An active officer by login.
    async fn officer(&self, login: &str) -> Result<Option<OfficerProfile>, ApiError>;
    /// The officer's jurisdiction's applications, soonest due first.
    async fn inbox(
        &self,
        officer: &OfficerProfile,
        service: Option<&str>,
        status: Option<Status>,
        search: &str,
        page: usize,
    ) -> Result<Inbox, ApiError>;
    /// One application in the officer's jurisdiction.
    async fn case(&self, officer: &OfficerProfile, number: &str) -> Result<DeskCase, ApiError>;
    /// A decision on one application in the officer's jurisdiction.
    async fn decide(
        &self,
        officer: &OfficerProfile,
        number: &str,
        decision: Decision,
    ) -> Result<DeskCase, ApiError>;
    /// The certificate on an application `mobile` made.
    async fn certificate_for_citizen(
        &self,
        number: &str,
        mobile: &str,
    ) -> Result<Certificate, ApiError>;
    /// The certificate on an application in the officer's jurisdiction.
    async fn certificate_for_officer(
        &self,
        number: &str,
        officer: &OfficerProfile,
    ) -> Result<Certificate, ApiError>;
    /// The public check of a certificate code.
    async fn verify_certificate(&self, code: &str) -> Result<Option<CertificateCheck>, ApiError>;
}

/// The casework service the server provided for this request.
pub fn casework() -> Result<Arc<dyn Casework>, ApiError> {
    leptos::prelude::use_context::<Arc<dyn Casework>>().ok_or_else(|| {
        tracing::error!("no casework service in the server function's context");
        ApiError::Unavailable
    })
}
