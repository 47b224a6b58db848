use super::*;

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

fn working(days: u32) -> TimeLimit {
    TimeLimit {
        days,
        working_days: true,
        confirmed: true,
    }
}

fn calendar_days(days: u32) -> TimeLimit {
    TimeLimit {
        days,
        working_days: false,
        confirmed: true,
    }
}

fn holiday(y: i32, m: u32, d: u32, en: &str) -> (Date, BilingualText) {
    (date(y, m, d), BilingualText::new("अवकाश", en))
}

/// Saturday and Sunday off; Republic Day (a Monday) and Independence Day (a Saturday) in 2026.
fn cal() -> HolidayCalendar {
    HolidayCalendar::new(
        DEFAULT_WEEKLY_OFFS.to_vec(),
        vec![
            holiday(2026, 8, 15, "Independence Day"),
            holiday(2026, 1, 26, "Republic Day"),
        ],
    )
}

#[test]
fn weekends_are_skipped() {
    // Received Friday 2 January 2026: Monday, Tuesday, Wednesday.
    assert_eq!(
        due_date(date(2026, 1, 2), &working(3), &cal()),
        date(2026, 1, 7)
    );
    // Received on a Saturday: counting still starts the next day, the first working day Monday.
    assert_eq!(
        due_date(date(2026, 1, 3), &working(1), &cal()),
        date(2026, 1, 5)
    );
}

#[test]
fn holidays_are_skipped() {
    // Received Friday 23 January; Monday 26 is Republic Day.
    assert_eq!(
        due_date(date(2026, 1, 23), &working(3), &cal()),
        date(2026, 1, 29)
    );
    let no_holidays = HolidayCalendar::default();
    assert_eq!(
        due_date(date(2026, 1, 23), &working(3), &no_holidays),
        date(2026, 1, 28)
    );
}

#[test]
fn a_holiday_on_a_weekend_changes_nothing() {
    let day = date(2026, 8, 15);
    assert_eq!(day.weekday(), Weekday::Saturday);
    assert_eq!(
        cal().holiday(day).map(|name| name.en.as_str()),
        Some("Independence Day")
    );
    assert!(!cal().is_working_day(day));
    let received = date(2026, 8, 14);
    assert_eq!(due_date(received, &working(2), &cal()), date(2026, 8, 18));
    assert_eq!(
        due_date(received, &working(2), &cal()),
        due_date(received, &working(2), &HolidayCalendar::default())
    );
}

#[test]
fn working_days_cross_the_year_end() {
    // Wednesday 30 December 2026: Thu 31, Fri 1, Mon 4 … Fri 8 January 2027.
    assert_eq!(
        due_date(date(2026, 12, 30), &working(7), &cal()),
        date(2027, 1, 8)
    );
    let with_new_year = HolidayCalendar::new(
        DEFAULT_WEEKLY_OFFS.to_vec(),
        vec![holiday(2027, 1, 1, "New Year")],
    );
    assert_eq!(
        due_date(date(2026, 12, 30), &working(7), &with_new_year),
        date(2027, 1, 11)
    );
}

#[test]
fn calendar_days_through_a_leap_day() {
    let received = date(2028, 2, 28); // a Monday
    let cal = HolidayCalendar::default();
    assert_eq!(
        due_date(received, &calendar_days(1), &cal),
        date(2028, 2, 29)
    );
    assert_eq!(
        due_date(received, &calendar_days(2), &cal),
        date(2028, 3, 1)
    );
    // Saturday 4 March: the office is closed, so Monday 6 March.
    assert_eq!(
        due_date(received, &calendar_days(5), &cal),
        date(2028, 3, 6)
    );
    assert_eq!(
        due_date(date(2027, 2, 28), &calendar_days(1), &cal),
        date(2027, 3, 1)
    );
}

