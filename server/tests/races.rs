//! Requests that arrive at the same moment, on both engines: each test sends real concurrent
//! requests (tasks on a multi-threaded runtime, each with its own database connection) and
//! checks that the rule a single request meets also holds for the burst. On PostgreSQL a plain
//! `BEGIN` lets two requests read the same rows; these are the races the hardening issue found.

mod support;

use app::api::ApiError;
use app::api::store::Codes;
use app::domain::otp::OtpPurpose;
use axum::http::StatusCode;
use serde_json::{Value, json};
use server::casework::Limits;
use server::casework::officers::peak_password_checks;
use support::client::{Client, MOBILE, income_answers, setup_service, verified_client};
use support::desk::{Desk, PASSWORD};

/// Runs every future at once on the runtime's threads, and gives their answers in order.
async fn all_at_once<T: Send + 'static>(
    futures: Vec<impl std::future::Future<Output = T> + Send + 'static>,
) -> Vec<T> {
    let handles: Vec<_> = futures.into_iter().map(tokio::spawn).collect();
    let mut answers = Vec::new();
    for handle in handles {
        answers.push(handle.await.expect("the task ran"));
    }
    answers
}

fn sign_in_body(login: &str, password: &str) -> String {
    format!("login={login}&password={}", password.replace(' ', "+"))
}

/// Finding 1: thirty wrong passwords in one burst meet the limit of five, and the right one
/// after them is refused too.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_of_wrong_passwords_meets_the_lockout() {
    for engine in support::engines() {
        let desk = Desk::new(support::seeded_database(engine).await).await;
        let tries = (0..30)
            .map(|_| {
                let mut client = desk.stranger();
                async move {
                    let body = sign_in_body("do.indore", "wrong password here");
                    client.form("/api/officer/sign-in", &body).await
                }
            })
            .collect();
        let answers = all_at_once(tries).await;
        let wrong = answers
            .iter()
            .filter(|(status, _)| *status == StatusCode::UNAUTHORIZED)
            .count();
        let waits = answers
            .iter()
            .filter(|(status, _)| *status == StatusCode::TOO_MANY_REQUESTS)
            .count();
        assert_eq!(wrong, 5, "{engine}: exactly five passwords were checked");
        assert_eq!(waits, 25, "{engine}: the rest were refused: {answers:?}");
        let (status, body) = desk
            .stranger()
            .form("/api/officer/sign-in", &sign_in_body("do.indore", PASSWORD))
            .await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{engine}: {body}");
    }
}

/// Finding 2: a flood of sign-ins checks at most one password per core at a time, and one
/// address may sign in only so often.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sign_ins_wait_their_turn_and_are_limited_per_address() {
    let desk = Desk::new(support::seeded_database("sqlite").await).await;
    let flood = (0..40)
        .map(|n| {
            let mut client = desk.stranger();
            async move {
                let body = sign_in_body(&format!("nobody.{n}"), "wrong password here");
                client.form("/api/officer/sign-in", &body).await.0
            }
        })
        .collect();
    let answers = all_at_once(flood).await;
    assert!(answers.iter().all(|s| *s == StatusCode::UNAUTHORIZED));
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    assert!(
        peak_password_checks() <= cores,
        "at most {cores} password checks ran at once, not {}",
        peak_password_checks()
    );

    let limited = support::app_with_limits(
        desk.service.clone(),
        Limits {
            track_per_ip_per_hour: 100,
            sign_in_per_ip_per_hour: 3,
        },
    );
    let mut client = desk.stranger();
    client.app = limited;
    for n in 0..3 {
        let body = sign_in_body(&format!("nobody.{n}"), "wrong password here");
        let (status, _) = client
            .form_from("10.1.1.1", "/api/officer/sign-in", &body)
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let right = sign_in_body("do.bhopal", PASSWORD);
    let (status, body) = client
        .form_from("10.1.1.1", "/api/officer/sign-in", &right)
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    let (status, body) = client
        .form_from("10.2.2.2", "/api/officer/sign-in", &right)
        .await;
    assert_eq!(
        status,
        StatusCode::OK,
        "another address is not held up: {body}"
    );
}

