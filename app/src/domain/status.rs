//! The life of an application, as the Act shapes it: who may move it from which status to which,
//! and when a citizen may appeal.
//!
//! ```text
//! received ─┬─ approve ─────────────▶ issued
//!           ├─ reject (reasons) ────▶ rejected ───────────┐
//!           └─ ask for information ─▶ info_requested      │ (also: overdue and undecided)
//!                 ▲   citizen answers ──▶ under_review    ▼
//!                 └──────────────────────── ask       first_appeal ─ order (new deadline) ─▶ under_review
//!                                                           └─ dismiss ─▶ appeal_dismissed
//!   rejected / appeal_dismissed / overdue again after a first appeal ─▶ second_appeal
//!   second_appeal ─ order (new deadline, penalty) ─▶ under_review;  dismiss ─▶ appeal_dismissed
//! ```
//!
//! A first appeal lies within [`FIRST_APPEAL_WINDOW_DAYS`] days of the due date (when the service
//! was not delivered in time) or of the rejection. A second appeal lies within
//! [`SECOND_APPEAL_WINDOW_DAYS`] days of the first appeal's decision, or of the deadline the first
//! appeal officer set, once that has passed too. There is no appeal beyond the second.

use crate::domain::clock::FIRST_APPEAL_WINDOW_DAYS;
use crate::domain::date::Date;
use serde::{Deserialize, Serialize};

/// Days after the first appeal's decision (or its missed deadline) within which a second appeal
/// may be filed (section 7 of the Act).
pub const SECOND_APPEAL_WINDOW_DAYS: i64 = 60;

/// Where an application is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Received and acknowledged; the clock runs.
    Received,
    /// The designated officer is looking at it (after the citizen answered a request, or after an
    /// appeal sent it back with a new deadline).
    UnderReview,
    /// The citizen was asked for more information; the clock stands still.
    InfoRequested,
    /// Approved; the certificate is issued.
    Issued,
    /// Rejected, with reasons.
    Rejected,
    /// A first appeal is before the first appeal officer.
    FirstAppeal,
    /// A second appeal is before the second appeal authority.
    SecondAppeal,
    /// An appeal was dismissed, with reasons.
    AppealDismissed,
}

impl Status {
    /// Every status, in the order of a typical life.
    pub const ALL: [Status; 8] = [
        Status::Received,
        Status::UnderReview,
        Status::InfoRequested,
        Status::Issued,
        Status::Rejected,
        Status::FirstAppeal,
        Status::SecondAppeal,
        Status::AppealDismissed,
    ];

    /// The name stored in the database and used in addresses.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::UnderReview => "under_review",
            Status::InfoRequested => "info_requested",
            Status::Issued => "issued",
            Status::Rejected => "rejected",
            Status::FirstAppeal => "first_appeal",
            Status::SecondAppeal => "second_appeal",
            Status::AppealDismissed => "appeal_dismissed",
        }
    }

    /// The status with this stored name.
    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Whether the designated officer still has to decide (the legal clock concerns these).
    pub fn awaits_officer(self) -> bool {
        matches!(
            self,
            Status::Received | Status::UnderReview | Status::InfoRequested
        )
    }

    /// Whether the status is final unless appealed.
    pub fn is_decided(self) -> bool {
        matches!(
            self,
            Status::Issued | Status::Rejected | Status::AppealDismissed
        )
    }
}

/// Who acts on an application.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The applicant (or a centre on their behalf).
    Citizen,
    /// The officer who must deliver or reject.
    DesignatedOfficer,
    /// Hears first appeals.
    FirstAppealOfficer,
    /// Hears second appeals and may fine the designated officer.
    SecondAppealAuthority,
}

/// Something done to an application.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The designated officer approves; the certificate is issued.
    Approve,
    /// The designated officer rejects, with reasons.
    Reject,
    /// The designated officer asks the citizen for more information; the clock stops.
    AskInfo,
    /// The citizen answers the request; the clock restarts.
    AnswerInfo,
    /// The citizen files a first or a second appeal (whichever lies).
    Appeal,
    /// The appeal officer orders the service delivered by a new deadline.
    OrderDelivery,
    /// The appeal officer dismisses the appeal, with reasons.
    DismissAppeal,
}

impl Action {
    /// The name stored in the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Approve => "approve",
            Action::Reject => "reject",
            Action::AskInfo => "ask_info",
            Action::AnswerInfo => "answer_info",
            Action::Appeal => "appeal",
            Action::OrderDelivery => "order_delivery",
            Action::DismissAppeal => "dismiss_appeal",
        }
    }
}