#[test]
fn a_calendar_day_limit_ending_on_a_holiday_moves_to_the_next_working_day() {
    // Thursday 16 July + 30 days = Saturday 15 August (a holiday too): Monday 17 August.
    assert_eq!(
        due_date(date(2026, 7, 16), &calendar_days(30), &cal()),
        date(2026, 8, 17)
    );
    // Ending on Republic Day, a Monday: Tuesday.
    assert_eq!(
        due_date(date(2026, 1, 19), &calendar_days(7), &cal()),
        date(2026, 1, 27)
    );
    // Ending on a working day: as is.
    assert_eq!(
        due_date(date(2026, 1, 19), &calendar_days(8), &cal()),
        date(2026, 1, 27)
    );
    assert_eq!(
        due_date(date(2026, 1, 19), &calendar_days(9), &cal()),
        date(2026, 1, 28)
    );
}

#[test]
fn same_day_services_are_due_the_day_received() {
    for limit in [working(0), calendar_days(0)] {
        assert_eq!(due_date(date(2026, 1, 5), &limit, &cal()), date(2026, 1, 5));
        // Even when a centre takes it on a holiday.
        assert_eq!(
            due_date(date(2026, 1, 26), &limit, &cal()),
            date(2026, 1, 26)
        );
    }
}

#[test]
fn a_pause_extends_by_the_counted_days_inside_it() {
    let received = date(2026, 1, 5); // Monday
    let limit = working(10);
    let cal = HolidayCalendar::default();
    assert_eq!(due_date(received, &limit, &cal), date(2026, 1, 19));
    // Asked on Wednesday 7, answered Monday 12: Thu 8, Fri 9 and Mon 12 do not count.
    let pause = Pause {
        from: date(2026, 1, 7),
        to: Some(date(2026, 1, 12)),
    };
    assert_eq!(
        due_date_with_pauses(received, &limit, &cal, &[pause]),
        Some(date(2026, 1, 22))
    );
    // Overlapping pauses do not count a day twice.
    let inner = Pause {
        from: date(2026, 1, 9),
        to: Some(date(2026, 1, 12)),
    };
    assert_eq!(
        due_date_with_pauses(received, &limit, &cal, &[pause, inner]),
        Some(date(2026, 1, 22))
    );
    // Asked and answered the same day: nothing changes.
    let same_day = Pause {
        from: date(2026, 1, 7),
        to: Some(date(2026, 1, 7)),
    };
    assert_eq!(
        due_date_with_pauses(received, &limit, &cal, &[same_day]),
        Some(date(2026, 1, 19))
    );
}

#[test]
fn a_pause_stops_calendar_days_too() {
    let received = date(2026, 1, 5);
    let cal = HolidayCalendar::default();
    assert_eq!(
        due_date(received, &calendar_days(15), &cal),
        date(2026, 1, 20)
    );
    let pause = Pause {
        from: date(2026, 1, 10),
        to: Some(date(2026, 1, 12)),
    };
    assert_eq!(
        due_date_with_pauses(received, &calendar_days(15), &cal, &[pause]),
        Some(date(2026, 1, 22))
    );
}

#[test]
fn an_open_pause_leaves_no_due_date_until_answered() {
    let received = date(2026, 1, 5);
    let open = Pause {
        from: date(2026, 1, 7),
        to: None,
    };
    assert_eq!(
        due_date_with_pauses(received, &working(10), &cal(), &[open]),
        None
    );
    assert_eq!(
        due_date_with_pauses(received, &calendar_days(10), &cal(), &[open]),
        None
    );
    // Asked only on the due day or later: the clock had already run out.
    let late = Pause {
        from: date(2026, 1, 19),
        to: None,
    };
    assert_eq!(
        due_date_with_pauses(received, &working(10), &cal(), &[late]),
        Some(date(2026, 1, 19))
    );
}

#[test]
fn pauses_outside_the_count_change_nothing() {
    let received = date(2026, 1, 5);
    let before = Pause {
        from: date(2025, 12, 1),
        to: Some(date(2026, 1, 5)),
    };
    let after = Pause {
        from: date(2026, 2, 1),
        to: Some(date(2026, 2, 10)),
    };
    assert_eq!(
        due_date_with_pauses(received, &working(10), &cal(), &[before, after]),
        Some(date(2026, 1, 19))
    );
}

