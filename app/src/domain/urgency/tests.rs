use super::*;

fn day(d: u32) -> Date {
    Date::from_ymd(2026, 12, d).expect("a real date")
}

fn of(status: Status, due: Option<Date>, today: Date) -> Urgency {
    urgency(status, due, today, &HolidayCalendar::default())
}

#[test]
fn late_work_counts_its_calendar_days_late() {
    assert_eq!(
        of(Status::UnderReview, Some(day(1)), day(4)),
        Urgency::Overdue { days: 3 }
    );
    assert_eq!(of(Status::Received, Some(day(4)), day(4)), Urgency::DueSoon);
}

#[test]
fn due_soon_counts_working_days_so_a_weekend_does_not_hide_a_monday() {
    // Thursday 3 December, due Monday 7: Friday and Monday are the two working days left.
    assert_eq!(
        of(Status::UnderReview, Some(day(7)), day(3)),
        Urgency::DueSoon
    );
    // Tuesday 1 December, due Monday 7: four working days left.
    assert_eq!(
        of(Status::UnderReview, Some(day(7)), day(1)),
        Urgency::OnTime
    );
}

#[test]
fn the_citizen_s_turn_and_decided_work_are_not_urgent() {
    assert_eq!(
        of(Status::InfoRequested, Some(day(1)), day(9)),
        Urgency::Waiting
    );
    assert_eq!(of(Status::Received, None, day(9)), Urgency::Waiting);
    for decided in [Status::Issued, Status::Rejected, Status::AppealDismissed] {
        assert_eq!(of(decided, Some(day(1)), day(9)), Urgency::Done);
    }
}

#[test]
fn an_appeal_is_on_time_however_near_its_date() {
    assert_eq!(
        of(Status::FirstAppeal, Some(day(1)), day(9)),
        Urgency::OnTime
    );
}
