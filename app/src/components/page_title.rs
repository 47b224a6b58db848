//! The document title, kept in step with the page and the language.

use crate::i18n::*;
use leptos::prelude::*;

/// Sets the document title to "`page` | portal name" in the current language, and keeps it in
/// step when the language or the page's own title changes.
pub fn use_page_title(page: impl Fn() -> String + 'static) {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let title = format!("{} | {}", page(), t_string!(i18n, common.site.name));
        document().set_title(&title);
    });
}

/// As [`use_page_title`], for a page with a form: while `has_errors` holds, the title starts
/// with the error prefix ("त्रुटि: …", "Error: …"), so a screen reader hears it first when the
/// page comes back with problems. The one place the prefix is written.
pub fn use_form_page_title(
    page: impl Fn() -> String + 'static,
    has_errors: impl Fn() -> bool + 'static,
) {
    let i18n = use_i18n();
    use_page_title(move || {
        let page = page();
        if has_errors() {
            format!("{}: {page}", t_string!(i18n, apply.error_title_prefix))
        } else {
            page
        }
    });
}
