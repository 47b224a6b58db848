//! The catalogue of notified public services: what a service is, and how services are grouped.

use crate::domain::guidance::Guidance;
use crate::domain::language::BilingualText;
use crate::domain::life_event::LifeEvent;
use serde::{Deserialize, Serialize};

/// How a citizen applies for a service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Channel {
    /// A citizen may apply online, or a centre may apply on the citizen's behalf.
    Online,
    /// Needs biometrics or originals: apply (or book) at a Mukhyamantri Nagrik Suvidha Kendra.
    Centre,
}

impl Channel {
    /// The catalogue's and the database's spelling: `online` or `centre`.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Online => "online",
            Channel::Centre => "centre",
        }
    }

    /// Reads the catalogue's spelling; anything else is not a channel.
    pub fn parse(text: &str) -> Option<Channel> {
        match text {
            "online" => Some(Channel::Online),
            "centre" => Some(Channel::Centre),
            _ => None,
        }
    }
}

/// The legal time limit within which the designated officer must deliver or reject.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeLimit {
    /// Number of days, counted from the acknowledged receipt.
    pub days: u32,
    /// Working days (weekly offs and holidays skipped) or calendar days.
    pub working_days: bool,
    /// False where the notified limit was not confirmed in a public source: show it as provisional.
    pub confirmed: bool,
}

/// The officers the notification names for a service, where known.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Officers {
    /// Must deliver the service or reject it with reasons within the time limit.
    pub designated: Option<BilingualText>,
    /// Hears the first appeal once the limit has passed or the application was rejected.
    pub first_appeal: Option<BilingualText>,
    /// Hears the second appeal and may fine the designated officer.
    pub second_appeal: Option<BilingualText>,
}

/// A government department that owns services.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Department {
    /// Stable key, e.g. `revenue`.
    pub id: String,
    /// The department's name.
    pub name: BilingualText,
}

/// One of the state's districts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct District {
    /// Stable key, e.g. `agar-malwa`.
    pub id: String,
    /// The district's name.
    pub name: BilingualText,
}

/// A notified public service, everything a citizen must know before applying.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    /// Stable slug; the service's page is `/services/{id}`.
    pub id: String,
    /// The name citizens know it by.
    pub name: BilingualText,
    /// The department that delivers it.
    pub department: Department,
    /// The legal time limit.
    pub time_limit: TimeLimit,
    /// The officers named by the notification.
    pub officers: Officers,
    /// Also offered the same day at centres under Samadhan Ek Din.
    pub samadhan_ek_din: bool,
    /// Online, or at a centre only.
    pub channel: Channel,
    /// Other words citizens use for it (Hindi, English, Hindi in Latin letters).
    pub keywords: Vec<String>,
    /// Where the facts were read, in Hindi and in English.
    pub source: BilingualText,
    /// Life events the service belongs to.
    pub life_events: Vec<LifeEvent>,
    /// Who can apply, what to bring, the fee.
    pub guidance: Guidance,
}

/// Longest service id the portal accepts.
pub const MAX_SERVICE_ID_LEN: usize = 80;

/// Whether text can be a service id: lowercase ASCII letters, digits and inner hyphens. Anything
/// else is rejected before it reaches the database.
pub fn is_service_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= MAX_SERVICE_ID_LEN
        && !text.starts_with('-')
        && !text.ends_with('-')
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_ids_are_plain_slugs() {
        assert!(is_service_id("income-certificate"));
        assert!(is_service_id("khasra-b1-copy"));
        assert!(!is_service_id(""));
        assert!(!is_service_id("Income-Certificate"));
        assert!(!is_service_id("../etc/passwd"));
        assert!(!is_service_id("-leading"));
        assert!(!is_service_id("आय"));
        assert!(!is_service_id(&"a".repeat(MAX_SERVICE_ID_LEN + 1)));
    }

    #[test]
    fn channels_round_trip_through_their_catalogue_spelling() {
        for channel in [Channel::Online, Channel::Centre] {
            assert_eq!(Channel::parse(channel.as_str()), Some(channel));
        }
        assert_eq!(Channel::parse("post"), None);
    }
}
