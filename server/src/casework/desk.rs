//! The officer's desk: the inbox of their jurisdiction by due date, one application with what
//! they may do, and their decisions (an approval issues the certificate).

use super::CaseworkService;
use super::access::{case_key, jurisdiction, visible};
use super::certificates::{issue, preview};
use super::documents;
use super::load::{AppRow, case_file};
use super::transition::{Change, Who, apply, audit_alone};
use crate::db::applications::{self, InboxFilter, InboxScope};
use crate::db::audit;
use crate::error::ServerResult;
use app::api::ApiError;
use app::api::store::Desk;

use app::api::case_types::{AuditEntry, Decision, DeskCase, Inbox, InboxItem, OfficerProfile};
use app::api::inbox_page::page_of;
use app::domain::date::Date;
use app::domain::note::{MIN_REASON_CHARS, check_new_deadline, check_note};
use app::domain::officer::{Role, may_see};
use app::domain::status::{Action, Status, TransitionError, next_status};
use app::domain::urgency::{Urgency, urgency};

/// Most applications one inbox page lists.
pub const INBOX_LIMIT: i64 = 5000;

async fn desk_case(
    casework: &CaseworkService,
    officer: &OfficerProfile,
    row: &AppRow,
) -> ServerResult<DeskCase> {
    let file = case_file(casework, row).await?;
    let facts = row.facts(casework.apply.today())?;
    let status = row.status()?;
    let actions = match officer.role.actor() {
        Some(actor) => [
            Action::Approve,
            Action::Reject,
            Action::AskInfo,
            Action::OrderDelivery,
            Action::DismissAppeal,
        ]
        .into_iter()
        .filter(|action| next_status(status, *action, actor, &facts).is_ok())
        .collect(),
        None => Vec::new(),
    };
    let audit_rows = audit::of_application(casework.apply.db.pool(), &row.number).await?;
    let preview = actions
        .contains(&Action::Approve)
        .then(|| preview(casework, row, officer, casework.apply.today()));
    let document_types = documents::types(casework, &row.number).await?;
    Ok(DeskCase {
        file,
        district_id: row.district_id.clone(),
        preview,
        document_types,
        actions,
        audit: audit_rows
            .into_iter()
            .map(|line| AuditEntry {
                at: line.at,
                actor: line.actor,
                action: line.action,
                from_status: line.from_status.as_deref().and_then(Status::parse),
                to_status: line.to_status.as_deref().and_then(Status::parse),
            })
            .collect(),
    })
}

/// The decision's note and new deadline, checked; or the problem, named by its field.
fn checked(decision: &Decision, today: Date) -> Result<Change, ApiError> {
    let note = |field: &str, text: &str| {
        check_note(text, MIN_REASON_CHARS).map_err(|e| ApiError::field(field, e))
    };
    Ok(match decision {
        Decision::Approve => Change::default(),
        Decision::Reject { reasons } | Decision::DismissAppeal { reasons } => Change {
            note: Some(note("reasons", reasons)?),
            new_due: None,
        },
        Decision::AskInfo { message } => Change {
            note: Some(note("message", message)?),
            new_due: None,
        },
        Decision::OrderDelivery { new_due, reasons } => {
            let due = check_new_deadline(new_due, today).map_err(|e| ApiError::field("new_due", e));
            let reasons = note("reasons", reasons);
            match (due, reasons) {
                (Ok(due), Ok(reasons)) => Change {
                    note: Some(reasons),
                    new_due: Some(due),
                },
                (Err(ApiError::Fields(mut a)), Err(ApiError::Fields(b))) => {
                    a.extend(b);
                    return Err(ApiError::Fields(a));
                }
                (Err(e), _) | (_, Err(e)) => return Err(e),
            }
        }
    })
}

#[async_trait::async_trait]
impl Desk for CaseworkService {
    async fn inbox(
        &self,
        officer: &OfficerProfile,
        service: Option<&str>,
        status: Option<Status>,
        search: &str,
        page: usize,
    ) -> Result<Inbox, ApiError> {
        let scope = if officer.role == Role::CentreOperator {
            let Some(centre) = &officer.centre else {
                return Ok(page_of(Vec::new(), "", 1, false));
            };
            InboxScope::Centre(centre)
        } else {
            if officer.services.is_empty() {
                return Ok(page_of(Vec::new(), "", 1, false));
            }
            InboxScope::Services {
                services: &officer.services,
                district: officer.district.as_deref(),
            }
        };
        let filter = InboxFilter {
            scope,
            min_appeal_level: i64::from(officer.role.min_appeal_level()),
            service,
            status: status.map(Status::as_str),
            limit: INBOX_LIMIT,
        };
        let rows = applications::inbox(self.apply.db.pool(), &filter).await?;
        let today = self.apply.today();
        let scope = jurisdiction(officer);
        let mut items = Vec::with_capacity(rows.len());
        for row in rows.iter().filter(|row| may_see(&scope, &case_key(row))) {
            let status = row.status()?;
            let facts = row.facts(today)?;
            items.push(InboxItem {
                number: row.number.clone(),
                service_id: row.service_id.clone(),
                applicant_name: row.applicant_name.clone(),
                district_id: row.district_id.clone(),
                status,
                received_on: row.received()?,
                due_on: facts.due_on,
                urgency: urgency(status, facts.due_on, today, &self.apply.calendar),
            });
        }
        // What is still to be done comes first; within each, the soonest due.
        items.sort_by_key(|item| matches!(item.urgency, Urgency::Done | Urgency::Waiting));
        let capped = rows.len() as i64 >= INBOX_LIMIT;
        Ok(page_of(items, search, page, capped))
    }

    async fn case(
        &self,
        officer: &OfficerProfile,
        number: &str,
        ip: &str,
    ) -> Result<DeskCase, ApiError> {
        let row = visible(self, officer, number).await?;
        // Opening an application shows personal data: that is recorded too.
        let now = self.apply.clock.now();
        audit_alone(
            &self.apply.db,
            now,
            &officer.login,
            "view",
            Some(&row.number),
            ip,
        )
        .await?;
        Ok(desk_case(self, officer, &row).await?)
    }

    async fn decide(
        &self,
        officer: &OfficerProfile,
        number: &str,
        decision: Decision,
        ip: &str,
    ) -> Result<DeskCase, ApiError> {
        let row = visible(self, officer, number).await?;
        let actor = officer
            .role
            .actor()
            .ok_or(ApiError::Refused(TransitionError::NotYours))?;
        let today = self.apply.today();
        let change = checked(&decision, today)?;
        let action = decision.action();
        let who = Who {
            actor,
            name: &officer.login,
        };
        let mut changed = apply(self, &row.number, action, who, change, ip).await?;
        if action == Action::Approve {
            let now = self.apply.clock.now();
            issue(self, &mut changed.tx, &changed.row, officer, today, now).await?;
        }
        crate::db::commit(changed.tx).await?;
        Ok(desk_case(self, officer, &changed.row).await?)
    }
}
