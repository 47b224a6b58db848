//! जन सेवा पोर्टल: the single-page app, the rules it shares with the server, and the server
//! functions it calls.

pub mod api;
pub mod components;
pub mod domain;
pub mod pages;
pub mod preferences;
pub mod root;
pub mod routes;

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
