//! The portal's page addresses, shared by the client's router and the server, which answers
//! unknown addresses with the not-found page and a 404 status.

/// Pages with a fixed address.
pub const STATIC_PAGES: &[&str] = &[
    "/",
    "/services",
    "/accessibility",
    "/screen-reader",
    "/help",
    "/terms",
    "/privacy",
    "/sitemap",
];

/// Whether the client has a page for this path. Service pages are `/services/{id}`; whether the
/// id exists is the page's to say.
pub fn is_page(path: &str) -> bool {
    let path = if path.len() > 1 {
        path.trim_end_matches('/')
    } else {
        path
    };
    STATIC_PAGES.contains(&path)
        || path
            .strip_prefix("/services/")
            .is_some_and(|id| !id.is_empty() && !id.contains('/'))
}

#[cfg(test)]
mod tests {
    use super::is_page;

    #[test]
    fn known_pages_and_service_pages_are_pages() {
        assert!(is_page("/"));
        assert!(is_page("/services"));
        assert!(is_page("/services/"));
        assert!(is_page("/services/income-certificate"));
        assert!(is_page("/privacy"));
    }

    #[test]
    fn anything_else_is_not() {
        assert!(!is_page("/nope"));
        assert!(!is_page("/services/a/b"));
        assert!(!is_page("/servicesx"));
        assert!(!is_page(""));
    }
}
