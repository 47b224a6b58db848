//! After applying: tracking an application (with a reply and an appeal), its certificate and
//! the public check of a certificate, with the components only they use.

pub mod certificate;
pub mod citizen_response;
pub mod reply_documents;
pub mod track_file;
pub mod track_result;
pub mod tracking;
pub mod verify;