/// What the rules need to know about an application besides its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Facts {
    /// Today in India.
    pub today: Date,
    /// The current due date; `None` while the clock stands still.
    pub due_on: Option<Date>,
    /// The day the application reached its current status.
    pub status_since: Date,
    /// Appeals filed so far: 0, 1 or 2.
    pub appeal_level: u8,
}

/// Why an action is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum TransitionError {
    /// This actor may not do this at all.
    #[error("not this actor's to do")]
    NotYours,
    /// Not from the application's current status.
    #[error("not possible in this status")]
    WrongStatus,
    /// An appeal before the service is late or rejected.
    #[error("no appeal lies yet")]
    AppealTooEarly,
    /// An appeal after its window closed.
    #[error("the appeal window has closed")]
    AppealTooLate,
    /// Both appeals have been made.
    #[error("no further appeal lies")]
    NoFurtherAppeal,
}

/// Whether the application is past its due date and still undecided.
pub fn is_overdue(status: Status, facts: &Facts) -> bool {
    status.awaits_officer()
        && status != Status::InfoRequested
        && facts.due_on.is_some_and(|due| facts.today > due)
}

/// Which appeal the citizen may file today, or why none.
pub fn appeal_open(status: Status, facts: &Facts) -> Result<Status, TransitionError> {
    if facts.appeal_level >= 2 {
        return Err(TransitionError::NoFurtherAppeal);
    }
    if matches!(status, Status::FirstAppeal | Status::SecondAppeal) {
        return Err(TransitionError::WrongStatus);
    }
    let (window, next) = if facts.appeal_level == 0 {
        (FIRST_APPEAL_WINDOW_DAYS, Status::FirstAppeal)
    } else {
        (SECOND_APPEAL_WINDOW_DAYS, Status::SecondAppeal)
    };
    // The day the grievance arose: the rejection (or dismissal), or the missed due date.
    let arose = match status {
        Status::Rejected | Status::AppealDismissed => facts.status_since,
        Status::Issued => return Err(TransitionError::WrongStatus),
        _ if is_overdue(status, facts) => facts.due_on.unwrap_or(facts.today),
        _ => return Err(TransitionError::AppealTooEarly),
    };
    if facts.today > arose.add_days(window) {
        return Err(TransitionError::AppealTooLate);
    }
    Ok(next)
}

/// The last day to file the appeal that lies now, if one does.
pub fn appeal_deadline(status: Status, facts: &Facts) -> Option<Date> {
    appeal_open(status, facts).ok()?;
    let window = if facts.appeal_level == 0 {
        FIRST_APPEAL_WINDOW_DAYS
    } else {
        SECOND_APPEAL_WINDOW_DAYS
    };
    let arose = if matches!(status, Status::Rejected | Status::AppealDismissed) {
        facts.status_since
    } else {
        facts.due_on?
    };
    Some(arose.add_days(window))
}

/// The status after `actor` does `action`, or why they may not.
pub fn next_status(
    status: Status,
    action: Action,
    actor: Actor,
    facts: &Facts,
) -> Result<Status, TransitionError> {
    use Action as A;
    use Actor as W;
    let owner = match action {
        A::Approve | A::Reject | A::AskInfo => W::DesignatedOfficer,
        A::AnswerInfo | A::Appeal => W::Citizen,
        A::OrderDelivery | A::DismissAppeal => match status {
            Status::SecondAppeal => W::SecondAppealAuthority,
            _ => W::FirstAppealOfficer,
        },
    };
    if actor != owner {
        return Err(TransitionError::NotYours);
    }
    match action {
        A::Approve | A::Reject | A::AskInfo => {
            if !matches!(status, Status::Received | Status::UnderReview) {
                return Err(TransitionError::WrongStatus);
            }
            Ok(match action {
                A::Approve => Status::Issued,
                A::Reject => Status::Rejected,
                _ => Status::InfoRequested,
            })
        }
        A::AnswerInfo if status == Status::InfoRequested => Ok(Status::UnderReview),
        A::AnswerInfo => Err(TransitionError::WrongStatus),
        A::Appeal => appeal_open(status, facts),
        A::OrderDelivery if matches!(status, Status::FirstAppeal | Status::SecondAppeal) => {
            Ok(Status::UnderReview)
        }
        A::DismissAppeal if matches!(status, Status::FirstAppeal | Status::SecondAppeal) => {
            Ok(Status::AppealDismissed)
        }
        A::OrderDelivery | A::DismissAppeal => Err(TransitionError::WrongStatus),
    }
}

#[cfg(test)]
mod tests;
