use super::*;
use crate::domain::grievance::level::Level::{L1, L2, L3, L4, L5};

fn day(d: u32) -> Date {
    Date::from_ymd(2026, 12, d).unwrap()
}

fn at(status: Status, level: Level) -> Standing {
    Standing {
        status,
        level,
        filed_on: day(1),
    }
}

fn act(standing: Standing, actor: Actor, action: Action) -> Result<Outcome, Refusal> {
    next(
        standing,
        actor,
        action,
        day(2),
        &GrievanceSettings::default(),
    )
}

fn goes(status: Status, level: Level) -> Result<Outcome, Refusal> {
    Ok(Outcome { status, level })
}

#[test]
fn the_issues_walk_from_filing_to_a_satisfied_citizen() {
    // Filed at L1; L1 does nothing and the days run out; L2 resolves; the citizen is not
    // satisfied and it reopens at L3; L3 resolves; the citizen is satisfied.
    let mut now = at(Status::Open, L1);
    let steps = [
        (Actor::System, Action::Escalate, Status::Open, L2),
        (Actor::Officer(L2), Action::Resolve, Status::Resolved, L2),
        (Actor::Citizen, Action::NotSatisfied, Status::Open, L3),
        (Actor::Officer(L3), Action::Resolve, Status::Resolved, L3),
        (Actor::Citizen, Action::Satisfied, Status::Closed, L3),
    ];
    for (actor, action, status, level) in steps {
        let outcome = act(now, actor, action).unwrap();
        assert_eq!(outcome, Outcome { status, level }, "{action:?}");
        now = Standing {
            status,
            level,
            ..now
        };
    }
    assert!(now.status.is_final());
    assert_eq!(
        act(now, Actor::Officer(L3), Action::Reply),
        Err(Refusal::Final)
    );
}

#[test]
fn only_the_officer_of_its_level_works_on_it() {
    let open = at(Status::Open, L2);
    assert_eq!(
        act(open, Actor::Officer(L2), Action::Reply),
        goes(Status::Open, L2)
    );
    assert_eq!(
        act(open, Actor::Officer(L2), Action::Forward),
        goes(Status::Open, L2)
    );
    for other in [
        Actor::Officer(L1),
        Actor::Officer(L3),
        Actor::Citizen,
        Actor::System,
    ] {
        assert_eq!(
            act(open, other, Action::Resolve),
            Err(Refusal::NotAllowed),
            "{other:?}"
        );
    }
}

#[test]
fn only_l1_and_l2_move_up_on_their_own_and_l3_raises_to_l4_by_hand() {
    assert_eq!(
        act(at(Status::Open, L1), Actor::System, Action::Escalate),
        goes(Status::Open, L2)
    );
    assert_eq!(
        act(at(Status::Open, L3), Actor::System, Action::Escalate),
        Err(Refusal::NotAllowed)
    );
    let at_l3 = at(Status::Open, L3);
    assert_eq!(
        act(at_l3, Actor::Officer(L3), Action::RaiseToL4),
        goes(Status::Open, L4)
    );
    assert_eq!(
        act(at(Status::Open, L4), Actor::Officer(L4), Action::ReturnToL3),
        goes(Status::Open, L3)
    );
    assert_eq!(
        act(at(Status::Resolved, L1), Actor::System, Action::Escalate),
        Err(Refusal::WrongStatus),
        "a resolved grievance waits for the citizen, not for its level's days"
    );
}

#[test]
fn a_special_close_is_proposed_below_and_decided_by_the_district_head() {
    let open = at(Status::Open, L1);
    let proposed = act(open, Actor::Officer(L1), Action::ProposeSpecialClose).unwrap();
    assert_eq!(proposed.status, Status::SpecialClosePending);
    let pending = at(Status::SpecialClosePending, L1);
    assert_eq!(
        act(pending, Actor::Officer(L1), Action::ApproveSpecialClose),
        Err(Refusal::NotAllowed)
    );
    assert_eq!(
        act(pending, Actor::Officer(L2), Action::ApproveSpecialClose),
        Err(Refusal::NotAllowed)
    );
    assert_eq!(
        act(pending, Actor::Officer(L3), Action::ApproveSpecialClose),
        goes(Status::SpecialClosed, L1)
    );
    assert_eq!(
        act(pending, Actor::Officer(L3), Action::RefuseSpecialClose),
        goes(Status::Open, L1)
    );
    let at_l3 = at(Status::Open, L3);
    assert_eq!(
        act(at_l3, Actor::Officer(L3), Action::ProposeSpecialClose),
        Err(Refusal::NotAllowed)
    );
}

#[test]
fn out_of_jurisdiction_needs_the_districts_approval() {
    let open = at(Status::Open, L2);
    let proposed = act(open, Actor::Officer(L2), Action::ProposeOutOfJurisdiction).unwrap();
    assert_eq!(proposed.status, Status::OutOfJurisdictionPending);
    let pending = at(Status::OutOfJurisdictionPending, L2);
    assert_eq!(
        act(
            pending,
            Actor::Officer(L3),
            Action::ApproveOutOfJurisdiction
        ),
        goes(Status::OutOfJurisdiction, L2)
    );
    assert_eq!(
        act(pending, Actor::Officer(L3), Action::RefuseOutOfJurisdiction),
        goes(Status::Open, L2)
    );
    assert_eq!(
        act(pending, Actor::Officer(L2), Action::Resolve),
        Err(Refusal::WrongStatus)
    );
}

