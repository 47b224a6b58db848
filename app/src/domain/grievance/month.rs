//! A month's figures for the grading, worked out from what happened to each grievance, so a past
//! month can be graded again at any time with the same result. A unit is a whole department or
//! district (every step of its grievances counts), or one officer post (the steps taken while
//! the grievance was at that post's level).
//!
//! - **Received:** filed in the month; for a post, reached its level in the month (filed there,
//!   moved up, reopened, raised or returned to it).
//! - **Disposed:** closed in any way in the month, or left unconfirmed (the citizen did not
//!   answer); for a post, while at its level.
//! - **Long pending:** still pending on some day of the month after more than the long-pending
//!   days since filing; **disposed** of if its disposal fell in the month.
//! - **Not attended:** moved up on its own in the month with no action by the officer at the
//!   level it left.

use crate::domain::date::Date;
use crate::domain::grievance::grading::MonthFigures;
use crate::domain::grievance::level::Level;
use crate::domain::grievance::machine::{Action, Actor, Status};

/// One step in a grievance's life, as its timeline records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// The day.
    pub on: Date,
    /// Who.
    pub actor: Actor,
    /// What (`None` for the filing).
    pub action: Option<Action>,
    /// The level before (the filing's own level for the filing).
    pub from_level: Level,
    /// The status after.
    pub to_status: Status,
    /// The level after.
    pub to_level: Level,
}

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Month {
    /// The year.
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    /// Its first day.
    pub fn first_day(self) -> Date {
        Date::from_ymd(self.year, self.month, 1).unwrap_or_else(|| Date::from_days_since_epoch(0))
    }

    /// Its last day.
    pub fn last_day(self) -> Date {
        let (year, month) = if self.month == 12 {
            (self.year + 1, 1)
        } else {
            (self.year, self.month + 1)
        };
        Month { year, month }.first_day().add_days(-1)
    }

    fn holds(self, day: Date) -> bool {
        self.first_day() <= day && day <= self.last_day()
    }
}

fn disposes(step: &Step) -> bool {
    step.to_status.is_final() || step.to_status == Status::Unconfirmed
}

/// The figures one grievance adds to a unit's month: `post` is the post's level, or none for a
/// whole department or district. `steps` are in order, the filing first.
pub fn figures_of(
    steps: &[Step],
    month: Month,
    long_pending_days: u32,
    post: Option<Level>,
) -> MonthFigures {
    let mut figures = MonthFigures::default();
    let Some(filed) = steps.first() else {
        return figures;
    };
    let ours = |level: Level| post.is_none_or(|own| own == level);
    for (index, step) in steps.iter().enumerate() {
        if !month.holds(step.on) {
            continue;
        }
        let arrives = index == 0 || step.from_level != step.to_level;
        if arrives && (index == 0 || post.is_some()) && ours(step.to_level) {
            figures.received += 1;
        }
        if disposes(step) && ours(step.from_level) {
            figures.disposed += 1;
            match step.action {
                Some(Action::Satisfied) => figures.satisfied += 1,
                Some(Action::NoAnswer) => figures.unconfirmed += 1,
                Some(Action::ApproveSpecialClose | Action::ForceCloseTakesEffect) => {
                    figures.low_quality += 1
                }
                _ => {}
            }
        }
        if step.action == Some(Action::Escalate) && ours(step.from_level) {
            let arrived_at = |s: &Step| s.action.is_none() || s.from_level != s.to_level;
            let since_arrival = steps[..index]
                .iter()
                .rposition(|s| s.to_level == step.from_level && arrived_at(s))
                .unwrap_or(0);
            let attended = steps[since_arrival..index]
                .iter()
                .any(|s| s.actor == Actor::Officer(step.from_level));
            if !attended {
                figures.not_attended += 1;
            }
        }
    }
    let disposal = steps.iter().find(|s| disposes(s));
    let pending_until = disposal.map_or(month.last_day(), |s| s.on.min(month.last_day()));
    let was_pending_in_month = disposal.is_none_or(|s| s.on >= month.first_day());
    let long = filed.on.days_until(pending_until) > i64::from(long_pending_days);
    let at_post = post.is_none_or(|own| steps.iter().any(|s| s.to_level == own));
    if was_pending_in_month && long && at_post && filed.on <= month.last_day() {
        figures.long_pending += 1;
        if disposal.is_some_and(|s| month.holds(s.on)) {
            figures.long_pending_disposed += 1;
        }
    }
    figures
}

impl std::ops::Add for MonthFigures {
    type Output = MonthFigures;

    fn add(self, other: MonthFigures) -> MonthFigures {
        MonthFigures {
            received: self.received + other.received,
            disposed: self.disposed + other.disposed,
            satisfied: self.satisfied + other.satisfied,
            unconfirmed: self.unconfirmed + other.unconfirmed,
            low_quality: self.low_quality + other.low_quality,
            long_pending: self.long_pending + other.long_pending,
            long_pending_disposed: self.long_pending_disposed + other.long_pending_disposed,
            not_attended: self.not_attended + other.not_attended,
        }
    }
}

#[cfg(test)]
mod tests;
