//! Sessions, accounts, caching, files and administration, as the hardening issue found them:
//! each test names its finding.

mod support;

use axum::http::{StatusCode, header};
use serde_json::Value;
use server::casework::officers::{create_officer, deactivate_officer};
use support::desk::{Desk, PASSWORD, START, officers};

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// The officer's session row: its data (JSON) and expiry.
async fn session_of(desk: &Desk, login: &str) -> Option<(String, Value, i64)> {
    let row: Option<(String, String, i64)> =
        sqlx::query_as("SELECT id, data, expires_at FROM sessions WHERE officer_login = $1")
            .bind(login)
            .fetch_optional(desk.service.db.pool())
            .await
            .unwrap();
    row.map(|(id, data, expires)| (id, serde_json::from_str(&data).unwrap(), expires))
}

async fn rewrite_session(desk: &Desk, id: &str, data: &Value, expires_at: i64) {
    sqlx::query("UPDATE sessions SET data = $1, expires_at = $2 WHERE id = $3")
        .bind(data.to_string())
        .bind(expires_at)
        .bind(id)
        .execute(desk.service.db.pool())
        .await
        .unwrap();
}

/// Finding 5: 30 idle minutes count from the last request, and an officer's session ends 8 hours
/// after sign-in however busy it is.
#[tokio::test]
async fn a_busy_session_stays_and_an_old_one_ends() {
    for engine in support::engines() {
        let desk = Desk::new(support::seeded_database(engine).await).await;
        let mut officer = desk.officer("do.bhopal").await;
        let (id, mut data, _) = session_of(&desk, "do.bhopal").await.expect("a session");
        // 29 minutes later: a minute of idle time left, last renewed 29 minutes ago.
        data["renewed"] = (now() - 29 * 60).into();
        rewrite_session(&desk, &id, &data, now() + 60).await;
        let (status, body) = officer.form("/api/officer/inbox", "").await;
        assert_eq!(status, StatusCode::OK, "{engine}: {body}");
        let (_, _, expires_at) = session_of(&desk, "do.bhopal").await.unwrap();
        assert!(
            expires_at >= now() + 29 * 60,
            "{engine}: the request renewed the idle time ({} s left)",
            expires_at - now()
        );
        // Signed in nine hours ago, busy all along.
        let (id, mut data, expires_at) = session_of(&desk, "do.bhopal").await.unwrap();
        data["since"] = (now() - 9 * 3600).into();
        rewrite_session(&desk, &id, &data, expires_at).await;
        let (status, body) = officer.form("/api/officer/inbox", "").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{engine}: {body}");
        assert!(session_of(&desk, "do.bhopal").await.is_none(), "{engine}");
    }
}

