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
