//! Shared set-up for the server's tests: a fresh database on each engine, and the router over
//! it with a small built client in a temporary folder.

#![allow(dead_code)]

pub mod client;
pub mod desk;
pub mod process;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response};
use http_body_util::BodyExt;
use server::apply::ApplyService;
use server::clock::{Clock, SystemClock};
use server::config::Config;
use server::db::Database;
use server::http::static_files::Site;
use server::seed::{Catalogue, sync_catalogue};
use server::{AppState, http};
use sqlx::Connection;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tower::ServiceExt;

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A name no other test in this run uses.
pub fn unique(prefix: &str) -> String {
    format!(
        "{prefix}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::SeqCst)
    )
}

/// The engines to test on: SQLite always; PostgreSQL when `TEST_DATABASE_URL` names one.
pub fn engines() -> Vec<&'static str> {
    let mut engines = vec!["sqlite"];
    if postgres_url().is_some() {
        engines.push("postgres");
    }
    engines
}

fn postgres_url() -> Option<String> {
    std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|url| url.starts_with("postgres"))
}

/// A new, empty, migrated database on `engine`.
pub async fn fresh_database(engine: &str) -> Database {
    let url = fresh_database_url(engine).await;
    Database::connect(&url).await.expect("connect and migrate")
}

/// The address of a new database on `engine` (created empty on PostgreSQL; SQLite's file is made
/// on first connection), for tests that connect to it twice, as two portal instances do.
pub async fn fresh_database_url(engine: &str) -> String {
    match engine {
        "sqlite" => {
            let dir = std::env::temp_dir().join(unique("jsp_test"));
            format!("sqlite://{}/portal.db", dir.display())
        }
        "postgres" => {
            let admin_url = postgres_url().expect("TEST_DATABASE_URL is set");
            sqlx::any::install_default_drivers();
            let name = unique("jsp_test");
            let mut admin = sqlx::AnyConnection::connect(&admin_url)
                .await
                .expect("connect to PostgreSQL");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut admin)
                .await
                .expect("create a test database");
            let (base, _) = admin_url
                .rsplit_once('/')
                .expect("a database URL has a path");
            format!("{base}/{name}")
        }
        other => panic!("unknown engine {other}"),
    }
}

/// A database on `engine` with the sample catalogue and grievance categories loaded, as the
/// server loads them at start.
pub async fn seeded_database(engine: &str) -> Database {
    let db = fresh_database(engine).await;
    assert!(
        sync_catalogue(&db, &Catalogue::sample().expect("sample"))
            .await
            .expect("seed")
    );
    server::grievance::categories::sync(&db, &sample_categories())
        .await
        .expect("categories");
    db
}

/// The sample grievance categories, checked against the sample catalogue's departments.
pub fn sample_categories() -> app::domain::grievance::category::CategoryBook {
    let ids = Catalogue::sample().expect("sample").department_ids();
    let departments: Vec<&str> = ids.iter().map(String::as_str).collect();
    server::grievance::categories::parse(server::grievance::categories::SAMPLE, &departments)
        .expect("the sample categories")
}

/// The grievance service over casework, with the default settings.
pub fn grievance_service(
    casework: server::casework::CaseworkService,
) -> server::grievance::filing::GrievanceService {
    server::grievance::filing::GrievanceService {
        casework,
        book: Arc::new(sample_categories()),
        settings: Arc::new(Default::default()),
    }
}

/// A built client in a temporary folder: an index.html with an inline loader script, the marks
/// where a page's first HTML goes, and one hashed asset.
pub fn fake_dist() -> PathBuf {
    let dir = std::env::temp_dir().join(unique("jsp_dist"));
    std::fs::create_dir_all(&dir).expect("temp dist");
    std::fs::write(
        dir.join("index.html"),
        "<!doctype html><html lang=\"hi\"><head><title>जन सेवा पोर्टल</title>\
         <script src=\"/boot.js\"></script>\
         <script type=\"module\">import init from '/app-0123456789abcdef.js'; init();</script></head>\
         <body><div class=\"app-root\" id=\"app\"><!-- page --><h1>जन सेवा पोर्टल</h1>\
         <!-- /page --></div></body></html>",
    )
    .expect("index.html");
    std::fs::write(dir.join("app-0123456789abcdef_bg.wasm"), b"\0asm").expect("wasm");
    std::fs::write(dir.join("robots.txt"), "User-agent: *\n").expect("robots");
    dir
}

/// A fixed key for tests: base64 of 64 bytes of 7.
pub const TEST_SECRET_KEY: &str =
    "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBw==";

/// The applying service over `db`, with a clock the test controls and files in a temporary
/// folder. `settings` overrides configuration (e.g. `MAX_UPLOAD_BYTES`).
pub fn apply_service_with(
    db: Database,
    clock: Arc<dyn Clock>,
    settings: &[(&str, &str)],
) -> ApplyService {
    let uploads = std::env::temp_dir().join(unique("jsp_uploads"));
    let uploads = uploads.display().to_string();
    let config = Config::from_lookup(|name| {
        settings
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.to_string())
            .or_else(|| match name {
                "SECRET_KEY" => Some(TEST_SECRET_KEY.to_string()),
                "UPLOAD_DIR" => Some(uploads.clone()),
                _ => None,
            })
    })
    .expect("test settings");
    server::apply_service(&config, db, &Catalogue::sample().expect("sample"), clock)
        .expect("the applying service")
}

/// The applying service with default settings.
pub fn apply_service(db: Database, clock: Arc<dyn Clock>) -> ApplyService {
    apply_service_with(db, clock, &[])
}

/// The whole application over an applying service, as `main` builds it.
pub fn app_with(apply: ApplyService) -> Router {
    app_with_limits(
        apply,
        server::casework::Limits {
            track_per_ip_per_hour: 100_000,
            sign_in_per_ip_per_hour: 100_000,
        },
    )
}

/// The whole application with these limits per address.
pub fn app_with_limits(apply: ApplyService, limits: server::casework::Limits) -> Router {
    app_with_site(apply, limits, &fake_dist())
}

/// The whole application serving the client built into `dist`.
pub fn app_with_site(
    apply: ApplyService,
    limits: server::casework::Limits,
    dist: &std::path::Path,
) -> Router {
    let site = Site::load(dist).expect("site");
    let casework = server::casework::CaseworkService::new(apply.clone(), limits);
    http::router::app(
        AppState {
            db: apply.db.clone(),
            site: Arc::new(site),
            grievances: Arc::new(grievance_service(casework.clone())),
            casework: Arc::new(casework),
            apply: Arc::new(apply),
            secure_cookies: false,
            public_url: "http://127.0.0.1:3000".into(),
            trusted_proxies: server::http::client_address::TrustedProxies(Arc::new(vec![
                "10.9.9.9".parse().unwrap(),
            ])),
        },
        vec!["http://127.0.0.1:8080".into()],
    )
}

/// The whole application over `db`, as `main` builds it, on the system clock.
pub fn app(db: Database) -> Router {
    let clock: Arc<dyn Clock> = Arc::new(SystemClock::default());
    app_with(apply_service(db, clock))
}

/// Sends a request and returns the response.
pub async fn send(app: &Router, request: Request<Body>) -> Response<Body> {
    app.clone()
        .oneshot(request)
        .await
        .expect("the router answers")
}

/// A GET request.
pub fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).expect("request")
}

/// The body as text (a document's bytes, lossily: only its status is asserted).
pub async fn text(response: Response<Body>) -> String {
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The body as JSON.
pub async fn json(response: Response<Body>) -> serde_json::Value {
    serde_json::from_str(&text(response).await).expect("a JSON body")
}
