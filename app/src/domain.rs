//! Pure rules shared by the browser and the server: no Leptos, no I/O.
//!
//! Everything here compiles into both the wasm client and the native server, so a rule is written
//! once and holds in both places.

pub mod answers;
pub mod application_number;
pub mod browse;
pub mod catalogue;
pub mod certificate;
pub mod certified;
pub mod clock;
pub mod consequence;
pub mod date;
pub mod devanagari;
pub mod document_opening;
pub mod form;
pub mod grievance;
pub mod guidance;
pub mod language;
pub mod life_event;
pub mod messages;
pub mod note;
pub mod officer;
pub mod otp;
pub mod search;
pub mod sms;
pub mod status;
pub mod urgency;
pub mod validate;
