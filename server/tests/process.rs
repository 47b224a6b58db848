//! The server as a process: it drains on SIGTERM, closes a connection that never finishes its
//! headers, refuses to start with another secret key, and loses nothing it acknowledged when it
//! is killed with -9 in the middle of a burst of submissions (SQLite; the hardening issue's
//! findings 9, 10 and 15, and its durability test).

mod support;

use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};
use support::client::PNG;
use support::process::{Answer, Portal, form, request};

fn folder(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(support::unique(name))
}

/// Finding 10: a request in flight when SIGTERM arrives is answered, then the process ends.
#[test]
fn sigterm_lets_the_request_in_flight_finish() {
    let mut portal = Portal::start(&folder("jsp_sigterm"), &[]).expect("the server starts");
    let mut stream = TcpStream::connect(("127.0.0.1", portal.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let body = br#"{"service_id":"income-certificate","step":"about","answers":{}}"#;
    let head = format!(
        "POST /api/apply/save-draft HTTP/1.1\r\nHost: 127.0.0.1:{0}\r\nOrigin: http://127.0.0.1:{0}\r\n\
         Content-Type: application/json\r\nConnection: close\r\nContent-Length: {1}\r\n\r\n",
        portal.port,
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(&body[..10]).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    portal.signal("TERM");
    std::thread::sleep(Duration::from_millis(300));
    stream.write_all(&body[10..]).unwrap();
    let answer = support::process::read_answer(&mut stream).expect("an answer, not a reset");
    assert_eq!(
        answer.status, 401,
        "not verified, answered in full: {}",
        answer.body
    );
    assert_eq!(
        portal.wait_for_exit(Duration::from_secs(10)),
        Some(0),
        "the server ends by itself once drained"
    );
}

/// Finding 15: a client that sends half its headers is cut off after the header timeout.
#[test]
fn a_connection_that_never_finishes_its_headers_is_closed() {
    let portal = Portal::start(&folder("jsp_headers"), &[("HEADER_READ_TIMEOUT_SECS", "1")])
        .expect("the server starts");
    let mut stream = TcpStream::connect(("127.0.0.1", portal.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        .unwrap();
    let started = Instant::now();
    let mut rest = Vec::new();
    let outcome = stream.read_to_end(&mut rest);
    let waited = started.elapsed();
    assert!(
        outcome.is_ok() || waited < Duration::from_secs(15),
        "the server closed the connection"
    );
    assert!(
        waited < Duration::from_secs(10),
        "closed after about a second, not left open ({waited:?})"
    );
}

/// Finding 9: a second start with another key is refused, naming the cause.
#[test]
fn another_secret_key_is_refused_at_start() {
    let dir = folder("jsp_key");
    drop(Portal::start(&dir, &[]).expect("the first start keeps the key's check"));
    let other =
        "CAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA==";
    assert!(
        Portal::start(&dir, &[("SECRET_KEY", other)]).is_none(),
        "the server does not start with another key"
    );
    let log = std::fs::read_to_string(dir.join("server.log")).unwrap();
    assert!(log.contains("not the one this database was"), "{log}");
    drop(Portal::start(&dir, &[]).expect("the original key still starts"));
}

/// A citizen's session over HTTP: the code read from the server's log (`SMS_LOG_CODES`).
fn verified_cookie(portal: &Portal, mobile: &str) -> String {
    let sent = form(
        portal.port,
        "/api/apply/send-code",
        None,
        &format!("mobile={mobile}"),
    )
    .expect("send-code answers");
    assert_eq!(sent.status, 200, "{}", sent.body);
    let cookie = sent.cookie();
    let log = portal.log();
    let line = log
        .lines()
        .rev()
        .find(|line| line.contains(&format!("\"to\":\"{mobile}\"")))
        .expect("the code is in the log");
    let body: Value = serde_json::from_str(line).unwrap();
    let text = body["fields"]["body"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let code = text
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .expect("a six-digit code")
        .to_string();
    let verified = form(
        portal.port,
        "/api/apply/verify-code",
        cookie.as_deref(),
        &format!("mobile={mobile}&code={code}"),
    )
    .unwrap();
    assert_eq!(verified.status, 200, "{}", verified.body);
    verified.cookie().or(cookie).expect("a session cookie")
}

fn upload(port: u16, cookie: &str, field: &str) -> Option<Answer> {
    let name = format!("{field}.png");
    let (content_type, body) =
        support::client::multipart_upload("income-certificate", field, &name, PNG);
    let headers = [
        ("Content-Type", content_type),
        ("Cookie", cookie.to_string()),
    ];
    request(port, "POST", "/api/documents", &headers, &body)
}

/// One citizen's whole submission: three uploads, then the submission under `key`. The receipt's
/// number if the server acknowledged it.
fn submit_once(port: u16, cookie: &str, key: &str) -> Option<String> {
    let mut files = Vec::new();
    for field in ["identity_proof", "income_declaration", "photo"] {
        let stored = upload(port, cookie, field)?;
        if stored.status != 200 {
            return None;
        }
        files.push((field.to_string(), stored.json()));
    }
    let body = json!({
        "service_id": "income-certificate",
        "answers": support::client::income_answers_with(&files),
        "idempotency_key": key,
    });
    let headers = [
        ("Content-Type", "application/json".to_string()),
        ("Cookie", cookie.to_string()),
    ];
    let answer = request(
        port,
        "POST",
        "/api/apply/submit",
        &headers,
        body.to_string().as_bytes(),
    )?;
    (answer.status == 200).then(|| answer.json()["number"].as_str().unwrap().to_string())
}

/// The durability test: a burst of submissions with uploads, the server killed with -9 at a
/// random moment and started again. Every acknowledged application is there with its three
/// documents on disk, nothing is doubled, the database is sound, and a retry with the same key
/// gives the same number.
#[test]
fn kill_9_during_a_burst_loses_nothing_acknowledged() {
    use rand::Rng;
    let dir = folder("jsp_kill9");
    let portal = Portal::start(&dir, &[]).expect("the server starts");
    // Sixteen citizens, four applications each, one after another: about half a second of
    // submissions, into which the kill falls.
    let citizens: Vec<(String, String)> = (0..16)
        .flat_map(|n| {
            let mobile = format!("98{:08}", 10_000_000 + n * 7919);
            let cookie = verified_cookie(&portal, &mobile);
            (0..4).map(move |j| (cookie.clone(), format!("k-kill9-{n}-{j}-0123456789abcdef")))
        })
        .collect();
    let port = portal.port;
    let burst: Vec<_> = citizens
        .chunks(4)
        .map(|own| {
            let own = own.to_vec();
            std::thread::spawn(move || {
                own.iter()
                    .map(|(cookie, key)| (key.clone(), submit_once(port, cookie, key)))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let wait = rand::thread_rng().gen_range(80..300);
    std::thread::sleep(Duration::from_millis(wait));
    portal.signal("KILL");
    let acknowledged: Vec<(String, String)> = burst
        .into_iter()
        .flat_map(|handle| handle.join().unwrap())
        .filter_map(|(key, number)| number.map(|number| (key, number)))
        .collect();
    drop(portal);

    let portal = Portal::start(&dir, &[]).expect("the server starts again");
    // A retry of every submission: the acknowledged ones give their numbers again.
    for (cookie, key) in &citizens {
        let number = submit_once(portal.port, cookie, key).expect("a retry is acknowledged");
        if let Some((_, first)) = acknowledged.iter().find(|(k, _)| k == key) {
            assert_eq!(&number, first, "the same key gives the same application");
        }
    }
    drop(portal);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let url = format!("sqlite://{}/portal.db", dir.display());
        let db = server::db::Database::connect(&url).await.unwrap();
        let (integrity,): (String,) = sqlx::query_as("PRAGMA integrity_check")
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert_eq!(integrity, "ok");
        let per_key: Vec<(String, i64)> = sqlx::query_as(
            "SELECT idempotency_key, COUNT(*) FROM applications GROUP BY idempotency_key",
        )
        .fetch_all(db.pool())
        .await
        .unwrap();
        assert_eq!(per_key.len(), citizens.len(), "one application a key");
        assert!(per_key.iter().all(|(_, count)| *count == 1));
        let documents: Vec<(String, String)> = sqlx::query_as(
            "SELECT application_number, storage_key FROM documents \
             WHERE application_number IS NOT NULL",
        )
        .fetch_all(db.pool())
        .await
        .unwrap();
        assert_eq!(documents.len(), citizens.len() * 3, "three documents each");
        for (number, key) in &documents {
            let file = dir.join("uploads").join(&key[..2]).join(key);
            assert_eq!(
                std::fs::read(&file).ok().as_deref(),
                Some(PNG),
                "{number}: its document's bytes are on disk"
            );
        }
    });
    eprintln!(
        "kill -9 after {wait} ms: {} of {} submissions had been acknowledged",
        acknowledged.len(),
        citizens.len()
    );
}
