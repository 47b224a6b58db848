//! Sessions: tower-sessions records kept in the portal's own database (SQLite or PostgreSQL
//! through one code path), and the caller's session as the app's server functions see it.

use crate::db::sessions::SessionWrite;
use crate::db::{Database, sessions};
use app::api::store::{CallerSession, StoreError};
use std::collections::HashMap;
use time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};
use tower_sessions::{Expiry, Session, SessionManagerLayer, cookie::SameSite};

/// Idle minutes after which a session ends.
pub const IDLE_MINUTES: i64 = 30;

/// Hours after sign-in at which an officer's session ends, however busy: a desk left signed in
/// overnight is signed out by morning.
pub const OFFICER_MAX_HOURS: i64 = 8;

/// Hours after its code was verified at which a citizen's session ends.
pub const CITIZEN_MAX_HOURS: i64 = 12;

/// Seconds between renewals of a busy session's idle time: often enough that 30 idle minutes
/// mean 30 minutes without a request, rarely enough that a request seldom writes its session.
pub const RENEW_AFTER_SECS: i64 = 60;

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

/// The officer signed in to a record, if one is.
fn officer_of(record: &Record) -> Option<&str> {
    record.data.get(OFFICER).and_then(|login| login.as_str())
}

fn backend(error: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(error.to_string())
}

impl DbSessionStore {
    /// Writes `record` over its own row when `replace`, else as a new row (`false` when its id
    /// is taken).
    async fn write(&self, record: &Record, replace: bool) -> session_store::Result<bool> {
        let data = serde_json::to_string(&record.data).map_err(backend)?;
        let id = record.id.to_string();
        let write = SessionWrite {
            id: &id,
            data: &data,
            expires_at: record.expiry_date.unix_timestamp(),
            officer_login: officer_of(record),
        };
        sessions::write(self.db.pool(), &write, replace)
            .await
            .map_err(backend)
    }
}

#[async_trait::async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // An id that is taken (vanishingly unlikely with 128 random bits) is drawn again.
        while !self.write(record, false).await? {
            record.id = Id::default();
        }
        Ok(())
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.write(record, true).await.map(|_| ())
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
/// When the officer signed in, or the mobile was verified (Unix seconds).
const SINCE: &str = "since";
/// When the session's idle time was last renewed.
const RENEWED: &str = "renewed";

fn unix_now() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

impl CallerSessionHandle {
    /// The value under `key` while the session is within `max_hours` of its start; past that the
    /// session is ended. A session in use has its idle time renewed (at most once a minute), so
    /// its 30 idle minutes count from the last request, not from sign-in.
    async fn live(&self, key: &str, max_hours: i64) -> Option<String> {
        let value = self.0.get::<String>(key).await.ok().flatten()?;
        let now = unix_now();
        let since = self.0.get::<i64>(SINCE).await.ok().flatten().unwrap_or(0);
        if now - since > max_hours * 3600 {
            if let Err(error) = self.0.flush().await {
                tracing::warn!(%error, "a session past its limit could not be ended");
            }
            return None;
        }
        let renewed = self.0.get::<i64>(RENEWED).await.ok().flatten().unwrap_or(0);
        if now - renewed >= RENEW_AFTER_SECS && self.0.insert(RENEWED, now).await.is_err() {
            tracing::warn!("a session's idle time could not be renewed");
        }
        Some(value)
    }

    async fn start(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let failed = |e: tower_sessions::session::Error| StoreError(e.to_string());
        self.0.cycle_id().await.map_err(failed)?;
        let now = unix_now();
        self.0.insert(key, value).await.map_err(failed)?;
        self.0.insert(SINCE, now).await.map_err(failed)?;
        self.0.insert(RENEWED, now).await.map_err(failed)
    }
}

/// The app's view of a tower-sessions session.
pub struct CallerSessionHandle(pub Session);

#[async_trait::async_trait]
impl CallerSession for CallerSessionHandle {
    async fn verified_mobile(&self) -> Option<String> {
        self.live(VERIFIED_MOBILE, CITIZEN_MAX_HOURS).await
    }

    async fn set_verified_mobile(&self, mobile: &str) -> Result<(), StoreError> {
        self.start(VERIFIED_MOBILE, mobile).await
    }

    async fn officer(&self) -> Option<String> {
        self.live(OFFICER, OFFICER_MAX_HOURS).await
    }

    async fn set_officer(&self, login: &str) -> Result<(), StoreError> {
        self.start(OFFICER, login).await
    }

    async fn end(&self) -> Result<(), StoreError> {
        self.0.flush().await.map_err(|e| StoreError(e.to_string()))
    }
}