#[test]
fn working_days_between_counts_after_from_up_to_to() {
    let cal = cal();
    assert_eq!(
        working_days_between(date(2026, 1, 2), date(2026, 1, 9), &cal),
        5
    );
    assert_eq!(
        working_days_between(date(2026, 1, 9), date(2026, 1, 2), &cal),
        -5
    );
    assert_eq!(
        working_days_between(date(2026, 1, 2), date(2026, 1, 2), &cal),
        0
    );
    assert_eq!(
        working_days_between(date(2026, 1, 23), date(2026, 1, 30), &cal),
        4
    );
    assert_eq!(
        working_days_between(date(2026, 1, 2), date(2026, 1, 4), &cal),
        0
    );
}

#[test]
fn the_first_appeal_closes_thirty_days_after_the_due_date() {
    assert_eq!(first_appeal_deadline(date(2026, 1, 19)), date(2026, 2, 18));
    assert_eq!(first_appeal_deadline(date(2026, 12, 15)), date(2027, 1, 14));
}

#[test]
fn the_penalty_is_250_a_day_up_to_5000() {
    assert_eq!(penalty_rupees(-5), 0);
    assert_eq!(penalty_rupees(0), 0);
    assert_eq!(penalty_rupees(1), 250);
    assert_eq!(penalty_rupees(3), 750);
    assert_eq!(penalty_rupees(20), 5000);
    assert_eq!(penalty_rupees(21), 5000);
    assert_eq!(penalty_rupees(i64::MAX), 5000);
}

#[test]
fn standing_against_the_due_date() {
    let cal = HolidayCalendar::default();
    let due = date(2026, 1, 19); // Monday
    let today = date(2026, 1, 14); // Wednesday: Thu, Fri, Mon left
    assert_eq!(
        standing(due, today, true, &cal),
        ClockStanding::OnTime {
            working_days_left: 3
        }
    );
    assert_eq!(
        standing(due, today, false, &cal),
        ClockStanding::OnTime {
            working_days_left: 5
        }
    );
    assert_eq!(standing(due, due, true, &cal), ClockStanding::DueToday);
    assert_eq!(
        standing(due, date(2026, 1, 22), true, &cal),
        ClockStanding::Overdue { days: 3 }
    );
}

#[test]
fn a_calendar_is_read_from_tab_separated_lines() {
    let text = "# a sample\r\n# weekly_off: Sunday\r\n\ndate\tname_hi\tname_en\n\
                2026-08-15\tस्वतंत्रता दिवस\tIndependence Day\r\n\
                2026-01-26\tगणतंत्र दिवस\tRepublic Day\n";
    let cal = HolidayCalendar::parse_tsv(text).unwrap();
    assert_eq!(cal.weekly_offs(), &[Weekday::Sunday]);
    assert_eq!(cal.holidays().len(), 2);
    assert_eq!(cal.holidays()[0].0, date(2026, 1, 26), "sorted by date");
    assert_eq!(cal.holiday(date(2026, 8, 15)).unwrap().hi, "स्वतंत्रता दिवस");
    assert!(
        cal.is_working_day(date(2026, 1, 3)),
        "Saturday works with only Sunday off"
    );
    assert!(!cal.is_working_day(date(2026, 1, 4)));
    assert!(!cal.is_working_day(date(2026, 1, 26)));
}

#[test]
fn without_a_directive_saturday_and_sunday_are_off() {
    let cal = HolidayCalendar::parse_tsv("2026-01-26\tगणतंत्र दिवस\tRepublic Day\n").unwrap();
    assert_eq!(cal.weekly_offs(), &[Weekday::Saturday, Weekday::Sunday]);
    let none = HolidayCalendar::parse_tsv("# weekly_off: none\n").unwrap();
    assert!(none.weekly_offs().is_empty());
    assert!(none.is_working_day(date(2026, 1, 4)));
}

#[test]
fn malformed_calendars_name_the_line() {
    for (text, line) in [
        ("2026-02-30\tx\ty\n", "line 1"),
        ("\n2026-01-26\tगणतंत्र दिवस\n", "line 2"),
        ("2026-01-26\t\tRepublic Day\n", "line 1"),
        ("26-01-2026\tx\ty\n", "line 1"),
        ("# weekly_off: funday\n", "line 1"),
        ("# weekly_off: sunday\n# weekly_off: saturday\n", "line 2"),
        (
            "# weekly_off: mon, tue, wed, thu, fri, sat, sun\n",
            "line 1",
        ),
    ] {
        let error = HolidayCalendar::parse_tsv(text).unwrap_err();
        assert!(error.starts_with(line), "{text:?}: {error}");
    }
}

