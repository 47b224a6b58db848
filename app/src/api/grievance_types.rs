//! What the grievance server functions take and give.

use crate::domain::date::Date;
use crate::domain::grievance::category::Category;
use crate::domain::grievance::kind::Kind;
use crate::domain::grievance::level::Level;
use crate::domain::grievance::machine::Status;
use crate::domain::language::BilingualText;
use serde::{Deserialize, Serialize};

/// A grievance as the complainant (or the operator or agent for them) files it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrievanceFiling {
    /// Complaint, demand or request for information.
    pub kind: Kind,
    /// The category's id.
    pub category_id: String,
    /// A subcategory of it, if one was chosen.
    #[serde(default)]
    pub subcategory_id: Option<String>,
    /// The complainant's district.
    pub district_id: String,
    /// The complainant's tehsil (needed where the category's officer sits in the tehsil).
    #[serde(default)]
    pub tehsil: Option<String>,
    /// The centre complained about (needed for a centre's category).
    #[serde(default)]
    pub centre_id: Option<String>,
    /// What happened, in the complainant's words.
    pub description: String,
}

/// A filed grievance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filed {
    /// Its number.
    pub number: String,
    /// The level it is at: L1.
    pub level: Level,
    /// The post that now has it.
    pub post: BilingualText,
    /// The last day at this level.
    pub due_on: Option<Date>,
    /// Whether the same mobile filed in the same category within the repeat window: the
    /// earlier one may already be in hand.
    pub looks_like_a_repeat: bool,
}

/// The categories, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryList {
    /// Every category.
    pub categories: Vec<Category>,
}

/// A grievance as its complainant tracks it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GrievanceView {
    /// Its number.
    pub number: String,
    /// Its kind.
    pub kind: Kind,
    /// Its category's name.
    pub category: BilingualText,
    /// The day it was filed.
    pub filed_on: Date,
    /// Where it stands.
    pub status: Status,
    /// The level it is at.
    pub level: Level,
    /// The post at that level (none at L5, the Chief Secretary's level).
    pub post: Option<BilingualText>,
    /// The level's last day, where it has one.
    pub due_on: Option<Date>,
    /// Whether the complainant is being asked if they are satisfied.
    pub asks_satisfaction: bool,
    /// Every step, oldest first.
    pub timeline: Vec<GrievanceStep>,
}

/// One step of a grievance's life.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GrievanceStep {
    /// When (Unix seconds).
    pub at: i64,
    /// Who: `citizen`, `system`, or an officer, shown by the post they signed with.
    pub by: StepBy,
    /// What was done (`file`, `escalate`, `reply`, …).
    pub action: String,
    /// The action note or reason.
    pub note: Option<String>,
    /// The status after.
    pub status: Status,
    /// The level after.
    pub level: Level,
}

/// Who took a step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepBy {
    /// The complainant, or someone filing for them.
    Citizen,
    /// The portal (a level's days ran out, a notice ran).
    Portal,
    /// An officer, by the post they signed with.
    Officer(BilingualText),
}
