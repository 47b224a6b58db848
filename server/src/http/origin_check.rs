//! Refuses state-changing requests from other sites (CSRF). Leptos's server functions do no such
//! check themselves, so every POST (or other unsafe method) must come from the portal's own
//! origin (`PUBLIC_URL`'s scheme, host and port), or from one named in `ALLOWED_ORIGINS`. The
//! `Host` header is not trusted: a page on a rebound name (DNS rebinding) sends a `Host` that
//! matches its own `Origin`.

use crate::http::json_error::json_error;
use axum::extract::Request;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::Arc;

/// The origins allowed to change state: the portal's own and `ALLOWED_ORIGINS`.
#[derive(Clone, Debug, Default)]
pub struct AllowedOrigins(pub Arc<Vec<String>>);

/// The portal's own origins for its public address: `scheme://host[:port]`, and for a
/// loopback address the same port under both `127.0.0.1` and `localhost`, as a developer may
/// type either.
pub fn own_origins(public_url: &str) -> Vec<String> {
    let trimmed = public_url.trim().trim_end_matches('/');
    let (scheme, rest) = trimmed.split_once("://").unwrap_or(("http", trimmed));
    let authority = rest
        .split('/')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let mut origins = vec![format!("{scheme}://{authority}")];
    for (one, other) in [("127.0.0.1", "localhost"), ("localhost", "127.0.0.1")] {
        if let Some(port) = authority.strip_prefix(one)
            && (port.is_empty() || port.starts_with(':'))
        {
            origins.push(format!("{scheme}://{other}{port}"));
        }
    }
    origins
}

/// Whether a request with these headers may change state.
///
/// A browser always sends `Origin` on a cross-origin POST; it must then be one of `allowed`
/// (exactly: scheme, host and port). Without `Origin`, `Sec-Fetch-Site` (sent by current browsers) must not say
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
        return allowed.iter().any(|a| a.eq_ignore_ascii_case(origin));
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
    fn the_own_origin_comes_from_the_public_address_not_the_host_header() {
        let own = own_origins("http://127.0.0.1:3000");
        assert_eq!(own, ["http://127.0.0.1:3000", "http://localhost:3000"]);
        assert_eq!(
            own_origins("https://seva.mp.gov.in/"),
            ["https://seva.mp.gov.in"]
        );
        // A rebound name: Host and Origin agree, but neither is the portal's.
        let rebound = headers(&[
            ("host", "evil.example:3000"),
            ("origin", "http://evil.example:3000"),
        ]);
        assert!(!is_allowed(&Method::POST, &rebound, &own));
        // The right host over the wrong scheme.
        let plain = headers(&[("origin", "http://seva.mp.gov.in")]);
        assert!(!is_allowed(
            &Method::POST,
            &plain,
            &own_origins("https://seva.mp.gov.in")
        ));
    }

    #[test]
    fn same_origin_posts_pass_and_foreign_ones_do_not() {
        let own = headers(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "http://127.0.0.1:3000"),
        ]);
        assert!(is_allowed(
            &Method::POST,
            &own,
            &own_origins("http://127.0.0.1:3000")
        ));
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
