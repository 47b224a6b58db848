//! Limits on filing: how many grievances one mobile may file in a day, and when a new one looks
//! like a repeat of an earlier one (the same mobile and category within the repeat window). A
//! repeat is only pointed out to the citizen, never refused: the earlier one may be closed.

use crate::domain::date::Date;
use crate::domain::grievance::settings::GrievanceSettings;

/// Whether a mobile that has filed `filed_today` grievances today may file another.
pub fn may_file_another(filed_today: u32, settings: &GrievanceSettings) -> bool {
    filed_today < settings.daily_limit_per_mobile
}

/// Whether a grievance filed in `category` on `today` repeats one of the same mobile's earlier
/// grievances (each its category and the day it was filed).
pub fn looks_like_a_repeat<'a>(
    earlier: impl IntoIterator<Item = (&'a str, Date)>,
    category: &str,
    today: Date,
    settings: &GrievanceSettings,
) -> bool {
    let window = i64::from(settings.repeat_window_days);
    earlier.into_iter().any(|(their_category, filed_on)| {
        their_category == category && (0..=window).contains(&filed_on.days_until(today))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> Date {
        Date::from_ymd(2026, 12, d).unwrap()
    }

    #[test]
    fn five_a_day_by_default() {
        let settings = GrievanceSettings::default();
        assert!(may_file_another(4, &settings));
        assert!(!may_file_another(5, &settings));
        let ten = GrievanceSettings {
            daily_limit_per_mobile: 10,
            ..settings
        };
        assert!(may_file_another(9, &ten));
    }

    #[test]
    fn the_same_category_within_thirty_days_is_a_likely_repeat() {
        let settings = GrievanceSettings::default();
        let earlier = [("water-supply", day(1)), ("roads", day(20))];
        assert!(looks_like_a_repeat(
            earlier,
            "water-supply",
            day(31),
            &settings
        ));
        let in_january = Date::from_ymd(2027, 1, 1).unwrap();
        assert!(!looks_like_a_repeat(
            earlier,
            "water-supply",
            in_january,
            &settings
        ));
        assert!(!looks_like_a_repeat(
            earlier,
            "electricity",
            day(21),
            &settings
        ));
        assert!(looks_like_a_repeat(earlier, "roads", day(20), &settings));
    }
}
