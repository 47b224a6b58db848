use super::*;

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

fn facts(today: Date, due: Option<Date>, since: Date, level: u8) -> Facts {
    Facts {
        today,
        due_on: due,
        status_since: since,
        appeal_level: level,
    }
}

#[test]
fn statuses_round_trip_through_their_stored_names() {
    for status in Status::ALL {
        assert_eq!(Status::parse(status.as_str()), Some(status));
    }
    assert_eq!(Status::parse("approved"), None);
}

#[test]
fn only_the_designated_officer_decides_and_only_while_undecided() {
    let f = facts(
        day(2026, 12, 1),
        Some(day(2026, 12, 10)),
        day(2026, 11, 30),
        0,
    );
    for (action, to) in [
        (Action::Approve, Status::Issued),
        (Action::Reject, Status::Rejected),
        (Action::AskInfo, Status::InfoRequested),
    ] {
        assert_eq!(
            next_status(Status::Received, action, Actor::DesignatedOfficer, &f),
            Ok(to)
        );
        assert_eq!(
            next_status(Status::UnderReview, action, Actor::DesignatedOfficer, &f),
            Ok(to)
        );
        for other in [
            Actor::Citizen,
            Actor::FirstAppealOfficer,
            Actor::SecondAppealAuthority,
        ] {
            assert_eq!(
                next_status(Status::Received, action, other, &f),
                Err(TransitionError::NotYours)
            );
        }
        for done in [
            Status::Issued,
            Status::Rejected,
            Status::InfoRequested,
            Status::FirstAppeal,
        ] {
            assert_eq!(
                next_status(done, action, Actor::DesignatedOfficer, &f),
                Err(TransitionError::WrongStatus),
                "{action:?} from {done:?}"
            );
        }
    }
}

#[test]
fn answering_a_request_puts_it_back_under_review() {
    let f = facts(day(2026, 12, 1), None, day(2026, 11, 30), 0);
    assert_eq!(
        next_status(
            Status::InfoRequested,
            Action::AnswerInfo,
            Actor::Citizen,
            &f
        ),
        Ok(Status::UnderReview)
    );
    assert_eq!(
        next_status(Status::Received, Action::AnswerInfo, Actor::Citizen, &f),
        Err(TransitionError::WrongStatus)
    );
}

#[test]
fn no_appeal_before_the_due_date_passes() {
    let due = day(2026, 12, 10);
    let f = facts(day(2026, 12, 10), Some(due), day(2026, 11, 30), 0);
    assert_eq!(
        appeal_open(Status::Received, &f),
        Err(TransitionError::AppealTooEarly)
    );
    // While the clock stands still nothing is overdue.
    let paused = facts(day(2027, 1, 10), None, day(2026, 12, 1), 0);
    assert_eq!(
        appeal_open(Status::InfoRequested, &paused),
        Err(TransitionError::AppealTooEarly)
    );
    assert_eq!(
        appeal_open(Status::Issued, &f),
        Err(TransitionError::WrongStatus)
    );
}

#[test]
fn a_first_appeal_lies_for_thirty_days_after_the_due_date() {
    let due = day(2026, 12, 10);
    let first_day = facts(day(2026, 12, 11), Some(due), day(2026, 11, 30), 0);
    assert_eq!(
        appeal_open(Status::Received, &first_day),
        Ok(Status::FirstAppeal)
    );
    assert_eq!(
        appeal_open(Status::UnderReview, &first_day),
        Ok(Status::FirstAppeal)
    );
    assert_eq!(
        appeal_deadline(Status::Received, &first_day),
        Some(day(2027, 1, 9))
    );
    let last_day = facts(day(2027, 1, 9), Some(due), day(2026, 11, 30), 0);
    assert_eq!(
        appeal_open(Status::Received, &last_day),
        Ok(Status::FirstAppeal)
    );
    let late = facts(day(2027, 1, 10), Some(due), day(2026, 11, 30), 0);
    assert_eq!(
        appeal_open(Status::Received, &late),
        Err(TransitionError::AppealTooLate)
    );
    assert!(is_overdue(Status::Received, &late));
}

