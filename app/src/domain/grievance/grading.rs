//! The monthly grading of departments, districts and officer posts, out of 100:
//!
//! - 60 for the share of the month's disposals closed with the citizen satisfied;
//! - 20 for disposing of grievances pending longer than the long-pending days (50);
//! - 10 for closures that were not of low quality (forced or special closes count against);
//! - 10 for grievances attended to (those whose level's days ran out with no action note count
//!   against).
//!
//! A part with nothing to measure (no disposals, nothing long pending, nothing received) is
//! given in full, except the first: a unit that received grievances and disposed of none has no
//! satisfied citizens to show. Points are kept in hundredths, so a month's score is the same
//! wherever and whenever it is worked out.

use crate::domain::grievance::settings::GradeCutoffs;
use serde::{Deserialize, Serialize};

/// What one unit (a department, a district or an officer post) did in one month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthFigures {
    /// Grievances that reached the unit in the month (filed, escalated or reopened there).
    pub received: u32,
    /// Grievances the unit disposed of in the month: closed in any way, or resolved and left
    /// unconfirmed.
    pub disposed: u32,
    /// Of those, closed with the citizen satisfied.
    pub satisfied: u32,
    /// Of those, resolved with no answer from the citizen (counted apart: neither satisfied nor
    /// of low quality).
    pub unconfirmed: u32,
    /// Of those, closed by force or by a special close.
    pub low_quality: u32,
    /// Grievances pending longer than the long-pending days at some point in the month.
    pub long_pending: u32,
    /// Of those, disposed of in the month.
    pub long_pending_disposed: u32,
    /// Grievances whose level's days ran out in the month with no action note.
    pub not_attended: u32,
}

/// The four parts and the total, in hundredths of a point (6000 is 60 points).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// Out of 6000.
    pub satisfied: u32,
    /// Out of 2000.
    pub long_pending: u32,
    /// Out of 1000.
    pub quality: u32,
    /// Out of 1000.
    pub attended: u32,
}

impl Score {
    /// Out of 10000.
    pub fn total(self) -> u32 {
        self.satisfied + self.long_pending + self.quality + self.attended
    }
}

/// A unit's grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grade {
    /// The best.
    A,
    /// Good.
    B,
    /// Fair.
    C,
    /// Poor.
    D,
}

impl Grade {
    /// `A` … `D`.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
            Grade::D => "D",
        }
    }
}

/// `max` hundredths scaled by `part / whole`, rounded half up; `when_none` when `whole` is 0.
fn share(max: u32, part: u32, whole: u32, when_none: u32) -> u32 {
    if whole == 0 {
        return when_none;
    }
    let part = u64::from(part.min(whole));
    let scaled = (u64::from(max) * part * 2 + u64::from(whole)) / (2 * u64::from(whole));
    scaled as u32
}

/// The month's score.
pub fn score(month: MonthFigures) -> Score {
    let satisfied_none = if month.received == 0 { 6000 } else { 0 };
    let good_closures = month.disposed.saturating_sub(month.low_quality);
    let attended = month.received.saturating_sub(month.not_attended);
    Score {
        satisfied: share(6000, month.satisfied, month.disposed, satisfied_none),
        long_pending: share(2000, month.long_pending_disposed, month.long_pending, 2000),
        quality: share(1000, good_closures, month.disposed, 1000),
        attended: share(1000, attended, month.received, 1000),
    }
}

/// The grade for a score out of 10000.
pub fn grade(total: u32, cutoffs: GradeCutoffs) -> Grade {
    let points = |cutoff: u32| cutoff * 100;
    if total >= points(cutoffs.a) {
        Grade::A
    } else if total >= points(cutoffs.b) {
        Grade::B
    } else if total >= points(cutoffs.c) {
        Grade::C
    } else {
        Grade::D
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_in_full_makes_a_hundred_and_an_a() {
        let month = MonthFigures {
            received: 40,
            disposed: 30,
            satisfied: 30,
            long_pending: 4,
            long_pending_disposed: 4,
            ..MonthFigures::default()
        };
        let score = score(month);
        assert_eq!(score.total(), 10000);
        assert_eq!(grade(score.total(), GradeCutoffs::default()), Grade::A);
    }

    #[test]
    fn each_part_weighs_as_published() {
        let month = MonthFigures {
            received: 10,
            disposed: 8,
            satisfied: 4,
            unconfirmed: 2,
            low_quality: 2,
            long_pending: 4,
            long_pending_disposed: 1,
            not_attended: 5,
        };
        let score = score(month);
        assert_eq!(score.satisfied, 3000, "4 of 8: half of 60");
        assert_eq!(score.long_pending, 500, "1 of 4: a quarter of 20");
        assert_eq!(
            score.quality, 750,
            "2 of 8 of low quality: three quarters of 10"
        );
        assert_eq!(score.attended, 500, "5 of 10 not attended to: half of 10");
        assert_eq!(score.total(), 4750);
        assert_eq!(grade(score.total(), GradeCutoffs::default()), Grade::D);
    }

    #[test]
    fn the_cutoffs_are_inclusive_and_settable() {
        let cutoffs = GradeCutoffs::default();
        assert_eq!(grade(8000, cutoffs), Grade::A);
        assert_eq!(grade(7999, cutoffs), Grade::B);
        assert_eq!(grade(6500, cutoffs), Grade::B);
        assert_eq!(grade(5000, cutoffs), Grade::C);
        assert_eq!(grade(4999, cutoffs), Grade::D);
        let strict = GradeCutoffs {
            a: 90,
            b: 75,
            c: 60,
        };
        assert_eq!(grade(8500, strict), Grade::B);
    }

    #[test]
    fn a_quiet_month_is_not_a_bad_one_but_received_and_undisposed_is() {
        assert_eq!(score(MonthFigures::default()).total(), 10000);
        let idle = MonthFigures {
            received: 5,
            not_attended: 5,
            ..MonthFigures::default()
        };
        let score = score(idle);
        assert_eq!(score.satisfied, 0);
        assert_eq!(score.attended, 0);
        assert_eq!(
            score.total(),
            3000,
            "only the parts with nothing to measure"
        );
    }

    #[test]
    fn shares_round_half_up_in_hundredths() {
        // 6000 × 1/3 = 2000, × 2/3 = 4000, × 1/7 = 857.14.
        for (satisfied, disposed, points) in [(1, 3, 2000), (2, 3, 4000), (1, 7, 857)] {
            let month = MonthFigures {
                received: disposed,
                disposed,
                satisfied,
                ..MonthFigures::default()
            };
            assert_eq!(score(month).satisfied, points, "{satisfied} of {disposed}");
        }
    }
}
