//! The server's routes and the middleware around them.

use crate::AppState;
use crate::apply::documents;
use crate::http::origin_check::{AllowedOrigins, check_origin, own_origins};
use crate::http::security_headers::{SecurityHeaders, add_security_headers};
use crate::http::{
    api, client_address, first_html, health, json_error, officer_documents, qr, short_links,
    static_files, wasm_parts,
};
use crate::sessions;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware::{from_fn, from_fn_with_state, map_response_with_state};
use axum::routing::{any, get, post};
use std::sync::Arc;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;
use tower_http::trace::TraceLayer;

/// Largest request body accepted: server-function calls are small. Uploads get their own limit.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// What a multipart upload may carry besides the file itself (its headers and small fields).
pub const UPLOAD_OVERHEAD_BYTES: usize = 16 * 1024;

/// Every route: health, server functions, the built client and the app's pages.
pub fn routes(state: AppState, allowed_origins: Vec<String>) -> Router {
    let upload_limit = state.apply.max_file_bytes as usize + UPLOAD_OVERHEAD_BYTES;
    let uploads = Router::new()
        .route("/api/documents", post(documents::upload))
        .layer(DefaultBodyLimit::disable())
        .layer(RequestBodyLimitLayer::new(upload_limit));
    let api = Router::new()
        .route("/api/{*fn_name}", any(api::server_fn))
        .route("/api", any(api::not_found))
        .route("/api/", any(api::not_found))
        .route("/officer/documents/{id}", get(officer_documents::document))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .merge(uploads)
        .layer(sessions::layer(state.db.clone(), state.secure_cookies))
        .layer(from_fn(private_by_default))
        .layer(from_fn_with_state(
            AllowedOrigins(Arc::new(
                own_origins(&state.public_url)
                    .into_iter()
                    .chain(allowed_origins)
                    .collect(),
            )),
            check_origin,
        ));
    let files = ServeDir::new(&state.site.dist_dir)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(get(first_html::page).with_state(state.clone()));
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/qr/track/{file}", get(qr::track_qr))
        .route("/qr/verify/{file}", get(qr::verify_qr))
        .route("/t/{number}", get(short_links::track))
        .route("/c/{number}", get(short_links::certificate))
        .route("/wasm-parts/{bundle}/{parts}", get(wasm_parts::parts))
        .merge(api)
        .fallback_service(
            Router::new()
                .fallback_service(files)
                .layer(from_fn(static_files::cache_control))
                .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES)),
        )
        .layer(from_fn_with_state(
            state.trusted_proxies.clone(),
            client_address::remember_client_ip,
        ))
        .with_state(state)
}

/// Answers from the API carry personal data (a receipt, a case, a draft): no browser or proxy may
/// keep them (ASVS 8.2.1), unless the handler chose its own caching (the public catalogue).
async fn private_by_default(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let mut response = next.run(request).await;
    response
        .headers_mut()
        .entry(axum::http::header::CACHE_CONTROL)
        .or_insert(axum::http::HeaderValue::from_static("no-store"));
    response
}

/// Wraps routes in the middleware every response passes: security headers, no panic reaching a
/// user, compression and structured request logs. (Body limits are set per route in `routes`.)
pub fn with_middleware(router: Router, security_headers: SecurityHeaders) -> Router {
    router
        .layer(CompressionLayer::new())
        .layer(CatchPanicLayer::custom(json_error::panic_response))
        .layer(map_response_with_state(
            security_headers,
            add_security_headers,
        ))
        .layer(TraceLayer::new_for_http())
}

/// The whole application, as `main` serves it.
pub fn app(state: AppState, allowed_origins: Vec<String>) -> Router {
    let mut headers = SecurityHeaders::new(&state.site.csp);
    if state.public_url.starts_with("https://") {
        headers = headers.over_tls();
    }
    with_middleware(routes(state, allowed_origins), headers)
}
