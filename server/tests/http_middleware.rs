//! What every response passes through: headers, origin check, limits, panics, unknown paths.

mod support;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use axum::routing::get;
use server::http::router::{MAX_BODY_BYTES, with_middleware};
use server::http::security_headers::SecurityHeaders;
use support::{app, get as get_request, json, seeded_database, send, text};

use app as _;

#[tokio::test]
async fn healthz_reports_the_database() {
    let app = app(seeded_database("sqlite").await);
    let response = send(&app, get_request("/healthz")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        json(response).await,
        serde_json::json!({"status": "ok", "database": "sqlite"})
    );
}

#[tokio::test]
async fn pages_carry_the_security_headers_and_a_policy_that_lets_the_loader_run() {
    let app = app(seeded_database("sqlite").await);
    let response = send(&app, get_request("/")).await;
    assert_eq!(response.status(), StatusCode::OK);
    let headers = response.headers();
    let csp = headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .expect("ascii");
    assert!(csp.contains("'wasm-unsafe-eval'"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(
        csp.contains("'sha256-"),
        "the inline loader is allowed by its hash: {csp}"
    );
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(headers[header::REFERRER_POLICY], "same-origin");
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    assert!(text(response).await.contains("जन सेवा पोर्टल"));
}

#[tokio::test]
async fn app_pages_are_200_and_unknown_paths_are_404_with_the_app_shell() {
    let app = app(seeded_database("sqlite").await);
    for path in [
        "/",
        "/services",
        "/services/income-certificate",
        "/services/no-such-service",
        "/privacy",
    ] {
        assert_eq!(
            send(&app, get_request(path)).await.status(),
            StatusCode::OK,
            "{path}"
        );
    }
    let response = send(&app, get_request("/no-such-page")).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(
        text(response).await.contains("पेज नहीं मिला"),
        "the not-found page is the app's"
    );
}

#[tokio::test]
async fn unknown_api_paths_get_a_json_error() {
    let app = app(seeded_database("sqlite").await);
    for path in ["/api/no-such-function", "/api", "/api/catalogue"] {
        let response = send(&app, get_request(path)).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert_eq!(
            json(response).await,
            serde_json::json!({"error": "not_found"}),
            "{path}"
        );
    }
}

#[tokio::test]
async fn hashed_assets_are_cached_for_a_year_and_others_for_an_hour() {
    let app = app(seeded_database("sqlite").await);
    let wasm = send(&app, get_request("/app-0123456789abcdef_bg.wasm")).await;
    assert_eq!(wasm.status(), StatusCode::OK);
    assert_eq!(
        wasm.headers()[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    let robots = send(&app, get_request("/robots.txt")).await;
    assert_eq!(
        robots.headers()[header::CACHE_CONTROL],
        "public, max-age=3600"
    );
}

fn post(uri: &str, origin: Option<&str>, body: Vec<u8>) -> Request<Body> {
    let mut request = Request::post(uri)
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::CONTENT_LENGTH, body.len());
    if let Some(origin) = origin {
        request = request.header(header::ORIGIN, origin);
    }
    request.body(Body::from(body)).expect("request")
}

#[tokio::test]
async fn posts_from_another_origin_are_refused() {
    let app = app(seeded_database("sqlite").await);
    let response = send(
        &app,
        post("/api/catalogue/index", Some("https://evil.example"), vec![]),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        json(response).await,
        serde_json::json!({"error": "forbidden_origin"})
    );
    // Same origin, or an allowed one, passes the check (and then meets the GET-only function).
    for origin in ["http://127.0.0.1:3000", "http://127.0.0.1:8080"] {
        let response = send(&app, post("/api/catalogue/index", Some(origin), vec![])).await;
        assert_eq!(
            response.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "{origin}"
        );
    }
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let app = app(seeded_database("sqlite").await);
    let body = vec![b'a'; MAX_BODY_BYTES + 1];
    let response = send(
        &app,
        post("/api/catalogue/index", Some("http://127.0.0.1:3000"), body),
    )
    .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_panic_becomes_a_plain_500_without_its_message() {
    async fn boom() -> &'static str {
        panic!("secret detail from deep inside")
    }
    let routes = Router::new().route("/boom", get(boom));
    let app = with_middleware(routes, SecurityHeaders::new("default-src 'self'"));
    let response = send(&app, get_request("/boom")).await;
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        response.headers()[header::X_CONTENT_TYPE_OPTIONS],
        "nosniff"
    );
    let body = text(response).await;
    assert_eq!(body, r#"{"error":"internal"}"#);
}

#[tokio::test]
async fn sqlite_runs_in_wal_mode_with_full_sync_and_foreign_keys() {
    let db = seeded_database("sqlite").await;
    let (mode,): (String,) = sqlx::query_as("PRAGMA journal_mode")
        .fetch_one(db.pool())
        .await
        .expect("pragma");
    assert_eq!(mode, "wal");
    let (sync,): (i64,) = sqlx::query_as("PRAGMA synchronous")
        .fetch_one(db.pool())
        .await
        .expect("pragma");
    assert_eq!(sync, 2, "FULL");
    let (fk,): (i64,) = sqlx::query_as("PRAGMA foreign_keys")
        .fetch_one(db.pool())
        .await
        .expect("pragma");
    assert_eq!(fk, 1);
    let (busy,): (i64,) = sqlx::query_as("PRAGMA busy_timeout")
        .fetch_one(db.pool())
        .await
        .expect("pragma");
    assert!(busy >= 1000);
}

/// The parts of a feature's bundle that a reader's phone lacks come in one download, joined in
/// the bundle's order and compressed; anything else is "not found".
#[tokio::test]
async fn the_parts_a_reader_lacks_come_in_one_download() {
    use http_body_util::BodyExt;
    let dist = support::fake_dist();
    let parts: Vec<(String, Vec<u8>)> = (0..4)
        .map(|n| {
            (
                format!("chunk_{n}-00000000000000{n:02}.wasm"),
                vec![n as u8; 100 + n],
            )
        })
        .collect();
    for (name, bytes) in &parts {
        std::fs::write(dist.join(name), bytes).unwrap();
    }
    let names: Vec<&str> = parts.iter().map(|(name, _)| name.as_str()).collect();
    std::fs::write(
        dist.join("client-files.json"),
        serde_json::json!({"bundle_parts": {"bundle_x-0123456789abcdef.wasm": names}}).to_string(),
    )
    .unwrap();
    let clock: std::sync::Arc<dyn server::clock::Clock> =
        std::sync::Arc::new(server::clock::SystemClock::default());
    let apply = support::apply_service(seeded_database("sqlite").await, clock);
    let app = support::app_with_site(
        apply,
        server::casework::Limits {
            track_per_ip_per_hour: 100,
            sign_in_per_ip_per_hour: 100,
        },
        &dist,
    );
    let fetch = |path: &str, encoding: &str| {
        Request::get(path)
            .header(header::ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .unwrap()
    };
    let mut expected = parts[1].1.clone();
    expected.extend_from_slice(&parts[3].1);
    for encoding in ["br", "identity"] {
        let response = send(
            &app,
            fetch("/wasm-parts/bundle_x-0123456789abcdef.wasm/1.3", encoding),
        )
        .await;
        assert_eq!(response.status(), StatusCode::OK);
        let headers = response.headers().clone();
        assert_eq!(headers[header::CONTENT_TYPE], "application/wasm");
        assert!(
            headers[header::CACHE_CONTROL]
                .to_str()
                .unwrap()
                .contains("immutable")
        );
        let body = response.into_body().collect().await.unwrap().to_bytes();
        let mut plain = Vec::new();
        if encoding == "br" {
            assert_eq!(headers[header::CONTENT_ENCODING], "br");
            brotli::BrotliDecompress(&mut &body[..], &mut plain).unwrap();
        } else {
            assert!(!headers.contains_key(header::CONTENT_ENCODING));
            plain = body.to_vec();
        }
        assert_eq!(plain, expected, "{encoding}");
    }
    for bad in [
        "/wasm-parts/bundle_x-0123456789abcdef.wasm/3.1",
        "/wasm-parts/bundle_x-0123456789abcdef.wasm/4",
        "/wasm-parts/bundle_x-0123456789abcdef.wasm/1.1",
        "/wasm-parts/bundle_x-0123456789abcdef.wasm/..%2F",
        "/wasm-parts/bundle_y-0123456789abcdef.wasm/0",
        "/wasm-parts/..%2Fclient-files.json/0",
    ] {
        let response = send(&app, fetch(bad, "br")).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{bad}");
    }
}
