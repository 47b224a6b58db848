//! A browser-like client for the server's tests: it keeps the session cookie, sends the Origin
//! a browser sends, and checks the cookie's flags; plus a citizen's verified session and a
//! complete income certificate application.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};
use server::apply::ApplyService;
use server::clock::{Clock, ManualClock};
use server::outbox::SmsSender;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// The test applicant's Aadhaar number (valid Verhoeff).
pub const AADHAAR: &str = "234123412346";
/// The test applicant's mobile.
pub const MOBILE: &str = "9876543210";
/// The smallest PNG header the upload's sniffing accepts.
pub const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

/// Collects the SMS a test's server sends.
#[derive(Default)]
pub struct Inbox(pub Mutex<Vec<String>>);

#[async_trait::async_trait]
impl SmsSender for Inbox {
    async fn send(&self, mobile: &str, body: &str) -> Result<(), String> {
        // The development sender's behaviour too: the message goes to the log.
        tracing::info!(to = mobile, body, "sms (test sender)");
        self.0.lock().unwrap().push(body.into());
        Ok(())
    }
}

pub struct Client {
    pub app: Router,
    pub cookie: Option<String>,
    /// The service uploads are for.
    pub service: String,
}

impl Client {
    pub async fn send(&mut self, mut request: Request<Body>) -> (StatusCode, Value) {
        let headers = request.headers_mut();
        headers.insert(header::HOST, "127.0.0.1:3000".parse().unwrap());
        headers.insert(header::ORIGIN, "http://127.0.0.1:3000".parse().unwrap());
        if let Some(cookie) = &self.cookie {
            headers.insert(header::COOKIE, cookie.parse().unwrap());
        }
        let response = super::send(&self.app, request).await;
        if let Some(set) = response.headers().get(header::SET_COOKIE) {
            let set = set.to_str().unwrap();
            if set.contains("Max-Age=0") {
                // The session ended (sign-out): the browser drops the cookie.
                self.cookie = None;
            } else {
                assert!(set.contains("HttpOnly"), "{set}");
                assert!(set.contains("SameSite=Strict"), "{set}");
                self.cookie = Some(set.split(';').next().unwrap().to_string());
            }
        }
        let status = response.status();
        let text = super::text(response).await;
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    /// Another client on the same session, to send requests at the same time as this one.
    pub fn twin(&self) -> Client {
        Client {
            app: self.app.clone(),
            cookie: self.cookie.clone(),
            service: self.service.clone(),
        }
    }

    /// A form sent from `ip`, as the connection's peer.
    pub async fn form_from(&mut self, ip: &str, path: &str, body: &str) -> (StatusCode, Value) {
        let peer: std::net::SocketAddr = format!("{ip}:40000").parse().unwrap();
        let mut request = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body.to_string()))
            .unwrap();
        request
            .extensions_mut()
            .insert(axum::extract::ConnectInfo(peer));
        self.send(request).await
    }

    pub async fn form(&mut self, path: &str, body: &str) -> (StatusCode, Value) {
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body.to_string()))
            .unwrap();
        self.send(request).await
    }

    /// Saves the income certificate's draft at `step` with these answers.
    pub async fn save_income_draft(&mut self, step: &str, answers: &Value) -> (StatusCode, Value) {
        let body = json!({"service_id": "income-certificate", "step": step, "answers": answers});
        self.json("/api/apply/save-draft", body).await
    }

    pub async fn json(&mut self, path: &str, body: Value) -> (StatusCode, Value) {
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .unwrap();
        self.send(request).await
    }

    pub async fn upload(&mut self, field: &str, name: &str, bytes: &[u8]) -> (StatusCode, Value) {
        let (content_type, body) = multipart_upload(&self.service, field, name, bytes);
        let request = Request::post("/api/documents")
            .header(header::CONTENT_TYPE, content_type)
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }
}

