//! जन सेवा पोर्टल: the single-page app, the rules it shares with the server, and the server
//! functions it calls.

/// A translated text as a view: `tr!(i18n, common.nav.home)`.
///
/// Same as leptos_i18n's `t!`, but every text becomes one type (`Signal<&'static str>`), so the
/// wasm client carries one copy of the rendering code instead of one per text: with ~200 texts,
/// tens of kilobytes less for a citizen on a slow connection to download.
macro_rules! tr {
    ($i18n:ident, $($key:tt)+) => {
        ::leptos::prelude::Signal::derive(move || $crate::i18n::t_string!($i18n, $($key)+))
    };
}

pub mod api;
pub mod apply_state;
pub mod catalogue_state;
pub mod components;
pub mod domain;
#[cfg(feature = "ssr")]
pub mod first_html;
pub mod pages;
pub mod preferences;
pub mod root;
pub mod routes;

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
