//! The built client in `dist/`: files served precompressed, long-cached when their names carry
//! a content hash, and `index.html` for every page address (404 for addresses that are not pages,
//! so the app shows its not-found page and crawlers see the right status).

use crate::http::security_headers::{content_security_policy, inline_scripts};
use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use std::path::{Path, PathBuf};

/// The built client, loaded at start.
#[derive(Debug)]
pub struct Site {
    /// The folder Trunk built into.
    pub dist_dir: PathBuf,
    /// `index.html`, the app's shell.
    pub index_html: String,
    /// The Content-Security-Policy that lets this `index.html` run.
    pub csp: String,
    /// The wasm bundles, whose parts `/wasm-parts` serves.
    pub bundles: crate::http::wasm_parts::Bundles,
}

/// Where a page's own content goes in `index.html`: between these marks, inside `#app`.
const PAGE_START: &str = "<!-- page -->";
const PAGE_END: &str = "<!-- /page -->";

impl Site {
    /// Reads `index.html` from the built client.
    pub fn load(dist_dir: &Path) -> std::io::Result<Site> {
        let index_html = std::fs::read_to_string(dist_dir.join("index.html")).map_err(|e| {
            std::io::Error::new(
                e.kind(),
                format!(
                    "{}/index.html: {e} (build the client first: scripts/run.sh does)",
                    dist_dir.display()
                ),
            )
        })?;
        let csp = content_security_policy(&inline_scripts(&index_html));
        Ok(Site {
            dist_dir: dist_dir.to_path_buf(),
            index_html,
            csp,
            bundles: crate::http::wasm_parts::Bundles::load(dist_dir),
        })
    }

    /// `index.html` with a page's own language, title and content in place of the static shell
    /// (unchanged when `index.html` has no marks for it).
    pub fn page_html(&self, page: &app::first_html::FirstPage) -> String {
        let html = &self.index_html;
        let (Some(start), Some(end)) = (html.find(PAGE_START), html.find(PAGE_END)) else {
            return html.clone();
        };
        if end < start {
            return html.clone();
        }
        let mut out = String::with_capacity(html.len() + page.body.len());
        out.push_str(&html[..start]);
        out.push_str(&page.body);
        out.push_str(&html[end + PAGE_END.len()..]);
        let out = replace_between(&out, "<title>", "</title>", &escape_text(&page.title));
        replace_between(&out, "<html lang=\"", "\"", page.lang)
    }
}

/// `text` with the first `open`…`close` span's inside replaced by `inside`.
fn replace_between(text: &str, open: &str, close: &str, inside: &str) -> String {
    let Some(start) = text.find(open).map(|i| i + open.len()) else {
        return text.to_string();
    };
    let Some(end) = text[start..].find(close).map(|i| start + i) else {
        return text.to_string();
    };
    format!("{}{inside}{}", &text[..start], &text[end..])
}

/// The page title as it goes into `<title>`: it comes from already escaped markup, so only a
/// stray `<` could end the element early.
fn escape_text(title: &str) -> String {
    title.replace('<', "&lt;")
}

/// Whether a file name carries Trunk's content hash (`app-0123456789abcdef_bg.wasm`; Trunk
/// writes it without leading zeros, so it may be shorter than 16 digits), so its content never
/// changes under that name.
pub fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    name.split(['-', '_', '.'])
        .skip(1)
        .any(|part| (12..=16).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Cache headers for files from `dist/`: a year for hashed files, an hour for the rest.
pub async fn cache_control(request: Request, next: Next) -> Response {
    let hashed = is_hashed_asset(request.uri().path());
    let mut response = next.run(request).await;
    if response.status().is_success() && !response.headers().contains_key(header::CACHE_CONTROL) {
        let value = if hashed {
            "public, max-age=31536000, immutable"
        } else {
            "public, max-age=3600"
        };
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn trunk_hashed_names_are_recognised() {
        assert!(is_hashed_asset("/app-3f2a9c1d0b8e7f65_bg.wasm"));
        assert!(is_hashed_asset("/tokens-3f2a9c1d0b8e7f65.css"));
        assert!(is_hashed_asset("/components-23af953b2f451ed.css"));
        assert!(!is_hashed_asset("/boot.js"));
        assert!(!is_hashed_asset("/favicon.svg"));
    }
}
