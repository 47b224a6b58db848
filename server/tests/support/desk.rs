//! A portal with officers: two citizens' applications in two districts, and an officer of every
//! role, for the casework and authorisation tests.

use super::client::{Client, Inbox, income_answers, verified_client_for};
use app::api::case_types::OfficerProfile;
use app::domain::language::BilingualText;
use app::domain::officer::Role;
use axum::Router;
use axum::http::StatusCode;
use serde_json::{Value, json};
use server::apply::ApplyService;
use server::casework::officers::create_officer;
use server::clock::{Clock, ManualClock};
use server::db::Database;
use std::sync::Arc;

/// Every officer's test password.
pub const PASSWORD: &str = "correct horse battery staple";

/// Wednesday 18 November 2026, 11:06 UTC.
pub const START: i64 = 1_795_000_000;

/// The portal, its clock and its SMS.
pub struct Desk {
    /// The router, as `main` builds it.
    pub app: Router,
    /// The time, which tests move.
    pub clock: Arc<ManualClock>,
    /// The SMS sent.
    pub sms: Arc<Inbox>,
    /// The applying service (its database).
    pub service: ApplyService,
}

fn officer(
    login: &str,
    role: Role,
    district: Option<&str>,
    centre: Option<&str>,
) -> OfficerProfile {
    OfficerProfile {
        login: login.into(),
        name: format!("{login} का नाम"),
        designation: BilingualText::new(format!("{login} पद"), format!("{login} post")),
        role,
        district: district.map(Into::into),
        centre: centre.map(Into::into),
        services: if role == Role::CentreOperator {
            Vec::new()
        } else {
            vec!["income-certificate".into()]
        },
    }
}

/// The officers: a designated officer, a first appeal officer, a second appeal authority and a
/// department administrator in Bhopal; a designated officer in Indore; an operator of a Bhopal
/// centre.
pub fn officers() -> Vec<OfficerProfile> {
    vec![
        officer("do.bhopal", Role::DesignatedOfficer, Some("bhopal"), None),
        officer("fao.bhopal", Role::FirstAppealOfficer, Some("bhopal"), None),
        officer(
            "saa.bhopal",
            Role::SecondAppealAuthority,
            Some("bhopal"),
            None,
        ),
        officer("admin.bhopal", Role::DepartmentAdmin, Some("bhopal"), None),
        officer("do.indore", Role::DesignatedOfficer, Some("indore"), None),
        officer(
            "operator.bhopal",
            Role::CentreOperator,
            Some("bhopal"),
            Some("lsk-bhopal-1"),
        ),
    ]
}

impl Desk {
    /// A portal over `db` with every test officer.
    pub async fn new(db: Database) -> Desk {
        let clock = Arc::new(ManualClock::at(START));
        let as_clock: Arc<dyn Clock> = clock.clone();
        let sms = Arc::new(Inbox::default());
        let mut service = super::apply_service_with(db.clone(), as_clock, &[]);
        service.sender = sms.clone();
        for new in officers() {
            create_officer(&db, &new, PASSWORD, START)
                .await
                .expect("officer");
        }
        Desk {
            app: super::app_with(service.clone()),
            clock,
            sms,
            service,
        }
    }

    /// A client with no session.
    pub fn stranger(&self) -> Client {
        Client {
            app: self.app.clone(),
            cookie: None,
            service: "income-certificate".into(),
        }
    }

    /// A citizen whose session verified `mobile`.
    pub async fn citizen(&self, mobile: &str) -> Client {
        let mut client = verified_client_for(self.service.clone(), &self.sms, mobile).await;
        client.app = self.app.clone();
        client
    }

    /// An officer signed in.
    pub async fn officer(&self, login: &str) -> Client {
        let mut client = self.stranger();
        let (status, body) = client
            .form(
                "/api/officer/sign-in",
                &format!("login={login}&password={}", PASSWORD.replace(' ', "+")),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{login}: {body}");
        client
    }

    /// `citizen` applies for an income certificate in `district`; the application number.
    pub async fn apply(&self, citizen: &mut Client, district: &str) -> String {
        let mut answers = income_answers(citizen).await;
        answers["district"] = json!(district);
        if district == "indore" {
            answers["tehsil"] = json!("depalpur");
        }
        self.submit(citizen, answers).await
    }

    /// `citizen` sends an income certificate application with these answers; its number.
    pub async fn submit(&self, citizen: &mut Client, answers: Value) -> String {
        let key = format!("k-{}-0123456789", super::unique("key").replace('_', "-"));
        let (status, receipt) = citizen
            .json(
                "/api/apply/submit",
                json!({"service_id": "income-certificate", "answers": answers, "idempotency_key": key}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{receipt}");
        receipt["number"].as_str().expect("a number").to_string()
    }
}

/// A decision sent to the desk.
pub async fn decide(officer: &mut Client, number: &str, decision: Value) -> (StatusCode, Value) {
    officer
        .json(
            "/api/officer/decide",
            json!({"number": number, "decision": decision}),
        )
        .await
}

impl Desk {
    /// The portal's time now.
    pub fn clock_now(&self) -> i64 {
        self.clock.now()
    }
}
