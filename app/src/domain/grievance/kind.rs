//! What a citizen brings to the helpline.

use serde::{Deserialize, Serialize};

/// The kind of a grievance: the helpline takes complaints, demands or suggestions, and requests
/// for information, and routes all three the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// शिकायत: something went wrong.
    Complaint,
    /// माँग/सुझाव: something is asked for or suggested.
    Demand,
    /// जानकारी: a question.
    Information,
}

impl Kind {
    /// Every kind, in the order a form offers them.
    pub const ALL: [Kind; 3] = [Kind::Complaint, Kind::Demand, Kind::Information];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Complaint => "complaint",
            Kind::Demand => "demand",
            Kind::Information => "information",
        }
    }

    /// The kind with this stored name.
    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_from_its_stored_name() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(Kind::parse("Complaint"), None);
        assert_eq!(Kind::parse(""), None);
    }
}
