//! Applying: the wizard's steps, the check page, the receipt and resuming a draft on another
//! device, with the components only they use.
//!
//! The functions below build the pages in this feature's wasm chunks (see
//! [`crate::components::lazy_view`]): a reader downloads it the first time they open one.

use crate::components::lazy_view::ChunkError;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;

pub mod check_answers;
pub mod fee_lines;
pub mod mobile_step;
pub mod question_step;
pub mod receipt;
pub mod resume;
pub mod wizard;
pub mod wizard_heading;

/// `/services/{id}/apply[/{step}]`: the application wizard.
#[wasm_split(apply, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_apply))]
pub fn wizard_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <wizard::ApplyPage /> }.into_any())
}

// `/receipt/{number}`: the receipt.
chunk_page!(apply, receipt_view, view! { <receipt::ReceiptPage /> });

// `/resume`: resuming a draft with its code.
chunk_page!(apply, resume_view, view! { <resume::ResumePage /> });

/// A page of questions: from the chunk of the wizard's later pages, which a reader reaches only
/// after the mobile's code (it is fetched while they read the first page).
#[wasm_split(apply_steps, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_apply_steps))]
pub fn question_step_view(index: usize) -> Result<AnyView, ChunkError> {
    Ok(view! { <question_step::QuestionStep index /> }.into_any())
}

// The check page, with the declaration and the submission: from the later pages' chunk.
chunk_page!(
    apply_steps,
    check_answers_view,
    view! { <check_answers::CheckAnswers /> }
);
