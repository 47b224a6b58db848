//! `/api/…`: the app's server functions, with the database handed in as context. Unknown
//! functions get a JSON 404 instead of Leptos's plain-text 400.

use crate::AppState;
use crate::http::json_error::json_error;
use app::api::store::CatalogueStore;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;
use std::sync::Arc;

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
    let catalogue: Arc<dyn CatalogueStore> = Arc::new(state.db.clone());
    let mut response = leptos_axum::handle_server_fns_with_context(
        move || provide_context(catalogue.clone()),
        request,
    )
    .await
    .into_response();
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

/// Anything under `/api` that is not a server function.
pub async fn not_found() -> Response {
    json_error(StatusCode::NOT_FOUND, "not_found")
}
