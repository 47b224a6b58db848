//! Configuration from the environment, with defaults that run the portal on one machine.

use std::net::SocketAddr;
use std::path::PathBuf;

/// The server's settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// Where to listen. `BIND_ADDR`, default `127.0.0.1:3000`.
    pub bind: SocketAddr,
    /// `DATABASE_URL`: `sqlite://…` (default `sqlite://data/portal.db`) or `postgres://…`.
    pub database_url: String,
    /// `DIST_DIR`: the client built by Trunk, default `dist`.
    pub dist_dir: PathBuf,
    /// `ALLOWED_ORIGINS`: comma-separated origins, besides the server's own, that may call
    /// server functions (e.g. `http://127.0.0.1:8080` for `trunk serve`).
    pub allowed_origins: Vec<String>,
    /// `CATALOGUE_DIR`: a folder with `services.toml`, `service-guidance.toml` and
    /// `districts.tsv` in the sample's shape, loaded instead of the sample.
    pub catalogue_dir: Option<PathBuf>,
}

/// A setting that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{name} is not valid: {reason}")]
pub struct ConfigError {
    name: &'static str,
    reason: String,
}

impl Config {
    /// Reads the settings from the process environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the settings through `lookup`, so tests need not touch the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let bind = lookup("BIND_ADDR").unwrap_or_else(|| "127.0.0.1:3000".into());
        let bind = bind
            .parse()
            .map_err(|e: std::net::AddrParseError| ConfigError {
                name: "BIND_ADDR",
                reason: e.to_string(),
            })?;
        let database_url = lookup("DATABASE_URL")
            .filter(|url| !url.trim().is_empty())
            .unwrap_or_else(|| "sqlite://data/portal.db".into());
        if !(database_url.starts_with("sqlite:") || database_url.starts_with("postgres")) {
            return Err(ConfigError {
                name: "DATABASE_URL",
                reason: "use sqlite://… or postgres://…".into(),
            });
        }
        let allowed_origins = lookup("ALLOWED_ORIGINS")
            .map(|list| {
                list.split(',')
                    .map(|o| o.trim().trim_end_matches('/').to_string())
                    .filter(|o| !o.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        Ok(Config {
            bind,
            database_url,
            dist_dir: lookup("DIST_DIR").unwrap_or_else(|| "dist".into()).into(),
            allowed_origins,
            catalogue_dir: lookup("CATALOGUE_DIR").map(PathBuf::from),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_run_on_one_machine() {
        let config = Config::from_lookup(|_| None).expect("defaults are valid");
        assert_eq!(config.bind.to_string(), "127.0.0.1:3000");
        assert_eq!(config.database_url, "sqlite://data/portal.db");
        assert!(config.allowed_origins.is_empty());
    }

    #[test]
    fn bad_settings_are_named() {
        let error =
            Config::from_lookup(|name| (name == "DATABASE_URL").then(|| "mysql://x".into()))
                .unwrap_err();
        assert!(error.to_string().contains("DATABASE_URL"));
        let error = Config::from_lookup(|name| (name == "BIND_ADDR").then(|| "nowhere".into()))
            .unwrap_err();
        assert!(error.to_string().contains("BIND_ADDR"));
    }

    #[test]
    fn allowed_origins_are_trimmed() {
        let config = Config::from_lookup(|name| {
            (name == "ALLOWED_ORIGINS")
                .then(|| " http://127.0.0.1:8080/ , ,https://x.example".into())
        })
        .expect("valid");
        assert_eq!(
            config.allowed_origins,
            vec!["http://127.0.0.1:8080", "https://x.example"]
        );
    }
}
