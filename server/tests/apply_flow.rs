//! Applying over HTTP, as the browser does: verify the mobile, upload documents, save a draft,
//! submit once however often it is sent, and never keep or log an Aadhaar number in the clear.

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::json;
use sqlx::{Column, Row};
use std::io::Write;
use std::sync::{Arc, Mutex};

use support::client::*;

#[tokio::test]
async fn an_application_is_submitted_once_however_often_it_is_sent() {
    for engine in support::engines() {
        let (service, inbox) = setup_service(support::seeded_database(engine).await);
        let db = service.db.clone();
        let mut client = verified_client(service, &inbox).await;
        let answers = income_answers(&mut client).await;
        let (status, saved) = client.save_income_draft("income", &answers).await;
        assert_eq!(status, StatusCode::OK, "{engine}: {saved}");
        assert_eq!(saved["resume_code"].as_str().unwrap().len(), 9);
        let submit = json!({
            "service_id": "income-certificate",
            "answers": answers,
            "idempotency_key": "k-0123456789abcdef0123",
        });
        // Eight at once, as a double click and retries would send them.
        let mut handles = Vec::new();
        for _ in 0..8 {
            let mut copy = Client {
                app: client.app.clone(),
                cookie: client.cookie.clone(),
                service: "income-certificate".into(),
            };
            let body = submit.clone();
            handles.push(tokio::spawn(async move {
                copy.json("/api/apply/submit", body).await
            }));
        }
        let mut numbers = Vec::new();
        for handle in handles {
            let (status, receipt) = handle.await.unwrap();
            assert_eq!(status, StatusCode::OK, "{engine}: {receipt}");
            numbers.push(receipt["number"].as_str().unwrap().to_string());
        }
        numbers.dedup();
        assert_eq!(numbers.len(), 1, "{engine}: one number for every attempt");
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM applications")
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert_eq!(count, 1, "{engine}: one application");
        let number = app::domain::application_number::ApplicationNumber::parse(&numbers[0]);
        assert!(number.is_ok(), "{engine}: a well-formed number");
        let (queued,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM notifications WHERE template = 'application_received' \
             AND encoding = 'ucs2'",
        )
        .fetch_one(db.pool())
        .await
        .unwrap();
        assert_eq!(queued, 1, "{engine}: one acknowledgement SMS, in Hindi");
        let (drafts,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM drafts")
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert_eq!(drafts, 0, "{engine}: the draft ends with the submission");
        let (status, receipt) = client
            .form("/api/apply/receipt", &format!("number={}", numbers[0]))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(receipt["documents"].as_array().unwrap().len(), 3);
    }
}

#[tokio::test]
async fn wrong_answers_are_refused_with_their_reasons() {
    let (service, inbox) = setup_service(support::seeded_database("sqlite").await);
    let mut client = verified_client(service, &inbox).await;
    let mut answers = income_answers(&mut client).await;
    answers["aadhaar"] = json!("234123412345");
    answers["date_of_birth"] = json!("31-02-1990");
    let (status, body) = client
        .json(
            "/api/apply/submit",
            json!({"service_id": "income-certificate", "answers": answers, "idempotency_key": "k-abcdefabcdefabcdef"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = body.to_string();
    assert!(text.contains("aadhaar_checksum"), "{text}");
    assert!(text.contains("date_not_real"), "{text}");
}

#[tokio::test]
async fn documents_are_checked_by_content_and_size() {
    let (service, inbox) = setup_service(support::seeded_database("sqlite").await);
    let mut client = verified_client(service, &inbox).await;
    let (status, body) = client
        .upload("photo", "photo.png", b"MZ this is a program")
        .await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(body["error"], "wrong_type");
    let big = [PNG, &[0u8; 2000][..]].concat();
    let (status, body) = client.upload("photo", "big.png", &big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(body["error"], "too_large");
    let (status, _) = client.upload("not_a_file_question", "x.png", PNG).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // A body that is not multipart at all.
    let request = Request::post("/api/documents")
        .header(header::CONTENT_TYPE, "multipart/form-data; boundary=nope")
        .body(Body::from("garbage without boundaries"))
        .unwrap();
    let (status, _) = client.send(request).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // No session: no upload.
    let mut stranger = Client {
        app: client.app.clone(),
        cookie: None,
        service: "income-certificate".into(),
    };
    let (status, _) = stranger.upload("photo", "photo.png", PNG).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Removing a document, once.
    let (_, stored) = client.upload("photo", "photo.png", PNG).await;
    let id = stored["id"].as_str().unwrap().to_string();
    let (status, _) = client
        .form("/api/apply/remove-document", &format!("id={id}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = client
        .form("/api/apply/remove-document", &format!("id={id}"))
        .await;
    assert_ne!(status, StatusCode::OK);
}

#[tokio::test]
async fn without_a_verified_mobile_nothing_is_kept() {
    let (service, _inbox) = setup_service(support::seeded_database("sqlite").await);
    let mut client = Client {
        app: support::app_with(service),
        cookie: None,
        service: "income-certificate".into(),
    };
    let (status, body) = client
        .json(
            "/api/apply/submit",
            json!({"service_id": "income-certificate", "answers": {}, "idempotency_key": "k-abcdefabcdefabcdef"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert!(body.to_string().contains("NotVerified"), "{body}");
}

/// Captures everything logged while a test runs.
#[derive(Clone, Default)]
struct Logs(Arc<Mutex<Vec<u8>>>);

impl Write for Logs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

async fn every_text_in_the_database(db: &server::db::Database) -> Vec<(String, String, String)> {
    let tables = [
        "applications",
        "application_events",
        "documents",
        "drafts",
        "notifications",
        "otp_challenges",
        "sessions",
    ];
    let mut found = Vec::new();
    for table in tables {
        let rows = sqlx::query(&format!("SELECT * FROM {table}"))
            .fetch_all(db.pool())
            .await
            .unwrap();
        for row in rows {
            for (i, column) in row.columns().iter().enumerate() {
                if let Ok(Some(text)) = row.try_get::<Option<String>, _>(i) {
                    found.push((table.to_string(), column.name().to_string(), text));
                }
            }
        }
    }
    found
}

#[tokio::test(flavor = "current_thread")]
async fn the_full_aadhaar_number_is_only_in_its_encrypted_column_and_never_logged() {
    let logs = Logs::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .json()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    // Global, not per thread: a thread-local subscriber misses events whose call sites other
    // tests running at the same time have already registered as unwanted. The other tests'
    // logs are captured too, and must not hold the number either.
    tracing::subscriber::set_global_default(subscriber).expect("only this test sets it");
    for engine in support::engines() {
        let (service, inbox) = setup_service(support::seeded_database(engine).await);
        let db = service.db.clone();
        let mut client = verified_client(service, &inbox).await;
        let answers = income_answers(&mut client).await;
        let (status, _) = client.save_income_draft("applicant", &answers).await;
        assert_eq!(status, StatusCode::OK);
        let before = every_text_in_the_database(&db).await;
        let (status, receipt) = client
            .json(
                "/api/apply/submit",
                json!({"service_id": "income-certificate", "answers": answers, "idempotency_key": "k-aadhaar-check-0001"}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{receipt}");
        let after = every_text_in_the_database(&db).await;
        for (table, column, text) in before.iter().chain(after.iter()) {
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            assert!(
                !digits.contains(AADHAAR),
                "{engine}: {table}.{column} holds the Aadhaar number"
            );
        }
        let sealed: Vec<(Option<String>,)> = sqlx::query_as("SELECT sealed FROM applications")
            .fetch_all(db.pool())
            .await
            .unwrap();
        assert!(
            sealed[0].0.as_ref().is_some_and(|s| !s.is_empty()),
            "{engine}: sealed"
        );
        let masked: Vec<(String,)> = sqlx::query_as("SELECT answers FROM applications")
            .fetch_all(db.pool())
            .await
            .unwrap();
        assert!(
            masked[0].0.contains("XXXX XXXX 2346"),
            "{engine}: masked in the answers"
        );
    }
    let logged = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    assert!(logged.contains("sms (test sender)"), "the capture works");
    assert!(!logged.contains(AADHAAR) && !logged.contains("2341 2341 2346"));
    // Digits of each line, joined, so "2341-2341-2346" or any spacing is caught too.
    for line in logged.lines() {
        let digits: String = line.chars().filter(char::is_ascii_digit).collect();
        assert!(
            !digits.contains(AADHAAR),
            "the Aadhaar number was logged: {line}"
        );
    }
}

#[tokio::test]
async fn a_draft_resumes_on_another_device_only_for_the_same_verified_mobile() {
    for engine in support::engines() {
        let (service, inbox) = setup_service(support::seeded_database(engine).await);
        let db = service.db.clone();
        let mut phone = verified_client(service, &inbox).await;
        let answers = json!({"name_hi": "रमेश कुमार", "aadhaar": AADHAAR, "gender": "male"});
        let (status, saved) = phone.save_income_draft("address", &answers).await;
        assert_eq!(status, StatusCode::OK, "{engine}: {saved}");
        let code = saved["resume_code"].as_str().unwrap().to_lowercase();
        // The kiosk: the same mobile, verified again there.
        let (kiosk_service, kiosk_inbox) = setup_service_at(db.clone(), 1_795_000_000 + 120);
        let mut kiosk = verified_client(kiosk_service, &kiosk_inbox).await;
        let (status, draft) = kiosk
            .form("/api/apply/resume", &format!("resume_code={code}"))
            .await;
        assert_eq!(status, StatusCode::OK, "{engine}: {draft}");
        assert_eq!(draft["step"], "address");
        assert_eq!(
            draft["answers"]["aadhaar"], AADHAAR,
            "{engine}: opened for its owner"
        );
        assert_eq!(draft["answers"]["name_hi"], "रमेश कुमार");
        // Nobody else, even with the code.
        let (stranger_service, stranger_inbox) = setup_service(db.clone());
        let mut stranger = Client {
            app: support::app_with(stranger_service),
            cookie: None,
            service: "income-certificate".into(),
        };
        let (status, _) = stranger
            .form("/api/apply/resume", &format!("resume_code={code}"))
            .await;
        assert_ne!(status, StatusCode::OK, "{engine}: unverified");
        let _ = stranger_inbox;
    }
}

#[tokio::test]
async fn finishing_ends_the_session_so_the_next_person_inherits_nothing() {
    for engine in support::engines() {
        let (service, inbox) = setup_service(support::seeded_database(engine).await);
        let mut client = verified_client(service, &inbox).await;
        let (_, session) = client.form("/api/apply/session", "").await;
        assert!(session["mobile"].is_string(), "{engine}: {session}");
        let cookie = client.cookie.clone();
        let (status, _) = client.form("/api/apply/finish", "").await;
        assert_eq!(status, StatusCode::OK, "{engine}");
        // The same cookie, as the next person at the kiosk would send it, is a stranger's.
        client.cookie = cookie;
        let (_, session) = client.form("/api/apply/session", "").await;
        assert!(session["mobile"].is_null(), "{engine}: {session}");
        let (status, body) = client.form("/api/apply/mine", "").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{engine}: {body}");
    }
}
