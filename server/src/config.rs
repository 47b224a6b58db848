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
    /// `FORMS_DIR`: a folder of application forms (`{service_id}.toml`, `generic.toml`, and
    /// optionally `tehsils.tsv`) in the built-in ones' shape, used instead of them. Checked whole
    /// at start: a misspelt key or a broken rule stops the server, naming the file.
    pub forms_dir: Option<PathBuf>,
    /// `SECRET_KEY`: base64 of 64 random bytes that seal Aadhaar numbers and hash one-time
    /// codes. When unset, `SECRET_KEY_FILE` (default `data/secret.key`) is read, and created with
    /// fresh random bytes on the first start. Never kept in the database.
    pub secret_key: Option<String>,
    /// `SECRET_KEY_FILE`, see `secret_key`.
    pub secret_key_file: PathBuf,
    /// `UPLOAD_DIR`: where uploaded documents are kept, outside the web root (`data/uploads`).
    pub upload_dir: PathBuf,
    /// `MAX_UPLOAD_BYTES`: the largest document accepted (default 2 MB = 2,097,152 bytes).
    pub max_upload_bytes: u64,
    /// `SMS_SENDER`: `log` (default) writes messages to the server's log.
    pub sms_sender: String,
    /// `SMS_LOG_CODES`: a development setting; `true` lets the `log` sender write one-time codes
    /// in clear (so a developer can sign in without a phone). Off by default, when codes are
    /// masked; the server warns at start whenever it is on.
    pub sms_log_codes: bool,
    /// `OTP_PER_NUMBER_PER_HOUR` and `OTP_PER_IP_PER_HOUR`: code limits (default 5 and 20).
    pub otp_per_number_per_hour: u32,
    /// See `otp_per_number_per_hour`.
    pub otp_per_ip_per_hour: u32,
    /// `TRACK_PER_IP_PER_HOUR`: tracking look-ups allowed per address an hour (default 60).
    pub track_per_ip_per_hour: u32,
    /// `SIGN_IN_PER_IP_PER_HOUR`: officer sign-ins allowed per address an hour (default 30),
    /// besides the five failures per login.
    pub sign_in_per_ip_per_hour: u32,
    /// `SECURE_COOKIES`: `true` behind TLS, so the session cookie is sent only over HTTPS. On by
    /// default when `PUBLIC_URL` is `https://…` (then `false` turns it off).
    pub secure_cookies: bool,
    /// `CLOCK_OFFSET_SECS`: a test-only setting that moves the server's clock ahead.
    pub clock_offset_secs: i64,
    /// `PUBLIC_URL`: the portal's address as citizens reach it, used in QR codes
    /// (default `http://` + `BIND_ADDR`).
    pub public_url: String,
    /// `HOLIDAYS_FILE`: the state's holiday calendar (default: the sample shipped in the binary).
    pub holidays_file: Option<PathBuf>,
    /// `HEADER_READ_TIMEOUT_SECS`: how long a client may take to send a request's headers
    /// (default 10).
    pub header_read_timeout_secs: u64,
    /// `REQUEST_TIMEOUT_SECS`: how long one request may take, its body included (default 180:
    /// a 2 MB document over a slow 2G link).
    pub request_timeout_secs: u64,
    /// `SHUTDOWN_DRAIN_SECS`: on SIGTERM or Ctrl-C, how long requests in flight may take to
    /// finish (default 20).
    pub shutdown_drain_secs: u64,
    /// `TRUSTED_PROXIES`: comma-separated addresses of the proxies in front of the portal, whose
    /// `X-Forwarded-For` names the client. Empty (default): the connection's peer is the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
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
        let number = |name: &'static str, default: u64| -> Result<u64, ConfigError> {
            match lookup(name).filter(|v| !v.trim().is_empty()) {
                None => Ok(default),
                Some(v) => v.trim().parse().map_err(|_| ConfigError {
                    name,
                    reason: "not a whole number".into(),
                }),
            }
        };
        let clock_offset_secs = match lookup("CLOCK_OFFSET_SECS").filter(|v| !v.trim().is_empty()) {
            None => 0,
            Some(v) => v.trim().parse().map_err(|_| ConfigError {
                name: "CLOCK_OFFSET_SECS",
                reason: "not a whole number of seconds".into(),
            })?,
        };
        let public_url = lookup("PUBLIC_URL")
            .filter(|v| !v.trim().is_empty())
            .map(|v| v.trim().trim_end_matches('/').to_string())
            .unwrap_or_else(|| format!("http://{bind}"));
        Ok(Config {
            secret_key: lookup("SECRET_KEY").filter(|v| !v.trim().is_empty()),
            secret_key_file: lookup("SECRET_KEY_FILE")
                .unwrap_or_else(|| "data/secret.key".into())
                .into(),
            upload_dir: lookup("UPLOAD_DIR")
                .unwrap_or_else(|| "data/uploads".into())
                .into(),
            max_upload_bytes: number("MAX_UPLOAD_BYTES", 2 * 1024 * 1024)?,
            sms_sender: lookup("SMS_SENDER").unwrap_or_else(|| "log".into()),
            sms_log_codes: is_yes(lookup("SMS_LOG_CODES")),
            otp_per_number_per_hour: number("OTP_PER_NUMBER_PER_HOUR", 5)? as u32,
            otp_per_ip_per_hour: number("OTP_PER_IP_PER_HOUR", 20)? as u32,
            track_per_ip_per_hour: number("TRACK_PER_IP_PER_HOUR", 60)? as u32,
            sign_in_per_ip_per_hour: number("SIGN_IN_PER_IP_PER_HOUR", 30)? as u32,
            secure_cookies: match lookup("SECURE_COOKIES").filter(|v| !v.trim().is_empty()) {
                Some(value) => is_yes(Some(value)),
                None => public_url.starts_with("https://"),
            },
            clock_offset_secs,
            holidays_file: lookup("HOLIDAYS_FILE").map(PathBuf::from),
            header_read_timeout_secs: number("HEADER_READ_TIMEOUT_SECS", 10)?.max(1),
            request_timeout_secs: number("REQUEST_TIMEOUT_SECS", 180)?.max(1),
            shutdown_drain_secs: number("SHUTDOWN_DRAIN_SECS", 20)?,
            trusted_proxies: lookup("TRUSTED_PROXIES")
                .unwrap_or_default()
                .split(',')
                .map(str::trim)
                .filter(|text| !text.is_empty())
                .map(|text| {
                    text.parse().map_err(|_| ConfigError {
                        name: "TRUSTED_PROXIES",
                        reason: format!("`{text}` is not an IP address"),
                    })
                })
                .collect::<Result<_, _>>()?,
            public_url,
            bind,
            database_url,
            dist_dir: lookup("DIST_DIR").unwrap_or_else(|| "dist".into()).into(),
            allowed_origins,
            catalogue_dir: lookup("CATALOGUE_DIR").map(PathBuf::from),
            forms_dir: lookup("FORMS_DIR").map(PathBuf::from),
        })
    }
}

/// Whether a yes-or-no setting says yes.
fn is_yes(value: Option<String>) -> bool {
    matches!(value.as_deref().map(str::trim), Some("true" | "1" | "yes"))
}

impl Config {
    /// Whether the portal is served over TLS (its public address is `https://…`), so browsers
    /// are told to keep to HTTPS (HSTS).
    pub fn behind_tls(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_https_address_makes_cookies_secure_unless_told_otherwise() {
        let https = |name: &str| (name == "PUBLIC_URL").then(|| "https://seva.example".into());
        let config = Config::from_lookup(https).unwrap();
        assert!(config.secure_cookies && config.behind_tls());
        let config = Config::from_lookup(|_| None).unwrap();
        assert!(!config.secure_cookies && !config.behind_tls());
        let config = Config::from_lookup(|name| match name {
            "PUBLIC_URL" => Some("https://seva.example".into()),
            "SECURE_COOKIES" => Some("false".into()),
            _ => None,
        })
        .unwrap();
        assert!(!config.secure_cookies);
        assert!(!Config::from_lookup(|_| None).unwrap().sms_log_codes);
    }

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
