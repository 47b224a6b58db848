//! The grievance escalation job (issue 14): a grievance whose level's working days ran out at L1
//! moves to L2 once, with a timeline entry and an SMS, even when two portal instances run the
//! job at the same moment on one database.

mod support;

use app::domain::clock::HolidayCalendar;
use app::domain::date::Date;
use app::domain::grievance::escalation::level_due;
use app::domain::grievance::level::Level;
use app::domain::grievance::number::GrievanceNumber;
use app::domain::grievance::settings::{GrievanceSettings, LevelDays};
use server::clock::ManualClock;
use server::db::Database;
use server::db::grievance_events::{self, NewGrievanceEvent};
use server::db::grievances::{self, NewGrievance};
use server::grievance::categories;
use server::grievance::escalation::Escalator;
use std::sync::Arc;

/// Thursday 3 December 2026, noon in India.
const FILED_AT: i64 = 1_796_281_200;

fn filed_on() -> Date {
    Date::in_india(FILED_AT)
}

async fn with_categories(db: &Database) {
    let catalogue = server::seed::Catalogue::sample().unwrap();
    server::seed::sync_catalogue(db, &catalogue).await.unwrap();
    categories::sync(db, &support::sample_categories())
        .await
        .unwrap();
}

/// Files `count` grievances at L1 on [`filed_on`]; their numbers.
async fn file(db: &Database, count: u64) -> Vec<String> {
    let due = level_due(
        Level::L1,
        filed_on(),
        LevelDays::default(),
        &HolidayCalendar::default(),
    )
    .unwrap()
    .to_iso();
    let mut numbers = Vec::new();
    for n in 0..count {
        let number = GrievanceNumber::generate(2026, 10_000_000 + n).to_string();
        let new = NewGrievance {
            number: &number,
            kind: "complaint",
            category_id: "energy-excess-bill",
            subcategory_id: None,
            mobile: "9876543210",
            district_id: "bhopal",
            tehsil: None,
            centre_id: None,
            description: "बिल दोगुना आया है",
            filed_by: "citizen",
            filed_at: FILED_AT,
            filed_on: &filed_on().to_iso(),
            status: "open",
            level: 1,
            level_due: Some(&due),
        };
        grievances::insert(db.pool(), &new).await.unwrap();
        let event = NewGrievanceEvent {
            number: &number,
            at: FILED_AT,
            actor: "citizen",
            post: None,
            action: "file",
            from: None,
            to: ("open", 1),
            note: Some("बिल दोगुना आया है"),
        };
        grievance_events::insert(db.pool(), &event).await.unwrap();
        numbers.push(number);
    }
    numbers
}

fn escalator(db: Database, now: i64) -> Escalator {
    Escalator {
        db,
        clock: Arc::new(ManualClock::at(now)),
        settings: Arc::new(GrievanceSettings::default()),
        calendar: Arc::new(HolidayCalendar::default()),
        public_url: "https://jansewa.example.in".into(),
    }
}

async fn sms_count(db: &Database) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE template = 'grievance_escalated'")
        .fetch_one(db.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn two_instances_move_each_overdue_grievance_exactly_once() {
    for engine in support::engines() {
        let url = support::fresh_database_url(engine).await;
        let first = Database::connect(&url).await.unwrap();
        let second = Database::connect(&url).await.unwrap();
        with_categories(&first).await;
        let numbers = file(&first, 40).await;
        // Seven working days from Thursday 3 December end on Monday 14 December; the 15th is
        // past due. Two instances run the job at the same moment.
        let now = FILED_AT + 12 * 86_400;
        let (one, two) = (
            escalator(first.clone(), now),
            escalator(second.clone(), now),
        );
        let (a, b) = tokio::join!(one.run_once(), two.run_once());
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!(a + b, numbers.len(), "{engine}: moved {a} + {b}");
        for number in &numbers {
            let standing = grievances::status_and_level(first.pool(), number)
                .await
                .unwrap();
            assert_eq!(standing, Some(("open".to_string(), 2)), "{engine} {number}");
            let moves = grievance_events::count_of(first.pool(), number, "escalate")
                .await
                .unwrap();
            assert_eq!(moves, 1, "{engine} {number}");
        }
        assert_eq!(
            sms_count(&first).await,
            numbers.len() as i64,
            "{engine}: one SMS each"
        );
        // Run again the same day: L2 has its own seven days from today, so nothing moves.
        assert_eq!(
            escalator(second, now).run_once().await.unwrap(),
            0,
            "{engine}"
        );
    }
}

#[tokio::test]
async fn a_grievance_stays_on_its_levels_last_day_and_moves_the_next() {
    for engine in support::engines() {
        let db = support::fresh_database(engine).await;
        with_categories(&db).await;
        let numbers = file(&db, 1).await;
        let last_day = FILED_AT + 11 * 86_400; // Monday 14 December
        assert_eq!(
            escalator(db.clone(), last_day).run_once().await.unwrap(),
            0,
            "{engine}"
        );
        let next_day = last_day + 86_400;
        assert_eq!(
            escalator(db.clone(), next_day).run_once().await.unwrap(),
            1,
            "{engine}"
        );
        // L2's seven working days from Tuesday 15 December end on Thursday 24 December; on the
        // 25th it reaches L3, where nothing moves on its own however late it is.
        let at_l3 = FILED_AT + 22 * 86_400;
        assert_eq!(
            escalator(db.clone(), at_l3).run_once().await.unwrap(),
            1,
            "{engine}"
        );
        let much_later = FILED_AT + 90 * 86_400;
        assert_eq!(
            escalator(db.clone(), much_later).run_once().await.unwrap(),
            0,
            "{engine}"
        );
        let standing = grievances::status_and_level(db.pool(), &numbers[0])
            .await
            .unwrap();
        assert_eq!(standing, Some(("open".to_string(), 3)), "{engine}");
        let body: String = sqlx::query_scalar(
            "SELECT body FROM notifications WHERE template = 'grievance_escalated' \
             ORDER BY created_at LIMIT 1",
        )
        .fetch_one(db.pool())
        .await
        .unwrap();
        assert!(body.contains("स्तर L2"), "{body}");
        assert!(body.contains("/g/CM26-"), "{body}");
    }
}