#[test]
fn a_rejection_may_be_appealed_at_once_and_for_thirty_days() {
    let rejected_on = day(2026, 12, 3);
    let f = facts(rejected_on, Some(day(2026, 12, 10)), rejected_on, 0);
    assert_eq!(
        next_status(Status::Rejected, Action::Appeal, Actor::Citizen, &f),
        Ok(Status::FirstAppeal)
    );
    let late = facts(day(2027, 1, 3), Some(day(2026, 12, 10)), rejected_on, 0);
    assert_eq!(
        appeal_open(Status::Rejected, &late),
        Err(TransitionError::AppealTooLate)
    );
}

#[test]
fn the_appeal_officer_orders_or_dismisses() {
    let f = facts(
        day(2026, 12, 20),
        Some(day(2026, 12, 10)),
        day(2026, 12, 15),
        1,
    );
    assert_eq!(
        next_status(
            Status::FirstAppeal,
            Action::OrderDelivery,
            Actor::FirstAppealOfficer,
            &f
        ),
        Ok(Status::UnderReview)
    );
    assert_eq!(
        next_status(
            Status::FirstAppeal,
            Action::DismissAppeal,
            Actor::FirstAppealOfficer,
            &f
        ),
        Ok(Status::AppealDismissed)
    );
    assert_eq!(
        next_status(
            Status::FirstAppeal,
            Action::OrderDelivery,
            Actor::SecondAppealAuthority,
            &f
        ),
        Err(TransitionError::NotYours)
    );
    assert_eq!(
        next_status(
            Status::SecondAppeal,
            Action::OrderDelivery,
            Actor::FirstAppealOfficer,
            &f
        ),
        Err(TransitionError::NotYours)
    );
    assert_eq!(
        next_status(
            Status::SecondAppeal,
            Action::DismissAppeal,
            Actor::SecondAppealAuthority,
            &f
        ),
        Ok(Status::AppealDismissed)
    );
    assert_eq!(
        next_status(
            Status::Received,
            Action::OrderDelivery,
            Actor::FirstAppealOfficer,
            &f
        ),
        Err(TransitionError::WrongStatus)
    );
}

#[test]
fn a_second_appeal_follows_a_dismissal_or_a_missed_new_deadline() {
    let dismissed_on = day(2026, 12, 20);
    let f = facts(day(2027, 2, 18), Some(day(2026, 12, 10)), dismissed_on, 1);
    assert_eq!(
        appeal_open(Status::AppealDismissed, &f),
        Ok(Status::SecondAppeal)
    );
    let late = facts(day(2027, 2, 19), Some(day(2026, 12, 10)), dismissed_on, 1);
    assert_eq!(
        appeal_open(Status::AppealDismissed, &late),
        Err(TransitionError::AppealTooLate)
    );
    // Sent back with a new deadline that passed too.
    let missed = facts(day(2027, 1, 5), Some(day(2027, 1, 4)), day(2026, 12, 20), 1);
    assert_eq!(
        appeal_open(Status::UnderReview, &missed),
        Ok(Status::SecondAppeal)
    );
    // And nothing after the second.
    let done = facts(day(2027, 1, 5), Some(day(2027, 1, 4)), day(2026, 12, 20), 2);
    assert_eq!(
        appeal_open(Status::AppealDismissed, &done),
        Err(TransitionError::NoFurtherAppeal)
    );
}

#[test]
fn an_appeal_already_pending_cannot_be_filed_again() {
    let f = facts(day(2027, 1, 5), Some(day(2026, 12, 10)), day(2027, 1, 1), 1);
    assert_eq!(
        appeal_open(Status::FirstAppeal, &f),
        Err(TransitionError::WrongStatus)
    );
}
