//! Filing a CM Helpline grievance (issue 14, item 3) over HTTP, on SQLite and PostgreSQL: with
//! the mobile verified by a code, to the L1 post of its category with L1's last day, a timeline
//! entry and an SMS; a repeat in the same category is pointed out; the sixth of a day waits;
//! a bad filing names its field; an unverified session files nothing.

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::{Value, json};
use server::db::Database;
use support::client::{Client, MOBILE, setup_service, verified_client};

fn filing(category: &str, description: &str) -> Value {
    json!({"filing": {
        "kind": "complaint",
        "category_id": category,
        "district_id": "bhopal",
        "tehsil": "huzur",
        "description": description,
    }})
}

async fn file(client: &mut Client, body: Value) -> (StatusCode, Value) {
    client.json("/api/grievance/file", body).await
}

async fn track(client: &mut Client, number: &str, mobile: &str) -> (StatusCode, Value) {
    let body = format!("number={}&mobile={mobile}", number.replace(' ', "+"));
    client.form("/api/grievance/track", &body).await
}

async fn count(db: &Database, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(db.pool()).await.unwrap()
}

#[tokio::test]
async fn a_verified_citizen_files_a_grievance_that_goes_to_l1() {
    for engine in support::engines() {
        let (service, inbox) = setup_service(support::seeded_database(engine).await);
        let db = service.db.clone();
        let mut client = verified_client(service, &inbox).await;
        let body = filing("revenue-land-record", "खसरे में मेरा नाम गलत लिखा है");
        let (status, filed) = file(&mut client, body).await;
        assert_eq!(status, StatusCode::OK, "{engine}: {filed}");
        let number = filed["number"].as_str().unwrap().to_string();
        assert!(number.starts_with("CM"), "{number}");
        assert_eq!(filed["level"], "L1");
        assert_eq!(filed["post"]["hi"], "तहसीलदार");
        assert_eq!(filed["looks_like_a_repeat"], false);
        let row: (String, String, i64, String) = sqlx::query_as(
            "SELECT mobile, status, level, filed_by FROM grievances WHERE number = $1",
        )
        .bind(&number)
        .fetch_one(db.pool())
        .await
        .unwrap();
        assert_eq!(
            row,
            (MOBILE.into(), "open".into(), 1, "citizen".into()),
            "{engine}"
        );
        let sms: String = sqlx::query_scalar(
            "SELECT body FROM notifications WHERE template = 'grievance_filed' AND mobile = $1",
        )
        .bind(MOBILE)
        .fetch_one(db.pool())
        .await
        .unwrap();
        assert!(sms.contains(&number) && sms.contains("तहसीलदार"), "{sms}");
        let events = count(
            &db,
            "SELECT COUNT(*) FROM grievance_events WHERE action = 'file'",
        )
        .await;
        assert_eq!(events, 1, "{engine}");
        // Tracking by number and mobile, no sign-in.
        let mut stranger = Client {
            app: client.app.clone(),
            cookie: None,
            service: String::new(),
        };
        let spoken = number.replace('-', " ").to_lowercase();
        let (status, view) = track(&mut stranger, &spoken, MOBILE).await;
        assert_eq!(status, StatusCode::OK, "{engine}: {view}");
        assert_eq!(view["number"], number.as_str());
        assert_eq!(
            (&view["status"], &view["level"]),
            (&json!("open"), &json!("L1"))
        );
        assert_eq!(view["post"]["en"], "Tehsildar");
        assert_eq!(view["asks_satisfaction"], false);
        assert_eq!(view["timeline"][0]["by"], "Citizen", "{view}");
        assert_eq!(view["timeline"][0]["action"], "file");
        for (who, mobile) in [
            (number.as_str(), "9123456780"),
            ("CM26-0000-0000-1", MOBILE),
        ] {
            let (status, _) = track(&mut stranger, who, mobile).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{engine}: {who} {mobile}");
        }
        // The same category again within 30 days is pointed out, not refused.
        let again = filing("revenue-land-record", "खसरे में नाम अब भी गलत है, सुधार नहीं हुआ");
        let (status, second) = file(&mut client, again).await;
        assert_eq!(status, StatusCode::OK, "{engine}: {second}");
        assert_eq!(second["looks_like_a_repeat"], true, "{engine}");
    }
}