#[test]
fn the_district_head_marks_a_grievance_pending_at_l4_accepted_or_not() {
    let at_l4 = at(Status::Open, L4);
    assert_eq!(
        act(at_l4, Actor::Officer(L3), Action::MarkAccepted),
        goes(Status::Open, L4)
    );
    assert_eq!(
        act(at_l4, Actor::Officer(L3), Action::MarkNotAccepted),
        goes(Status::Open, L4)
    );
    let at_l3 = at(Status::Open, L3);
    assert_eq!(
        act(at_l3, Actor::Officer(L3), Action::MarkAccepted),
        Err(Refusal::NotAllowed)
    );
}

#[test]
fn l1_may_change_the_category_only_in_its_first_three_days() {
    let settings = GrievanceSettings::default();
    let open = at(Status::Open, L1);
    let change = |today| {
        next(
            open,
            Actor::Officer(L1),
            Action::ChangeCategory,
            today,
            &settings,
        )
    };
    assert_eq!(change(day(4)), goes(Status::Open, L1));
    assert_eq!(change(day(5)), Err(Refusal::TooLate));
    let at_l2 = at(Status::Open, L2);
    let later = next(
        at_l2,
        Actor::Officer(L2),
        Action::ChangeCategory,
        day(30),
        &settings,
    );
    assert_eq!(later, goes(Status::Open, L2), "L2 to L4 have no such limit");
    let at_l5 = at(Status::Open, L5);
    assert_eq!(
        act(at_l5, Actor::Officer(L5), Action::ChangeCategory),
        Err(Refusal::NotAllowed)
    );
}

#[test]
fn closing_takes_the_citizens_word_and_silence_is_counted_apart() {
    let resolved = at(Status::Resolved, L1);
    assert_eq!(
        act(resolved, Actor::Officer(L1), Action::Satisfied),
        Err(Refusal::NotAllowed)
    );
    assert_eq!(
        act(resolved, Actor::System, Action::NoAnswer),
        goes(Status::Unconfirmed, L1)
    );
    let unconfirmed = at(Status::Unconfirmed, L1);
    assert_eq!(
        act(unconfirmed, Actor::Citizen, Action::Satisfied),
        goes(Status::Closed, L1)
    );
    assert_eq!(
        act(unconfirmed, Actor::Citizen, Action::NotSatisfied),
        goes(Status::Open, L2)
    );
    assert_eq!(
        act(at(Status::Open, L1), Actor::Citizen, Action::Satisfied),
        Err(Refusal::WrongStatus)
    );
}

#[test]
fn not_satisfied_at_the_top_reopens_at_the_top() {
    let settings = GrievanceSettings {
        highest_level: L4,
        ..GrievanceSettings::default()
    };
    let resolved = at(Status::Resolved, L4);
    let reopened = next(
        resolved,
        Actor::Citizen,
        Action::NotSatisfied,
        day(2),
        &settings,
    );
    assert_eq!(reopened, goes(Status::Open, L4));
    let raised = next(
        at(Status::Open, L3),
        Actor::Officer(L3),
        Action::RaiseToL4,
        day(2),
        &settings,
    );
    assert_eq!(raised, goes(Status::Open, L4));
}

#[test]
fn a_forced_close_is_for_l3_and_above_and_waits_for_its_notice() {
    let open = at(Status::Open, L2);
    assert_eq!(
        act(open, Actor::Officer(L2), Action::ForceClose),
        Err(Refusal::NotAllowed)
    );
    assert_eq!(
        act(open, Actor::Officer(L3), Action::ForceClose),
        goes(Status::ForceClosePending, L2)
    );
    let pending = at(Status::ForceClosePending, L2);
    assert_eq!(
        act(pending, Actor::System, Action::ForceCloseTakesEffect),
        goes(Status::ForceClosed, L2)
    );
    assert_eq!(
        act(pending, Actor::Citizen, Action::NotSatisfied),
        goes(Status::Open, L3),
        "told of the close, the citizen may still object"
    );
    let at_l4 = at(Status::Open, L4);
    assert_eq!(
        act(at_l4, Actor::Officer(L3), Action::ForceClose),
        Err(Refusal::NotAllowed)
    );
}

#[test]
fn statuses_read_back_and_exactly_four_are_final() {
    for status in Status::ALL {
        assert_eq!(Status::parse(status.as_str()), Some(status));
    }
    let finals = Status::ALL.iter().filter(|s| s.is_final()).count();
    assert_eq!(finals, 4);
    assert!(
        Status::ALL
            .iter()
            .all(|s| !(s.is_final() && s.awaits_officer()))
    );
}

#[test]
fn notes_are_required_where_someone_explains_themselves() {
    assert!(Action::Reply.needs_note());
    assert!(Action::NotSatisfied.needs_note());
    assert!(Action::ForceClose.needs_note());
    assert!(Action::ProposeSpecialClose.needs_note());
    assert!(!Action::Satisfied.needs_note());
    assert!(!Action::Escalate.needs_note());
}