/// Finding 3: guesses at one code, uses of one code and codes to one number, each at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_time_codes_hold_their_limits_under_a_burst() {
    const VERIFY: OtpPurpose = OtpPurpose::VerifyMobile;
    for engine in support::engines() {
        let (service, inbox) = setup_service(support::seeded_database(engine).await);
        // Three codes asked for at once: one is sent, the others wait.
        let sends = (0..3)
            .map(|n| {
                let service = service.clone();
                async move { service.send(MOBILE, VERIFY, &format!("10.0.0.{n}")).await }
            })
            .collect();
        let sent = all_at_once(sends).await;
        assert_eq!(sent.iter().filter(|s| s.is_ok()).count(), 1, "{engine}");
        assert_eq!(inbox.0.lock().unwrap().len(), 1, "{engine}: one SMS");
        let code = inbox.0.lock().unwrap()[0]
            .split(|c: char| !c.is_ascii_digit())
            .find(|w| w.len() == 6)
            .unwrap()
            .to_string();
        let wrong = if code == "000000" { "111111" } else { "000000" };

        // Twelve wrong guesses at once: five are counted, the rest find the code locked.
        let guesses = (0..12)
            .map(|_| {
                let service = service.clone();
                async move { service.verify(MOBILE, wrong, VERIFY).await }
            })
            .collect();
        let answers = all_at_once(guesses).await;
        let counted = answers
            .iter()
            .filter(|a| matches!(a, Err(ApiError::CodeWrong { .. })))
            .count();
        assert_eq!(counted, 5, "{engine}: {answers:?}");
        let (attempts,): (i64,) = sqlx::query_as("SELECT attempts FROM otp_challenges")
            .fetch_one(service.db.pool())
            .await
            .unwrap();
        assert_eq!(attempts, 5, "{engine}");
        assert_eq!(
            service.verify(MOBILE, &code, VERIFY).await,
            Err(ApiError::CodeLocked),
            "{engine}: the right code after five wrong ones"
        );
    }
    for engine in support::engines() {
        let (service, inbox) = setup_service(support::seeded_database(engine).await);
        service.send(MOBILE, VERIFY, "10.0.0.1").await.unwrap();
        let code = inbox.0.lock().unwrap()[0]
            .split(|c: char| !c.is_ascii_digit())
            .find(|w| w.len() == 6)
            .unwrap()
            .to_string();
        // The right code sent three times at once opens one session.
        let uses = (0..3)
            .map(|_| {
                let service = service.clone();
                let code = code.clone();
                async move { service.verify(MOBILE, &code, VERIFY).await }
            })
            .collect();
        let answers = all_at_once(uses).await;
        assert_eq!(
            answers.iter().filter(|a| a.is_ok()).count(),
            1,
            "{engine}: {answers:?}"
        );
    }
}

/// Six submissions of one draft at once, each with its own key (two tabs, two taps).
async fn submit_with_keys(
    client: &Client,
    answers: &Value,
    keys: usize,
) -> Vec<(StatusCode, Value)> {
    let sends = (0..keys)
        .map(|n| {
            let mut twin = client.twin();
            let body = json!({
                "service_id": "income-certificate",
                "answers": answers,
                "idempotency_key": format!("k-race-{n}-0123456789abcdef"),
            });
            async move { twin.json("/api/apply/submit", body).await }
        })
        .collect();
    all_at_once(sends).await
}

