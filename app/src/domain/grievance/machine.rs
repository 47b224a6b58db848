//! Who may do what to a grievance, and where it goes: the helpline's status machine.
//!
//! A grievance is `Open` at a level while its officer works on it. The officer replies, forwards
//! it within the level, changes its category, proposes a special close or "out of jurisdiction"
//! (which the district head decides), or marks it resolved. A resolved grievance waits for the
//! citizen's word: "satisfied" closes it, "not satisfied" reopens it one level up, and silence
//! leaves it resolved but not confirmed. Only the district head and above may force a close, and
//! the citizen is told before it takes effect.

use crate::domain::date::Date;
use crate::domain::grievance::level::Level;
use crate::domain::grievance::settings::GrievanceSettings;
use serde::{Deserialize, Serialize};

/// Where a grievance stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// With the officer of its level.
    Open,
    /// Its officer proposed a special close; the district head decides.
    SpecialClosePending,
    /// Its officer proposed that it is outside their jurisdiction; the district decides.
    OutOfJurisdictionPending,
    /// The officer says it is resolved; the citizen is asked whether they are satisfied.
    Resolved,
    /// Resolved, and the citizen did not answer in time: counted apart in the grading.
    Unconfirmed,
    /// A forced close the citizen has been told of, not yet in effect.
    ForceClosePending,
    /// Closed with the citizen satisfied.
    Closed,
    /// Closed by the district head's special close.
    SpecialClosed,
    /// Closed by force, after the citizen was told.
    ForceClosed,
    /// Outside the portal's officers' jurisdiction, as the district approved.
    OutOfJurisdiction,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 10] = [
        Status::Open,
        Status::SpecialClosePending,
        Status::OutOfJurisdictionPending,
        Status::Resolved,
        Status::Unconfirmed,
        Status::ForceClosePending,
        Status::Closed,
        Status::SpecialClosed,
        Status::ForceClosed,
        Status::OutOfJurisdiction,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::SpecialClosePending => "special_close_pending",
            Status::OutOfJurisdictionPending => "out_of_jurisdiction_pending",
            Status::Resolved => "resolved",
            Status::Unconfirmed => "unconfirmed",
            Status::ForceClosePending => "force_close_pending",
            Status::Closed => "closed",
            Status::SpecialClosed => "special_closed",
            Status::ForceClosed => "force_closed",
            Status::OutOfJurisdiction => "out_of_jurisdiction",
        }
    }

    /// The status with this stored name.
    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Whether nothing more happens to it.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Status::Closed
                | Status::SpecialClosed
                | Status::ForceClosed
                | Status::OutOfJurisdiction
        )
    }

    /// Whether it waits for an officer (and its level's days count).
    pub fn awaits_officer(self) -> bool {
        matches!(
            self,
            Status::Open | Status::SpecialClosePending | Status::OutOfJurisdictionPending
        )
    }
}

/// Who acts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    /// The complainant.
    Citizen,
    /// An officer at this level.
    Officer(Level),
    /// The portal itself: the escalation and reminder job.
    System,
}

/// What is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// An action-taken note, signed with name and post.
    Reply,
    /// To another officer at the same level.
    Forward,
    /// A different category (L1 only in its first days).
    ChangeCategory,
    /// L1 or L2: ask the district head for a special close.
    ProposeSpecialClose,
    /// L3: grant the special close.
    ApproveSpecialClose,
    /// L3: refuse it; the grievance goes back to its officer.
    RefuseSpecialClose,
    /// L1 or L2: outside this office's jurisdiction; the district decides.
    ProposeOutOfJurisdiction,
    /// L3: agree it is outside the jurisdiction.
    ApproveOutOfJurisdiction,
    /// L3: refuse; the grievance goes back to its officer.
    RefuseOutOfJurisdiction,
    /// L3, on a grievance pending at L4: accepted (मान्य).
    MarkAccepted,
    /// L3, on a grievance pending at L4: not accepted (अमान्य).
    MarkNotAccepted,
    /// The officer of its level: resolved.
    Resolve,
    /// L3, by hand and for a policy matter only: up to L4.
    RaiseToL4,
    /// L4: back to the district head.
    ReturnToL3,
    /// The portal: the level's days ran out.
    Escalate,
    /// The citizen: satisfied.
    Satisfied,
    /// The citizen: not satisfied, with a reason.
    NotSatisfied,
    /// The portal: the citizen did not answer in time.
    NoAnswer,
    /// L3 and above, with a reason: close it although the citizen has not agreed.
    ForceClose,
    /// The portal: the notice of a forced close has run.
    ForceCloseTakesEffect,
}

impl Action {
    /// Whether the action needs a written note (a reason, or the action taken).
    pub fn needs_note(self) -> bool {
        !matches!(
            self,
            Action::Escalate
                | Action::Satisfied
                | Action::NoAnswer
                | Action::ForceCloseTakesEffect
                | Action::MarkAccepted
                | Action::MarkNotAccepted
        )
    }
}

