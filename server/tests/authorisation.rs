//! No one reaches what is not theirs. Every server function is called as every kind of caller
//! (no session, another citizen, an officer of every role outside the jurisdiction, a centre
//! operator of another centre) with someone else's ids, and must give nothing of theirs. The list
//! below must name every registered server function: adding one without listing it here fails.

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};
use std::collections::BTreeSet;
use support::client::{Client, MOBILE, PNG};
use support::desk::{Desk, decide};

// The server functions register themselves only if the test links the `app` crate.
use app as _;

/// Someone else: the applicant whose application everyone here probes.
const OTHER_MOBILE: &str = "9123456780";

/// What the other applicant has that a probe names.
struct Theirs {
    number: String,
    document: String,
    resume_code: String,
    idempotency_key: String,
    certificate: String,
    grievance: String,
}

/// How a server function is probed.
enum Probe {
    /// Takes no one's ids (public, or only the caller's own session): called as everyone, and
    /// nothing of the other applicant's may come back.
    OwnSessionOnly(&'static str, fn(&Theirs) -> Call),
    /// Takes ids: called with the other applicant's as everyone, and refused every time.
    Refused(fn(&Theirs) -> Call),
    /// Lists things: answers, but without the other applicant's.
    Filtered(fn(&Theirs) -> Call),
}

/// A request to make.
enum Call {
    Get(String),
    Form(&'static str, String),
    Json(&'static str, Value),
}

fn probes() -> Vec<(&'static str, Probe)> {
    use Call::*;
    use Probe::*;
    vec![
        (
            "/api/catalogue/index",
            OwnSessionOnly("the public catalogue", |_| {
                Get("/api/catalogue/index".into())
            }),
        ),
        (
            "/api/catalogue/service",
            OwnSessionOnly("a public service page", |_| {
                Get("/api/catalogue/service?id=income-certificate".into())
            }),
        ),
        (
            "/api/apply/form",
            OwnSessionOnly("a public form", |_| {
                Get("/api/apply/form?service_id=income-certificate".into())
            }),
        ),
        (
            "/api/apply/send-code",
            OwnSessionOnly(
                "sends a code to the number given, tells nothing back",
                |_| Form("/api/apply/send-code", format!("mobile={OTHER_MOBILE}")),
            ),
        ),
        (
            "/api/apply/verify-code",
            OwnSessionOnly("needs the code sent to that phone", |_| {
                Form(
                    "/api/apply/verify-code",
                    format!("mobile={OTHER_MOBILE}&code=000000"),
                )
            }),
        ),
        (
            "/api/grievance/categories",
            OwnSessionOnly("the public grievance categories", |_| {
                Get("/api/grievance/categories".into())
            }),
        ),
        (
            "/api/grievance/file",
            OwnSessionOnly("files under the session's own verified mobile", |_| {
                Json(
                    "/api/grievance/file",
                    json!({"filing": {"kind": "complaint", "category_id": "urban-sanitation",
                        "district_id": "bhopal", "description": "दस दिन से कचरा नहीं उठा है"}}),
                )
            }),
        ),
        (
            "/api/grievance/track",
            Refused(|t| {
                Form(
                    "/api/grievance/track",
                    format!("number={}&mobile={MOBILE}", t.grievance),
                )
            }),
        ),
        (
            "/api/apply/session",
            OwnSessionOnly("the caller's own session", |_| {
                Form("/api/apply/session", String::new())
            }),
        ),
        (
            "/api/apply/save-draft",
            OwnSessionOnly("saves under the session's own mobile", |_| {
                Json(
                    "/api/apply/save-draft",
                    json!({"service_id": "income-certificate", "step": "applicant", "answers": {}}),
                )
            }),
        ),
        (
            "/api/apply/resume",
            Refused(|t| {
                Form(
                    "/api/apply/resume",
                    format!("resume_code={}", t.resume_code),
                )
            }),
        ),
        (
            "/api/apply/remove-document",
            Refused(|t| Form("/api/apply/remove-document", format!("id={}", t.document))),
        ),
        (
            "/api/apply/submit",
            Refused(|t| {
                Json(
                    "/api/apply/submit",
                    json!({"service_id": "income-certificate", "answers": {}, "idempotency_key": t.idempotency_key}),
                )
            }),
        ),
        (
            "/api/apply/receipt",
            Refused(|t| Form("/api/apply/receipt", format!("number={}", t.number))),
        ),
        (
            "/api/apply/mine",
            OwnSessionOnly(
                "lists the session's own verified mobile's applications",
                |_| Form("/api/apply/mine", String::new()),
            ),
        ),
        (
            "/api/apply/reuse",
            Refused(|t| Form("/api/apply/reuse", format!("number={}", t.number))),
        ),
        (
            "/api/track/status",
            Refused(|t| {
                Form(
                    "/api/track/status",
                    format!("number={}&mobile={MOBILE}", t.number),
                )
            }),
        ),
        (
            "/api/track/file",
            Refused(|t| Form("/api/track/file", format!("number={}", t.number))),
        ),
        (
            "/api/track/reply",
            Refused(|t| {
                Json(
                    "/api/track/reply",
                    json!({"number": t.number, "reply": "जवाब", "documents": []}),
                )
            }),
        ),
        (
            "/api/track/appeal",
            Refused(|t| {
                Form(
                    "/api/track/appeal",
                    format!("number={}&reason=यह अपील किसी और की है", t.number),
                )
            }),
        ),
        (
            "/api/officer/sign-in",
            OwnSessionOnly("checks a password", |_| {
                Form(
                    "/api/officer/sign-in",
                    "login=someone.else&password=guess+guess+guess".into(),
                )
            }),
        ),
        (
            "/api/officer/sign-out",
            OwnSessionOnly("ends the caller's own session", |_| {
                Form("/api/officer/sign-out", String::new())
            }),
        ),
        (
            "/api/officer/me",
            OwnSessionOnly("the caller's own session", |_| {
                Form("/api/officer/me", String::new())
            }),
        ),
        (
            "/api/officer/inbox",
            Filtered(|_| Form("/api/officer/inbox", String::new())),
        ),
        (
            "/api/officer/case",
            Refused(|t| Form("/api/officer/case", format!("number={}", t.number))),
        ),
        (
            "/api/officer/decide",
            Refused(|t| {
                Json(
                    "/api/officer/decide",
                    json!({"number": t.number, "decision": {"action": "reject", "reasons": "किसी और का आवेदन अस्वीकार"}}),
                )
            }),
        ),
        (
            "/api/certificate/get",
            Refused(|t| Form("/api/certificate/get", format!("number={}", t.number))),
        ),
        (
            "/api/certificate/verify",
            OwnSessionOnly(
                "public by design: the code printed on the certificate is the secret",
                |t| {
                    Get(format!(
                        "/api/certificate/verify?code=AAAA{}",
                        &t.certificate[4..]
                    ))
                },
            ),
        ),
        // Last: it ends the caller's own session, so every probe above runs signed in.
        (
            "/api/apply/finish",
            OwnSessionOnly("ends the caller's own session", |_| {
                Form("/api/apply/finish", String::new())
            }),
        ),
    ]
}

async fn call(client: &mut Client, call: Call) -> (StatusCode, Value) {
    match call {
        Call::Get(uri) => {
            let request = Request::get(uri).body(Body::empty()).unwrap();
            client.send(request).await
        }
        Call::Form(path, body) => client.form(path, &body).await,
        Call::Json(path, body) => client.json(path, body).await,
    }
}

#[tokio::test]
async fn every_server_function_is_listed_here() {
    let registered: BTreeSet<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_string())
        .collect();
    let listed: BTreeSet<String> = probes().iter().map(|(p, _)| p.to_string()).collect();
    let unlisted: Vec<_> = registered.difference(&listed).collect();
    let gone: Vec<_> = listed.difference(&registered).collect();
    assert!(
        unlisted.is_empty() && gone.is_empty(),
        "server functions not probed here: {unlisted:?}; listed but not registered: {gone:?}"
    );
}

async fn their_application(desk: &Desk) -> Theirs {
    let mut them = desk.citizen(OTHER_MOBILE).await;
    let number = desk.apply(&mut them, "indore").await;
    let (_, saved) = them
        .json(
            "/api/apply/save-draft",
            json!({"service_id": "income-certificate", "step": "applicant", "answers": {"name_hi": "सीता देवी"}}),
        )
        .await;
    let (_, document) = them.upload("photo", "photo.png", PNG).await;
    let key = "k-their-own-key-0123456789".to_string();
    let mut answers = support::client::income_answers(&mut them).await;
    answers["district"] = json!("indore");
    answers["tehsil"] = json!("depalpur");
    let (status, _) = them
        .json(
            "/api/apply/submit",
            json!({"service_id": "income-certificate", "answers": answers, "idempotency_key": key}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let mut officer = desk.officer("do.indore").await;
    let (status, _) = decide(&mut officer, &number, json!({"action": "approve"})).await;
    assert_eq!(status, StatusCode::OK);
    let (_, certificate) = them
        .form("/api/certificate/get", &format!("number={number}"))
        .await;
    let (status, filed) = them
        .json(
            "/api/grievance/file",
            json!({"filing": {"kind": "complaint", "category_id": "urban-sanitation",
                "district_id": "indore", "description": "दस दिन से कचरा नहीं उठा है"}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{filed}");
    Theirs {
        grievance: filed["number"].as_str().expect("a number").to_string(),
        number,
        document: document["id"].as_str().expect("a document").to_string(),
        resume_code: saved["resume_code"].as_str().expect("a code").to_string(),
        idempotency_key: key,
        certificate: certificate["code"].as_str().expect("a code").to_string(),
    }
}

#[tokio::test]
async fn no_one_reaches_another_applicants_application() {
    let desk = Desk::new(support::seeded_database("sqlite").await).await;
    let theirs = their_application(&desk).await;
    let mut callers: Vec<(&str, Client)> = vec![("no session", desk.stranger())];
    let mut citizen = desk.citizen(MOBILE).await;
    desk.apply(&mut citizen, "bhopal").await;
    callers.push(("another citizen", citizen));
    for login in [
        "do.bhopal",
        "fao.bhopal",
        "saa.bhopal",
        "admin.bhopal",
        "operator.bhopal",
    ] {
        callers.push((login, desk.officer(login).await));
    }
    let mut failures = Vec::new();
    for (path, probe) in probes() {
        for (who, client) in callers.iter_mut() {
            let (status, body) = match &probe {
                Probe::OwnSessionOnly(_, make) | Probe::Refused(make) | Probe::Filtered(make) => {
                    call(client, make(&theirs)).await
                }
            };
            let text = body.to_string();
            let leaked = text.contains(&theirs.number) || text.contains(OTHER_MOBILE);
            // A refusal is the caller's matter (4xx), never a fault of the portal (5xx).
            let refused = status.is_client_error();
            if let Probe::OwnSessionOnly(why, _) = &probe {
                assert!(!why.is_empty(), "{path}: say why it takes no one's ids");
            }
            let wrong = match probe {
                Probe::Refused(_) => !refused || leaked,
                Probe::OwnSessionOnly(..) | Probe::Filtered(_) => leaked,
            };
            if wrong {
                failures.push(format!("{path} as {who}: {status} {text}"));
            }
            if path == "/api/officer/sign-out" {
                // Sign back in for the rest of the probes.
                if *who != "no session" && *who != "another citizen" {
                    *client = desk.officer(who).await;
                }
            }
        }
    }
    // The officers' document route, too.
    for (who, client) in callers.iter_mut() {
        let request = Request::get(format!("/officer/documents/{}", theirs.document))
            .header(header::ACCEPT, "*/*")
            .body(Body::empty())
            .unwrap();
        let (status, _) = client.send(request).await;
        if status.is_success() {
            failures.push(format!("/officer/documents as {who}: {status}"));
        }
    }
    assert!(
        failures.is_empty(),
        "reached what is not theirs:\n{}",
        failures.join("\n")
    );

    // And the probes can succeed: the same calls work for those whose it is.
    let mut owner_officer = desk.officer("do.indore").await;
    let (status, _) = owner_officer
        .form("/api/officer/case", &format!("number={}", theirs.number))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = desk
        .stranger()
        .form(
            "/api/track/status",
            &format!("number={}&mobile={OTHER_MOBILE}", theirs.number),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = desk
        .stranger()
        .form(
            "/api/grievance/track",
            &format!("number={}&mobile={OTHER_MOBILE}", theirs.grievance),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::OK,
        "their own grievance, with their mobile"
    );
}
