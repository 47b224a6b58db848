//! An information page written as Markdown (`app/content/{hi,en}/*.md`) and rendered to HTML when
//! the app is built (`app/build_content.rs`): the page's `<h1>` and document title come from its
//! `# ` line, the rest is inserted as it is. Content owners edit the text, not the code, and the
//! build fails when the Hindi and English pages differ in their sections.

use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::i18n::*;
use leptos::prelude::*;

/// A page in one language.
#[derive(Clone, Copy, Debug)]
pub struct Text {
    /// The `# ` line: the page's heading and document title.
    pub title: &'static str,
    /// The HTML of the rest, the lead paragraph first.
    pub body: &'static str,
}

/// A page in both languages.
#[derive(Clone, Copy, Debug)]
pub struct Article {
    /// Hindi.
    pub hi: Text,
    /// English.
    pub en: Text,
}

impl Article {
    /// The page in `locale`.
    pub fn text(self, locale: Locale) -> Text {
        match locale {
            Locale::hi => self.hi,
            Locale::en => self.en,
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// An information page: its heading, then its text.
#[component]
pub fn ArticlePage(
    /// The page.
    article: Article,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || article.text(i18n.get_locale());
    use_page_title(move || text().title.to_string());
    view! {
        <PageHeading>{move || text().title}</PageHeading>
        <div class="app-article" inner_html=move || text().body></div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Article; 5] = [ACCESSIBILITY, HELP, PRIVACY, TERMS, SCREEN_READER];

    #[test]
    fn every_page_has_a_title_and_a_lead_in_both_languages() {
        for article in ALL {
            for text in [article.hi, article.en] {
                assert!(!text.title.is_empty());
                assert!(
                    text.body.starts_with("<p class=\"app-lead\">"),
                    "{}",
                    text.title
                );
            }
        }
        assert_eq!(PRIVACY.hi.title, "गोपनीयता नीति");
        assert_eq!(PRIVACY.en.title, "Privacy policy");
    }

    #[test]
    fn headings_lists_and_links_carry_the_portals_classes() {
        let body = ACCESSIBILITY.hi.body;
        assert!(body.contains("<h2 class=\"app-section-heading\">"));
        assert!(body.contains("<ul class=\"app-list\">"));
        assert!(body.contains("<a class=\"app-link\" href=\"/screen-reader\">"));
        assert!(body.contains("<h2 class=\"app-panel__title\" id=\"accessibility-report\">"));
        assert!(!body.contains("<h1"), "the heading is the page's own");
    }

    #[test]
    fn the_hindi_pages_are_written_in_hindi() {
        for article in ALL {
            let hindi = article
                .hi
                .body
                .chars()
                .filter(|c| ('\u{0900}'..='\u{097F}').contains(c));
            assert!(hindi.count() > 200, "{}", article.hi.title);
            assert!(
                !article
                    .en
                    .body
                    .chars()
                    .any(|c| ('\u{0900}'..='\u{097F}').contains(&c))
            );
        }
    }
}
