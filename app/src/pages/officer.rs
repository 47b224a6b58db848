//! The officer's desk: signing in, the inbox and one application's case with its decision,
//! with the components only they use.
//!
//! The functions below build the pages in this feature's wasm chunks (see
//! [`crate::components::lazy_view`]): a reader downloads it the first time they open one.

use crate::components::lazy_view::ChunkError;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;

pub mod approve_preview;
pub mod audit_table;
pub mod case;
pub mod decision_panel;
pub mod inbox;
pub mod inbox_table;
pub mod needs_sign_in;
pub mod next_application;
pub mod sign_in;

/// `/officer/sign-in`.
#[wasm_split(officer_sign_in, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn sign_in_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <sign_in::OfficerSignInPage /> }.into_any())
}

/// `/officer`: the inbox.
#[wasm_split(officer_desk, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn inbox_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <inbox::OfficerInboxPage /> }.into_any())
}

/// `/officer/applications/{number}`: one case and its decision.
#[wasm_split(officer_desk, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn case_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <case::OfficerCasePage /> }.into_any())
}
