//! Server functions, one file per area. Each is a thin adapter: decode, authorise, call the
//! store, encode. The client calls them on the same origin under `/api/`, at explicit endpoints so
//! a client and a server built in different folders still agree.

pub mod apply;
pub mod apply_types;
#[cfg(feature = "ssr")]
pub mod caller;
pub mod case_types;
pub mod catalogue;
pub mod certificate;
pub mod error;
pub mod grievance;
pub mod grievance_types;
pub mod inbox_page;
pub mod officer;
#[cfg(feature = "ssr")]
pub mod store;
pub mod track;

pub use error::ApiError;
