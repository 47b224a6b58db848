//! After applying: tracking an application (with a reply and an appeal), its certificate and
//! the public check of a certificate, with the components only they use.
//!
//! The functions below build the pages in this feature's wasm chunks (see
//! [`crate::components::lazy_view`]): a reader downloads it the first time they open one.

use crate::api::case_types::CaseFile;
use crate::components::lazy_view::ChunkError;
use crate::pages::track::citizen_response::Response;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;

pub mod apply_again;
pub mod certificate;
pub mod certified_facts;
pub mod citizen_response;
pub mod my_applications;
pub mod reply_documents;
pub mod track_file;
pub mod track_result;
pub mod tracking;
pub mod verify;

// `/track`: an application's status by number and mobile.
chunk_page!(track, tracking_view, view! { <tracking::TrackPage /> });

// `/my-applications`: every application made with the verified mobile. In the chunk of the
// tracking page's file part (both verify the mobile, list and finish), not in tracking's first
// view, where a QR scan from a receipt lands.
chunk_page!(
    track_file,
    my_applications_view,
    view! { <my_applications::MyApplicationsPage /> }
);

// `/certificate/{number}`: a certificate to print.
chunk_page!(
    certificate,
    certificate_view,
    view! { <certificate::CertificatePage /> }
);

// `/verify[/{code}]`: the public check of a certificate. A chunk of its own: a verifier
// scanning a certificate's QR code lands here and needs nothing else.
chunk_page!(verify, verify_view, view! { <verify::VerifyPage /> });

/// The application in full, with the reply and appeal forms and their documents: shown only
/// after the mobile's code is checked, so it comes in a chunk of its own, after the status.
#[wasm_split(track_file, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn track_file_view(
    number: String,
    mobile: RwSignal<String>,
    on_changed: Callback<(CaseFile, Response)>,
    has_errors: RwSignal<bool>,
) -> Result<AnyView, ChunkError> {
    Ok(view! { <track_file::TrackFile number mobile on_changed has_errors /> }.into_any())
}
