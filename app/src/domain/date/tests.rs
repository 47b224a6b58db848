use super::*;

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

#[test]
fn the_epoch_is_day_zero_and_a_thursday() {
    let epoch = date(1970, 1, 1);
    assert_eq!(epoch.days_since_epoch(), 0);
    assert_eq!(epoch.weekday(), Weekday::Thursday);
    assert_eq!(Date::from_days_since_epoch(-1).ymd(), (1969, 12, 31));
}

#[test]
fn known_days_since_the_epoch() {
    assert_eq!(date(2000, 3, 1).days_since_epoch(), 11_017);
    assert_eq!(date(2026, 1, 1).days_since_epoch(), 20_454);
    assert_eq!(date(1900, 1, 1).days_since_epoch(), -25_567);
}

#[test]
fn every_day_from_1899_to_2101_round_trips_and_follows_the_previous() {
    let mut previous = date(1899, 1, 1);
    let mut count = 0;
    for year in 1899..=2101 {
        for month in 1..=12 {
            for day in 1..=days_in_month(year, month) {
                let current = date(year, month, day);
                assert_eq!(current.ymd(), (year, month, day));
                if count > 0 {
                    assert_eq!(previous.days_until(current), 1, "{year}-{month}-{day}");
                }
                previous = current;
                count += 1;
            }
        }
    }
    assert_eq!(count, 203 * 365 + 49); // 1900 and 2100 are not leap years
}

#[test]
fn impossible_days_are_refused() {
    assert_eq!(Date::from_ymd(2026, 4, 31), None);
    assert_eq!(Date::from_ymd(2026, 2, 29), None);
    assert_eq!(Date::from_ymd(1900, 2, 29), None);
    assert!(Date::from_ymd(2000, 2, 29).is_some());
    assert!(Date::from_ymd(2028, 2, 29).is_some());
    assert_eq!(Date::from_ymd(2026, 13, 1), None);
    assert_eq!(Date::from_ymd(2026, 0, 1), None);
    assert_eq!(Date::from_ymd(2026, 1, 0), None);
}

#[test]
fn leap_years_follow_the_gregorian_rule() {
    assert!(is_leap_year(2024));
    assert!(is_leap_year(2000));
    assert!(!is_leap_year(1900));
    assert!(!is_leap_year(2026));
    assert!(is_leap_year(2028));
}

#[test]
fn weekdays_are_right() {
    assert_eq!(date(2026, 1, 26).weekday(), Weekday::Monday);
    assert_eq!(date(2026, 8, 15).weekday(), Weekday::Saturday);
    assert_eq!(date(2026, 11, 8).weekday(), Weekday::Sunday);
    assert_eq!(date(1969, 12, 31).weekday(), Weekday::Wednesday);
    assert_eq!(Weekday::Sunday.number_from_monday(), 7);
    assert_eq!(Weekday::Monday.number_from_monday(), 1);
}

#[test]
fn weekday_names_are_read_in_full_or_short() {
    assert_eq!(Weekday::parse(" Sunday "), Some(Weekday::Sunday));
    assert_eq!(Weekday::parse("sat"), Some(Weekday::Saturday));
    assert_eq!(Weekday::parse("sa"), None);
    assert_eq!(Weekday::parse("someday"), None);
}

#[test]
fn unix_seconds_give_the_utc_day() {
    assert_eq!(Date::from_unix_seconds(0), date(1970, 1, 1));
    assert_eq!(Date::from_unix_seconds(86_399), date(1970, 1, 1));
    assert_eq!(Date::from_unix_seconds(-1), date(1969, 12, 31));
    assert_eq!(Date::from_unix_seconds(1_772_668_800), date(2026, 3, 5));
}

