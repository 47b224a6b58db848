//! The database: SQLite by default, PostgreSQL by URL, one code path for both through sqlx's
//! `Any` driver. Queries use `$1` placeholders, which both engines accept.

pub mod applications;
pub mod audit;
pub mod catalogue;
pub mod catalogue_write;
pub mod certificates;
pub mod codes;
pub mod documents;
pub mod drafts;
pub mod events;
pub mod grievance_categories;
pub mod grievance_events;
pub mod grievances;
pub mod locks;
pub mod notifications;
pub mod officers;
pub mod sessions;
pub mod settings;

use crate::error::ServerResult;
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};
use std::time::Duration;

/// Numbered placeholders for SQL put together at run time (a list of filters, an `IN` list).
/// Both engines accept `$1`, `$2`, …; sqlx's `QueryBuilder<Any>` writes `?`, which PostgreSQL
/// rejects, so a query built here numbers its own and binds the values in order.
#[derive(Debug, Default)]
pub struct Placeholders {
    values: Vec<String>,
}

impl Placeholders {
    /// Keeps `value` to bind and gives its placeholder, `$n`.
    pub fn add(&mut self, value: &str) -> String {
        self.values.push(value.to_string());
        format!("${}", self.values.len())
    }

    /// The values, in placeholder order.
    pub fn values(&self) -> &[String] {
        &self.values
    }
}

/// Which engine a database runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Embedded, zero set-up: the default.
    Sqlite,
    /// For deployments that outgrow one machine.
    Postgres,
}

impl Engine {
    /// The engine a URL names.
    pub fn of_url(url: &str) -> Engine {
        if url.starts_with("postgres") {
            Engine::Postgres
        } else {
            Engine::Sqlite
        }
    }

    /// The engine's name, as `/healthz` reports it.
    pub fn name(self) -> &'static str {
        match self {
            Engine::Sqlite => "sqlite",
            Engine::Postgres => "postgres",
        }
    }
}

/// A connection pool and the engine behind it.
#[derive(Clone, Debug)]
pub struct Database {
    pool: AnyPool,
    engine: Engine,
}

/// SQLite settings applied to every connection: write-ahead logging, full durability (an
/// acknowledged application survives a power cut), foreign keys enforced, and a wait instead of
/// an immediate "database is locked" when another writer holds the lock.
const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

impl Database {
    /// Connects, creating the SQLite file (and its folder) when missing, and brings the schema
    /// up to date.
    pub async fn connect(url: &str) -> Result<Database, sqlx::Error> {
        install_default_drivers();
        let engine = Engine::of_url(url);
        let url = match engine {
            Engine::Sqlite => sqlite_url_creating_file(url)?,
            Engine::Postgres => url.to_string(),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(if engine == Engine::Sqlite { 4 } else { 10 })
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |connection, _| {
                Box::pin(async move {
                    if engine == Engine::Sqlite {
                        connection.execute(SQLITE_PRAGMAS).await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        let database = Database { pool, engine };
        database.migrate().await?;
        Ok(database)
    }

    async fn migrate(&self) -> Result<(), sqlx::Error> {
        let migrator = match self.engine {
            Engine::Sqlite => sqlx::migrate!("migrations/sqlite"),
            Engine::Postgres => sqlx::migrate!("migrations/postgres"),
        };
        migrator
            .run(&self.pool)
            .await
            .map_err(|e| sqlx::Error::Migrate(Box::new(e)))
    }

    /// The pool, for reads.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// The engine behind this database.
    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// Starts a write transaction. On SQLite it takes the write lock up front (`BEGIN
    /// IMMEDIATE`), so two writers queue on the busy timeout instead of one failing half-way.
    pub async fn begin_write(&self) -> ServerResult<Write> {
        Ok(match self.engine {
            Engine::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Engine::Postgres => self.pool.begin().await?,
        })
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }
}

/// A write transaction (see [`Database::begin_write`]).
pub type Write = sqlx::Transaction<'static, sqlx::Any>;

/// Commits a write transaction; a database fault like any other.
pub async fn commit(tx: Write) -> ServerResult<()> {
    Ok(tx.commit().await?)
}

/// `sqlite://path` with `mode=rwc`, so the file is created on first start, and the folder made.
/// A URL that names its own mode (`mode=ro`, say) is left as it is, and nothing is created.
fn sqlite_url_creating_file(url: &str) -> Result<String, sqlx::Error> {
    if url.contains("mode=") {
        return Ok(url.to_string());
    }
    let rest = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let path = std::path::Path::new(rest.split('?').next().unwrap_or_default());
    if !path.as_os_str().is_empty() && path != std::path::Path::new(":memory:") {
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)?;
        }
        // A new database file is readable by this user only (0600); SQLite gives its journal
        // files the same permissions.
        if !path.exists() {
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            options.open(path)?;
        }
    }
    let joiner = if url.contains('?') { '&' } else { '?' };
    Ok(format!("{url}{joiner}mode=rwc"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_number_from_one_in_order() {
        let mut placeholders = Placeholders::default();
        assert_eq!(placeholders.add("bhopal"), "$1");
        assert_eq!(placeholders.add("income-certificate"), "$2");
        assert_eq!(placeholders.values(), ["bhopal", "income-certificate"]);
    }

    #[test]
    fn sqlite_urls_create_their_file() {
        let dir = std::env::temp_dir().join(format!("jsp-url-{}", std::process::id()));
        let url = format!("sqlite://{}/portal.db", dir.display());
        assert_eq!(
            sqlite_url_creating_file(&url).unwrap(),
            format!("{url}?mode=rwc")
        );
        assert!(dir.is_dir());
        assert_eq!(
            sqlite_url_creating_file("sqlite://x.db?mode=ro").unwrap(),
            "sqlite://x.db?mode=ro"
        );
        assert!(
            !std::path::Path::new("x.db").exists(),
            "a read-only URL creates nothing"
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn engines_follow_the_url() {
        assert_eq!(
            Engine::of_url("postgres://localhost/test"),
            Engine::Postgres
        );
        assert_eq!(
            Engine::of_url("postgresql://localhost/test"),
            Engine::Postgres
        );
        assert_eq!(Engine::of_url("sqlite://data/portal.db"), Engine::Sqlite);
    }
}
