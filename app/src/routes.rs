//! The portal's page addresses, shared by the client's router and the server, which answers
//! unknown addresses with the not-found page and a 404 status.

/// Pages with a fixed address.
pub const STATIC_PAGES: &[&str] = &[
    "/",
    "/services",
    "/accessibility",
    "/screen-reader",
    "/help",
    "/statuses",
    "/terms",
    "/privacy",
    "/sitemap",
    "/resume",
    "/track",
    "/my-applications",
    "/verify",
    "/officer",
    "/officer/sign-in",
];

/// Whether the client has a page for this path. Service pages are `/services/{id}`, and receipts,
/// certificates, certificate checks and the officer's applications each take one segment after
/// their prefix; whether that id exists is the page's to say.
pub fn is_page(path: &str) -> bool {
    let path = if path.len() > 1 {
        path.trim_end_matches('/')
    } else {
        path
    };
    let one_segment = |rest: &str| !rest.is_empty() && !rest.contains('/');
    STATIC_PAGES.contains(&path)
        || path.strip_prefix("/receipt/").is_some_and(one_segment)
        || path.strip_prefix("/certificate/").is_some_and(one_segment)
        || path.strip_prefix("/verify/").is_some_and(one_segment)
        || path
            .strip_prefix("/officer/applications/")
            .is_some_and(one_segment)
        || path.strip_prefix("/services/").is_some_and(|rest| {
            let mut parts = rest.split('/');
            let id = parts.next().unwrap_or_default();
            match (parts.next(), parts.next(), parts.next()) {
                (None, _, _) => one_segment(id),
                (Some("apply"), None, _) => one_segment(id),
                (Some("apply"), Some(step), None) => one_segment(id) && one_segment(step),
                _ => false,
            }
        })
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
        assert!(is_page("/services/income-certificate/apply"));
        assert!(is_page("/services/income-certificate/apply/check"));
        assert!(is_page("/receipt/MP26-4821-7735-2"));
        assert!(is_page("/resume"));
    }

    #[test]
    fn tracking_certificates_and_the_officers_desk_are_pages() {
        assert!(is_page("/track"));
        assert!(is_page("/certificate/MP26-4821-7735-2"));
        assert!(is_page("/verify"));
        assert!(is_page("/verify/7KQ4-93XP-M2DA-8HCT-5RWB"));
        assert!(is_page("/officer"));
        assert!(is_page("/officer/"));
        assert!(is_page("/officer/sign-in"));
        assert!(is_page("/officer/applications/MP26-4821-7735-2"));
    }

    #[test]
    fn anything_else_is_not() {
        assert!(!is_page("/nope"));
        assert!(!is_page("/services/a/b"));
        assert!(!is_page("/services/a/apply/b/c"));
        assert!(!is_page("/services//apply"));
        assert!(!is_page("/receipt/"));
        assert!(!is_page("/servicesx"));
        assert!(!is_page("/certificate/"));
        assert!(!is_page("/certificate/a/b"));
        assert!(!is_page("/verify/a/b"));
        assert!(!is_page("/officer/applications"));
        assert!(!is_page("/officer/applications/"));
        assert!(!is_page("/officer/applications/a/b"));
        assert!(!is_page("/officer/documents/abc"));
        assert!(!is_page("/officer/nope"));
        assert!(!is_page("/tracking"));
        assert!(!is_page(""));
    }
}
