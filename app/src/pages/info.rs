//! The GIGW footer pages: real content in Hindi and English.
//!
//! The functions below build the pages in this feature's wasm chunks (see
//! [`crate::components::lazy_view`]): a reader downloads it the first time they open one.

use crate::components::lazy_view::ChunkError;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;

pub mod accessibility;
pub mod help;
pub mod privacy;
pub mod screen_reader;
pub mod sitemap;
pub mod statuses;
pub mod terms;

/// `/accessibility`.
#[wasm_split(info, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn accessibility_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <accessibility::AccessibilityPage /> }.into_any())
}

/// `/screen-reader`.
#[wasm_split(info, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn screen_reader_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <screen_reader::ScreenReaderPage /> }.into_any())
}

/// `/help`.
#[wasm_split(info, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn help_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <help::HelpPage /> }.into_any())
}

/// `/terms`.
#[wasm_split(info, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn terms_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <terms::TermsPage /> }.into_any())
}

/// `/privacy`.
#[wasm_split(info, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn privacy_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <privacy::PrivacyPage /> }.into_any())
}

/// `/statuses`.
#[wasm_split(info, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn statuses_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <statuses::StatusesPage /> }.into_any())
}

/// `/sitemap`.
#[wasm_split(info, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn sitemap_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <sitemap::SitemapPage /> }.into_any())
}
