//! The Jan Seva Portal's server: configuration, the database, middleware, static files and the
//! registration of the app's server functions.

pub mod admin;
pub mod apply;
pub mod casework;
pub mod clock;
pub mod config;
pub mod db;
pub mod error;
pub mod forms;
pub mod grievance;
pub mod http;
pub mod outbox;
pub mod seed;
pub mod sessions;
pub mod vault;

use std::sync::Arc;

/// What every request handler may need.
#[derive(Clone)]
pub struct AppState {
    /// The database, SQLite or PostgreSQL.
    pub db: db::Database,
    /// The built client and the headers that go with it.
    pub site: Arc<http::static_files::Site>,
    /// Applying online.
    pub apply: Arc<apply::ApplyService>,
    /// Tracking, the officer's desk and certificates.
    pub casework: Arc<casework::CaseworkService>,
    /// CM Helpline grievances.
    pub grievances: Arc<grievance::filing::GrievanceService>,
    /// Whether the session cookie is marked Secure (behind TLS).
    pub secure_cookies: bool,
    /// The portal's public address, for QR codes.
    pub public_url: String,
    /// The proxies whose `X-Forwarded-For` names the client (`TRUSTED_PROXIES`).
    pub trusted_proxies: http::client_address::TrustedProxies,
}

/// The sample holiday calendar, used unless `HOLIDAYS_FILE` names the state's own.
pub const SAMPLE_HOLIDAYS: &str = include_str!("../data/holidays.tsv");

/// Builds the applying service from the settings.
pub fn apply_service(
    config: &config::Config,
    db: db::Database,
    catalogue: &seed::Catalogue,
    clock: Arc<dyn clock::Clock>,
) -> Result<apply::ApplyService, Box<dyn std::error::Error>> {
    let vault = match &config.secret_key {
        Some(key) => vault::Vault::from_base64(key)?,
        None => vault::Vault::from_file(&config.secret_key_file)?,
    };
    db::audit::set_chain_key(vault.audit_key());
    let forms = match &config.forms_dir {
        Some(dir) => forms::Forms::load_dir(dir)?,
        None => forms::Forms::builtin()?,
    };
    let holidays = match &config.holidays_file {
        Some(path) => std::fs::read_to_string(path)?,
        None => SAMPLE_HOLIDAYS.to_string(),
    };
    let calendar = app::domain::clock::HolidayCalendar::parse_tsv(&holidays)?;
    let places = apply::PlaceBook {
        districts: catalogue.districts(),
        tehsils: forms.all_tehsils(),
    };
    let policy = app::domain::otp::OtpPolicy {
        per_number_per_hour: config.otp_per_number_per_hour,
        per_ip_per_hour: config.otp_per_ip_per_hour,
        ..Default::default()
    };
    Ok(apply::ApplyService {
        db,
        clock,
        vault,
        forms: Arc::new(forms),
        places: Arc::new(places),
        calendar: Arc::new(calendar),
        sender: outbox::sender_named(&config.sms_sender, config.sms_log_codes)?,
        policy,
        storage: Arc::new(apply::documents::LocalStorage::new(&config.upload_dir)?),
        max_file_bytes: config.max_upload_bytes,
        public_url: config.public_url.clone(),
    })
}
