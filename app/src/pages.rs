//! One file per route. A page composes components and calls the api; it never builds SQL.

pub mod apply;
pub mod certificate;
pub mod home;
pub mod info;
pub mod not_found;
pub mod officer_case;
pub mod officer_inbox;
pub mod officer_sign_in;
pub mod receipt;
pub mod resume;
pub mod service;
pub mod services;
pub mod track;
pub mod verify;
