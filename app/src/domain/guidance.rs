//! What a citizen must know before applying: who can apply, what to bring, what it costs.

use crate::domain::language::BilingualText;
use serde::{Deserialize, Serialize};

/// The processing fee a Mukhyamantri Nagrik Suvidha Kendra charges for an application it makes
/// on a citizen's behalf (state order of 13 September 2023).
pub const CENTRE_FEE_RUPEES: u32 = 20;
/// The centre fee for each copy.
pub const CENTRE_COPY_FEE_RUPEES: u32 = 5;

/// The department's own fee for a service.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fee {
    /// Rupees, when known. The centre fee is never included.
    pub rupees: Option<u32>,
    /// False where the amount is a best estimate or unknown: show it as provisional.
    pub confirmed: bool,
}

impl Fee {
    /// What a citizen pays when a centre applies for them: the service fee plus the centre fee,
    /// when the service fee is known.
    pub fn with_centre_fee(self) -> Option<u32> {
        self.rupees.map(|rupees| rupees + CENTRE_FEE_RUPEES)
    }
}

/// What one application costs the citizen: the department's fee, and the centre's processing
/// fee only when a centre applies for them. The one rule the check page, the receipt and the
/// operator's screens use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeeDue {
    /// The department's (statutory) fee, when known.
    pub statutory: Option<u32>,
    /// The centre's processing fee: 0 online, [`CENTRE_FEE_RUPEES`] when a centre applies.
    pub centre: u32,
}

impl FeeDue {
    /// The fee for an application made online, or by a centre.
    pub fn new(statutory: Option<u32>, by_centre: bool) -> FeeDue {
        FeeDue {
            statutory,
            centre: if by_centre { CENTRE_FEE_RUPEES } else { 0 },
        }
    }

    /// Everything the citizen pays, when the department's fee is known.
    pub fn total(&self) -> Option<u32> {
        self.statutory.map(|rupees| rupees + self.centre)
    }

    /// Whether the citizen pays nothing at all.
    pub fn is_free(&self) -> bool {
        self.total() == Some(0)
    }
}

/// Guidance shown on a service's page before the citizen starts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guidance {
    /// Who is eligible.
    pub who_can_apply: BilingualText,
    /// Documents to keep ready.
    pub documents: Vec<BilingualText>,
    /// The department's fee.
    pub fee: Fee,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_centre_fee_is_due_only_when_a_centre_applies() {
        let online_free = FeeDue::new(Some(0), false);
        assert!(online_free.is_free());
        assert_eq!(online_free.centre, 0);
        assert_eq!(online_free.total(), Some(0));
        let centre_free = FeeDue::new(Some(0), true);
        assert!(
            !centre_free.is_free(),
            "a free service still costs ₹20 at a centre"
        );
        assert_eq!(centre_free.total(), Some(20));
        let centre_paid = FeeDue::new(Some(200), true);
        assert_eq!(centre_paid.total(), Some(220));
        assert_eq!(FeeDue::new(Some(200), false).total(), Some(200));
        let unknown = FeeDue::new(None, true);
        assert_eq!(unknown.total(), None);
        assert_eq!(unknown.centre, 20);
    }

    #[test]
    fn the_centre_adds_twenty_rupees_to_a_known_fee() {
        assert_eq!(
            Fee {
                rupees: Some(0),
                confirmed: true
            }
            .with_centre_fee(),
            Some(20)
        );
        assert_eq!(
            Fee {
                rupees: Some(200),
                confirmed: false
            }
            .with_centre_fee(),
            Some(220)
        );
        assert_eq!(
            Fee {
                rupees: None,
                confirmed: false
            }
            .with_centre_fee(),
            None
        );
    }
}
