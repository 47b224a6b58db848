//! How urgent an application is on an officer's desk today: late, due soon, on time, waiting for
//! the citizen, or done. The inbox sorts and counts by it; the desk colours its rows by it.

use super::clock::{ClockStanding, HolidayCalendar, standing};
use super::date::Date;
use super::status::Status;
use serde::{Deserialize, Serialize};

/// How urgent an application in the inbox is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// Past its due date.
    Overdue {
        /// Calendar days late.
        days: i64,
    },
    /// Due today or within [`DUE_SOON_DAYS`] working days.
    DueSoon,
    /// Due later.
    OnTime,
    /// Waiting for the citizen.
    Waiting,
    /// Nothing left to do here.
    Done,
}

/// Working days ahead within which an application counts as due soon.
pub const DUE_SOON_DAYS: i64 = 2;

/// How urgent an application in `status`, due on `due` (none while its clock stands still), is
/// on `today`. Only what awaits an officer can be late or due soon; the clock counts working days.
pub fn urgency(status: Status, due: Option<Date>, today: Date, cal: &HolidayCalendar) -> Urgency {
    if status == Status::InfoRequested {
        return Urgency::Waiting;
    }
    if status.is_decided() {
        return Urgency::Done;
    }
    let Some(due) = due else {
        return Urgency::Waiting;
    };
    if !status.awaits_officer() {
        return Urgency::OnTime;
    }
    match standing(due, today, true, cal) {
        ClockStanding::Overdue { days } => Urgency::Overdue { days },
        ClockStanding::DueToday => Urgency::DueSoon,
        ClockStanding::OnTime { working_days_left } if working_days_left <= DUE_SOON_DAYS => {
            Urgency::DueSoon
        }
        ClockStanding::OnTime { .. } => Urgency::OnTime,
    }
}

#[cfg(test)]
mod tests;
