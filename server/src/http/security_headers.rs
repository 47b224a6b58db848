//! Security headers on every response, and the Content-Security-Policy that lets the wasm client
//! run and nothing else.

use axum::extract::State;
use axum::http::{HeaderName, HeaderValue, header};
use axum::response::Response;
use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// The policy for a page whose inline scripts are `inline_scripts`: each is allowed by its
/// SHA-256 hash (Trunk's loader is one), wasm may be compiled (`'wasm-unsafe-eval'`), and
/// everything else must come from this origin. No page may frame the portal.
pub fn content_security_policy(inline_scripts: &[&str]) -> String {
    let hashes: String = inline_scripts
        .iter()
        .map(|script| {
            let digest = Sha256::digest(script.as_bytes());
            format!(
                " 'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// The bodies of the `<script>` elements in `html` that have no `src`.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start..];
        let Some(tag_end) = rest.find('>') else { break };
        let tag = &rest[..tag_end];
        let body_start = tag_end + 1;
        let Some(close) = rest[body_start..].find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            scripts.push(&rest[body_start..body_start + close]);
        }
        rest = &rest[body_start + close..];
    }
    scripts
}

/// The headers, prepared once.
#[derive(Clone, Debug)]
pub struct SecurityHeaders(Arc<Vec<(HeaderName, HeaderValue)>>);

impl SecurityHeaders {
    /// Headers with the given Content-Security-Policy.
    pub fn new(csp: &str) -> SecurityHeaders {
        let mut headers = vec![
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
            (
                header::REFERRER_POLICY,
                HeaderValue::from_static("same-origin"),
            ),
            (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
            (
                HeaderName::from_static("permissions-policy"),
                HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
            ),
            (
                HeaderName::from_static("cross-origin-opener-policy"),
                HeaderValue::from_static("same-origin"),
            ),
        ];
        if let Ok(value) = HeaderValue::from_str(csp) {
            headers.push((header::CONTENT_SECURITY_POLICY, value));
        }
        SecurityHeaders(Arc::new(headers))
    }

    /// The same, and HSTS: served over TLS, browsers keep to HTTPS for a year.
    pub fn over_tls(self) -> SecurityHeaders {
        let mut headers = (*self.0).clone();
        headers.push((
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ));
        SecurityHeaders(Arc::new(headers))
    }
}

/// The policy for a document an officer opens on the desk: nothing in it may load or run, it is
/// sandboxed (a file that is two formats at once runs nothing in the portal's origin), and only
/// the portal's own pages may frame it.
pub const DOCUMENT_POLICY: &str = "default-src 'none'; sandbox; frame-ancestors 'self'";

/// Adds the headers to a response. A handler that set one of them itself (a document framed by
/// the desk) keeps its own.
pub async fn add_security_headers(
    State(headers): State<SecurityHeaders>,
    mut response: Response,
) -> Response {
    for (name, value) in headers.0.iter() {
        if !response.headers().contains_key(name) {
            response.headers_mut().insert(name.clone(), value.clone());
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_scripts_are_found_and_external_ones_skipped() {
        let html = r#"<head><script src="/boot.js"></script><script type="module">import init from '/app.js';</script></head>"#;
        assert_eq!(inline_scripts(html), vec!["import init from '/app.js';"]);
    }

    #[test]
    fn the_policy_allows_wasm_and_hashed_scripts_and_forbids_framing() {
        let csp = content_security_policy(&["alert(1)"]);
        assert!(csp.contains("'wasm-unsafe-eval'"));
        assert!(csp.contains("frame-ancestors 'none'"));
        // sha256("alert(1)"), base64
        assert!(
            csp.contains("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"),
            "{csp}"
        );
        assert!(!csp.contains("unsafe-inline"));
    }

    #[test]
    fn hsts_is_sent_only_over_tls() {
        let plain = SecurityHeaders::new("default-src 'self'");
        let has_hsts = |headers: &SecurityHeaders| {
            headers
                .0
                .iter()
                .any(|(name, _)| name == header::STRICT_TRANSPORT_SECURITY)
        };
        assert!(!has_hsts(&plain));
        assert!(has_hsts(&plain.over_tls()));
    }
}
