//! Runs the portal: `server` (no arguments) serves it on `BIND_ADDR`.

use server::apply::ApplyService;
use server::clock::{Clock, SystemClock};
use server::config::Config;
use server::db::Database;
use server::http::serve::{ServeLimits, serve, stop_signal};
use server::http::static_files::Site;
use server::seed::{Catalogue, sync_catalogue};
use server::sessions::DbSessionStore;
use server::{AppState, http, outbox};
use std::sync::Arc;
use std::time::Duration;
use tracing_subscriber::EnvFilter;

// The app's server functions register themselves only if this binary links the `app` crate.
use app as _;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .json()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("admin") {
        std::process::exit(admin(&args[1..]).await);
    }
    if let Err(error) = run().await {
        tracing::error!(%error, "the portal could not start");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let config = Config::from_env()?;
    let site = Site::load(&config.dist_dir)?;
    let db = Database::connect(&config.database_url).await?;
    let catalogue = Catalogue::configured(&config)?;
    let first_start = sync_catalogue(&db, &catalogue).await?;
    let (departments, services, districts) = catalogue.counts();
    tracing::info!(
        departments,
        services,
        districts,
        first_start,
        "catalogue loaded"
    );
    let department_ids = catalogue.department_ids();
    let departments: Vec<&str> = department_ids.iter().map(String::as_str).collect();
    let categories =
        server::grievance::categories::parse(server::grievance::categories::SAMPLE, &departments)?;
    server::grievance::categories::sync(&db, &categories).await?;
    tracing::info!(
        categories = categories.categories.len(),
        "grievance categories loaded"
    );
    let engine = db.engine().name();
    if config.clock_offset_secs != 0 {
        tracing::warn!(
            offset_secs = config.clock_offset_secs,
            "CLOCK_OFFSET_SECS is set: the clock is moved for testing; never set this in production"
        );
    }
    warn_about_development_settings(&config);
    let clock: Arc<dyn Clock> = Arc::new(SystemClock::with_offset(config.clock_offset_secs));
    let apply = server::apply_service(&config, db.clone(), &catalogue, clock.clone())?;
    server::vault::check_key(&db, &apply.vault).await?;
    outbox::spawn_worker(db.clone(), apply.sender.clone(), clock.clone());
    let casework = server::casework::CaseworkService::new(
        apply.clone(),
        server::casework::Limits {
            track_per_ip_per_hour: config.track_per_ip_per_hour,
            sign_in_per_ip_per_hour: config.sign_in_per_ip_per_hour,
        },
    );
    spawn_cleanup(apply.clone(), casework.clone());
    let grievance_settings =
        Arc::new(app::domain::grievance::settings::GrievanceSettings::default());
    let grievances = server::grievance::filing::GrievanceService {
        casework: casework.clone(),
        book: Arc::new(categories),
        settings: grievance_settings.clone(),
    };
    server::grievance::escalation::spawn(
        server::grievance::escalation::Escalator {
            db: db.clone(),
            clock: clock.clone(),
            settings: grievance_settings,
            calendar: apply.calendar.clone(),
            public_url: config.public_url.clone(),
        },
        Duration::from_secs(15 * 60),
    );
    let state = AppState {
        db,
        site: Arc::new(site),
        apply: Arc::new(apply),
        casework: Arc::new(casework),
        grievances: Arc::new(grievances),
        secure_cookies: config.secure_cookies,
        public_url: config.public_url.clone(),
        trusted_proxies: server::http::client_address::TrustedProxies(Arc::new(
            config.trusted_proxies.clone(),
        )),
    };
    let request_timeout = Duration::from_secs(config.request_timeout_secs);
    let app = http::router::app(state, config.allowed_origins.clone()).layer(
        tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            request_timeout,
        ),
    );
    let listener = tokio::net::TcpListener::bind(config.bind).await?;
    tracing::info!(address = %config.bind, database = engine, "serving the portal");
    let limits = ServeLimits {
        header_read: Duration::from_secs(config.header_read_timeout_secs),
        drain: Duration::from_secs(config.shutdown_drain_secs),
    };
    serve(listener, app, limits, stop_signal()).await;
    Ok(())
}

/// Says loudly, at start, what would be wrong in production.
fn warn_about_development_settings(config: &Config) {
    if config.sms_sender == "log" || config.sms_sender.is_empty() {
        tracing::warn!(
            "SMS_SENDER is `log`: no SMS reaches a citizen; messages are written to this log only"
        );
    }
    if config.sms_log_codes {
        tracing::warn!(
            "SMS_LOG_CODES is on: one-time codes are written to the log in clear; \
             a development setting, never for production"
        );
    }
    if config.behind_tls() && !config.secure_cookies {
        tracing::warn!("PUBLIC_URL is https but SECURE_COOKIES is off");
    }
}

/// Hourly: deletes drafts past their 30 days, documents no draft or application holds, files
/// left without a row, sessions past their idle time, and addresses the rate limits no longer
/// need to remember.
fn spawn_cleanup(apply: ApplyService, casework: server::casework::CaseworkService) {
    tokio::spawn(async move {
        let sessions = DbSessionStore::new(apply.db.clone());
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            tick.tick().await;
            match server::apply::delete_expired_drafts(&apply).await {
                Ok(n) if n > 0 => tracing::info!(drafts = n, "expired drafts deleted"),
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "expired drafts could not be deleted"),
            }
            match server::apply::documents::delete_abandoned(&apply).await {
                Ok((0, 0)) => {}
                Ok((rows, files)) => tracing::info!(rows, files, "abandoned documents deleted"),
                Err(error) => tracing::warn!(%error, "abandoned documents could not be deleted"),
            }
            let held = casework.prune_limits();
            tracing::debug!(held, "rate limits pruned");
            if let Err(error) = sessions.delete_expired().await {
                tracing::warn!(%error, "expired sessions could not be deleted");
            }
        }
    });
}

/// `server admin …`: prints the outcome, returns the exit code.
async fn admin(args: &[String]) -> i32 {
    let outcome = async {
        let config = Config::from_env().map_err(|e| e.to_string())?;
        let db = Database::connect(&config.database_url)
            .await
            .map_err(|e| e.to_string())?;
        let now = SystemClock::with_offset(0).now();
        server::admin::run_configured(&config, &db, args, now).await
    }
    .await;
    match outcome {
        Ok(message) => {
            println!("{message}");
            0
        }
        Err(message) => {
            eprintln!("{message}");
            2
        }
    }
}
