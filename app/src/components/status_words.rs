//! The words for an application's status, its urgency on the desk and an officer's role: one
//! place, so every page says the same thing the same way.

use crate::api::case_types::Urgency;
use crate::domain::officer::Role;
use crate::domain::status::Status;
use crate::i18n::*;

/// The status as a citizen reads it: `जाँच में`.
pub fn status_text(i18n: leptos_i18n::I18nContext<Locale>, status: Status) -> &'static str {
    match status {
        Status::Received => t_string!(i18n, track.statuses.received),
        Status::UnderReview => t_string!(i18n, track.statuses.under_review),
        Status::InfoRequested => t_string!(i18n, track.statuses.info_requested),
        Status::Issued => t_string!(i18n, track.statuses.issued),
        Status::Rejected => t_string!(i18n, track.statuses.rejected),
        Status::FirstAppeal => t_string!(i18n, track.statuses.first_appeal),
        Status::SecondAppeal => t_string!(i18n, track.statuses.second_appeal),
        Status::AppealDismissed => t_string!(i18n, track.statuses.appeal_dismissed),
    }
}

/// How urgent an application is, in words (never by colour alone): `3 दिन देर`.
pub fn urgency_text(i18n: leptos_i18n::I18nContext<Locale>, urgency: Urgency) -> String {
    match urgency {
        Urgency::Overdue { days } => t_string!(i18n, officer.urgency.overdue, days).to_string(),
        Urgency::DueSoon => t_string!(i18n, officer.urgency.due_soon).to_string(),
        Urgency::OnTime => t_string!(i18n, officer.urgency.on_time).to_string(),
        Urgency::Waiting => t_string!(i18n, officer.urgency.waiting).to_string(),
        Urgency::Done => t_string!(i18n, officer.urgency.done).to_string(),
    }
}

/// The modifier class of an urgency badge (its shape and colour repeat what the words say).
pub fn urgency_class(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Overdue { .. } => "app-urgency app-urgency--overdue",
        Urgency::DueSoon => "app-urgency app-urgency--soon",
        Urgency::Waiting => "app-urgency app-urgency--waiting",
        Urgency::OnTime | Urgency::Done => "app-urgency",
    }
}

/// An officer's role: `पदाभिहित अधिकारी`.
pub fn role_text(i18n: leptos_i18n::I18nContext<Locale>, role: Role) -> &'static str {
    match role {
        Role::DesignatedOfficer => t_string!(i18n, officer.roles.designated_officer),
        Role::FirstAppealOfficer => t_string!(i18n, officer.roles.first_appeal_officer),
        Role::SecondAppealAuthority => t_string!(i18n, officer.roles.second_appeal_authority),
        Role::DepartmentAdmin => t_string!(i18n, officer.roles.department_admin),
        Role::CentreOperator => t_string!(i18n, officer.roles.centre_operator),
    }
}