#[tokio::test]
async fn the_sixth_grievance_of_a_day_waits_for_tomorrow() {
    for engine in support::engines() {
        let (service, inbox) = setup_service(support::seeded_database(engine).await);
        let mut client = verified_client(service, &inbox).await;
        for n in 0..5 {
            let body = filing(
                "energy-excess-bill",
                &format!("बिल बहुत ज़्यादा आया है, क्रम {n}"),
            );
            let (status, filed) = file(&mut client, body).await;
            assert_eq!(status, StatusCode::OK, "{engine} {n}: {filed}");
        }
        let body = filing("energy-excess-bill", "बिल बहुत ज़्यादा आया है, छठी बार");
        let (status, refused) = file(&mut client, body).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{engine}: {refused}");
        assert!(
            refused["Wait"]["seconds"].as_i64().unwrap() > 0,
            "{refused}"
        );
    }
}

#[tokio::test]
async fn a_bad_filing_names_its_field_and_files_nothing() {
    for engine in support::engines() {
        let (service, inbox) = setup_service(support::seeded_database(engine).await);
        let db = service.db.clone();
        let mut client = verified_client(service, &inbox).await;
        let mut no_tehsil = filing("revenue-demarcation", "सीमांकन के लिए दो बार आवेदन दिया");
        no_tehsil["filing"]["tehsil"] = Value::Null;
        let mut no_centre = filing("centre-no-receipt", "केंद्र पर पैसे लिए पर पावती नहीं दी");
        no_centre["filing"]["tehsil"] = Value::Null;
        let mut bad_district = filing("urban-sanitation", "दस दिन से कचरा नहीं उठा है");
        bad_district["filing"]["district_id"] = json!("atlantis");
        let mut bad_tehsil = filing("revenue-demarcation", "सीमांकन के लिए दो बार आवेदन दिया");
        bad_tehsil["filing"]["tehsil"] = json!("nowhere");
        let mut bad_sub = filing("revenue-land-record", "खसरे में मेरा नाम गलत लिखा है");
        bad_sub["filing"]["subcategory_id"] = json!("energy-excess-bill");
        let cases = [
            (filing("no-such-category", "कुछ तो गड़बड़ है यहाँ"), "category"),
            (filing("urban-sanitation", "कचरा"), "description"),
            (no_tehsil, "tehsil"),
            (no_centre, "centre"),
            (bad_district, "district"),
            (bad_tehsil, "tehsil"),
            (bad_sub, "subcategory"),
        ];
        for (body, field) in cases {
            let (status, refused) = file(&mut client, body).await;
            assert_eq!(
                status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{engine} {field}: {refused}"
            );
            assert_eq!(refused["Fields"][0]["field"], field, "{engine}: {refused}");
        }
        assert_eq!(
            count(&db, "SELECT COUNT(*) FROM grievances").await,
            0,
            "{engine}"
        );
    }
}

#[tokio::test]
async fn an_unverified_session_files_nothing_and_the_categories_are_public() {
    for engine in support::engines() {
        let db = support::seeded_database(engine).await;
        let mut client = Client {
            app: support::app(db.clone()),
            cookie: None,
            service: String::new(),
        };
        let body = filing("urban-sanitation", "दस दिन से कचरा नहीं उठा है");
        let (status, refused) = file(&mut client, body).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{engine}: {refused}");
        assert_eq!(
            count(&db, "SELECT COUNT(*) FROM grievances").await,
            0,
            "{engine}"
        );
        let request = Request::get("/api/grievance/categories")
            .body(Body::empty())
            .unwrap();
        let (status, list) = client.send(request).await;
        assert_eq!(status, StatusCode::OK, "{engine}: {list}");
        let ids: Vec<&str> = list["categories"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap())
            .collect();
        assert!(ids.contains(&"centre-overcharged"), "{ids:?}");
    }
}
