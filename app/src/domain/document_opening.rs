//! How an officer opens an applicant's document: the one rule the desk's viewer and the server's
//! answer share.

/// Whether a document of this type opens in the browser: a photo or a scan, shown as an image.
/// Anything else, a PDF included, is downloaded and opened outside the portal, since a PDF viewer
/// runs the file's own scripts (and would not run in the sandbox the server sends it in).
pub fn opens_in_browser(content_type: &str) -> bool {
    matches!(content_type, "image/jpeg" | "image/png")
}

#[cfg(test)]
mod tests {
    use super::opens_in_browser;

    #[test]
    fn photos_and_scans_open_and_nothing_else_does() {
        assert!(opens_in_browser("image/png"));
        assert!(opens_in_browser("image/jpeg"));
        assert!(!opens_in_browser("application/pdf"));
        assert!(!opens_in_browser("text/html"));
        assert!(!opens_in_browser(""));
    }
}
