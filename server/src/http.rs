//! Everything between the network and the app: routes, middleware and static files.

pub mod api;
pub mod client_address;
pub mod first_html;
pub mod health;
pub mod json_error;
pub mod officer_documents;
pub mod origin_check;
pub mod qr;
pub mod router;
pub mod security_headers;
pub mod serve;
pub mod short_links;
pub mod static_files;
pub mod wasm_parts;
