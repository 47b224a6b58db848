//! Runs the portal: `server` (no arguments) serves it on `BIND_ADDR`.

use server::config::Config;
use server::db::Database;
use server::http::static_files::Site;
use server::seed::{Catalogue, sync_catalogue};
use server::{AppState, http};
use std::sync::Arc;
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
    if let Err(error) = run().await {
        tracing::error!(%error, "the portal could not start");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let config = Config::from_env()?;
    let site = Site::load(&config.dist_dir)?;
    let db = Database::connect(&config.database_url).await?;
    let catalogue = match &config.catalogue_dir {
        Some(dir) => {
            let read = |name: &str| std::fs::read_to_string(dir.join(name));
            Catalogue::parse(
                &read("services.toml")?,
                &read("service-guidance.toml")?,
                &read("districts.tsv")?,
            )?
        }
        None => Catalogue::sample()?,
    };
    let first_start = sync_catalogue(&db, &catalogue).await?;
    let (departments, services, districts) = catalogue.counts();
    tracing::info!(
        departments,
        services,
        districts,
        first_start,
        "catalogue loaded"
    );
    let engine = db.engine().name();
    let state = AppState {
        db,
        site: Arc::new(site),
    };
    let app = http::router::app(state, config.allowed_origins.clone());
    let listener = tokio::net::TcpListener::bind(config.bind).await?;
    tracing::info!(address = %config.bind, database = engine, "serving the portal");
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown())
        .await?;
    Ok(())
}

async fn shutdown() {
    let _ = tokio::signal::ctrl_c().await;
}
