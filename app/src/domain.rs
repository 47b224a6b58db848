//! Pure rules shared by the browser and the server: no Leptos, no I/O.
//!
//! Everything here compiles into both the wasm client and the native server, so a rule is written
//! once and holds in both places.

pub mod browse;
pub mod catalogue;
pub mod guidance;
pub mod language;
pub mod life_event;
pub mod search;
