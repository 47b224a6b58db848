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
