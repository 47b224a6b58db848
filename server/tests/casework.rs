//! Casework over HTTP on both engines: an officer approves and the citizen tracks "issued" and
//! verifies the certificate; a rejection's reasons reach the citizen; a request for information
//! stops the clock; an overdue application goes to the first and then the second appeal; a
//! signed-out session cookie is refused; the audit log cannot be changed.

mod support;

use axum::http::StatusCode;
use serde_json::{Value, json};
use support::client::{Client, MOBILE};
use support::desk::{Desk, decide};

const DAY: i64 = 86_400;

async fn track(desk: &Desk, number: &str, mobile: &str) -> (StatusCode, Value) {
    desk.stranger()
        .form(
            "/api/track/status",
            &format!("number={number}&mobile={mobile}"),
        )
        .await
}

async fn inbox_numbers(officer: &mut Client) -> Vec<String> {
    let (status, inbox) = officer.form("/api/officer/inbox", "").await;
    assert_eq!(status, StatusCode::OK, "{inbox}");
    inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["number"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn an_approval_issues_a_certificate_the_citizen_tracks_and_anyone_verifies() {
    for engine in support::engines() {
        let desk = Desk::new(support::seeded_database(engine).await).await;
        let mut citizen = desk.citizen(MOBILE).await;
        let number = desk.apply(&mut citizen, "bhopal").await;

        let (status, view) = track(&desk, &number, MOBILE).await;
        assert_eq!(status, StatusCode::OK, "{view}");
        assert_eq!(view["status"], "received");
        assert!(view["clock"]["running"].is_object(), "{view}");
        // Someone else's mobile learns nothing.
        let (status, body) = track(&desk, &number, "9123456780").await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
        assert!(body.to_string().contains("NotFound"), "{body}");

        let mut officer = desk.officer("do.bhopal").await;
        assert_eq!(inbox_numbers(&mut officer).await, vec![number.clone()]);
        let mut other = desk.officer("do.indore").await;
        assert!(inbox_numbers(&mut other).await.is_empty());
        // The inbox finds by part of the number or the name, and says how many in all.
        let (_, found) = officer
            .form("/api/officer/inbox", &format!("search={}", &number[5..9]))
            .await;
        assert_eq!(
            (found["total"].clone(), found["pages"].clone()),
            (json!(1), json!(1)),
            "{found}"
        );
        assert_eq!(
            found["counts"]["on_time"].as_u64().unwrap()
                + found["counts"]["due_soon"].as_u64().unwrap(),
            1
        );
        let (_, none) = officer
            .form(
                "/api/officer/inbox",
                "search=%E0%A4%B8%E0%A5%81%E0%A4%A8%E0%A5%80%E0%A4%A4%E0%A4%BE",
            )
            .await;
        assert_eq!(none["total"], json!(0), "{none}");

        let (status, case) = officer
            .form("/api/officer/case", &format!("number={number}"))
            .await;
        assert_eq!(status, StatusCode::OK, "{case}");
        let text = case.to_string();
        assert!(text.contains("XXXX XXXX 2346"), "Aadhaar is shown masked");
        assert!(!text.contains("234123412346"));
        assert_eq!(case["actions"], json!(["approve", "reject", "ask_info"]));
        // While the officer may approve, the desk shows the certificate an approval would issue.
        let preview = case["preview"].clone();
        assert_eq!(
            preview["holder_name"], case["file"]["applicant_name"],
            "{preview}"
        );
        assert_eq!(preview["issued_by"]["hi"], "do.bhopal पद");
        // Each document's type is known, so the desk can show it on the page.
        let types = case["document_types"].as_object().expect("document types");
        assert!(!types.is_empty(), "{case}");
        assert!(types.values().all(|t| t == "image/png"), "{types:?}");

        let (status, decided) = decide(&mut officer, &number, json!({"action": "approve"})).await;
        assert_eq!(status, StatusCode::OK, "{decided}");
        assert_eq!(decided["file"]["track"]["status"], "issued");
        let (_, view) = track(&desk, &number, MOBILE).await;
        assert_eq!(view["status"], "issued");
        let timeline = view["timeline"].as_array().unwrap();
        assert_eq!(timeline.len(), 2);
        assert_eq!(timeline[1]["by"]["officer"]["hi"], "do.bhopal पद");

        let (status, certificate) = citizen
            .form("/api/certificate/get", &format!("number={number}"))
            .await;
        assert_eq!(status, StatusCode::OK, "{certificate}");
        let code = certificate["code"].as_str().unwrap();
        assert_eq!(code.len(), 24, "{code}");
        // It states what it certifies, under the form's labels, and how long it is valid.
        let facts = |value: &Value| -> Vec<(String, String)> {
            value["facts"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    let shown = f["value"]["en"].as_str().unwrap_or_default().to_string();
                    (f["label"]["en"].as_str().unwrap().to_string(), shown)
                })
                .collect()
        };
        let certified = facts(&certificate);
        // The preview said exactly what the certificate now says.
        assert_eq!(preview["facts"], certificate["facts"]);
        assert_eq!(preview["validity"], certificate["validity"]);
        assert_eq!(decided["preview"], Value::Null, "nothing left to approve");
        for expected in [
            ("Father's or husband's name", "सुरेश कुमार"),
            ("Address", "मकान 12, गांधी नगर"),
            ("Total yearly income of the family", "₹96,000"),
            ("Financial year", "2025-26"),
            ("Main source of income", "Wage labour"),
        ] {
            assert!(
                certified.contains(&(expected.0.into(), expected.1.into())),
                "{expected:?} in {certified:?}"
            );
        }
        let issued = app::domain::date::Date::in_india(desk.clock_now());
        let until = app::domain::certified::add_months(issued, 36).add_days(-1);
        assert_eq!(
            certificate["validity"]["until"],
            until.to_iso(),
            "{certificate}"
        );
        let response = support::send(
            &desk.app,
            support::get(&format!("/api/certificate/verify?code={code}")),
        )
        .await;
        let check = support::json(response).await;
        assert_eq!(check["masked_name"], "र*** कु***");
        assert_eq!(check["revoked"], false);
        // A verifier checks the amount and its year; the family and the address stay private.
        assert_eq!(
            facts(&check),
            vec![
                ("Total yearly income of the family".into(), "₹96,000".into()),
                ("Financial year".into(), "2025-26".into()),
                ("Main source of income".into(), "Wage labour".into()),
            ]
        );
        assert_eq!(check["validity"], certificate["validity"]);
        assert!(!check.to_string().contains("सुरेश"), "{check}");
        let response = support::send(
            &desk.app,
            support::get("/api/certificate/verify?code=AAAA-AAAA-AAAA-AAAA-AAAA"),
        )
        .await;
        assert_eq!(support::json(response).await, Value::Null);
        let qr = support::send(&desk.app, support::get(&format!("/qr/verify/{code}.svg"))).await;
        assert_eq!(qr.status(), StatusCode::OK);

        // Revoked by the admin command: the public check says so, and only once.
        let now = desk.clock_now();
        server::admin::run(
            &desk.service.db,
            &[
                "revoke-certificate".into(),
                "--code".into(),
                code.to_lowercase(),
            ],
            now,
        )
        .await
        .expect("revoked");
        let response = support::send(
            &desk.app,
            support::get(&format!("/api/certificate/verify?code={code}")),
        )
        .await;
        assert_eq!(support::json(response).await["revoked"], true);
        assert!(
            server::admin::run(
                &desk.service.db,
                &["revoke-certificate".into(), "--code".into(), code.into()],
                now
            )
            .await
            .is_err()
        );

        // Every change queued a Hindi SMS.
        let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT template, encoding, body, segments FROM notifications \
             WHERE template = 'status_changed'",
        )
        .fetch_all(desk.service.db.pool())
        .await
        .unwrap();
        assert_eq!(rows.len(), 1);
        let (template, encoding, body, segments) = &rows[0];
        assert_eq!(
            (template.as_str(), encoding.as_str()),
            ("status_changed", "ucs2")
        );
        // The issue SMS links to the certificate by a short address, within three segments.
        assert!(body.ends_with(&format!("/c/{number}")), "{body}");
        assert!(*segments <= 3, "{body}");
        let short = support::send(&desk.app, support::get(&format!("/c/{number}"))).await;
        assert!(short.status().is_redirection(), "{}", short.status());
        assert_eq!(
            short.headers()["location"],
            format!("/certificate/{number}")
        );
        let short = support::send(&desk.app, support::get(&format!("/t/{number}"))).await;
        assert_eq!(
            short.headers()["location"],
            format!("/track?number={number}")
        );
        let bad = support::send(&desk.app, support::get("/t/not-a-number")).await;
        assert_eq!(bad.status(), StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn rejection_reasons_reach_the_citizen_and_the_appeal_reaches_the_appeal_officer() {
    for engine in support::engines() {
        let desk = Desk::new(support::seeded_database(engine).await).await;
        let mut citizen = desk.citizen(MOBILE).await;
        let number = desk.apply(&mut citizen, "bhopal").await;
        let mut officer = desk.officer("do.bhopal").await;

        let (status, body) = decide(
            &mut officer,
            &number,
            json!({"action": "reject", "reasons": "कम"}),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(body.to_string().contains("reasons"), "{body}");
        let reasons = "आय का प्रमाण पत्र संलग्न नहीं है";
        let (status, body) = decide(
            &mut officer,
            &number,
            json!({"action": "reject", "reasons": reasons}),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");

        let (_, view) = track(&desk, &number, MOBILE).await;
        assert_eq!(view["status"], "rejected");
        assert_eq!(view["timeline"][1]["note"], reasons);
        assert_eq!(view["appeal"][0], "first_appeal");
        // The citizen may apply again from the rejected answers: the Aadhaar number whole (it is
        // theirs, and their session is verified), no documents (they are uploaded again).
        let (status, reused) = citizen
            .form("/api/apply/reuse", &format!("number={number}"))
            .await;
        assert_eq!(status, StatusCode::OK, "{reused}");
        assert_eq!(reused["service_id"], "income-certificate");
        assert_eq!(reused["answers"]["aadhaar"], "234123412346");
        assert_eq!(reused["answers"]["annual_income"], "96000");
        assert!(reused["answers"].get("photo").is_none(), "{reused}");
        assert_eq!(reused["secret_fields"], json!(["aadhaar"]));
        let other = desk.apply(&mut citizen, "bhopal").await;
        let (status, _) = citizen
            .form("/api/apply/reuse", &format!("number={other}"))
            .await;
        assert_eq!(
            status,
            StatusCode::CONFLICT,
            "only a rejected application is reused"
        );
        // Both are listed for the mobile, newest first, and nobody else's.
        let (status, mine) = citizen.form("/api/apply/mine", "").await;
        assert_eq!(status, StatusCode::OK, "{mine}");
        let numbers: Vec<&str> = mine
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["number"].as_str().unwrap())
            .collect();
        assert_eq!(numbers.len(), 2, "{mine}");
        assert!(numbers.contains(&number.as_str()) && numbers.contains(&other.as_str()));
        assert_eq!(mine[0]["service_name"]["en"], "Income certificate");
        // The rejection SMS gives the last day to appeal and the short tracking link.
        let (body,): (String,) = sqlx::query_as(
            "SELECT body FROM notifications WHERE template = 'status_changed' AND mobile = $1",
        )
        .bind(MOBILE)
        .fetch_one(desk.service.db.pool())
        .await
        .unwrap();
        let last = app::domain::date::Date::parse_iso(view["appeal"][1].as_str().unwrap()).unwrap();
        assert!(
            body.contains(&format!("{} तक अपील करें", last.format_dmy())),
            "{body}"
        );
        assert!(body.ends_with(&format!("/t/{number}")), "{body}");

        let mut appeal_officer = desk.officer("fao.bhopal").await;
        assert!(inbox_numbers(&mut appeal_officer).await.is_empty());
        let (status, body) = citizen
            .form(
                "/api/track/appeal",
                &format!("number={number}&reason=आय का प्रमाण पत्र पहले ही दिया था"),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["track"]["status"], "first_appeal");
        assert_eq!(
            inbox_numbers(&mut appeal_officer).await,
            vec![number.clone()]
        );
        // The designated officer can no longer decide it.
        let (status, body) = decide(&mut officer, &number, json!({"action": "approve"})).await;
        assert!(status.is_client_error(), "{status} {body}");
    }
}

#[tokio::test]
async fn a_request_stops_the_clock_and_overdue_goes_to_first_then_second_appeal() {
    for engine in support::engines() {
        let desk = Desk::new(support::seeded_database(engine).await).await;
        let mut citizen = desk.citizen(MOBILE).await;
        let number = desk.apply(&mut citizen, "bhopal").await;
        let (_, view) = track(&desk, &number, MOBILE).await;
        let due_before = view["clock"]["running"]["due_on"].clone();
        let mut officer = desk.officer("do.bhopal").await;
        let (status, body) = decide(
            &mut officer,
            &number,
            json!({"action": "ask_info", "message": "वेतन पर्ची की प्रति भेजें"}),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (_, view) = track(&desk, &number, MOBILE).await;
        assert!(view["clock"]["stopped"].is_object(), "{view}");

        desk.clock.advance(7 * DAY);
        let (status, body) = citizen
            .json(
                "/api/track/reply",
                json!({"number": number, "reply": "वेतन पर्ची दफ़्तर में जमा कर दी है", "documents": []}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (_, view) = track(&desk, &number, MOBILE).await;
        assert_eq!(view["status"], "under_review");
        assert_ne!(
            view["clock"]["running"]["due_on"], due_before,
            "the due date moved"
        );

        // Two days past the due date: overdue, and a first appeal lies.
        let due = app::domain::date::Date::parse_iso(
            view["clock"]["running"]["due_on"].as_str().unwrap(),
        )
        .unwrap();
        let today = app::domain::date::Date::in_india(desk.clock_now());
        desk.clock.advance((today.days_until(due) + 2) * DAY);
        let (_, view) = track(&desk, &number, MOBILE).await;
        assert!(
            view["clock"]["running"]["standing"]["overdue"].is_object(),
            "{view}"
        );
        let (status, body) = citizen
            .form(
                "/api/track/appeal",
                &format!("number={number}&reason=समय सीमा निकल गई, प्रमाण पत्र नहीं मिला"),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");

        let mut first = desk.officer("fao.bhopal").await;
        let (_, case) = first
            .form("/api/officer/case", &format!("number={number}"))
            .await;
        assert_eq!(case["actions"], json!(["order_delivery", "dismiss_appeal"]));
        let (status, body) = decide(
            &mut first,
            &number,
            json!({"action": "order_delivery", "new_due": "01-01-2020", "reasons": "सात दिन में प्रमाण पत्र दें"}),
        )
        .await;
        assert_ne!(status, StatusCode::OK);
        assert!(body.to_string().contains("new_due"), "{body}");
        let today = app::domain::date::Date::in_india(desk.clock_now());
        let new_due = today.add_days(7).format_dmy();
        let (status, body) = decide(
            &mut first,
            &number,
            json!({"action": "order_delivery", "new_due": new_due, "reasons": "सात दिन में प्रमाण पत्र दें"}),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");

        // The new deadline passes too: the second appeal, and the penalty.
        desk.clock.advance(10 * DAY);
        let (status, body) = citizen
            .form(
                "/api/track/appeal",
                &format!("number={number}&reason=आदेश के बाद भी प्रमाण पत्र नहीं मिला"),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["track"]["status"], "second_appeal");
        let mut second = desk.officer("saa.bhopal").await;
        assert_eq!(inbox_numbers(&mut second).await, vec![number.clone()]);
        let today = app::domain::date::Date::in_india(desk.clock_now());
        let (status, body) = decide(
            &mut second,
            &number,
            json!({"action": "order_delivery", "new_due": today.add_days(3).format_dmy(), "reasons": "तीन दिन में प्रमाण पत्र दें, देरी पर शास्ति"}),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let penalty = body["file"]["track"]["penalty_rupees"].as_u64().unwrap();
        assert_eq!(
            penalty, 750,
            "3 days late after the first appeal's deadline"
        );
        let (_, view) = track(&desk, &number, MOBILE).await;
        assert!(view["appeal"].is_null(), "no third appeal: {view}");
    }
}

#[tokio::test]
async fn sign_in_gives_a_new_session_and_a_signed_out_cookie_is_refused() {
    let desk = Desk::new(support::seeded_database("sqlite").await).await;
    let mut officer = desk.stranger();
    let (_, me) = officer.form("/api/officer/me", "").await;
    assert_eq!(me, Value::Null);
    let before = officer.cookie.clone();
    let (status, body) = officer
        .form(
            "/api/officer/sign-in",
            "login=do.bhopal&password=wrong+password+here",
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert!(body.to_string().contains("WrongPassword"), "{body}");
    let mut officer = desk.officer("do.bhopal").await;
    assert_ne!(officer.cookie, before);
    let cookie = officer.cookie.clone();
    let (status, _) = officer.form("/api/officer/sign-out", "").await;
    assert_eq!(status, StatusCode::OK);
    let mut replay = desk.stranger();
    replay.cookie = cookie;
    let (status, body) = replay.form("/api/officer/inbox", "").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert!(body.to_string().contains("NotSignedIn"), "{body}");

    // Five wrong passwords lock the login for a while.
    for _ in 0..5 {
        desk.stranger()
            .form(
                "/api/officer/sign-in",
                "login=do.indore&password=wrong+password+here",
            )
            .await;
    }
    let (status, body) = desk
        .stranger()
        .form(
            "/api/officer/sign-in",
            &format!(
                "login=do.indore&password={}",
                support::desk::PASSWORD.replace(' ', "+")
            ),
        )
        .await;
    assert!(body.to_string().contains("Wait"), "{body}");
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
}

#[tokio::test]
async fn the_audit_log_and_the_timeline_cannot_be_changed() {
    for engine in support::engines() {
        let desk = Desk::new(support::seeded_database(engine).await).await;
        let mut citizen = desk.citizen(MOBILE).await;
        let number = desk.apply(&mut citizen, "bhopal").await;
        let mut officer = desk.officer("do.bhopal").await;
        decide(&mut officer, &number, json!({"action": "approve"})).await;
        let db = desk.service.db.pool();
        let lines: Vec<(String, String, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT actor, action, from_status, to_status FROM audit_log \
             WHERE application_number = $1 AND action = 'approve'",
        )
        .bind(&number)
        .fetch_all(db)
        .await
        .unwrap();
        assert_eq!(
            lines,
            vec![(
                "do.bhopal".into(),
                "approve".into(),
                Some("received".into()),
                Some("issued".into())
            )]
        );
        for sql in [
            "UPDATE audit_log SET actor = 'someone'",
            "DELETE FROM audit_log",
            "UPDATE application_events SET note = 'x'",
            "DELETE FROM application_events",
        ] {
            assert!(
                sqlx::query(sql).execute(db).await.is_err(),
                "{engine}: {sql}"
            );
        }
    }
}

#[tokio::test]
async fn a_centre_operator_applies_for_a_citizen_and_sees_only_the_centres_applications() {
    let desk = Desk::new(support::seeded_database("sqlite").await).await;
    let mut operator = desk.officer("operator.bhopal").await;
    // The citizen's own mobile is verified by the code sent to it, at the counter.
    support::client::verify_in(&mut operator, &desk.sms, MOBILE).await;
    let number = desk.apply(&mut operator, "bhopal").await;
    let (_, receipt) = operator
        .form("/api/apply/receipt", &format!("number={number}"))
        .await;
    assert_eq!(receipt["channel"], "centre", "{receipt}");
    assert_eq!(inbox_numbers(&mut operator).await, vec![number.clone()]);

    // An application made online is not the centre's.
    let mut citizen = desk.citizen("9123456780").await;
    let online = desk.apply(&mut citizen, "bhopal").await;
    assert_eq!(inbox_numbers(&mut operator).await, vec![number.clone()]);
    let mut officer = desk.officer("do.bhopal").await;
    let mut both = inbox_numbers(&mut officer).await;
    both.sort();
    let mut expected = vec![number, online];
    expected.sort();
    assert_eq!(both, expected);
}

#[tokio::test]
async fn a_document_opens_only_in_the_jurisdiction_and_each_opening_is_in_the_audit_log() {
    use axum::body::Body;
    use axum::http::{Request, header};
    for engine in support::engines() {
        let desk = Desk::new(support::seeded_database(engine).await).await;
        let mut citizen = desk.citizen(MOBILE).await;
        let number = desk.apply(&mut citizen, "bhopal").await;
        let mut officer = desk.officer("do.bhopal").await;
        let (_, case) = officer
            .form("/api/officer/case", &format!("number={number}"))
            .await;
        let id = case["document_types"]
            .as_object()
            .and_then(|types| types.keys().next().cloned())
            .expect("a document");
        let get = |id: &str| {
            Request::get(format!("/officer/documents/{id}"))
                .header(header::ACCEPT, "*/*")
                .body(Body::empty())
                .unwrap()
        };
        let openings = || async {
            let rows: Vec<(String, String)> = sqlx::query_as(
                "SELECT actor, action FROM audit_log WHERE application_number = $1 \
                 AND action = 'open_document'",
            )
            .bind(&number)
            .fetch_all(desk.service.db.pool())
            .await
            .unwrap();
            rows
        };
        for _ in 0..2 {
            let (status, body) = officer.send(get(&id)).await;
            assert_eq!(status, StatusCode::OK, "{body}");
        }
        assert_eq!(
            openings().await,
            vec![
                ("do.bhopal".to_string(), "open_document".to_string()),
                ("do.bhopal".to_string(), "open_document".to_string())
            ]
        );
        // Another district's officer, or a made-up id, gets "not found", and nothing is logged.
        let mut other = desk.officer("do.indore").await;
        let (status, _) = other.send(get(&id)).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = officer.send(get(&"0".repeat(32))).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = officer.send(get(&"z".repeat(32))).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(openings().await.len(), 2);
        // The desk's audit log lists the openings.
        let (_, case) = officer
            .form("/api/officer/case", &format!("number={number}"))
            .await;
        let logged = case["audit"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|entry| entry["action"] == "open_document")
            .count();
        assert_eq!(logged, 2);
    }
}
