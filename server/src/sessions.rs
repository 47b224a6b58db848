//! Sessions: tower-sessions records kept in the portal's own database (SQLite or PostgreSQL
//! through one code path), and the caller's session as the app's server functions see it.

use crate::db::{Database, sessions};
use app::api::store::{CallerSession, StoreError};
use std::collections::HashMap;
use time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};
use tower_sessions::{Expiry, Session, SessionManagerLayer, cookie::SameSite};

/// Idle minutes after which a session ends.
pub const IDLE_MINUTES: i64 = 30;

/// The cookie's name.
pub const COOKIE_NAME: &str = "jsp_session";

/// Session records in the `sessions` table.
#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: Database,
}

impl DbSessionStore {
    /// A store over the portal's database.
    pub fn new(db: Database) -> DbSessionStore {
        DbSessionStore { db }
    }

    /// Deletes expired records; returns how many.
    pub async fn delete_expired(&self) -> crate::error::ServerResult<u64> {
        let now = OffsetDateTime::now_utc().unix_timestamp();
        sessions::delete_expired(self.db.pool(), now).await
    }
}

fn backend(error: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(error.to_string())
}

#[async_trait::async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // An id that is taken (vanishingly unlikely with 128 random bits) is drawn again.
        loop {
            let data = serde_json::to_string(&record.data).map_err(backend)?;
            let id = record.id.to_string();
            let expires_at = record.expiry_date.unix_timestamp();
            let inserted = sessions::insert_new(self.db.pool(), &id, &data, expires_at)
                .await
                .map_err(backend)?;
            if inserted {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let data = serde_json::to_string(&record.data).map_err(backend)?;
        let id = record.id.to_string();
        let expires_at = record.expiry_date.unix_timestamp();
        sessions::upsert(self.db.pool(), &id, &data, expires_at)
            .await
            .map_err(backend)
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let now = OffsetDateTime::now_utc().unix_timestamp();
        let row = sessions::live(self.db.pool(), &id.to_string(), now)
            .await
            .map_err(backend)?;
        let Some((data, expires_at)) = row else {
            return Ok(None);
        };
        let data: HashMap<String, serde_json::Value> =
            serde_json::from_str(&data).map_err(|e| session_store::Error::Decode(e.to_string()))?;
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date: OffsetDateTime::from_unix_timestamp(expires_at).map_err(backend)?,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        sessions::delete(self.db.pool(), &id.to_string())
            .await
            .map_err(backend)
    }
}

/// The session layer: HttpOnly, SameSite=Strict, Secure when served over TLS, 30 minutes idle.
pub fn layer(db: Database, secure: bool) -> SessionManagerLayer<DbSessionStore> {
    SessionManagerLayer::new(DbSessionStore::new(db))
        .with_name(COOKIE_NAME)
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        .with_secure(secure)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(IDLE_MINUTES)))
}

const VERIFIED_MOBILE: &str = "verified_mobile";
const OFFICER: &str = "officer";

/// The app's view of a tower-sessions session.
pub struct CallerSessionHandle(pub Session);

#[async_trait::async_trait]
impl CallerSession for CallerSessionHandle {
    async fn verified_mobile(&self) -> Option<String> {
        self.0.get::<String>(VERIFIED_MOBILE).await.ok().flatten()
    }

    async fn set_verified_mobile(&self, mobile: &str) -> Result<(), StoreError> {
        self.0
            .cycle_id()
            .await
            .map_err(|e| StoreError(e.to_string()))?;
        self.0
            .insert(VERIFIED_MOBILE, mobile)
            .await
            .map_err(|e| StoreError(e.to_string()))
    }

    async fn officer(&self) -> Option<String> {
        self.0.get::<String>(OFFICER).await.ok().flatten()
    }

    async fn set_officer(&self, login: &str) -> Result<(), StoreError> {
        self.0
            .cycle_id()
            .await
            .map_err(|e| StoreError(e.to_string()))?;
        self.0
            .insert(OFFICER, login)
            .await
            .map_err(|e| StoreError(e.to_string()))
    }

    async fn end(&self) -> Result<(), StoreError> {
        self.0.flush().await.map_err(|e| StoreError(e.to_string()))
    }
}
