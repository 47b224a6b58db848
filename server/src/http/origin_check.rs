//! Refuses state-changing requests from other sites (CSRF). Leptos's server functions do no such
//! check themselves, so every POST (or other unsafe method) must come from the portal's own
//! origin, or from one named in `ALLOWED_ORIGINS`.

use crate::http::json_error::json_error;
use axum::extract::Request;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::Arc;

/// Origins allowed besides the request's own host.
#[derive(Clone, Debug, Default)]
pub struct AllowedOrigins(pub Arc<Vec<String>>);

/// Whether a request with these headers may change state.
///
/// A browser always sends `Origin` on a cross-origin POST; it must then name this host or an
/// allowed origin. Without `Origin`, `Sec-Fetch-Site` (sent by current browsers) must not say
/// the request came from another site. A request with neither did not come from a browser
/// page, so no user's cookies can be abused by it.
pub fn is_allowed(method: &Method, headers: &HeaderMap, allowed: &[String]) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return true;
    }
    if let Some(origin) = headers.get(header::ORIGIN) {
        let Ok(origin) = origin.to_str() else {
            return false;
        };
        if allowed.iter().any(|a| a == origin) {
            return true;
        }
        let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
        let origin_host = origin
            .strip_prefix("https://")
            .or_else(|| origin.strip_prefix("http://"));
        return matches!((origin_host, host), (Some(o), Some(h)) if o.eq_ignore_ascii_case(h));
    }
    match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some(site) => site == "same-origin" || site == "none",
        None => true,
    }
}

/// The middleware: 403 with a JSON body for a request from another origin.
pub async fn check_origin(
    axum::extract::State(allowed): axum::extract::State<AllowedOrigins>,
    request: Request,
    next: Next,
) -> Response {
    if is_allowed(request.method(), request.headers(), &allowed.0) {
        next.run(request).await
    } else {
        tracing::warn!(path = %request.uri().path(), "refused a request from another origin");
        json_error(StatusCode::FORBIDDEN, "forbidden_origin")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn same_origin_posts_pass_and_foreign_ones_do_not() {
        let own = headers(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "http://127.0.0.1:3000"),
        ]);
        assert!(is_allowed(&Method::POST, &own, &[]));
        let foreign = headers(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "https://evil.example"),
        ]);
        assert!(!is_allowed(&Method::POST, &foreign, &[]));
        assert!(is_allowed(
            &Method::POST,
            &foreign,
            &["https://evil.example".into()]
        ));
        let null = headers(&[("host", "127.0.0.1:3000"), ("origin", "null")]);
        assert!(!is_allowed(&Method::POST, &null, &[]));
    }

    #[test]
    fn without_origin_fetch_metadata_decides() {
        assert!(!is_allowed(
            &Method::POST,
            &headers(&[("sec-fetch-site", "cross-site")]),
            &[]
        ));
        assert!(!is_allowed(
            &Method::POST,
            &headers(&[("sec-fetch-site", "same-site")]),
            &[]
        ));
        assert!(is_allowed(
            &Method::POST,
            &headers(&[("sec-fetch-site", "same-origin")]),
            &[]
        ));
        assert!(is_allowed(&Method::POST, &HeaderMap::new(), &[]));
    }

    #[test]
    fn reads_are_never_blocked() {
        let foreign = headers(&[("host", "a"), ("origin", "https://evil.example")]);
        assert!(is_allowed(&Method::GET, &foreign, &[]));
    }
}
