use super::*;
use crate::domain::grievance::level::Level::{L1, L2, L3, L4, L5};
use Action::*;
use Actor::{Citizen, Officer, System};
use Status::*;

fn day(d: u32) -> Date {
    Date::from_ymd(2026, 12, d).unwrap()
}

/// What `actor` doing `action` to a grievance at `status` and `level` (filed on the 1st) gives
/// on the 2nd, with the default settings.
fn act(
    status: Status,
    level: Level,
    actor: Actor,
    action: Action,
) -> Result<(Status, Level), Refusal> {
    let standing = Standing {
        status,
        level,
        filed_on: day(1),
    };
    next(
        standing,
        actor,
        action,
        day(2),
        &GrievanceSettings::default(),
    )
    .map(|outcome| (outcome.status, outcome.level))
}

/// One rule: from where, who, what, and what it gives.
type Case = (
    Status,
    Level,
    Actor,
    Action,
    Result<(Status, Level), Refusal>,
);

fn check(cases: &[Case]) {
    for &(status, level, actor, action, want) in cases {
        let got = act(status, level, actor, action);
        assert_eq!(got, want, "{actor:?} {action:?} at {status:?} {level:?}");
    }
}

#[test]
fn the_issues_walk_from_filing_to_a_satisfied_citizen() {
    // Filed at L1; L1 does nothing and the days run out; L2 resolves; the citizen is not
    // satisfied and it reopens at L3; L3 resolves; the citizen is satisfied.
    let mut now = (Open, L1);
    let steps = [
        (System, Escalate, (Open, L2)),
        (Officer(L2), Resolve, (Resolved, L2)),
        (Citizen, NotSatisfied, (Open, L3)),
        (Officer(L3), Resolve, (Resolved, L3)),
        (Citizen, Satisfied, (Closed, L3)),
    ];
    for (actor, action, after) in steps {
        now = act(now.0, now.1, actor, action).unwrap();
        assert_eq!(now, after, "{action:?}");
    }
    assert!(now.0.is_final());
    assert_eq!(act(Closed, L3, Officer(L3), Reply), Err(Refusal::Final));
}

#[test]
fn only_the_officer_of_its_level_works_on_it() {
    check(&[
        (Open, L2, Officer(L2), Reply, Ok((Open, L2))),
        (Open, L2, Officer(L2), Forward, Ok((Open, L2))),
        (Open, L2, Officer(L1), Resolve, Err(Refusal::NotAllowed)),
        (Open, L2, Officer(L3), Resolve, Err(Refusal::NotAllowed)),
        (Open, L2, Citizen, Resolve, Err(Refusal::NotAllowed)),
        (Open, L2, System, Resolve, Err(Refusal::NotAllowed)),
    ]);
}

#[test]
fn only_l1_and_l2_move_up_on_their_own_and_l3_raises_to_l4_by_hand() {
    check(&[
        (Open, L1, System, Escalate, Ok((Open, L2))),
        (Open, L3, System, Escalate, Err(Refusal::NotAllowed)),
        (Open, L3, Officer(L3), RaiseToL4, Ok((Open, L4))),
        (Open, L4, Officer(L4), ReturnToL3, Ok((Open, L3))),
        // A resolved grievance waits for the citizen, not for its level's days.
        (Resolved, L1, System, Escalate, Err(Refusal::WrongStatus)),
    ]);
}

