use super::*;
use crate::domain::grievance::grading::{Grade, grade, score};
use crate::domain::grievance::level::Level::{L1, L2, L3};
use crate::domain::grievance::settings::GradeCutoffs;
use Action::*;
use Actor::{Citizen, Officer, System};
use Status::*;

fn on(month: u32, day: u32) -> Date {
    Date::from_ymd(2026, month, day).unwrap()
}

fn step(
    day: Date,
    actor: Actor,
    action: Option<Action>,
    moves: (Level, Level),
    to: Status,
) -> Step {
    Step {
        on: day,
        actor,
        action,
        from_level: moves.0,
        to_status: to,
        to_level: moves.1,
    }
}

const DECEMBER: Month = Month {
    year: 2026,
    month: 12,
};

/// The walk: filed, L1 does nothing and it moves up, L2 resolves, the citizen is not
/// satisfied and it reopens at L3, L3 resolves, the citizen is satisfied.
fn the_walk() -> Vec<Step> {
    vec![
        step(on(12, 1), Citizen, None, (L1, L1), Open),
        step(on(12, 10), System, Some(Escalate), (L1, L2), Open),
        step(on(12, 11), Officer(L2), Some(Reply), (L2, L2), Open),
        step(on(12, 12), Officer(L2), Some(Resolve), (L2, L2), Resolved),
        step(on(12, 14), Citizen, Some(NotSatisfied), (L2, L3), Open),
        step(on(12, 16), Officer(L3), Some(Resolve), (L3, L3), Resolved),
        step(on(12, 18), Citizen, Some(Satisfied), (L3, L3), Closed),
    ]
}

#[test]
fn the_department_is_graded_on_the_whole_walk() {
    let figures = figures_of(&the_walk(), DECEMBER, 50, None);
    let want = MonthFigures {
        received: 1,
        disposed: 1,
        satisfied: 1,
        not_attended: 1,
        ..MonthFigures::default()
    };
    assert_eq!(figures, want);
    let total = score(figures).total();
    assert_eq!(total, 9000, "all but the 10 for attending to it");
    assert_eq!(grade(total, GradeCutoffs::default()), Grade::A);
}

#[test]
fn each_post_answers_for_its_own_level() {
    let walk = the_walk();
    let l1 = figures_of(&walk, DECEMBER, 50, Some(L1));
    assert_eq!((l1.received, l1.disposed, l1.not_attended), (1, 0, 1));
    let l2 = figures_of(&walk, DECEMBER, 50, Some(L2));
    assert_eq!((l2.received, l2.disposed, l2.not_attended), (1, 0, 0));
    let l3 = figures_of(&walk, DECEMBER, 50, Some(L3));
    assert_eq!((l3.received, l3.disposed, l3.satisfied), (1, 1, 1));
}

#[test]
fn another_month_sees_nothing_of_it() {
    let november = Month {
        year: 2026,
        month: 11,
    };
    assert_eq!(
        figures_of(&the_walk(), november, 50, None),
        MonthFigures::default()
    );
    assert_eq!(DECEMBER.last_day(), on(12, 31));
    assert_eq!(november.last_day(), on(11, 30));
}

#[test]
fn a_grievance_open_past_fifty_days_is_long_pending_until_disposed_of() {
    let filed = step(on(9, 1), Citizen, None, (L1, L1), Open);
    let open = [filed];
    let still = figures_of(&open, DECEMBER, 50, None);
    assert_eq!((still.long_pending, still.long_pending_disposed), (1, 0));
    let forced = [
        filed,
        step(
            on(12, 5),
            Officer(L3),
            Some(ForceClose),
            (L1, L1),
            ForceClosePending,
        ),
        step(
            on(12, 9),
            System,
            Some(ForceCloseTakesEffect),
            (L1, L1),
            ForceClosed,
        ),
    ];
    let december = figures_of(&forced, DECEMBER, 50, None);
    assert_eq!(
        (december.long_pending, december.long_pending_disposed),
        (1, 1)
    );
    assert_eq!((december.disposed, december.low_quality), (1, 1));
    let january = Month {
        year: 2027,
        month: 1,
    };
    assert_eq!(
        figures_of(&forced, january, 50, None),
        MonthFigures::default()
    );
}

#[test]
fn silence_is_counted_apart_and_sums_add_up() {
    let quiet = [
        step(on(12, 1), Citizen, None, (L1, L1), Open),
        step(on(12, 3), Officer(L1), Some(Resolve), (L1, L1), Resolved),
        step(on(12, 11), System, Some(NoAnswer), (L1, L1), Unconfirmed),
    ];
    let one = figures_of(&quiet, DECEMBER, 50, None);
    assert_eq!((one.disposed, one.unconfirmed, one.satisfied), (1, 1, 0));
    let both = one + figures_of(&the_walk(), DECEMBER, 50, None);
    assert_eq!((both.received, both.disposed, both.satisfied), (2, 2, 1));
}
