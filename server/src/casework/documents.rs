//! An application's documents on the officer's desk: their types, so the desk can show each one
//! inline, and each opening, checked against the officer's jurisdiction and written to the
//! audit log (a document is personal data, like the application itself).

use super::CaseworkService;
use super::access::visible;
use super::transition::audit_alone;
use crate::db::documents;
use crate::error::ServerResult;
use app::api::ApiError;
use app::api::case_types::OfficerProfile;
use std::collections::BTreeMap;

/// The audit log's name for an officer opening a document.
pub const OPENED: &str = "open_document";

/// A document an officer may open: where it is kept and how to send it.
pub struct OpenedDocument {
    /// The name it was uploaded with.
    pub file_name: String,
    /// Its sniffed type.
    pub content_type: String,
    /// Its key in the document store.
    pub storage_key: String,
}

/// Each of the application's documents' types, by id.
pub async fn types(
    casework: &CaseworkService,
    number: &str,
) -> ServerResult<BTreeMap<String, String>> {
    let rows = documents::types_of(casework.apply.db.pool(), number).await?;
    Ok(rows.into_iter().collect())
}

/// The document `id` if it belongs to an application this officer may see, its opening
/// recorded; `NotFound` for any other (the same answer, so nothing is learnt).
pub async fn open(
    casework: &CaseworkService,
    officer: &OfficerProfile,
    id: &str,
    ip: &str,
) -> ServerResult<OpenedDocument> {
    if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ApiError::NotFound.into());
    }
    let document = documents::attached(casework.apply.db.pool(), id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let row = visible(casework, officer, &document.application_number).await?;
    let now = casework.apply.clock.now();
    audit_alone(
        &casework.apply.db,
        now,
        &officer.login,
        OPENED,
        Some(&row.number),
        ip,
    )
    .await?;
    Ok(OpenedDocument {
        file_name: document.file_name,
        content_type: document.content_type,
        storage_key: document.storage_key,
    })
}
