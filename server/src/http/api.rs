//! `/api/…`: the app's server functions, with the database handed in as context. Unknown
//! functions get a JSON 404 instead of Leptos's plain-text 400.

use crate::AppState;
use crate::http::json_error::json_error;
use crate::sessions::CallerSessionHandle;
use app::api::error::ApiError;
use app::api::store::{
    Caller, CatalogueStore, Certificates, Codes, Desk, Drafts, Grievances, MyApplications,
    OfficerAccounts, Submissions, Tracking, Uploads,
};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;
use std::sync::Arc;
use tower_sessions::Session;

/// Hands the server functions each service by the one trait it is used through.
fn provide_services(state: &AppState) {
    provide_context::<Arc<dyn CatalogueStore>>(Arc::new(state.db.clone()));
    provide_context::<Arc<dyn Codes>>(state.apply.clone());
    provide_context::<Arc<dyn Drafts>>(state.apply.clone());
    provide_context::<Arc<dyn Uploads>>(state.apply.clone());
    provide_context::<Arc<dyn Submissions>>(state.apply.clone());
    provide_context::<Arc<dyn MyApplications>>(state.apply.clone());
    provide_context::<Arc<dyn Tracking>>(state.casework.clone());
    provide_context::<Arc<dyn OfficerAccounts>>(state.casework.clone());
    provide_context::<Arc<dyn Desk>>(state.casework.clone());
    provide_context::<Arc<dyn Certificates>>(state.casework.clone());
    provide_context::<Arc<dyn Grievances>>(state.grievances.clone());
}

/// Runs the server function registered at the request's path and method.
pub async fn server_fn(State(state): State<AppState>, request: Request<Body>) -> Response {
    let path = request.uri().path().to_string();
    let method = request.method().clone();
    let mut registered = leptos::server_fn::axum::server_fn_paths().filter(|(p, _)| *p == path);
    match registered.next() {
        None => return json_error(StatusCode::NOT_FOUND, "not_found"),
        Some((_, m)) if m != method && !registered.any(|(_, m)| m == method) => {
            return json_error(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed");
        }
        Some(_) => {}
    }
    let caller = request
        .extensions()
        .get::<Session>()
        .cloned()
        .map(|session| Caller {
            session: Arc::new(CallerSessionHandle(session)),
            ip: client_ip(&request),
        });
    let mut response = leptos_axum::handle_server_fns_with_context(
        move || {
            provide_services(&state);
            if let Some(caller) = caller.clone() {
                provide_context(caller);
            }
        },
        request,
    )
    .await
    .into_response();
    if response.headers().contains_key(SERVER_FN_ERROR_HEADER) {
        response = with_error_status(&path, response).await;
    }
    // The catalogue changes only when the server restarts with new data: a phone may keep it
    // for a few minutes instead of fetching it on every page.
    if method == Method::GET
        && path.starts_with("/api/catalogue/")
        && response.status().is_success()
    {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=300"),
        );
    }
    response
}

/// Leptos sends every error of a server function as a 500. Each kind goes out here with its own
/// status (`ApiError::http_status`): a wrong password is a 401, not an alarm for the operations
/// team. Refusals are logged for information; faults stay errors.
async fn with_error_status(path: &str, response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return json_error(StatusCode::INTERNAL_SERVER_ERROR, "internal");
    };
    match serde_json::from_slice::<ApiError>(&bytes) {
        Ok(error) => {
            if error.is_fault() {
                tracing::error!(%path, ?error, "a server function failed");
            } else {
                tracing::info!(%path, ?error, "a request was refused");
            }
            parts.status = StatusCode::from_u16(error.http_status())
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            if let ApiError::Wait { seconds } = error
                && let Ok(value) = HeaderValue::from_str(&seconds.max(1).to_string())
            {
                parts.headers.insert(header::RETRY_AFTER, value);
            }
        }
        Err(_) => tracing::error!(%path, "a server function's error could not be read"),
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// The client's address (the peer, or the one a trusted proxy forwarded for).
pub fn client_ip(request: &Request<Body>) -> String {
    crate::http::client_address::of(request)
}

/// Anything under `/api` that is not a server function.
pub async fn not_found() -> Response {
    json_error(StatusCode::NOT_FOUND, "not_found")
}
