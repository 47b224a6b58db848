//! The helpline's numbers, each a setting whose default is the public reports' figure (or, where
//! none is published, the stated default).

use crate::domain::grievance::level::Level;
use serde::{Deserialize, Serialize};

/// Working days a grievance has at each level before it moves up (or, at L3, before it is late).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelDays {
    /// At the field officer.
    pub l1: u32,
    /// At the supervising officer.
    pub l2: u32,
    /// At the district head.
    pub l3: u32,
}

impl Default for LevelDays {
    /// Seven working days at each of L1, L2 and L3: the days per level are not published as one
    /// table.
    fn default() -> Self {
        LevelDays {
            l1: 7,
            l2: 7,
            l3: 7,
        }
    }
}

impl LevelDays {
    /// The days at `level`; none above L3, where nothing moves on its own.
    pub fn at(self, level: Level) -> Option<u32> {
        match level {
            Level::L1 => Some(self.l1),
            Level::L2 => Some(self.l2),
            Level::L3 => Some(self.l3),
            Level::L4 | Level::L5 => None,
        }
    }
}

/// Other days for one department, or one of its categories.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DaysOverride {
    /// The department's id.
    pub department: String,
    /// The category's id; none for the whole department.
    #[serde(default)]
    pub category: Option<String>,
    /// The days.
    pub days: LevelDays,
}

/// The grade cut-offs, out of 100: at least `a` is an A, at least `b` a B, at least `c` a C, and
/// below that a D. The helpline does not publish its cut-offs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeCutoffs {
    /// Lowest score for an A.
    pub a: u32,
    /// Lowest score for a B.
    pub b: u32,
    /// Lowest score for a C.
    pub c: u32,
}

impl Default for GradeCutoffs {
    fn default() -> Self {
        GradeCutoffs {
            a: 80,
            b: 65,
            c: 50,
        }
    }
}

/// Every number the helpline's rules use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GrievanceSettings {
    /// Days per level, unless a department or category has its own.
    pub days: LevelDays,
    /// Departments' and categories' own days; a category's wins over its department's.
    pub overrides: Vec<DaysOverride>,
    /// The highest level in use: L5 once the Chief Secretary's level is running, else L4.
    pub highest_level: Level,
    /// Days after receipt within which L1 may still change the category.
    pub category_change_days_at_l1: u32,
    /// Days the citizen has to say whether they are satisfied before a resolved grievance is
    /// left "resolved, not confirmed".
    pub satisfaction_wait_days: u32,
    /// Days between telling the citizen of a forced close and its taking effect.
    pub force_close_notice_days: u32,
    /// Grievances one mobile may file in a day.
    pub daily_limit_per_mobile: u32,
    /// Days within which a second grievance from the same mobile in the same category is flagged
    /// as a possible repeat.
    pub repeat_window_days: u32,
    /// Days after which a pending grievance counts as long pending in the grading.
    pub long_pending_days: u32,
    /// The grade cut-offs.
    pub cutoffs: GradeCutoffs,
}

impl Default for GrievanceSettings {
    fn default() -> Self {
        GrievanceSettings {
            days: LevelDays::default(),
            overrides: Vec::new(),
            highest_level: Level::L5,
            category_change_days_at_l1: 3,
            satisfaction_wait_days: 7,
            force_close_notice_days: 3,
            daily_limit_per_mobile: 5,
            repeat_window_days: 30,
            long_pending_days: 50,
            cutoffs: GradeCutoffs::default(),
        }
    }
}

impl GrievanceSettings {
    /// The days per level for a grievance in `category` of `department`: the category's own,
    /// else the department's, else the default.
    pub fn days_for(&self, department: &str, category: &str) -> LevelDays {
        let of = |wanted: Option<&str>| {
            self.overrides
                .iter()
                .find(|o| o.department == department && o.category.as_deref() == wanted)
                .map(|o| o.days)
        };
        of(Some(category)).or_else(|| of(None)).unwrap_or(self.days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_the_published_figures() {
        let settings = GrievanceSettings::default();
        assert_eq!(settings.days.at(Level::L1), Some(7));
        assert_eq!(settings.days.at(Level::L3), Some(7));
        assert_eq!(settings.days.at(Level::L4), None);
        assert_eq!(settings.daily_limit_per_mobile, 5);
        assert_eq!(
            settings.cutoffs,
            GradeCutoffs {
                a: 80,
                b: 65,
                c: 50
            }
        );
    }

    #[test]
    fn a_categorys_days_win_over_its_departments_and_those_over_the_default() {
        let quick = LevelDays {
            l1: 3,
            l2: 3,
            l3: 5,
        };
        let slow = LevelDays {
            l1: 10,
            l2: 10,
            l3: 10,
        };
        let settings = GrievanceSettings {
            overrides: vec![
                DaysOverride {
                    department: "revenue".into(),
                    category: None,
                    days: slow,
                },
                DaysOverride {
                    department: "revenue".into(),
                    category: Some("no-receipt".into()),
                    days: quick,
                },
            ],
            ..GrievanceSettings::default()
        };
        assert_eq!(settings.days_for("revenue", "no-receipt"), quick);
        assert_eq!(settings.days_for("revenue", "land-record"), slow);
        assert_eq!(
            settings.days_for("energy", "no-receipt"),
            LevelDays::default()
        );
    }

    #[test]
    fn settings_read_from_toml_keep_the_defaults_they_do_not_name() {
        let settings: GrievanceSettings =
            toml::from_str("daily_limit_per_mobile = 10\nhighest_level = \"L4\"\n").unwrap();
        assert_eq!(settings.daily_limit_per_mobile, 10);
        assert_eq!(settings.highest_level, Level::L4);
        assert_eq!(settings.satisfaction_wait_days, 7);
        assert!(toml::from_str::<GrievanceSettings>("daily_limt = 3").is_err());
    }
}