#[test]
fn special_closes_and_jurisdiction_are_proposed_below_and_decided_by_the_district_head() {
    check(&[
        (
            Open,
            L1,
            Officer(L1),
            ProposeSpecialClose,
            Ok((SpecialClosePending, L1)),
        ),
        (
            Open,
            L3,
            Officer(L3),
            ProposeSpecialClose,
            Err(Refusal::NotAllowed),
        ),
        (
            SpecialClosePending,
            L1,
            Officer(L1),
            ApproveSpecialClose,
            Err(Refusal::NotAllowed),
        ),
        (
            SpecialClosePending,
            L1,
            Officer(L2),
            ApproveSpecialClose,
            Err(Refusal::NotAllowed),
        ),
        (
            SpecialClosePending,
            L1,
            Officer(L3),
            ApproveSpecialClose,
            Ok((SpecialClosed, L1)),
        ),
        (
            SpecialClosePending,
            L1,
            Officer(L3),
            RefuseSpecialClose,
            Ok((Open, L1)),
        ),
        (
            Open,
            L2,
            Officer(L2),
            ProposeOutOfJurisdiction,
            Ok((OutOfJurisdictionPending, L2)),
        ),
        (
            OutOfJurisdictionPending,
            L2,
            Officer(L3),
            ApproveOutOfJurisdiction,
            Ok((OutOfJurisdiction, L2)),
        ),
        (
            OutOfJurisdictionPending,
            L2,
            Officer(L3),
            RefuseOutOfJurisdiction,
            Ok((Open, L2)),
        ),
        (
            OutOfJurisdictionPending,
            L2,
            Officer(L2),
            Resolve,
            Err(Refusal::WrongStatus),
        ),
        // The district head marks a grievance pending at L4 accepted or not.
        (Open, L4, Officer(L3), MarkAccepted, Ok((Open, L4))),
        (Open, L4, Officer(L3), MarkNotAccepted, Ok((Open, L4))),
        (
            Open,
            L3,
            Officer(L3),
            MarkAccepted,
            Err(Refusal::NotAllowed),
        ),
    ]);
}

#[test]
fn closing_takes_the_citizens_word_and_a_forced_close_waits_out_its_notice() {
    check(&[
        (
            Resolved,
            L1,
            Officer(L1),
            Satisfied,
            Err(Refusal::NotAllowed),
        ),
        (Resolved, L1, System, NoAnswer, Ok((Unconfirmed, L1))),
        (Unconfirmed, L1, Citizen, Satisfied, Ok((Closed, L1))),
        (Unconfirmed, L1, Citizen, NotSatisfied, Ok((Open, L2))),
        (Open, L1, Citizen, Satisfied, Err(Refusal::WrongStatus)),
        (Open, L2, Officer(L2), ForceClose, Err(Refusal::NotAllowed)),
        (
            Open,
            L2,
            Officer(L3),
            ForceClose,
            Ok((ForceClosePending, L2)),
        ),
        (Open, L4, Officer(L3), ForceClose, Err(Refusal::NotAllowed)),
        (
            ForceClosePending,
            L2,
            System,
            ForceCloseTakesEffect,
            Ok((ForceClosed, L2)),
        ),
        // Told of the close, the citizen may still object.
        (ForceClosePending, L2, Citizen, NotSatisfied, Ok((Open, L3))),
    ]);
}

#[test]
fn l1_may_change_the_category_only_in_its_first_three_days() {
    let settings = GrievanceSettings::default();
    let change = |level, today| {
        let standing = Standing {
            status: Open,
            level,
            filed_on: day(1),
        };
        next(standing, Officer(level), ChangeCategory, today, &settings).map(|o| o.level)
    };
    assert_eq!(change(L1, day(4)), Ok(L1));
    assert_eq!(change(L1, day(5)), Err(Refusal::TooLate));
    assert_eq!(change(L2, day(30)), Ok(L2), "L2 to L4 have no such limit");
    assert_eq!(change(L5, day(2)), Err(Refusal::NotAllowed));
}

#[test]
fn not_satisfied_at_the_top_reopens_at_the_top() {
    let settings = GrievanceSettings {
        highest_level: L4,
        ..GrievanceSettings::default()
    };
    let standing = Standing {
        status: Resolved,
        level: L4,
        filed_on: day(1),
    };
    let reopened = next(standing, Citizen, NotSatisfied, day(2), &settings);
    assert_eq!(
        reopened,
        Ok(Outcome {
            status: Open,
            level: L4
        })
    );
}

#[test]
fn statuses_read_back_and_exactly_four_are_final() {
    for status in Status::ALL {
        assert_eq!(Status::parse(status.as_str()), Some(status));
    }
    assert_eq!(Status::ALL.iter().filter(|s| s.is_final()).count(), 4);
    assert!(
        Status::ALL
            .iter()
            .all(|s| !(s.is_final() && s.awaits_officer()))
    );
}

#[test]
fn notes_are_required_where_someone_explains_themselves() {
    for action in [Reply, NotSatisfied, ForceClose, ProposeSpecialClose] {
        assert!(action.needs_note(), "{action:?}");
    }
    for action in [Satisfied, Escalate, NoAnswer] {
        assert!(!action.needs_note(), "{action:?}");
    }
}