#[test]
fn adding_days_crosses_months_and_years() {
    assert_eq!(date(2026, 12, 30).add_days(3), date(2027, 1, 2));
    assert_eq!(date(2028, 2, 28).add_days(1), date(2028, 2, 29));
    assert_eq!(date(2026, 2, 28).add_days(1), date(2026, 3, 1));
    assert_eq!(date(2026, 3, 1).add_days(-1), date(2026, 2, 28));
    assert_eq!(date(2026, 1, 1).days_until(date(2027, 1, 1)), 365);
    assert_eq!(date(2028, 1, 1).days_until(date(2029, 1, 1)), 366);
    assert_eq!(date(2027, 1, 1).days_until(date(2026, 1, 1)), -365);
    assert_eq!(Date::MAX.add_days(1), Date::MAX);
    assert_eq!(Date::MIN.add_days(i64::MIN), Date::MIN);
}

#[test]
fn typed_dates_in_every_accepted_shape() {
    let expected = Ok(date(2026, 3, 5));
    for text in [
        "05-03-2026",
        "05/03/2026",
        "05.03.2026",
        "5-3-2026",
        "5/03/2026",
        "  05-03-2026 ",
        "०५-०३-२०२६",
        "५/३/२०२६",
    ] {
        assert_eq!(Date::parse_dmy(text), expected, "{text}");
    }
}

#[test]
fn misshapen_typed_dates_are_format_errors() {
    for text in [
        "",
        "05032026",
        "05-03-26",
        "05-03/2026",
        "2026-03-05",
        "005-03-2026",
        "05-03-2026-1",
        "a5-03-2026",
        "+5-03-2026",
        "05 03 2026",
        "05-03-1899",
        "05-03-2101",
        "05--2026",
    ] {
        assert_eq!(Date::parse_dmy(text), Err(DateParseError::Format), "{text}");
    }
}

#[test]
fn well_shaped_but_impossible_dates_are_not_real() {
    for text in [
        "30-02-2024",
        "29-02-2026",
        "31-04-2026",
        "01-13-2026",
        "00-01-2026",
        "32-01-2026",
    ] {
        assert_eq!(
            Date::parse_dmy(text),
            Err(DateParseError::NotReal),
            "{text}"
        );
    }
    assert_eq!(Date::parse_dmy("29-02-2024"), Ok(date(2024, 2, 29)));
    assert_eq!(Date::parse_dmy("01-01-1900"), Ok(date(1900, 1, 1)));
    assert_eq!(Date::parse_dmy("31-12-2100"), Ok(date(2100, 12, 31)));
}

#[test]
fn dates_are_written_for_citizens_and_for_machines() {
    let day = date(2026, 3, 5);
    assert_eq!(day.format_dmy(), "05-03-2026");
    assert_eq!(day.to_iso(), "2026-03-05");
    assert_eq!(day.to_string(), "2026-03-05");
    assert_eq!(Date::parse_iso("2026-03-05"), Some(day));
    assert_eq!(Date::parse_dmy(&day.format_dmy()), Ok(day));
}

#[test]
fn iso_reading_is_strict() {
    for text in [
        "2026-3-05",
        "2026-02-30",
        "26-03-05",
        "2026/03/05",
        " 2026-03-05",
        "२०२६-०३-०५",
        "2026-0३-05",
    ] {
        assert_eq!(Date::parse_iso(text), None, "{text}");
    }
    assert_eq!(
        Date::parse_iso("0001-01-01").map(Date::ymd),
        Some((1, 1, 1))
    );
}

#[test]
fn serde_uses_the_iso_string() {
    let day = date(2026, 3, 5);
    assert_eq!(serde_json::to_string(&day).unwrap(), "\"2026-03-05\"");
    assert_eq!(serde_json::from_str::<Date>("\"2026-03-05\"").unwrap(), day);
    assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
    assert!(serde_json::from_str::<Date>("20517").is_err());
    assert_eq!(
        serde_json::to_string(&Weekday::Saturday).unwrap(),
        "\"saturday\""
    );
}

#[test]
fn dates_order_by_time() {
    assert!(date(2026, 12, 31) < date(2027, 1, 1));
    assert!(date(1969, 12, 31) < date(1970, 1, 1));
}
