//! Officers: their roles, and the one rule of who may see which application.

use crate::domain::status::Actor;
use serde::{Deserialize, Serialize};

/// What an officer's account may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Delivers or rejects the services in their jurisdiction.
    DesignatedOfficer,
    /// Hears first appeals in their jurisdiction.
    FirstAppealOfficer,
    /// Hears second appeals and may fine the designated officer.
    SecondAppealAuthority,
    /// Sees the department's applications in their jurisdiction; decides nothing.
    DepartmentAdmin,
    /// Applies at a centre on a citizen's behalf; sees the centre's applications.
    CentreOperator,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 5] = [
        Role::DesignatedOfficer,
        Role::FirstAppealOfficer,
        Role::SecondAppealAuthority,
        Role::DepartmentAdmin,
        Role::CentreOperator,
    ];

    /// The stored name, also the command line's: `designated-officer`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::DesignatedOfficer => "designated-officer",
            Role::FirstAppealOfficer => "first-appeal-officer",
            Role::SecondAppealAuthority => "second-appeal-authority",
            Role::DepartmentAdmin => "department-admin",
            Role::CentreOperator => "centre-operator",
        }
    }

    /// The role with this stored name.
    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// The part this role plays in an application's life, if it decides anything.
    pub fn actor(self) -> Option<Actor> {
        match self {
            Role::DesignatedOfficer => Some(Actor::DesignatedOfficer),
            Role::FirstAppealOfficer => Some(Actor::FirstAppealOfficer),
            Role::SecondAppealAuthority => Some(Actor::SecondAppealAuthority),
            Role::DepartmentAdmin | Role::CentreOperator => None,
        }
    }

    /// The fewest appeals an application must have had for this role to see it.
    pub fn min_appeal_level(self) -> u8 {
        match self {
            Role::FirstAppealOfficer => 1,
            Role::SecondAppealAuthority => 2,
            _ => 0,
        }
    }
}

/// Where an officer works: a district (or the whole state) and the services they handle, or a
/// centre for an operator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jurisdiction {
    /// The role.
    pub role: Role,
    /// The district, or `None` for the whole state.
    pub district: Option<String>,
    /// The services handled (ids).
    pub services: Vec<String>,
    /// An operator's centre.
    pub centre: Option<String>,
}

/// What decides whether an application is within a jurisdiction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CaseKey<'a> {
    /// The service applied for.
    pub service_id: &'a str,
    /// The applicant's district.
    pub district_id: &'a str,
    /// The centre that applied, if one did.
    pub centre_id: Option<&'a str>,
    /// Appeals filed so far.
    pub appeal_level: u8,
}

/// Whether an officer may see this application.
pub fn may_see(jurisdiction: &Jurisdiction, case: &CaseKey) -> bool {
    if jurisdiction.role == Role::CentreOperator {
        return jurisdiction.centre.is_some() && jurisdiction.centre.as_deref() == case.centre_id;
    }
    jurisdiction
        .district
        .as_deref()
        .is_none_or(|d| d == case.district_id)
        && jurisdiction.services.iter().any(|s| s == case.service_id)
        && case.appeal_level >= jurisdiction.role.min_appeal_level()
}

/// Whether text can be a login name: 3 to 40 lower-case letters, digits, `-`, `_` or `.`.
pub fn is_login(text: &str) -> bool {
    (3..=40).contains(&text.len())
        && text.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.')
        })
}

/// Fewest characters in an officer's password.
pub const MIN_PASSWORD_LEN: usize = 12;

/// Most characters in an officer's password, counted as characters (not bytes), the same when
/// it is set and when it is typed: 200 Devanagari letters are as welcome as 200 Latin ones.
pub const MAX_PASSWORD_LEN: usize = 200;

/// Whether a password's length is within the limits.
pub fn password_length_ok(password: &str) -> bool {
    (MIN_PASSWORD_LEN..=MAX_PASSWORD_LEN).contains(&password.chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tehsildar() -> Jurisdiction {
        Jurisdiction {
            role: Role::DesignatedOfficer,
            district: Some("bhopal".into()),
            services: vec!["income-certificate".into()],
            centre: None,
        }
    }

    fn case<'a>(service: &'a str, district: &'a str, level: u8) -> CaseKey<'a> {
        CaseKey {
            service_id: service,
            district_id: district,
            centre_id: None,
            appeal_level: level,
        }
    }

    #[test]
    fn an_officer_sees_only_their_district_and_services() {
        let j = tehsildar();
        assert!(may_see(&j, &case("income-certificate", "bhopal", 0)));
        assert!(!may_see(&j, &case("income-certificate", "indore", 0)));
        assert!(!may_see(&j, &case("domicile-certificate", "bhopal", 0)));
        let state = Jurisdiction {
            district: None,
            ..tehsildar()
        };
        assert!(may_see(&state, &case("income-certificate", "indore", 0)));
    }

    #[test]
    fn appeal_officers_see_only_appealed_applications() {
        let first = Jurisdiction {
            role: Role::FirstAppealOfficer,
            ..tehsildar()
        };
        assert!(!may_see(&first, &case("income-certificate", "bhopal", 0)));
        assert!(may_see(&first, &case("income-certificate", "bhopal", 1)));
        let second = Jurisdiction {
            role: Role::SecondAppealAuthority,
            ..tehsildar()
        };
        assert!(!may_see(&second, &case("income-certificate", "bhopal", 1)));
        assert!(may_see(&second, &case("income-certificate", "bhopal", 2)));
    }

    #[test]
    fn an_operator_sees_only_their_centres_applications() {
        let operator = Jurisdiction {
            role: Role::CentreOperator,
            district: Some("bhopal".into()),
            services: Vec::new(),
            centre: Some("lsk-bhopal-huzur".into()),
        };
        let mut key = case("income-certificate", "bhopal", 0);
        assert!(!may_see(&operator, &key));
        key.centre_id = Some("lsk-bhopal-huzur");
        assert!(may_see(&operator, &key));
        key.centre_id = Some("lsk-indore");
        assert!(!may_see(&operator, &key));
        let no_centre = Jurisdiction {
            centre: None,
            ..operator
        };
        assert!(!may_see(
            &no_centre,
            &case("income-certificate", "bhopal", 0)
        ));
    }

    #[test]
    fn roles_and_logins_read_back() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert!(is_login("tehsildar.huzur"));
        assert!(!is_login("Tehsildar"));
        assert!(!is_login("ab"));
        assert!(!is_login("a b c"));
    }
}
