//! The GIGW footer pages: real content in Hindi and English.
//!
//! The functions below build the pages in this feature's wasm chunks (see
//! [`crate::components::lazy_view`]): a reader downloads it the first time they open one.

use article::ArticlePage;
use leptos::prelude::*;

pub mod article;
pub mod sitemap;
pub mod statuses;

// `/accessibility`.
chunk_page!(
    info,
    accessibility_view,
    view! { <ArticlePage article=article::ACCESSIBILITY /> }
);

// `/screen-reader`.
chunk_page!(
    info,
    screen_reader_view,
    view! { <ArticlePage article=article::SCREEN_READER /> }
);

// `/help`.
chunk_page!(
    info,
    help_view,
    view! { <ArticlePage article=article::HELP /> }
);

// `/terms`.
chunk_page!(
    info,
    terms_view,
    view! { <ArticlePage article=article::TERMS /> }
);

// `/privacy`.
chunk_page!(
    info,
    privacy_view,
    view! { <ArticlePage article=article::PRIVACY /> }
);

// `/statuses`.
chunk_page!(info, statuses_view, view! { <statuses::StatusesPage /> });

// `/sitemap`.
chunk_page!(info, sitemap_view, view! { <sitemap::SitemapPage /> });
