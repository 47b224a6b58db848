//! One folder per feature: its routes and the components only that feature uses. A page
//! composes components and calls the api; it never builds SQL. The home and not-found pages
//! stand alone; what two or more features share lives in [`crate::components`].

/// A page built in its feature's wasm chunk: `chunk_page!(info, help_view, view! { … });` makes
/// `pub fn help_view() -> Result<AnyView, ChunkError>`, which `root.rs` routes to through
/// `lazy!`. Functions given the same chunk name share one chunk (see
/// [`crate::components::lazy_view`]).
macro_rules! chunk_page {
    ($chunk:ident, $name:ident, $view:expr) => {
        #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name()
        -> Result<::leptos::prelude::AnyView, $crate::components::lazy_view::ChunkError> {
            Ok(::leptos::prelude::IntoAny::into_any($view))
        }
    };
}

pub mod apply;
pub mod home;
pub mod info;
pub mod not_found;
pub mod officer;
pub mod services;
pub mod track;
