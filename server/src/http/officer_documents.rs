//! `/officer/documents/{id}`: a document of an application, for a signed-in officer whose
//! jurisdiction it is in, each opening in the audit log. Anyone else gets the same "not found".

use crate::AppState;
use crate::http::client_address::ClientIp;
use crate::http::json_error::json_error;
use crate::http::security_headers::DOCUMENT_POLICY;
use crate::sessions::CallerSessionHandle;
use app::api::ApiError;
use app::api::store::{CallerSession, OfficerAccounts};
use axum::extract::{Extension, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

/// Serves the document, or 404.
pub async fn document(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Extension(ip): Extension<ClientIp>,
) -> Response {
    let not_found = || json_error(StatusCode::NOT_FOUND, "not_found");
    let Some(login) = CallerSessionHandle(session).officer().await else {
        return json_error(StatusCode::UNAUTHORIZED, "not_signed_in");
    };
    let Ok(Some(officer)) = state.casework.profile(&login).await else {
        return json_error(StatusCode::UNAUTHORIZED, "not_signed_in");
    };
    let document = match state.casework.open_document(&officer, &id, &ip.0).await {
        Ok(document) => document,
        Err(ApiError::NotFound) => return not_found(),
        Err(error) => {
            tracing::error!(?error, "a document could not be opened");
            return json_error(StatusCode::SERVICE_UNAVAILABLE, "unavailable");
        }
    };
    let (name, content_type) = (document.file_name, document.content_type);
    let Ok(bytes) = state.apply.storage.get(&document.storage_key).await else {
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
    if let Ok(value) = HeaderValue::from_str(&format!(
        "{}; filename=\"{ascii}\"",
        disposition(&content_type)
    )) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    // Nothing may load or run in it, and no other site may frame it.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(DOCUMENT_POLICY),
    );
    headers.insert(
        header::X_FRAME_OPTIONS,
        HeaderValue::from_static("SAMEORIGIN"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}

/// How a document of this type is handed over: inline where it opens in the browser, as an
/// attachment otherwise (`app::domain::document_opening`, the rule the desk's viewer follows).
fn disposition(content_type: &str) -> &'static str {
    if app::domain::document_opening::opens_in_browser(content_type) {
        "inline"
    } else {
        "attachment"
    }
}

#[cfg(test)]
mod tests {
    use super::disposition;

    #[test]
    fn only_images_open_inline() {
        assert_eq!(disposition("image/png"), "inline");
        assert_eq!(disposition("image/jpeg"), "inline");
        assert_eq!(disposition("application/pdf"), "attachment");
        assert_eq!(disposition("text/html"), "attachment");
    }
}
