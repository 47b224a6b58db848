//! The catalogue through its server functions, on SQLite and (with `TEST_DATABASE_URL`) on
//! PostgreSQL: the same code path must give the same answers on both.

mod support;

use axum::http::StatusCode;
use server::seed::{Catalogue, sync_catalogue};
use support::{app, engines, get, json, seeded_database, send};

// The server functions register only where the app crate is linked.
use app as _;

#[tokio::test]
async fn the_catalogue_index_holds_every_service_in_catalogue_order() {
    for engine in engines() {
        let app = app(seeded_database(engine).await);
        let response = send(&app, get("/api/catalogue/index")).await;
        assert_eq!(response.status(), StatusCode::OK, "{engine}");
        assert_eq!(
            response.headers()["cache-control"],
            "public, max-age=300",
            "{engine}: the catalogue may be cached"
        );
        let index = json(response).await;
        let departments = index["departments"].as_array().expect("departments");
        let services = index["services"].as_array().expect("services");
        assert_eq!(departments.len(), 16, "{engine}");
        assert_eq!(services.len(), 36, "{engine}");
        assert_eq!(departments[0]["id"], "gad", "{engine}: catalogue order");
        let income = &services[0];
        assert_eq!(income["i"], "income-certificate", "{engine}");
        assert_eq!(income["h"], "आय प्रमाण पत्र", "{engine}");
        assert_eq!(income["t"], 3, "{engine}");
        assert_eq!(income["w"], true, "{engine}");
        assert_eq!(income["s"], true, "{engine}: Samadhan Ek Din");
        assert!(
            income.get("c").is_none(),
            "{engine}: online services omit the centre flag"
        );
        assert_eq!(
            income["l"],
            serde_json::json!(["birth_family", "education", "pension_social"])
        );
        let ayushman = services
            .iter()
            .find(|s| s["i"] == "ayushman-card")
            .expect("ayushman");
        assert_eq!(ayushman["c"], true, "{engine}: centre only");
        let department = ayushman["d"].as_u64().expect("department index") as usize;
        assert_eq!(departments[department]["id"], "health", "{engine}");
    }
}

#[tokio::test]
async fn the_income_certificate_has_its_notified_facts() {
    for engine in engines() {
        let app = app(seeded_database(engine).await);
        let service =
            json(send(&app, get("/api/catalogue/service?id=income-certificate")).await).await;
        assert_eq!(service["name"]["hi"], "आय प्रमाण पत्र", "{engine}");
        assert_eq!(service["name"]["en"], "Income certificate", "{engine}");
        assert_eq!(
            service["department"]["name"]["hi"], "सामान्य प्रशासन विभाग",
            "{engine}"
        );
        assert_eq!(
            service["time_limit"],
            serde_json::json!({"days": 3, "working_days": true, "confirmed": true})
        );
        assert_eq!(
            service["officers"]["designated"]["hi"], "तहसीलदार",
            "{engine}"
        );
        assert_eq!(
            service["officers"]["second_appeal"]["en"], "Collector",
            "{engine}"
        );
        assert_eq!(service["channel"], "Online", "{engine}");
        assert_eq!(service["samadhan_ek_din"], true, "{engine}");
        assert_eq!(
            service["keywords"][0], "आमदनी",
            "{engine}: keywords keep their order"
        );
        let guidance = &service["guidance"];
        assert_eq!(guidance["documents"][0]["hi"], "आधार कार्ड", "{engine}");
        assert_eq!(
            guidance["documents"].as_array().map(Vec::len),
            Some(5),
            "{engine}"
        );
        assert_eq!(
            guidance["fee"],
            serde_json::json!({"rupees": 0, "confirmed": true})
        );
        assert!(
            guidance["who_can_apply"]["en"]
                .as_str()
                .is_some_and(|t| t.contains("Madhya Pradesh"))
        );
        assert_eq!(
            service["life_events"],
            serde_json::json!(["birth_family", "education", "pension_social"]),
            "{engine}"
        );
    }
}

#[tokio::test]
async fn unconfirmed_limits_and_missing_officers_come_through_as_such() {
    for engine in engines() {
        let app = app(seeded_database(engine).await);
        let domicile =
            json(send(&app, get("/api/catalogue/service?id=domicile-certificate")).await).await;
        assert_eq!(domicile["time_limit"]["confirmed"], false, "{engine}");
        let caste = json(
            send(
                &app,
                get("/api/catalogue/service?id=caste-certificate-digital-copy"),
            )
            .await,
        )
        .await;
        assert!(caste["officers"]["first_appeal"].is_null(), "{engine}");
        let ayushman = json(send(&app, get("/api/catalogue/service?id=ayushman-card")).await).await;
        assert_eq!(ayushman["channel"], "Centre", "{engine}");
    }
}

#[tokio::test]
async fn an_unknown_or_malformed_id_is_simply_not_found() {
    for engine in engines() {
        let app = app(seeded_database(engine).await);
        for id in [
            "no-such-service",
            "..%2F..%2Fetc%2Fpasswd",
            "x'%20OR%20'1'%3D'1",
            "",
        ] {
            let response = send(&app, get(&format!("/api/catalogue/service?id={id}"))).await;
            assert_eq!(response.status(), StatusCode::OK, "{engine} {id}");
            assert!(
                json(response).await.is_null(),
                "{engine}: {id} is not a service"
            );
        }
    }
}

#[tokio::test]
async fn a_missing_argument_is_a_client_error_not_a_crash() {
    let app = app(seeded_database("sqlite").await);
    let response = send(&app, get("/api/catalogue/service")).await;
    assert!(response.status().is_client_error() || response.status().is_server_error());
    let body = support::text(response).await;
    assert!(!body.contains("panicked"), "{body}");
}

#[tokio::test]
async fn syncing_again_keeps_one_copy_of_the_catalogue() {
    for engine in engines() {
        let db = seeded_database(engine).await;
        let again = sync_catalogue(&db, &Catalogue::sample().expect("sample"))
            .await
            .expect("second sync");
        assert!(!again, "{engine}: the second sync is not a first start");
        let (documents,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM service_documents WHERE service_id = $1")
                .bind("income-certificate")
                .fetch_one(db.pool())
                .await
                .expect("count");
        assert_eq!(
            documents, 5,
            "{engine}: documents are replaced, not duplicated"
        );
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM services")
            .fetch_one(db.pool())
            .await
            .expect("count");
        assert_eq!(count, 36, "{engine}");
        let (districts,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM districts")
            .fetch_one(db.pool())
            .await
            .expect("count");
        assert_eq!(districts, 55, "{engine}");
    }
}

#[tokio::test]
async fn foreign_keys_are_enforced_on_both_engines() {
    for engine in engines() {
        let db = seeded_database(engine).await;
        let mut tx = db.begin_write().await.expect("write transaction");
        let result = sqlx::query(
            "INSERT INTO service_keywords (service_id, position, keyword) VALUES ($1, $2, $3)",
        )
        .bind("no-such-service")
        .bind(0_i64)
        .bind("x")
        .execute(&mut *tx)
        .await;
        assert!(
            result.is_err(),
            "{engine}: a keyword for no service is refused"
        );
    }
}
