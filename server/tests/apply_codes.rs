//! One-time codes, with a clock the test moves: six digits, hashed, ten minutes, single use,
//! bound to a purpose, five wrong tries, 30 seconds between sends, limits per number and address.

mod support;

use app::api::ApiError;
use app::api::store::Codes;
use app::domain::otp::OtpPurpose;
use server::apply::ApplyService;
use server::clock::ManualClock;
use server::outbox::SmsSender;
use std::sync::{Arc, Mutex};

/// Keeps every SMS instead of sending it.
#[derive(Default)]
pub struct Inbox(Mutex<Vec<(String, String)>>);

#[async_trait::async_trait]
impl SmsSender for Inbox {
    async fn send(&self, mobile: &str, body: &str) -> Result<(), String> {
        self.0.lock().unwrap().push((mobile.into(), body.into()));
        Ok(())
    }
}

impl Inbox {
    fn last_code(&self) -> String {
        let messages = self.0.lock().unwrap();
        let (_, body) = messages.last().expect("a message was sent");
        body.split(|c: char| !c.is_ascii_digit())
            .find(|w| w.len() == 6)
            .expect("a six-digit code")
            .to_string()
    }
}

const T0: i64 = 1_795_000_000;

async fn setup(engine: &str) -> (ApplyService, Arc<ManualClock>, Arc<Inbox>) {
    let db = support::seeded_database(engine).await;
    let clock = Arc::new(ManualClock::at(T0));
    let inbox = Arc::new(Inbox::default());
    let mut service = support::apply_service(db, clock.clone());
    service.sender = inbox.clone();
    (service, clock, inbox)
}

const VERIFY: OtpPurpose = OtpPurpose::VerifyMobile;

/// Sends a code for verifying the test mobile; it must be sent.
async fn send_code(service: &ApplyService) {
    service
        .send("9876543210", VERIFY, "10.0.0.1")
        .await
        .unwrap();
}

#[tokio::test]
async fn a_code_is_six_digits_kept_only_as_a_hash_and_used_once() {
    for engine in support::engines() {
        let (service, _clock, inbox) = setup(engine).await;
        let sent = service
            .send("+91 98765 43210", VERIFY, "10.0.0.1")
            .await
            .unwrap();
        assert_eq!(sent.masked_mobile, "XXXXXX3210");
        assert_eq!(sent.valid_for_secs, 600);
        let code = inbox.last_code();
        assert_eq!(inbox.0.lock().unwrap()[0].0, "9876543210");
        let stored: Vec<(String,)> = sqlx::query_as("SELECT code_hash FROM otp_challenges")
            .fetch_all(service.db.pool())
            .await
            .unwrap();
        assert_eq!(stored.len(), 1);
        assert!(!stored[0].0.contains(&code), "{engine}: the code is hashed");
        let outbox: Vec<(String,)> = sqlx::query_as("SELECT body FROM notifications")
            .fetch_all(service.db.pool())
            .await
            .unwrap();
        assert!(
            outbox.iter().all(|(b,)| !b.contains(&code)),
            "{engine}: the outbox keeps no code"
        );
        assert_eq!(
            service.verify("9876543210", &code, VERIFY).await.unwrap(),
            "9876543210"
        );
        assert_eq!(
            service.verify("9876543210", &code, VERIFY).await,
            Err(ApiError::CodeExpired),
            "{engine}: single use"
        );
    }
}

#[tokio::test]
async fn a_code_expires_after_ten_minutes_and_is_bound_to_its_purpose() {
    for engine in support::engines() {
        let (service, clock, inbox) = setup(engine).await;
        send_code(&service).await;
        let code = inbox.last_code();
        assert_eq!(
            service
                .verify("9876543210", &code, OtpPurpose::TrackApplication)
                .await,
            Err(ApiError::CodeExpired),
            "{engine}: another purpose"
        );
        clock.advance(600);
        assert_eq!(
            service.verify("9876543210", &code, VERIFY).await,
            Err(ApiError::CodeExpired),
            "{engine}: ten minutes"
        );
        clock.advance(-1);
        assert!(service.verify("9876543210", &code, VERIFY).await.is_ok());
    }
}

#[tokio::test]
async fn five_wrong_tries_then_a_new_code_is_needed() {
    for engine in support::engines() {
        let (service, clock, inbox) = setup(engine).await;
        send_code(&service).await;
        let code = inbox.last_code();
        let wrong = if code == "000000" { "111111" } else { "000000" };
        for left in (0..5).rev() {
            assert_eq!(
                service.verify("9876543210", wrong, VERIFY).await,
                Err(ApiError::CodeWrong {
                    attempts_left: left
                }),
                "{engine}"
            );
        }
        assert_eq!(
            service.verify("9876543210", &code, VERIFY).await,
            Err(ApiError::CodeLocked),
            "{engine}: even the right code is refused after five wrong ones"
        );
        clock.advance(30);
        send_code(&service).await;
        let fresh = inbox.last_code();
        assert!(service.verify("9876543210", &fresh, VERIFY).await.is_ok());
    }
}

#[tokio::test]
async fn a_new_code_waits_thirty_seconds_and_retires_the_old_one() {
    for engine in support::engines() {
        let (service, clock, inbox) = setup(engine).await;
        send_code(&service).await;
        let first = inbox.last_code();
        clock.advance(10);
        assert_eq!(
            service.send("9876543210", VERIFY, "10.0.0.1").await,
            Err(ApiError::Wait { seconds: 20 }),
            "{engine}"
        );
        clock.advance(20);
        send_code(&service).await;
        let second = inbox.last_code();
        if first != second {
            assert_eq!(
                service.verify("9876543210", &first, VERIFY).await,
                Err(ApiError::CodeWrong { attempts_left: 4 }),
                "{engine}: only the latest code counts"
            );
        }
        assert!(service.verify("9876543210", &second, VERIFY).await.is_ok());
    }
}

#[tokio::test]
async fn sends_are_limited_per_number_and_per_address() {
    for engine in support::engines() {
        let (service, clock, _inbox) = setup(engine).await;
        for _ in 0..5 {
            service
                .send("9876543210", VERIFY, "10.0.0.1")
                .await
                .unwrap();
            clock.advance(31);
        }
        match service.send("9876543210", VERIFY, "10.0.0.2").await {
            Err(ApiError::Wait { seconds }) => {
                assert!(seconds > 3000 && seconds <= 3600, "{engine}: {seconds}")
            }
            other => panic!("{engine}: the sixth code in an hour went out: {other:?}"),
        }
        // Twenty from one address, to different numbers, then that address waits.
        for i in 0..15 {
            let number = format!("98000000{i:02}");
            service.send(&number, VERIFY, "10.0.0.1").await.unwrap();
        }
        assert!(matches!(
            service.send("9700000000", VERIFY, "10.0.0.1").await,
            Err(ApiError::Wait { .. })
        ));
        assert!(service.send("9700000000", VERIFY, "10.0.0.3").await.is_ok());
        clock.advance(3600);
        assert!(service.send("9876543210", VERIFY, "10.0.0.1").await.is_ok());
    }
}

#[tokio::test]
async fn a_malformed_number_is_refused_with_its_reason() {
    let (service, _clock, inbox) = setup("sqlite").await;
    match service.send("12345", VERIFY, "10.0.0.1").await {
        Err(ApiError::Fields(problems)) => assert_eq!(problems[0].field, "mobile"),
        other => panic!("{other:?}"),
    }
    assert!(inbox.0.lock().unwrap().is_empty());
}
