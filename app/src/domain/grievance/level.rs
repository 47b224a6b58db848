//! The levels a grievance climbs: L1 the field officer (for a revenue complaint, the tehsildar),
//! L2 the supervising officer at sub-division or district, L3 the district head, L4 the state head
//! of department, and L5 the Chief Secretary's level (announced; a setting turns it on).

use serde::{Deserialize, Serialize};

/// A level of the helpline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    /// The field officer.
    L1,
    /// The supervising officer, at sub-division or district.
    L2,
    /// The district head.
    L3,
    /// The state head of department.
    L4,
    /// The Chief Secretary's level.
    L5,
}

impl Level {
    /// Every level, lowest first.
    pub const ALL: [Level; 5] = [Level::L1, Level::L2, Level::L3, Level::L4, Level::L5];

    /// 1 to 5.
    pub fn number(self) -> u8 {
        match self {
            Level::L1 => 1,
            Level::L2 => 2,
            Level::L3 => 3,
            Level::L4 => 4,
            Level::L5 => 5,
        }
    }

    /// The level numbered `number` (1 to 5).
    pub fn from_number(number: u8) -> Option<Level> {
        Level::ALL
            .into_iter()
            .find(|level| level.number() == number)
    }

    /// `L1` … `L5`, as stored and as shown.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::L1 => "L1",
            Level::L2 => "L2",
            Level::L3 => "L3",
            Level::L4 => "L4",
            Level::L5 => "L5",
        }
    }

    /// The level with this name (`L1` … `L5`, any case).
    pub fn parse(text: &str) -> Option<Level> {
        Level::ALL
            .into_iter()
            .find(|level| level.as_str().eq_ignore_ascii_case(text.trim()))
    }

    /// The next level up, where there is one at or below `highest`.
    pub fn above(self, highest: Level) -> Option<Level> {
        Level::from_number(self.number() + 1).filter(|up| *up <= highest)
    }

    /// Whether running out of days here moves a grievance up on its own: at L1 and L2. Since
    /// December 2022 the step from L3 to L4 is taken by hand, for policy matters only.
    pub fn escalates_on_its_own(self) -> bool {
        matches!(self, Level::L1 | Level::L2)
    }

    /// Whether this level has days of its own to act in (L1 to L3); above it there is no
    /// automatic step to count towards.
    pub fn has_a_deadline(self) -> bool {
        self <= Level::L3
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_climb_one_at_a_time_up_to_the_highest_in_use() {
        assert_eq!(Level::L1.above(Level::L5), Some(Level::L2));
        assert_eq!(Level::L3.above(Level::L5), Some(Level::L4));
        assert_eq!(Level::L4.above(Level::L5), Some(Level::L5));
        assert_eq!(Level::L5.above(Level::L5), None);
        assert_eq!(
            Level::L4.above(Level::L4),
            None,
            "without L5, L4 is the top"
        );
    }

    #[test]
    fn only_l1_and_l2_move_up_on_their_own() {
        let automatic: Vec<Level> = Level::ALL
            .into_iter()
            .filter(|level| level.escalates_on_its_own())
            .collect();
        assert_eq!(automatic, [Level::L1, Level::L2]);
        assert!(Level::L3.has_a_deadline());
        assert!(!Level::L4.has_a_deadline());
    }

    #[test]
    fn names_and_numbers_read_back() {
        for level in Level::ALL {
            assert_eq!(Level::parse(level.as_str()), Some(level));
            assert_eq!(Level::from_number(level.number()), Some(level));
        }
        assert_eq!(Level::parse(" l3 "), Some(Level::L3));
        assert_eq!(Level::parse("L6"), None);
        assert_eq!(Level::from_number(0), None);
    }
}