/// The body of an upload to `/api/documents` as a browser sends it, and its content type.
pub fn multipart_upload(service: &str, field: &str, name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "XyZboundary42";
    let mut body = Vec::new();
    for (key, value) in [("service_id", service), ("field_id", field)] {
        write!(
            body,
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{key}\"\r\n\r\n{value}\r\n"
        )
        .unwrap();
    }
    write!(
        body,
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .unwrap();
    body.extend_from_slice(bytes);
    write!(body, "\r\n--{boundary}--\r\n").unwrap();
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// A client whose session has verified [`MOBILE`].
pub async fn verified_client(service: ApplyService, inbox: &Inbox) -> Client {
    verified_client_for(service, inbox, MOBILE).await
}

/// A client whose session has verified `mobile`.
pub async fn verified_client_for(service: ApplyService, inbox: &Inbox, mobile: &str) -> Client {
    let mut client = Client {
        app: super::app_with(service),
        cookie: None,
        service: "income-certificate".into(),
    };
    verify_in(&mut client, inbox, mobile).await;
    assert!(client.cookie.is_some());
    client
}

pub fn file_answer(stored: &Value) -> String {
    format!(
        "{}|{}|{}",
        stored["id"].as_str().unwrap(),
        stored["size"],
        stored["name"].as_str().unwrap()
    )
}

pub async fn income_answers(client: &mut Client) -> Value {
    let mut files = Vec::new();
    for field in ["identity_proof", "income_declaration", "photo"] {
        let (status, stored) = client.upload(field, &format!("{field}.png"), PNG).await;
        assert_eq!(status, StatusCode::OK, "{stored}");
        files.push((field.to_string(), stored));
    }
    income_answers_with(&files)
}

/// A complete income certificate application's answers, with these uploads (question, the
/// upload's answer) as its documents.
pub fn income_answers_with(files: &[(String, Value)]) -> Value {
    let mut answers = json!({
        "applying_for": "self",
        "name_hi": "रमेश कुमार",
        "name_en": "Ramesh Kumar",
        "father_name": "सुरेश कुमार",
        "gender": "male",
        "date_of_birth": "15-08-1990",
        "aadhaar": "2341 2341 2346",
        "address": "मकान 12, गांधी नगर",
        "district": "bhopal",
        "pin": "462001",
        "samagra_id": "123456789",
        "income_source": "labour",
        "annual_income": "96000",
        "financial_year": "2025-26",
        "purpose": "scholarship",
    });
    if let Some(tehsil) = support_tehsil() {
        answers["tehsil"] = json!(tehsil);
    }
    for (field, stored) in files {
        answers[field] = json!(file_answer(stored));
    }
    answers
}

pub fn support_tehsil() -> Option<String> {
    let forms = server::forms::Forms::builtin().unwrap();
    Some(
        forms
            .tehsils("bhopal")
            .first()
            .map(|c| c.value.clone())
            .unwrap_or_else(|| "Huzur".into()),
    )
}

pub fn setup_service(db: server::db::Database) -> (ApplyService, Arc<Inbox>) {
    setup_service_at(db, 1_795_000_000)
}

pub fn setup_service_at(db: server::db::Database, now: i64) -> (ApplyService, Arc<Inbox>) {
    let clock: Arc<dyn Clock> = Arc::new(ManualClock::at(now));
    let inbox = Arc::new(Inbox::default());
    let mut service = super::apply_service_with(db, clock, &[("MAX_UPLOAD_BYTES", "1024")]);
    service.sender = inbox.clone();
    (service, inbox)
}

/// Verifies `mobile` in this client's session with the code the server sent to it.
pub async fn verify_in(client: &mut Client, inbox: &Inbox, mobile: &str) {
    let (status, _) = client
        .form("/api/apply/send-code", &format!("mobile={mobile}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    let code = inbox
        .0
        .lock()
        .unwrap()
        .last()
        .unwrap()
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .unwrap()
        .to_string();
    let (status, body) = client
        .form(
            "/api/apply/verify-code",
            &format!("mobile={mobile}&code={code}"),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}
