//! `/officer/documents/{id}`: a document of an application, for a signed-in officer whose
//! jurisdiction it is in. Anyone else gets the same "not found".

use crate::AppState;
use crate::http::json_error::json_error;
use crate::sessions::CallerSessionHandle;
use app::api::store::{CallerSession, Casework};
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

/// Serves the document, or 404.
pub async fn document(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
) -> Response {
    let not_found = || json_error(StatusCode::NOT_FOUND, "not_found");
    if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return not_found();
    }
    let Some(login) = CallerSessionHandle(session).officer().await else {
        return json_error(StatusCode::UNAUTHORIZED, "not_signed_in");
    };
    let Ok(Some(officer)) = state.casework.officer(&login).await else {
        return json_error(StatusCode::UNAUTHORIZED, "not_signed_in");
    };
    let row: Option<(String, String, String, String)> = match sqlx::query_as(
        "SELECT application_number, file_name, content_type, storage_key FROM documents \
         WHERE id = $1 AND application_number IS NOT NULL",
    )
    .bind(&id)
    .fetch_optional(state.db.pool())
    .await
    {
        Ok(row) => row,
        Err(error) => {
            tracing::error!(%error, "the database failed");
            return json_error(StatusCode::SERVICE_UNAVAILABLE, "unavailable");
        }
    };
    let Some((number, name, content_type, key)) = row else {
        return not_found();
    };
    // The desk's own rule decides: the application must open for this officer.
    if state.casework.case_visible(&officer, &number).await != Ok(true) {
        return not_found();
    }
    let Ok(bytes) = state.apply.storage.get(&key).await else {
        return not_found();
    };
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if let Ok(value) = HeaderValue::from_str(&format!("inline; filename=\"{ascii}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}
