//! The officer's desk: signing in, the inbox and one application's case with its decision,
//! with the components only they use.
//!
//! The functions below build the pages in this feature's wasm chunks (see
//! [`crate::components::lazy_view`]): a reader downloads it the first time they open one.

use leptos::prelude::*;

pub mod approve_preview;
pub mod audit_table;
pub mod case;
pub mod decision_panel;
pub mod inbox;
pub mod inbox_table;
pub mod needs_sign_in;
pub mod next_application;
pub mod sign_in;

// `/officer/sign-in`.
chunk_page!(
    officer_sign_in,
    sign_in_view,
    view! { <sign_in::OfficerSignInPage /> }
);

// `/officer`: the inbox.
chunk_page!(
    officer_desk,
    inbox_view,
    view! { <inbox::OfficerInboxPage /> }
);

// `/officer/applications/{number}`: one case and its decision.
chunk_page!(officer_desk, case_view, view! { <case::OfficerCasePage /> });
