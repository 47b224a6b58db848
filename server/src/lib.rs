//! जन सेवा पोर्टल's server: configuration, the database, middleware, static files and the
//! registration of the app's server functions.

pub mod config;
pub mod db;
pub mod http;
pub mod seed;

use std::sync::Arc;

/// What every request handler may need.
#[derive(Clone)]
pub struct AppState {
    /// The database, SQLite or PostgreSQL.
    pub db: db::Database,
    /// The built client and the headers that go with it.
    pub site: Arc<http::static_files::Site>,
}
