use super::*;

fn day(m: u32, d: u32) -> Date {
    Date::from_ymd(2026, m, d).expect("a real date")
}

fn clock(due: Date) -> Clockwork {
    Clockwork {
        due,
        paused_on: None,
        appeal_level: 0,
        penalty_rupees: None,
    }
}

fn change(
    action: Action,
    from: Status,
    today: Date,
    calendar: &HolidayCalendar,
) -> ChangeFacts<'_> {
    ChangeFacts {
        action,
        from,
        today,
        new_due: None,
        working_days: true,
        calendar,
    }
}

#[test]
fn asking_for_information_stops_the_clock_and_the_answer_moves_the_due_date_on() {
    let calendar = HolidayCalendar::default();
    let asked = after_change(
        clock(day(12, 14)),
        change(Action::AskInfo, Status::UnderReview, day(12, 1), &calendar),
    );
    assert_eq!(asked.paused_on, Some(day(12, 1)));
    assert_eq!(
        asked.due,
        day(12, 14),
        "asking alone does not move the date"
    );
    let answered = after_change(
        asked,
        change(
            Action::AnswerInfo,
            Status::InfoRequested,
            day(12, 8),
            &calendar,
        ),
    );
    assert_eq!(answered.paused_on, None);
    let pause = Pause {
        from: day(12, 1),
        to: Some(day(12, 8)),
    };
    assert_eq!(
        answered.due,
        extend_for_pause(day(12, 14), pause, true, &calendar)
    );
    assert!(
        answered.due > day(12, 14),
        "a week standing still moves the date on"
    );
}

#[test]
fn an_appeal_raises_the_level() {
    let calendar = HolidayCalendar::default();
    let first = after_change(
        clock(day(12, 1)),
        change(Action::Appeal, Status::Rejected, day(12, 5), &calendar),
    );
    assert_eq!(first.appeal_level, 1);
    let second = after_change(
        first,
        change(Action::Appeal, Status::FirstAppeal, day(12, 9), &calendar),
    );
    assert_eq!(second.appeal_level, 2);
}

#[test]
fn an_order_at_the_second_appeal_fines_the_late_officer_within_the_cap() {
    let calendar = HolidayCalendar::default();
    let ten_days = after_change(
        clock(day(12, 1)),
        change(
            Action::OrderDelivery,
            Status::SecondAppeal,
            day(12, 11),
            &calendar,
        ),
    );
    assert_eq!(ten_days.penalty_rupees, Some(2_500));
    let a_month = after_change(
        clock(day(11, 1)),
        change(
            Action::OrderDelivery,
            Status::SecondAppeal,
            day(12, 11),
            &calendar,
        ),
    );
    assert_eq!(a_month.penalty_rupees, Some(5_000));
}

#[test]
fn a_first_appeal_order_sets_the_new_deadline_without_a_fine() {
    let calendar = HolidayCalendar::default();
    let mut facts = change(
        Action::OrderDelivery,
        Status::FirstAppeal,
        day(12, 11),
        &calendar,
    );
    facts.new_due = Some(day(12, 18));
    let ordered = after_change(clock(day(12, 1)), facts);
    assert_eq!(ordered.penalty_rupees, None);
    assert_eq!(ordered.due, day(12, 18));
}

#[test]
fn an_order_on_time_fines_nobody() {
    let calendar = HolidayCalendar::default();
    let ordered = after_change(
        clock(day(12, 20)),
        change(
            Action::OrderDelivery,
            Status::SecondAppeal,
            day(12, 11),
            &calendar,
        ),
    );
    assert_eq!(ordered.penalty_rupees, None);
}

#[test]
fn a_decision_leaves_the_clock_as_it_was() {
    let calendar = HolidayCalendar::default();
    let before = clock(day(12, 14));
    for action in [Action::Approve, Action::Reject, Action::DismissAppeal] {
        assert_eq!(
            after_change(
                before,
                change(action, Status::UnderReview, day(12, 3), &calendar)
            ),
            before
        );
    }
}
