//! Life events: how citizens think of what they need ("my child was born", "I bought land"),
//! used to browse services. Each service carries one or more as data tags.

use serde::{Deserialize, Serialize};

/// A moment in life for which citizens look for services.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LifeEvent {
    /// Birth, marriage, death and family papers.
    BirthFamily,
    /// School, college, scholarships and exams.
    Education,
    /// Land records and farming.
    LandFarming,
    /// Starting a business or building.
    BusinessBuilding,
    /// Pensions and social security.
    PensionSocial,
    /// Driving and vehicles.
    Vehicles,
    /// Police verification.
    Police,
    /// Health.
    Health,
}

impl LifeEvent {
    /// Every life event, in the order they are offered.
    pub const ALL: [LifeEvent; 8] = [
        LifeEvent::BirthFamily,
        LifeEvent::Education,
        LifeEvent::LandFarming,
        LifeEvent::BusinessBuilding,
        LifeEvent::PensionSocial,
        LifeEvent::Vehicles,
        LifeEvent::Police,
        LifeEvent::Health,
    ];

    /// The tag used in the catalogue data and in addresses (`/services?event=education`).
    pub fn key(self) -> &'static str {
        match self {
            LifeEvent::BirthFamily => "birth_family",
            LifeEvent::Education => "education",
            LifeEvent::LandFarming => "land_farming",
            LifeEvent::BusinessBuilding => "business_building",
            LifeEvent::PensionSocial => "pension_social",
            LifeEvent::Vehicles => "vehicles",
            LifeEvent::Police => "police",
            LifeEvent::Health => "health",
        }
    }

    /// Reads a tag; anything else is not a life event.
    pub fn from_key(key: &str) -> Option<LifeEvent> {
        LifeEvent::ALL.into_iter().find(|event| event.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::LifeEvent;

    #[test]
    fn tags_round_trip_and_unknown_tags_are_refused() {
        for event in LifeEvent::ALL {
            assert_eq!(LifeEvent::from_key(event.key()), Some(event));
        }
        assert_eq!(LifeEvent::from_key("weddings"), None);
    }
}