/// Finding 13: a replaced password ends the old sessions; a deactivated officer cannot sign in
/// and is signed out; a password's length is counted in characters, the same at creation and at
/// sign-in.
#[tokio::test]
async fn accounts_replaced_or_deactivated_end_their_sessions() {
    for engine in support::engines() {
        let desk = Desk::new(support::seeded_database(engine).await).await;
        let db = desk.service.db.clone();
        let mut before = desk.officer("do.bhopal").await;
        let profile = officers()
            .into_iter()
            .find(|o| o.login == "do.bhopal")
            .unwrap();
        // 120 Devanagari letters: 360 bytes, well within 200 characters.
        let long = "नमस्ते".repeat(20);
        create_officer(&db, &profile, &long, START).await.unwrap();
        let (status, body) = before.form("/api/officer/inbox", "").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{engine}: {body}");
        let sign_in = |password: &str| {
            format!(
                "login=do.bhopal&password={}",
                urlencode(password).replace("%20", "+")
            )
        };
        let (status, body) = desk
            .stranger()
            .form("/api/officer/sign-in", &sign_in(&long))
            .await;
        assert_eq!(
            status,
            StatusCode::OK,
            "{engine}: a long Hindi password: {body}"
        );
        let too_long = "क".repeat(201);
        assert!(
            create_officer(&db, &profile, &too_long, START)
                .await
                .is_err()
        );

        let mut after = desk.stranger();
        let (status, _) = after.form("/api/officer/sign-in", &sign_in(&long)).await;
        assert_eq!(status, StatusCode::OK);
        deactivate_officer(&db, "do.bhopal", START).await.unwrap();
        let (status, _) = after.form("/api/officer/inbox", "").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{engine}");
        let (status, _) = desk
            .stranger()
            .form("/api/officer/sign-in", &sign_in(&long))
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{engine}: deactivated");
        assert!(deactivate_officer(&db, "do.bhopal", START).await.is_err());
        let named: Vec<(String, Option<String>)> = sqlx::query_as(
            "SELECT action, target FROM audit_log WHERE actor = 'admin' ORDER BY at, action",
        )
        .fetch_all(db.pool())
        .await
        .unwrap();
        assert!(
            named.contains(&("deactivate_officer".into(), Some("do.bhopal".into())))
                && named.contains(&("create_officer".into(), Some("do.bhopal".into()))),
            "{engine}: the audit log names the account: {named:?}"
        );
        // Creating it again makes it active, with the password given then.
        create_officer(&db, &profile, PASSWORD, START)
            .await
            .unwrap();
        desk.officer("do.bhopal").await;
    }
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            b' ' => "%20".into(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// Finding 11: answers carrying personal data are never cached; the public catalogue may be.
#[tokio::test]
async fn personal_answers_are_not_cached() {
    let desk = Desk::new(support::seeded_database("sqlite").await).await;
    let mut citizen = desk.citizen("9876543210").await;
    let number = desk.apply(&mut citizen, "bhopal").await;
    let (status, _) = citizen
        .form("/api/apply/receipt", &format!("number={number}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    for (path, body) in [
        ("/api/apply/receipt", format!("number={number}")),
        ("/api/apply/session", String::new()),
        ("/api/officer/me", String::new()),
    ] {
        let request = axum::http::Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ORIGIN, "http://127.0.0.1:3000")
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::COOKIE, citizen.cookie.clone().unwrap())
            .body(axum::body::Body::from(body))
            .unwrap();
        let response = support::send(&desk.app, request).await;
        assert_eq!(
            response.headers().get(header::CACHE_CONTROL).unwrap(),
            "no-store",
            "{path}"
        );
    }
    let response = support::send(&desk.app, support::get("/api/catalogue/index")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers().get(header::CACHE_CONTROL).unwrap(),
        "public, max-age=300"
    );
}

/// Finding 6: `server admin` brings the catalogue up to date from `CATALOGUE_DIR`, not the
/// sample: a limit the state changed stays changed after an officer is created.
#[tokio::test]
async fn administration_keeps_the_states_own_catalogue() {
    let dir = std::env::temp_dir().join(support::unique("jsp_catalogue"));
    std::fs::create_dir_all(&dir).unwrap();
    let services = server::seed::SAMPLE_SERVICES.replacen(
        "id = \"income-certificate\"\nname_hi = \"आय प्रमाण पत्र\"\nname_en = \"Income certificate\"\ndepartment = \"gad\"\ntime_limit_days = 3",
        "id = \"income-certificate\"\nname_hi = \"आय प्रमाण पत्र\"\nname_en = \"Income certificate\"\ndepartment = \"gad\"\ntime_limit_days = 7",
        1,
    );
    assert_ne!(
        services,
        server::seed::SAMPLE_SERVICES,
        "the sample's entry was found"
    );
    std::fs::write(dir.join("services.toml"), services).unwrap();
    std::fs::write(
        dir.join("service-guidance.toml"),
        server::seed::SAMPLE_GUIDANCE,
    )
    .unwrap();
    std::fs::write(dir.join("districts.tsv"), server::seed::SAMPLE_DISTRICTS).unwrap();
    let dir_text = dir.display().to_string();
    let config = server::config::Config::from_lookup(|name| match name {
        "CATALOGUE_DIR" => Some(dir_text.clone()),
        "SECRET_KEY" => Some(support::TEST_SECRET_KEY.to_string()),
        _ => None,
    })
    .unwrap();
    for engine in support::engines() {
        let db = support::fresh_database(engine).await;
        let args: Vec<String> = ["deactivate-officer", "--login", "nobody.here"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let outcome = server::admin::run_configured(&config, &db, &args, START).await;
        assert!(outcome.is_err(), "no such officer");
        let (days,): (i64,) =
            sqlx::query_as("SELECT time_limit_days FROM services WHERE id = 'income-certificate'")
                .fetch_one(db.pool())
                .await
                .unwrap();
        assert_eq!(days, 7, "{engine}: the state's limit, not the sample's 3");
    }
}

/// Finding 17: the database and the documents are this user's alone.
#[cfg(unix)]
#[tokio::test]
async fn the_database_and_documents_are_private_files() {
    use server::apply::documents::{DocumentStorage, LocalStorage};
    use std::os::unix::fs::PermissionsExt;
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let dir = std::env::temp_dir().join(support::unique("jsp_private"));
    let db_path = dir.join("portal.db");
    server::db::Database::connect(&format!("sqlite://{}", db_path.display()))
        .await
        .unwrap();
    assert_eq!(mode(&db_path), 0o600);
    let uploads = dir.join("uploads");
    let storage = LocalStorage::new(&uploads).unwrap();
    let key = storage.put(b"%PDF-1.7 test").await.unwrap();
    assert_eq!(mode(&uploads), 0o700);
    let file = uploads.join(&key[..2]).join(&key);
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(file.parent().unwrap()), 0o700);
    assert_eq!(storage.get(&key).await.unwrap(), b"%PDF-1.7 test");
}

/// A request from `peer`, with an `X-Forwarded-For` header if given.
fn from_peer(
    peer: &str,
    forwarded: Option<&str>,
    path: &str,
    body: Value,
) -> axum::http::Request<axum::body::Body> {
    let mut request = axum::http::Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .body(axum::body::Body::from(body.to_string()))
        .unwrap();
    if let Some(forwarded) = forwarded {
        request
            .headers_mut()
            .insert("x-forwarded-for", forwarded.parse().unwrap());
    }
    let peer: std::net::SocketAddr = format!("{peer}:40000").parse().unwrap();
    request
        .extensions_mut()
        .insert(axum::extract::ConnectInfo(peer));
    request
}

/// Findings 12 and 14: a case view and a decision record the client's address, which a trusted
/// proxy may name and nobody else can.
#[tokio::test]
async fn the_audit_log_records_the_clients_address_behind_a_trusted_proxy() {
    for engine in support::engines() {
        let desk = Desk::new(support::seeded_database(engine).await).await;
        let mut citizen = desk.citizen("9876543210").await;
        let number = desk.apply(&mut citizen, "bhopal").await;
        let mut officer = desk.officer("do.bhopal").await;
        // Through the trusted proxy (10.9.9.9 in the tests' settings): the address it names.
        let view = from_peer(
            "10.9.9.9",
            Some("6.6.6.6, 198.51.100.7"),
            "/api/officer/case",
            serde_json::json!({}),
        );
        let mut view = view;
        *view.body_mut() = axum::body::Body::from(format!("number={number}"));
        view.headers_mut().insert(
            header::CONTENT_TYPE,
            "application/x-www-form-urlencoded".parse().unwrap(),
        );
        let (status, body) = officer.send(view).await;
        assert_eq!(status, StatusCode::OK, "{engine}: {body}");
        // Straight from a client that sends its own header: the header is ignored.
        let decide = from_peer(
            "203.0.113.9",
            Some("198.51.100.7"),
            "/api/officer/decide",
            serde_json::json!({"number": number, "decision": {"action": "approve"}}),
        );
        let (status, body) = officer.send(decide).await;
        assert_eq!(status, StatusCode::OK, "{engine}: {body}");
        let lines: Vec<(String, Option<String>)> = sqlx::query_as(
            "SELECT action, client_ip FROM audit_log WHERE application_number = $1 \
             AND actor = 'do.bhopal' ORDER BY at, action",
        )
        .bind(&number)
        .fetch_all(desk.service.db.pool())
        .await
        .unwrap();
        assert!(
            lines.contains(&("view".into(), Some("198.51.100.7".into()))),
            "{engine}: {lines:?}"
        );
        assert!(
            lines.contains(&("approve".into(), Some("203.0.113.9".into()))),
            "{engine}: {lines:?}"
        );
    }
}

/// Finding 7: uploads only for services that exist, a cap per mobile across services, and
/// documents nobody holds removed with their files (and files with no row).
#[tokio::test]
async fn uploads_are_capped_per_mobile_and_abandoned_ones_removed() {
    use server::apply::documents::{
        DocumentStorage, LocalStorage, MAX_WAITING_DOCUMENTS, delete_abandoned,
    };
    for engine in support::engines() {
        let desk = Desk::new(support::seeded_database(engine).await).await;
        let mut citizen = desk.citizen("9876543210").await;
        citizen.service = "no-such-service".into();
        let (status, body) = citizen
            .upload("photo", "photo.png", support::client::PNG)
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{engine}: {body}");
        // The cap counts every service's waiting documents.
        let services = ["income-certificate", "domicile-certificate"];
        let mut accepted = 0;
        for n in 0..(MAX_WAITING_DOCUMENTS + 2) {
            citizen.service = services[n as usize % 2].into();
            let field = if n % 2 == 0 {
                "photo"
            } else {
                "identity_proof"
            };
            let (status, _) = citizen.upload(field, "a.png", support::client::PNG).await;
            if status == StatusCode::OK {
                accepted += 1;
            } else {
                assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{engine}");
            }
        }
        assert_eq!(accepted, MAX_WAITING_DOCUMENTS, "{engine}");
        // A file left with no row (a request killed between the two), older than an hour.
        let stray = desk.service.storage.put(b"%PDF-1.7 stray").await.unwrap();
        let (rows, _) = delete_abandoned(&desk.service).await.unwrap();
        assert_eq!(rows, 0, "{engine}: nothing is old yet");
        desk.clock.advance(31 * 86_400);
        let (rows, _) = delete_abandoned(&desk.service).await.unwrap();
        assert_eq!(
            rows as i64, MAX_WAITING_DOCUMENTS,
            "{engine}: no draft holds them"
        );
        let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM documents")
            .fetch_one(desk.service.db.pool())
            .await
            .unwrap();
        assert_eq!(left, 0);
        // The stray file stays while it is young (its row may be on its way), and goes once it
        // is over an hour old.
        assert!(desk.service.storage.get(&stray).await.is_ok());
        let folder = std::env::temp_dir().join(support::unique("jsp_orphans"));
        let mut service = desk.service.clone();
        let storage = LocalStorage::new(&folder).unwrap();
        let orphan = storage.put(b"%PDF-1.7 orphan").await.unwrap();
        service.storage = std::sync::Arc::new(storage);
        assert_eq!(
            delete_abandoned(&service).await.unwrap().1,
            0,
            "{engine}: young"
        );
        let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        std::fs::File::options()
            .write(true)
            .open(folder.join(&orphan[..2]).join(&orphan))
            .unwrap()
            .set_modified(two_hours_ago)
            .unwrap();
        assert_eq!(
            delete_abandoned(&service).await.unwrap().1,
            1,
            "{engine}: old"
        );
        assert!(service.storage.get(&orphan).await.is_err());
    }
}

/// Finding 12: the audit log is a chain of HMACs that `audit-verify` checks; a line changed by
/// someone who got past the triggers shows, and PostgreSQL refuses TRUNCATE.
#[tokio::test]
async fn a_changed_audit_line_breaks_the_chain() {
    use server::casework::audit_trail::{ChainCheck, verify};
    for engine in support::engines() {
        let desk = Desk::new(support::seeded_database(engine).await).await;
        let mut citizen = desk.citizen("9876543210").await;
        let number = desk.apply(&mut citizen, "bhopal").await;
        let mut officer = desk.officer("do.bhopal").await;
        support::desk::decide(
            &mut officer,
            &number,
            serde_json::json!({"action": "approve"}),
        )
        .await;
        let db = desk.service.db.clone();
        let ChainCheck::Whole(lines) = verify(&db).await.unwrap() else {
            panic!("{engine}: the chain is whole");
        };
        assert!(lines >= 5, "{engine}: {lines}");
        let admin: Vec<String> = ["audit-verify".to_string()].to_vec();
        let said = server::admin::run(&db, &admin, START).await.unwrap();
        assert!(said.contains(&format!("{lines} lines")), "{said}");
        if engine == "postgres" {
            let refused = sqlx::query("TRUNCATE audit_log").execute(db.pool()).await;
            assert!(refused.is_err(), "TRUNCATE is refused");
            sqlx::query("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
                .execute(db.pool())
                .await
                .unwrap();
        } else {
            sqlx::query("DROP TRIGGER audit_log_no_update")
                .execute(db.pool())
                .await
                .unwrap();
        }
        sqlx::query("UPDATE audit_log SET actor = 'someone.else' WHERE seq = 3")
            .execute(db.pool())
            .await
            .unwrap();
        assert_eq!(
            verify(&db).await.unwrap(),
            ChainCheck::BrokenAt(3),
            "{engine}"
        );
        assert!(server::admin::run(&db, &admin, START).await.is_err());
    }
}

/// Finding 19: a document is sandboxed, and a PDF (which a viewer would run scripts from) is
/// downloaded rather than opened in the portal's origin; a photo still opens in the browser.
#[tokio::test]
async fn documents_are_sandboxed_and_pdfs_download() {
    use axum::body::Body;
    use axum::http::Request;
    use support::client::{PNG, income_answers_with};
    for engine in support::engines() {
        let desk = Desk::new(support::seeded_database(engine).await).await;
        let mut citizen = desk.citizen("9123456781").await;
        let mut files = Vec::new();
        for (field, name, bytes) in [
            (
                "identity_proof",
                "aadhaar.pdf",
                &b"%PDF-1.4\n<script>alert(1)</script>"[..],
            ),
            ("income_declaration", "declaration.png", PNG),
            ("photo", "photo.png", PNG),
        ] {
            let (status, stored) = citizen.upload(field, name, bytes).await;
            assert_eq!(status, StatusCode::OK, "{stored}");
            files.push((field.to_string(), stored));
        }
        let number = desk.submit(&mut citizen, income_answers_with(&files)).await;
        let mut officer = desk.officer("do.bhopal").await;
        let (_, case) = officer
            .form("/api/officer/case", &format!("number={number}"))
            .await;
        let types = case["document_types"].as_object().expect("document types");
        assert_eq!(types.len(), 3, "{case}");
        for (id, content_type) in types {
            let request = Request::get(format!("/officer/documents/{id}"))
                .header(header::ACCEPT, "*/*")
                .header(header::COOKIE, officer.cookie.clone().unwrap())
                .body(Body::empty())
                .unwrap();
            let response = support::send(&officer.app, request).await;
            assert_eq!(response.status(), StatusCode::OK);
            let value =
                |name: header::HeaderName| response.headers()[name].to_str().unwrap().to_string();
            let csp = value(header::CONTENT_SECURITY_POLICY);
            assert!(csp.contains("sandbox"), "{csp}");
            assert!(csp.contains("default-src 'none'"), "{csp}");
            let disposition = value(header::CONTENT_DISPOSITION);
            let content_type = content_type.as_str().unwrap();
            if content_type == "application/pdf" {
                assert!(
                    disposition.starts_with("attachment;"),
                    "{content_type}: {disposition}"
                );
            } else {
                assert_eq!(content_type, "image/png");
                assert!(disposition.starts_with("inline;"), "{disposition}");
            }
            assert_eq!(value(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
        }
    }
}

/// Finding 19: the limiters forget an address once its share has filled up again, so a flood
/// from many addresses does not stay in memory; an address still inside its hour is kept.
#[tokio::test]
async fn the_rate_limits_forget_addresses_whose_share_has_refilled() {
    use app::api::store::Tracking;
    use server::casework::{CaseworkService, Limits};
    let desk = Desk::new(support::seeded_database(support::engines()[0]).await).await;
    // 3,600 an hour: one look-up's share comes back after a second (and governor forgets an
    // address a second after that, once its state cannot be told from a fresh one).
    let casework = CaseworkService::new(
        desk.service.clone(),
        Limits {
            track_per_ip_per_hour: 3_600,
            sign_in_per_ip_per_hour: 3_600,
        },
    );
    // And 1 an hour, for an address that must still be held after the pruning.
    let strict = CaseworkService::new(
        desk.service.clone(),
        Limits {
            track_per_ip_per_hour: 1,
            sign_in_per_ip_per_hour: 1,
        },
    );
    for n in 0..50 {
        let ip = format!("10.7.0.{n}");
        let _ = casework.track("MP00000000000", "9123456780", &ip).await;
    }
    let _ = strict
        .track("MP00000000000", "9123456780", "10.8.0.1")
        .await;
    assert_eq!(
        casework.prune_limits(),
        50,
        "all 50 used their share just now"
    );
    tokio::time::sleep(std::time::Duration::from_millis(2_500)).await;
    assert_eq!(casework.prune_limits(), 0, "every share has refilled");
    assert_eq!(strict.prune_limits(), 1, "an hour has not passed");
    assert!(
        strict
            .track("MP00000000000", "9123456780", "10.8.0.1")
            .await
            .is_err_and(|error| matches!(error, app::api::ApiError::Wait { .. })),
        "the held address is still limited"
    );
}
