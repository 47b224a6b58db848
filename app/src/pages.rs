//! One folder per feature: its routes and the components only that feature uses. A page
//! composes components and calls the api; it never builds SQL. The home and not-found pages
//! stand alone; what two or more features share lives in [`crate::components`].

pub mod apply;
pub mod home;
pub mod info;
pub mod not_found;
pub mod officer;
pub mod services;
pub mod track;
