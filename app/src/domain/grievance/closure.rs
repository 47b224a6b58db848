//! The days around closing: how long a citizen has to say whether they are satisfied, and how
//! long a forced close waits after the citizen is told. Both count calendar days, as the
//! citizen's own time does, not the office's.

use crate::domain::date::Date;
use crate::domain::grievance::settings::GrievanceSettings;

/// The first day on which a grievance resolved on `resolved_on` with no answer from the citizen
/// is left resolved but not confirmed.
pub fn unanswered_from(resolved_on: Date, settings: &GrievanceSettings) -> Date {
    resolved_on.add_days(i64::from(settings.satisfaction_wait_days) + 1)
}

/// The first day on which a forced close the citizen was told of on `told_on` takes effect.
pub fn force_close_effective_from(told_on: Date, settings: &GrievanceSettings) -> Date {
    told_on.add_days(i64::from(settings.force_close_notice_days) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> Date {
        Date::from_ymd(2026, 12, d).unwrap()
    }

    #[test]
    fn the_citizen_has_seven_whole_days_to_answer() {
        let settings = GrievanceSettings::default();
        assert_eq!(unanswered_from(day(1), &settings), day(9));
        let quick = GrievanceSettings {
            satisfaction_wait_days: 2,
            ..settings
        };
        assert_eq!(unanswered_from(day(1), &quick), day(4));
    }

    #[test]
    fn a_forced_close_waits_out_its_notice() {
        let settings = GrievanceSettings::default();
        assert_eq!(
            force_close_effective_from(day(28), &settings),
            Date::from_ymd(2027, 1, 1).unwrap()
        );
    }
}
