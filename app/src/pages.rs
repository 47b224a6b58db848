//! One file per route. A page composes components and calls the api; it never builds SQL.

pub mod apply;
pub mod home;
pub mod info;
pub mod not_found;
pub mod receipt;
pub mod resume;
pub mod service;
pub mod services;
