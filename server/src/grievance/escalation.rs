//! The escalation job: every grievance whose level's working days have run out at L1 or L2 moves
//! one level up, with a timeline entry and an SMS, exactly once even when several portal
//! instances run the job on one database. Each move is made only if the grievance is still as
//! the job read it (its `version`); an instance that loses the race leaves it alone.

use crate::casework::transition::short_link;
use crate::clock::Clock;
use crate::db::Database;
use crate::db::grievance_events::{self, NewGrievanceEvent};
use crate::db::grievances::{self, LevelMove, Standing};
use crate::error::{ServerError, ServerResult};
use crate::outbox::queue_sms;
use app::domain::clock::HolidayCalendar;
use app::domain::date::Date;
use app::domain::grievance::escalation::{level_due, moves_up_on};
use app::domain::grievance::level::Level;
use app::domain::grievance::machine::{Action, Actor, Status, next};
use app::domain::grievance::settings::GrievanceSettings;
use app::domain::messages::Sms;
use std::sync::Arc;

/// How many past-due grievances one pass reads at a time.
const BATCH: i64 = 200;

/// What the job needs.
#[derive(Clone)]
pub struct Escalator {
    /// The database.
    pub db: Database,
    /// The time.
    pub clock: Arc<dyn Clock>,
    /// The helpline's numbers.
    pub settings: Arc<GrievanceSettings>,
    /// Weekly offs and holidays.
    pub calendar: Arc<HolidayCalendar>,
    /// The portal's public address, for the link in the SMS.
    pub public_url: String,
}

impl Escalator {
    /// Moves every past-due grievance up one level; how many this instance moved.
    pub async fn run_once(&self) -> ServerResult<usize> {
        let now = self.clock.now();
        let today = Date::in_india(now);
        let mut moved = 0;
        loop {
            let due = grievances::past_due(self.db.pool(), &today.to_iso(), BATCH).await?;
            let mut moved_here = 0;
            for standing in &due {
                if self.move_up(standing, today, now).await? {
                    moved_here += 1;
                }
            }
            moved += moved_here;
            // A batch in which nothing moved was all taken by another instance (or is not yet
            // due by the calendar): what is left is for the next pass.
            if (due.len() as i64) < BATCH || moved_here == 0 {
                return Ok(moved);
            }
        }
    }

    /// Moves one grievance up, unless someone moved it first; whether this call moved it.
    async fn move_up(&self, standing: &Standing, today: Date, now: i64) -> ServerResult<bool> {
        let corrupt = || ServerError::Corrupt(format!("grievance {}", standing.number));
        let level = u8::try_from(standing.level)
            .ok()
            .and_then(Level::from_number)
            .ok_or_else(corrupt)?;
        let status = Status::parse(&standing.status).ok_or_else(corrupt)?;
        let arrived = Date::parse_iso(&standing.level_since).ok_or_else(corrupt)?;
        let days = self
            .settings
            .days_for(&standing.department_id, &standing.category_id);
        let highest = self.settings.highest_level;
        let Some(up) = moves_up_on(level, arrived, today, days, &self.calendar, highest) else {
            return Ok(false);
        };
        let machine_standing = app::domain::grievance::machine::Standing {
            status,
            level,
            filed_on: arrived,
        };
        let outcome = next(
            machine_standing,
            Actor::System,
            Action::Escalate,
            today,
            &self.settings,
        )
        .map_err(|refusal| ServerError::Corrupt(format!("{}: {refusal}", standing.number)))?;
        debug_assert_eq!(outcome.level, up);
        let new_due = level_due(up, today, days, &self.calendar);
        let (since, due_iso) = (today.to_iso(), new_due.map(Date::to_iso));
        let mut tx = self.db.begin_write().await?;
        let change = LevelMove {
            number: &standing.number,
            version: standing.version,
            status: outcome.status.as_str(),
            level: i64::from(up.number()),
            level_since: &since,
            level_due: due_iso.as_deref(),
        };
        if !grievances::move_level(&mut *tx, &change).await? {
            tx.rollback().await?;
            return Ok(false);
        }
        let event = NewGrievanceEvent {
            number: &standing.number,
            at: now,
            actor: "system",
            post: None,
            action: "escalate",
            from: Some((status.as_str(), standing.level)),
            to: (outcome.status.as_str(), i64::from(up.number())),
            note: None,
        };
        grievance_events::insert(&mut *tx, &event).await?;
        let track = short_link(&self.public_url, 'g', &standing.number);
        let sms = Sms::GrievanceEscalated {
            number: &standing.number,
            level: up,
            due_on: new_due,
            track: &track,
        };
        queue_sms(&mut tx, &standing.mobile, &sms, now).await?;
        crate::db::commit(tx).await?;
        Ok(true)
    }
}

/// Runs the job every `every` seconds for as long as the server runs.
pub fn spawn(escalator: Escalator, every: std::time::Duration) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            match escalator.run_once().await {
                Ok(0) => {}
                Ok(moved) => tracing::info!(moved, "grievances moved up a level"),
                Err(error) => tracing::warn!(%error, "the grievance escalation job failed"),
            }
        }
    });
}
