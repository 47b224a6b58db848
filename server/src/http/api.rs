//! `/api/…`: the app's server functions, with the database handed in as context. Unknown
//! functions get a JSON 404 instead of Leptos's plain-text 400.

use crate::AppState;
use crate::http::json_error::json_error;
use crate::sessions::CallerSessionHandle;
use app::api::store::{Applications, Caller, Casework, CatalogueStore};
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;
use std::net::SocketAddr;
use std::sync::Arc;
use tower_sessions::Session;

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
    let applications: Arc<dyn Applications> = state.apply.clone();
    let casework: Arc<dyn Casework> = state.casework.clone();
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
            provide_context(catalogue.clone());
            provide_context(applications.clone());
            provide_context(casework.clone());
            if let Some(caller) = caller.clone() {
                provide_context(caller);
            }
        },
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

/// The client's address as this server sees it: the connection's peer.
pub fn client_ip(request: &Request<Body>) -> String {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// Anything under `/api` that is not a server function.
pub async fn not_found() -> Response {
    json_error(StatusCode::NOT_FOUND, "not_found")
}
