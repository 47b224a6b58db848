//! The catalogue of notified public services: what a service is, and how services are grouped.

use crate::domain::language::BilingualText;
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
    /// Where the facts were read.
    pub source: String,
}

/// A service as shown in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceSummary {
    /// Stable slug.
    pub id: String,
    /// The service's name.
    pub name: BilingualText,
    /// The legal time limit.
    pub time_limit: TimeLimit,
    /// Same-day service at centres.
    pub samadhan_ek_din: bool,
    /// Online, or at a centre only.
    pub channel: Channel,
    /// Other words citizens use for it.
    pub keywords: Vec<String>,
}

impl ServiceSummary {
    /// Whether the service's names or keywords contain the query, ignoring case and surrounding
    /// space. An empty query matches every service.
    pub fn contains_text(&self, query: &str) -> bool {
        let query = query.trim().to_lowercase();
        query.is_empty()
            || [&self.name.hi, &self.name.en]
                .into_iter()
                .chain(&self.keywords)
                .any(|text| text.to_lowercase().contains(&query))
    }
}

/// The groups with only the services whose text contains the query; groups left empty are
/// dropped.
pub fn filter_groups(groups: &[DepartmentServices], query: &str) -> Vec<DepartmentServices> {
    groups
        .iter()
        .map(|group| DepartmentServices {
            department: group.department.clone(),
            services: group
                .services
                .iter()
                .filter(|s| s.contains_text(query))
                .cloned()
                .collect(),
        })
        .filter(|group| !group.services.is_empty())
        .collect()
}

/// A department and its services, in catalogue order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DepartmentServices {
    /// The department.
    pub department: Department,
    /// Its services.
    pub services: Vec<ServiceSummary>,
}

/// Groups services under their departments, keeping the departments' order and each
/// department's services in the order given. Departments without services are left out, and a
/// service whose department is unknown is dropped rather than shown under the wrong heading.
pub fn group_by_department(
    departments: Vec<Department>,
    services: Vec<(String, ServiceSummary)>,
) -> Vec<DepartmentServices> {
    let mut groups: Vec<DepartmentServices> = departments
        .into_iter()
        .map(|department| DepartmentServices {
            department,
            services: Vec::new(),
        })
        .collect();
    for (department_id, service) in services {
        if let Some(group) = groups.iter_mut().find(|g| g.department.id == department_id) {
            group.services.push(service);
        }
    }
    groups.retain(|g| !g.services.is_empty());
    groups
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

    fn department(id: &str) -> Department {
        Department {
            id: id.into(),
            name: BilingualText::new(id, id),
        }
    }

    fn summary(id: &str) -> ServiceSummary {
        ServiceSummary {
            id: id.into(),
            name: BilingualText::new(id, id),
            time_limit: TimeLimit {
                days: 3,
                working_days: true,
                confirmed: true,
            },
            samadhan_ek_din: false,
            channel: Channel::Online,
            keywords: vec![format!("{id} keyword"), "आमदनी".into()],
        }
    }

    #[test]
    fn plain_filter_matches_names_and_keywords_in_either_script() {
        let groups = group_by_department(
            vec![department("gad"), department("revenue")],
            vec![
                ("gad".into(), summary("income-certificate")),
                ("revenue".into(), summary("land-demarcation")),
            ],
        );
        assert_eq!(filter_groups(&groups, "").len(), 2);
        assert_eq!(filter_groups(&groups, "  INCOME ").len(), 1);
        assert_eq!(
            filter_groups(&groups, "demarcation keyword")[0]
                .department
                .id,
            "revenue"
        );
        assert_eq!(filter_groups(&groups, "आमदनी").len(), 2);
        assert!(filter_groups(&groups, "passport").is_empty());
    }

    #[test]
    fn grouping_keeps_department_order_and_drops_empty_departments() {
        let groups = group_by_department(
            vec![
                department("gad"),
                department("energy"),
                department("revenue"),
            ],
            vec![
                ("revenue".into(), summary("land-demarcation")),
                ("gad".into(), summary("income-certificate")),
                ("revenue".into(), summary("undisputed-mutation")),
                ("nowhere".into(), summary("orphan")),
            ],
        );
        let shape: Vec<(&str, Vec<&str>)> = groups
            .iter()
            .map(|g| {
                (
                    g.department.id.as_str(),
                    g.services.iter().map(|s| s.id.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            shape,
            vec![
                ("gad", vec!["income-certificate"]),
                ("revenue", vec!["land-demarcation", "undisputed-mutation"]),
            ]
        );
    }

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
