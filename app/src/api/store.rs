//! The storage the server functions need, as traits. The server implements them over its
//! database and hands them in as context; the app never builds SQL.

use crate::api::ApiError;
use crate::api::apply_types::{
    Answers, CodeSent, DraftSaved, FormPayload, MyApplication, Receipt, ReusedAnswers, ServerDraft,
};
use crate::api::case_types::{
    CaseFile, Certificate, CertificateCheck, Decision, DeskCase, Inbox, OfficerProfile, TrackView,
};
use crate::api::grievance_types::{CategoryList, Filed, GrievanceFiling, GrievanceView};
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
    provided("catalogue store")
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

/// What the server provided for this request as an `Arc<T>`; `what` names it in the log when
/// it is missing (a server set up wrongly, never the caller's fault).
fn provided<T: ?Sized + Send + Sync + 'static>(what: &str) -> Result<Arc<T>, ApiError> {
    leptos::prelude::use_context::<Arc<T>>().ok_or_else(|| {
        tracing::error!(what, "not in the server function's context");
        ApiError::Unavailable
    })
}

/// One-time codes that prove a mobile number.
#[async_trait::async_trait]
pub trait Codes: Send + Sync {
    /// Sends a one-time code to `mobile`, within the limits per number and per address.
    async fn send(&self, mobile: &str, purpose: OtpPurpose, ip: &str)
    -> Result<CodeSent, ApiError>;
    /// Checks a code; `Ok` consumes it and gives the mobile number in its plain 10 digits.
    async fn verify(
        &self,
        mobile: &str,
        code: &str,
        purpose: OtpPurpose,
    ) -> Result<String, ApiError>;
}

/// The code service the server provided.
pub fn codes() -> Result<Arc<dyn Codes>, ApiError> {
    provided("codes")
}

/// A service's form, and the drafts of an application not yet made.
#[async_trait::async_trait]
pub trait Drafts: Send + Sync {
    /// A service's form, or `None` when there is no such service.
    async fn form(&self, service_id: &str) -> Result<Option<FormPayload>, ApiError>;
    /// Validates and keeps a draft of `mobile`'s application.
    async fn save(
        &self,
        mobile: &str,
        service_id: &str,
        step: &str,
        answers: Answers,
    ) -> Result<DraftSaved, ApiError>;
    /// `mobile`'s draft with this resume code.
    async fn resume(&self, mobile: &str, resume_code: &str) -> Result<ServerDraft, ApiError>;
}

/// The draft service the server provided.
pub fn drafts() -> Result<Arc<dyn Drafts>, ApiError> {
    provided("drafts")
}

/// Documents uploaded for an application not yet made (the upload itself is a plain POST).
#[async_trait::async_trait]
pub trait Uploads: Send + Sync {
    /// Deletes one of `mobile`'s uploaded documents not yet part of an application.
    async fn remove(&self, mobile: &str, id: &str) -> Result<(), ApiError>;
}

/// The upload service the server provided.
pub fn uploads() -> Result<Arc<dyn Uploads>, ApiError> {
    provided("uploads")
}

/// Submitting an application, and its receipt.
#[async_trait::async_trait]
pub trait Submissions: Send + Sync {
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

/// The submission service the server provided.
pub fn submissions() -> Result<Arc<dyn Submissions>, ApiError> {
    provided("submissions")
}

/// A mobile's applications: the list, and a rejected one's answers to apply again from.
#[async_trait::async_trait]
pub trait MyApplications: Send + Sync {
    /// Every application made with this mobile, newest first.
    async fn mine(&self, mobile: &str) -> Result<Vec<MyApplication>, ApiError>;
    /// A rejected application's answers, for the mobile it was made with, to apply again from.
    async fn reuse_answers(&self, mobile: &str, number: &str) -> Result<ReusedAnswers, ApiError>;
}

/// The service of a mobile's applications the server provided.
pub fn my_applications() -> Result<Arc<dyn MyApplications>, ApiError> {
    provided("my applications")
}

/// Tracking for citizens: the status, the whole file, a reply, an appeal.
#[async_trait::async_trait]
pub trait Tracking: Send + Sync {
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
}

/// The tracking service the server provided.
pub fn tracking() -> Result<Arc<dyn Tracking>, ApiError> {
    provided("tracking")
}

/// Officers' accounts: signing in and out, and who an active officer is.
#[async_trait::async_trait]
pub trait OfficerAccounts: Send + Sync {
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
    async fn profile(&self, login: &str) -> Result<Option<OfficerProfile>, ApiError>;
}

/// The officer accounts the server provided.
pub fn officer_accounts() -> Result<Arc<dyn OfficerAccounts>, ApiError> {
    provided("officer accounts")
}

/// The officer's desk: every rule of who may see and decide what is applied here.
#[async_trait::async_trait]
pub trait Desk: Send + Sync {
    /// The officer's jurisdiction's applications, soonest due first.
    async fn inbox(
        &self,
        officer: &OfficerProfile,
        service: Option<&str>,
        status: Option<Status>,
        search: &str,
        page: usize,
    ) -> Result<Inbox, ApiError>;
    /// One application in the officer's jurisdiction, its opening recorded with the address
    /// `ip` it came from.
    async fn case(
        &self,
        officer: &OfficerProfile,
        number: &str,
        ip: &str,
    ) -> Result<DeskCase, ApiError>;
    /// A decision on one application in the officer's jurisdiction, recorded with `ip`.
    async fn decide(
        &self,
        officer: &OfficerProfile,
        number: &str,
        decision: Decision,
        ip: &str,
    ) -> Result<DeskCase, ApiError>;
}

/// The desk the server provided.
pub fn desk() -> Result<Arc<dyn Desk>, ApiError> {
    provided("desk")
}

/// Certificates: a citizen's, an officer's copy, and the public check of a code.
#[async_trait::async_trait]
pub trait Certificates: Send + Sync {
    /// The certificate on an application `mobile` made.
    async fn for_citizen(&self, number: &str, mobile: &str) -> Result<Certificate, ApiError>;
    /// The certificate on an application in the officer's jurisdiction.
    async fn for_officer(
        &self,
        number: &str,
        officer: &OfficerProfile,
    ) -> Result<Certificate, ApiError>;
    /// The public check of a certificate code.
    async fn verify(&self, code: &str) -> Result<Option<CertificateCheck>, ApiError>;
}

/// The certificate service the server provided.
pub fn certificates() -> Result<Arc<dyn Certificates>, ApiError> {
    provided("certificates")
}

/// CM Helpline grievances: the categories, and filing.
#[async_trait::async_trait]
pub trait Grievances: Send + Sync {
    /// Every category, in order.
    async fn categories(&self) -> Result<CategoryList, ApiError>;
    /// Files a grievance for `mobile`; `filed_by` is `citizen` or the operator's login.
    async fn file(
        &self,
        mobile: &str,
        filed_by: &str,
        filing: GrievanceFiling,
    ) -> Result<Filed, ApiError>;
    /// The grievance with this number, if `mobile` filed it; "not found" otherwise, whichever
    /// part was wrong. Limited per address, with application look-ups.
    async fn track(&self, number: &str, mobile: &str, ip: &str) -> Result<GrievanceView, ApiError>;
}

/// The grievance service the server provided.
pub fn grievances() -> Result<Arc<dyn Grievances>, ApiError> {
    provided("grievances")
}