/// What the machine needs to know of the grievance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    /// Its status.
    pub status: Status,
    /// The level it is at.
    pub level: Level,
    /// The day it was filed.
    pub filed_on: Date,
}

/// Where an action leaves the grievance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Its status after.
    pub status: Status,
    /// Its level after.
    pub level: Level,
}

/// Why an action is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// Nothing more happens to a closed grievance.
    #[error("the grievance is closed")]
    Final,
    /// This actor may not do this here.
    #[error("not allowed for this actor")]
    NotAllowed,
    /// Not from this status.
    #[error("not allowed from this status")]
    WrongStatus,
    /// L1's days for changing the category are over.
    #[error("too late to change the category")]
    TooLate,
    /// There is no level above.
    #[error("no higher level")]
    Top,
}

/// Whether `actor` may do `action` to a grievance standing as `standing` on `today`, and where
/// it goes if so.
pub fn next(
    standing: Standing,
    actor: Actor,
    action: Action,
    today: Date,
    settings: &GrievanceSettings,
) -> Result<Outcome, Refusal> {
    use Action as A;
    use Status as S;
    let Standing {
        status,
        level,
        filed_on,
    } = standing;
    if status.is_final() {
        return Err(Refusal::Final);
    }
    let to = |status: Status, level: Level| Ok(Outcome { status, level });
    let up = || level.above(settings.highest_level).ok_or(Refusal::Top);
    let own = actor == Actor::Officer(level);
    let district_head = actor == Actor::Officer(Level::L3);
    let needs = |ok: bool, wanted: &[Status]| {
        if !ok {
            Err(Refusal::NotAllowed)
        } else if !wanted.contains(&status) {
            Err(Refusal::WrongStatus)
        } else {
            Ok(())
        }
    };
    match action {
        A::Reply | A::Forward => {
            needs(own, &[S::Open])?;
            to(S::Open, level)
        }
        A::ChangeCategory => {
            needs(own && level <= Level::L4, &[S::Open])?;
            let window = i64::from(settings.category_change_days_at_l1);
            if level == Level::L1 && filed_on.days_until(today) > window {
                return Err(Refusal::TooLate);
            }
            to(S::Open, level)
        }
        A::ProposeSpecialClose => {
            needs(own && level <= Level::L2, &[S::Open])?;
            to(S::SpecialClosePending, level)
        }
        A::ProposeOutOfJurisdiction => {
            needs(own && level <= Level::L2, &[S::Open])?;
            to(S::OutOfJurisdictionPending, level)
        }
        A::ApproveSpecialClose | A::RefuseSpecialClose => {
            needs(district_head, &[S::SpecialClosePending])?;
            let approved = action == A::ApproveSpecialClose;
            to(if approved { S::SpecialClosed } else { S::Open }, level)
        }
        A::ApproveOutOfJurisdiction | A::RefuseOutOfJurisdiction => {
            needs(district_head, &[S::OutOfJurisdictionPending])?;
            let approved = action == A::ApproveOutOfJurisdiction;
            to(
                if approved {
                    S::OutOfJurisdiction
                } else {
                    S::Open
                },
                level,
            )
        }
        A::MarkAccepted | A::MarkNotAccepted => {
            needs(district_head && level == Level::L4, &[S::Open])?;
            to(S::Open, level)
        }
        A::Resolve => {
            needs(own, &[S::Open])?;
            to(S::Resolved, level)
        }
        A::RaiseToL4 => {
            needs(own && level == Level::L3, &[S::Open])?;
            to(S::Open, up()?)
        }
        A::ReturnToL3 => {
            needs(own && level == Level::L4, &[S::Open])?;
            to(S::Open, Level::L3)
        }
        A::Escalate => {
            needs(
                actor == Actor::System && level.escalates_on_its_own(),
                &[S::Open],
            )?;
            to(S::Open, up()?)
        }
        A::Satisfied => {
            needs(actor == Actor::Citizen, &[S::Resolved, S::Unconfirmed])?;
            to(S::Closed, level)
        }
        A::NotSatisfied => {
            let asked = [S::Resolved, S::Unconfirmed, S::ForceClosePending];
            needs(actor == Actor::Citizen, &asked)?;
            // At the top it stays at the top, with its officer again.
            to(
                S::Open,
                level.above(settings.highest_level).unwrap_or(level),
            )
        }
        A::NoAnswer => {
            needs(actor == Actor::System, &[S::Resolved])?;
            to(S::Unconfirmed, level)
        }
        A::ForceClose => {
            let senior = matches!(actor, Actor::Officer(at) if at >= Level::L3 && at >= level);
            needs(senior, &[S::Open, S::Resolved, S::Unconfirmed])?;
            to(S::ForceClosePending, level)
        }
        A::ForceCloseTakesEffect => {
            needs(actor == Actor::System, &[S::ForceClosePending])?;
            to(S::ForceClosed, level)
        }
    }
}

#[cfg(test)]
mod tests;