#[test]
fn a_calendar_with_every_day_off_still_ends_its_counts() {
    let cal = HolidayCalendar::new(Weekday::ALL.to_vec(), Vec::new());
    assert!(cal.weekly_offs().is_empty());
    assert_eq!(
        due_date(date(2026, 1, 5), &working(2), &cal),
        date(2026, 1, 7)
    );
}

#[test]
fn two_festivals_on_one_day_both_stay() {
    let cal = HolidayCalendar::new(
        Vec::new(),
        vec![
            holiday(2026, 3, 4, "B"),
            holiday(2026, 3, 4, "A"),
            holiday(2026, 3, 3, "C"),
        ],
    );
    assert_eq!(cal.holidays().len(), 3);
    assert_eq!(cal.holiday(date(2026, 3, 4)).unwrap().en, "B");
    assert_eq!(cal.holiday(date(2026, 3, 5)), None);
}

#[test]
fn a_calendar_survives_serde() {
    let cal = cal();
    let json = serde_json::to_string(&cal).unwrap();
    assert_eq!(serde_json::from_str::<HolidayCalendar>(&json).unwrap(), cal);
    let unsorted = r#"{"weekly_offs":["sunday"],"holidays":[
        ["2026-08-15",{"hi":"स्वतंत्रता दिवस","en":"Independence Day"}],
        ["2026-01-26",{"hi":"गणतंत्र दिवस","en":"Republic Day"}]]}"#;
    let read: HolidayCalendar = serde_json::from_str(unsorted).unwrap();
    assert!(read.holiday(date(2026, 1, 26)).is_some());
    assert!(read.holiday(date(2026, 8, 15)).is_some());
}

#[test]
fn the_sample_calendar_file_reads() {
    let text = include_str!("../../../../server/data/holidays.tsv");
    let cal = HolidayCalendar::parse_tsv(text).unwrap();
    assert_eq!(cal.weekly_offs(), &[Weekday::Saturday, Weekday::Sunday]);
    assert_eq!(cal.holiday(date(2026, 1, 26)).unwrap().en, "Republic Day");
    assert_eq!(cal.holiday(date(2026, 10, 2)).unwrap().hi, "गांधी जयंती");
    assert!(cal.holiday(date(2027, 8, 15)).is_some());
    for (day, name) in cal.holidays() {
        assert!(!name.hi.is_ascii() && name.en.is_ascii(), "{day}: {name:?}");
    }
}

#[test]
fn extending_a_known_due_date_agrees_with_counting_from_receipt() {
    let cal = cal();
    let received = date(2026, 1, 6);
    for limit in [working(7), working(30), calendar_days(15), calendar_days(1)] {
        let due = due_date(received, &limit, &cal);
        if !limit.working_days && due != received.add_days(i64::from(limit.days)) {
            // A calendar-day due date already moved off a closed day: extending it counts from
            // the day the office opens, which is the citizen's side of the rounding.
            continue;
        }
        for asked in 0..40 {
            for answered_after in 0..25 {
                let from = received.add_days(asked);
                let pause = Pause {
                    from,
                    to: Some(from.add_days(answered_after)),
                };
                let counted = due_date_with_pauses(received, &limit, &cal, &[pause]).unwrap();
                let extended = extend_for_pause(due, pause, limit.working_days, &cal);
                assert_eq!(
                    extended, counted,
                    "{limit:?} asked {from:?} answered +{answered_after}"
                );
            }
        }
    }
}

#[test]
fn an_open_pause_does_not_move_a_known_due_date() {
    let cal = cal();
    let due = date(2026, 1, 20);
    let pause = Pause {
        from: date(2026, 1, 10),
        to: None,
    };
    assert_eq!(extend_for_pause(due, pause, true, &cal), due);
}
