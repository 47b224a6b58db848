//! What a change of status does to an application's clock, besides the status: asking for
//! information stops the clock, the citizen's answer restarts it (moving the due date on by the
//! days it stood still), an appeal raises the appeal level, and an order to deliver may set a new
//! deadline and, at the second appeal, fine the late officer ₹250 a day up to ₹5,000.

use super::clock::{HolidayCalendar, Pause, extend_for_pause, penalty_rupees};
use super::date::Date;
use super::status::{Action, Status};

/// The clock's side of an application: what a change may move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clockwork {
    /// The last day the law allows for a decision.
    pub due: Date,
    /// The day the clock stopped for the citizen's answer, while it stands still.
    pub paused_on: Option<Date>,
    /// 0 before any appeal, 1 at the first, 2 at the second.
    pub appeal_level: i64,
    /// The fine ordered against the late officer, in rupees.
    pub penalty_rupees: Option<i64>,
}

/// The facts of one change.
#[derive(Clone, Copy, Debug)]
pub struct ChangeFacts<'a> {
    /// What was done.
    pub action: Action,
    /// The status before it.
    pub from: Status,
    /// The day it was done.
    pub today: Date,
    /// A new deadline an appeal officer set with an order to deliver.
    pub new_due: Option<Date>,
    /// Whether the service's time limit counts working days.
    pub working_days: bool,
    /// The holidays the clock skips.
    pub calendar: &'a HolidayCalendar,
}

/// The clock after the change.
pub fn after_change(before: Clockwork, change: ChangeFacts<'_>) -> Clockwork {
    let mut after = before;
    let today = change.today;
    match change.action {
        Action::AskInfo => after.paused_on = Some(today),
        Action::AnswerInfo => {
            if let Some(from) = before.paused_on {
                let pause = Pause {
                    from,
                    to: Some(today),
                };
                after.due =
                    extend_for_pause(before.due, pause, change.working_days, change.calendar);
            }
            after.paused_on = None;
        }
        Action::Appeal => after.appeal_level += 1,
        Action::OrderDelivery => {
            if change.from == Status::SecondAppeal {
                let fine = penalty_rupees(before.due.days_until(today));
                if fine > 0 {
                    after.penalty_rupees = Some(i64::from(fine));
                }
            }
            if let Some(new_due) = change.new_due {
                after.due = new_due;
            }
        }
        _ => {}
    }
    after
}

#[cfg(test)]
mod tests;