/// Finding 4: one draft makes at most one application, with all its documents, however many
/// submissions of it arrive at once; a document removed while it is being sent is either sent
/// or removed, never lost from an accepted application.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_draft_makes_one_application_with_all_its_documents() {
    for engine in support::engines() {
        let (service, inbox) = setup_service(support::seeded_database(engine).await);
        let db = service.db.clone();
        let mut client = verified_client(service, &inbox).await;
        let answers = income_answers(&mut client).await;
        let (status, _) = client.save_income_draft("income", &answers).await;
        assert_eq!(status, StatusCode::OK);
        let answers_sent = submit_with_keys(&client, &answers, 6).await;
        let (made,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM applications")
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert_eq!(made, 1, "{engine}: {answers_sent:?}");
        let numbers: std::collections::BTreeSet<_> = answers_sent
            .iter()
            .filter(|(status, _)| *status == StatusCode::OK)
            .map(|(_, receipt)| receipt["number"].as_str().unwrap().to_string())
            .collect();
        assert!(
            numbers.len() <= 1,
            "{engine}: every receipt names the one application"
        );
        let (attached,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM documents WHERE application_number IS NOT NULL")
                .fetch_one(db.pool())
                .await
                .unwrap();
        assert_eq!(attached, 3, "{engine}: all three documents went with it");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_document_removed_while_it_is_sent_is_never_lost_from_the_application() {
    for engine in support::engines() {
        let (service, inbox) = setup_service(support::seeded_database(engine).await);
        let db = service.db.clone();
        let mut client = verified_client(service, &inbox).await;
        for round in 0..5 {
            let answers = income_answers(&mut client).await;
            let photo = answers["photo"].as_str().unwrap();
            let photo_id = photo.split('|').next().unwrap().to_string();
            let mut remover = client.twin();
            let mut sender = client.twin();
            let body = json!({
                "service_id": "income-certificate",
                "answers": answers,
                "idempotency_key": format!("k-remove-race-{round}-0123456789"),
            });
            let remove = tokio::spawn(async move {
                remover
                    .form("/api/apply/remove-document", &format!("id={photo_id}"))
                    .await
            });
            let send = tokio::spawn(async move { sender.json("/api/apply/submit", body).await });
            let (removed, sent) = (remove.await.unwrap(), send.await.unwrap());
            assert!(
                !(removed.0 == StatusCode::OK && sent.0 == StatusCode::OK),
                "{engine}: the photo cannot be both removed and sent: {removed:?} {sent:?}"
            );
        }
        let incomplete: Vec<(String, i64)> = sqlx::query_as(
            "SELECT a.number, (SELECT COUNT(*) FROM documents d \
             WHERE d.application_number = a.number) FROM applications a",
        )
        .fetch_all(db.pool())
        .await
        .unwrap();
        assert!(
            incomplete.iter().all(|(_, documents)| *documents == 3),
            "{engine}: every accepted application has its three documents: {incomplete:?}"
        );
    }
}

/// Finding 18: first saves of a draft at once all succeed, and make one draft.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn first_draft_saves_at_once_make_one_draft() {
    for engine in support::engines() {
        let (service, inbox) = setup_service(support::seeded_database(engine).await);
        let db = service.db.clone();
        let client = verified_client(service, &inbox).await;
        let saves = (0..8)
            .map(|n| {
                let mut twin = client.twin();
                let body = json!({
                    "service_id": "income-certificate",
                    "step": "about",
                    "answers": {"name_en": format!("Ramesh {}", "K".repeat(n + 1))},
                });
                async move { twin.json("/api/apply/save-draft", body).await }
            })
            .collect();
        let answers = all_at_once(saves).await;
        assert!(
            answers.iter().all(|(status, _)| *status == StatusCode::OK),
            "{engine}: {answers:?}"
        );
        let codes: std::collections::BTreeSet<_> = answers
            .iter()
            .map(|(_, saved)| saved["resume_code"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(codes.len(), 1, "{engine}: one resume code for all");
        let (drafts,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM drafts")
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert_eq!(drafts, 1, "{engine}");
    }
}

/// Counts what it sends, slowly, as a real provider answers.
#[derive(Default)]
struct SlowSender(std::sync::Mutex<Vec<String>>);

#[async_trait::async_trait]
impl server::outbox::SmsSender for SlowSender {
    async fn send(&self, _mobile: &str, body: &str) -> Result<(), String> {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        self.0.lock().unwrap().push(body.to_string());
        Ok(())
    }
}

/// Finding 19: two instances draining one outbox send each message once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_outbox_workers_send_each_message_once() {
    use server::clock::ManualClock;
    use server::outbox::{Message, drain, queue};
    for engine in support::engines() {
        let db = support::seeded_database(engine).await;
        let mut tx = db.begin_write().await.unwrap();
        for n in 0..20 {
            let body = format!("message {n}");
            let message = Message {
                mobile: "9876543210",
                template: "test",
                body: &body,
            };
            queue(&mut tx, &message, 1_795_000_000).await.unwrap();
        }
        server::db::commit(tx).await.unwrap();
        let sender = std::sync::Arc::new(SlowSender::default());
        let clock = std::sync::Arc::new(ManualClock::at(1_795_000_000));
        let workers = (0..2)
            .map(|_| {
                let (db, sender, clock) = (db.clone(), sender.clone(), clock.clone());
                async move { drain(&db, sender.as_ref(), clock.as_ref()).await.unwrap() }
            })
            .collect();
        let counts = all_at_once(workers).await;
        assert_eq!(counts.iter().sum::<usize>(), 20, "{engine}: {counts:?}");
        let mut sent = sender.0.lock().unwrap().clone();
        sent.sort();
        sent.dedup();
        assert_eq!(sent.len(), 20, "{engine}");
        assert_eq!(sender.0.lock().unwrap().len(), 20, "{engine}: none twice");
    }
}
