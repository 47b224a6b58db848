//! A level's days and the automatic step up. The days count as a service's working-day limit
//! does ([`crate::domain::clock`]): from the day after the grievance reached the level, weekly
//! offs and holidays skipped; the level's last day is its due date, and the day after it the
//! grievance moves up (from L1 and L2 only). Each level gets its full days: a grievance that
//! reaches L2 late in the day still has all of L2's days from that day.

use crate::domain::catalogue::TimeLimit;
use crate::domain::clock::{HolidayCalendar, due_date};
use crate::domain::date::Date;
use crate::domain::grievance::level::Level;
use crate::domain::grievance::settings::LevelDays;

/// The last day a grievance that reached `level` on `arrived` has there; none above L3.
pub fn level_due(
    level: Level,
    arrived: Date,
    days: LevelDays,
    cal: &HolidayCalendar,
) -> Option<Date> {
    let limit = TimeLimit {
        days: days.at(level)?,
        working_days: true,
        confirmed: true,
    };
    Some(due_date(arrived, &limit, cal))
}

/// Whether a grievance at `level` since `arrived` is past its level's last day on `today`.
pub fn is_late(
    level: Level,
    arrived: Date,
    today: Date,
    days: LevelDays,
    cal: &HolidayCalendar,
) -> bool {
    level_due(level, arrived, days, cal).is_some_and(|due| today > due)
}

/// Where a grievance waiting at `level` since `arrived` moves on `today` on its own: one level
/// up once its level's days have run out, from L1 and L2; nowhere otherwise.
pub fn moves_up_on(
    level: Level,
    arrived: Date,
    today: Date,
    days: LevelDays,
    cal: &HolidayCalendar,
    highest: Level,
) -> Option<Level> {
    if !level.escalates_on_its_own() || !is_late(level, arrived, today, days, cal) {
        return None;
    }
    level.above(highest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::Weekday;
    use crate::domain::language::BilingualText;

    fn day(d: u32) -> Date {
        Date::from_ymd(2026, 12, d).unwrap()
    }

    /// Saturdays and Sundays off, and 25 December a holiday.
    fn calendar() -> HolidayCalendar {
        HolidayCalendar::new(
            vec![Weekday::Saturday, Weekday::Sunday],
            vec![(day(25), BilingualText::new("क्रिसमस", "Christmas"))],
        )
    }

    #[test]
    fn seven_working_days_skip_weekends_and_holidays() {
        // Received Thursday 17 December: Fri 18, Mon 21, Tue 22, Wed 23, Thu 24, (Fri 25 is a
        // holiday), Mon 28, Tue 29.
        let due = level_due(Level::L1, day(17), LevelDays::default(), &calendar());
        assert_eq!(due, Some(day(29)));
        assert_eq!(
            level_due(Level::L4, day(17), LevelDays::default(), &calendar()),
            None
        );
    }

    #[test]
    fn a_grievance_moves_up_the_day_after_its_last_day_and_not_before() {
        let (days, cal) = (LevelDays::default(), calendar());
        let up = |level, today| moves_up_on(level, day(17), today, days, &cal, Level::L5);
        assert_eq!(up(Level::L1, day(29)), None, "the last day is still L1's");
        assert_eq!(up(Level::L1, day(30)), Some(Level::L2));
        assert_eq!(up(Level::L2, day(30)), Some(Level::L3));
    }

    #[test]
    fn from_l3_nothing_moves_on_its_own_though_it_is_late() {
        let (days, cal) = (LevelDays::default(), calendar());
        assert_eq!(
            moves_up_on(Level::L3, day(1), day(30), days, &cal, Level::L5),
            None
        );
        assert!(is_late(Level::L3, day(1), day(30), days, &cal));
        assert!(!is_late(Level::L4, day(1), day(30), days, &cal));
    }

    #[test]
    fn a_level_with_no_days_is_due_the_day_it_is_reached() {
        let days = LevelDays {
            l1: 0,
            l2: 7,
            l3: 7,
        };
        let cal = calendar();
        assert_eq!(
            moves_up_on(Level::L1, day(17), day(17), days, &cal, Level::L5),
            None
        );
        assert_eq!(
            moves_up_on(Level::L1, day(17), day(18), days, &cal, Level::L5),
            Some(Level::L2)
        );
    }
}
