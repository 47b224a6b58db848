//! One change to an application, in one transaction: the new status (by the domain's rules), the
//! clock's consequences, the timeline entry, the audit log line and the SMS to the citizen.

use super::CaseworkService;
use super::load::{AppRow, load_row, service_of};
use crate::db::applications::{self, StatusUpdate};
use crate::db::audit::{self as audit_log, NewAuditLine};
use crate::db::events::{self, NewEvent};
use crate::error::ServerResult;
use crate::outbox::queue_sms;
use app::api::ApiError;
use app::domain::consequence::{ChangeFacts, Clockwork, after_change};
use app::domain::date::Date;
use app::domain::messages::Sms;
use app::domain::status::{Action, Actor, Status, TransitionError, appeal_deadline, next_status};

/// What a change does besides the status.
#[derive(Clone, Debug, Default)]
pub struct Change {
    /// Written on the timeline, for the citizen to read (reasons, a request, a reply).
    pub note: Option<String>,
    /// A new deadline set by an appeal officer.
    pub new_due: Option<Date>,
}

/// Who made a change, as the audit log records them.
pub struct Who<'a> {
    /// The part they play.
    pub actor: Actor,
    /// An officer's login, or `citizen`.
    pub name: &'a str,
}

/// The application after the change, and the open transaction (to add to before it commits).
pub struct Changed {
    /// The row as it now is.
    pub row: AppRow,
    /// The transaction, still open.
    pub tx: sqlx::Transaction<'static, sqlx::Any>,
}

/// The short address an SMS links to: `/t/{number}` opens the application's tracking page,
/// `/c/{number}` its certificate (both redirect; the number is all they carry).
pub fn short_link(public_url: &str, kind: char, number: &str) -> String {
    format!("{}/{kind}/{number}", public_url.trim_end_matches('/'))
}

/// Applies `action` by `who` to the application, or refuses with the domain's reason. A
/// concurrent change to the same application makes this one fail as `WrongStatus` (the reader
/// reloads and sees the other).
pub async fn apply(
    casework: &CaseworkService,
    number: &str,
    action: Action,
    who: Who<'_>,
    change: Change,
    ip: &str,
) -> ServerResult<Changed> {
    let row = load_row(&casework.apply.db, number)
        .await?
        .ok_or(ApiError::NotFound)?;
    let from = row.status()?;
    let today = casework.apply.today();
    let facts = row.facts(today)?;
    let to = next_status(from, action, who.actor, &facts).map_err(ApiError::Refused)?;
    let service = service_of(casework, &row).await?;
    let before = Clockwork {
        due: row.due()?,
        paused_on: row.paused_since()?,
        appeal_level: row.appeal_level,
        penalty_rupees: row.penalty_rupees,
    };
    let after = after_change(
        before,
        ChangeFacts {
            action,
            from,
            today,
            new_due: change.new_due,
            working_days: service.time_limit.working_days,
            calendar: &casework.apply.calendar,
        },
    );
    let Clockwork {
        due,
        appeal_level,
        penalty_rupees: penalty,
        ..
    } = after;
    let paused_on = after.paused_on.map(|day| day.to_iso());
    let now = casework.apply.clock.now();
    let mut tx = casework.apply.db.begin_write().await?;
    let update = StatusUpdate {
        status: to.as_str(),
        status_since: &today.to_iso(),
        due_on: &due.to_iso(),
        paused_on: paused_on.as_deref(),
        appeal_level,
        penalty_rupees: penalty,
    };
    if !applications::update_status(&mut *tx, &row.number, row.version, &update).await? {
        return Err(ApiError::Refused(TransitionError::WrongStatus).into());
    }
    let event = NewEvent {
        number: &row.number,
        at: now,
        actor: who.name,
        from_status: Some(from.as_str()),
        to_status: to.as_str(),
        note: change.note.as_deref(),
    };
    events::insert(&mut *tx, &event).await?;
    audit(
        &mut tx,
        now,
        who.name,
        action.as_str(),
        Some(&row.number),
        Some((from, to)),
        ip,
    )
    .await?;
    let shown_due = (paused_on.is_none()).then_some(due);
    let row = AppRow {
        status: to.as_str().to_string(),
        status_since: Some(today.to_iso()),
        due_on: due.to_iso(),
        paused_on,
        appeal_level,
        penalty_rupees: penalty,
        version: row.version + 1,
        ..row
    };
    let appeal_by = appeal_deadline(to, &row.facts(today)?);
    let track = short_link(&casework.apply.public_url, 't', &row.number);
    let certificate = short_link(&casework.apply.public_url, 'c', &row.number);
    let sms = Sms::StatusChanged {
        number: &row.number,
        status: to,
        due_on: shown_due,
        appeal_by,
        track: &track,
        certificate: &certificate,
    };
    queue_sms(&mut tx, &row.mobile, &sms, now).await?;
    Ok(Changed { row, tx })
}

/// Adds one line to the audit log in a transaction of its own: for what changes nothing else
/// (an opening, a sign-in, a sign-out).
pub async fn audit_alone(
    db: &crate::db::Database,
    at: i64,
    actor: &str,
    action: &str,
    number: Option<&str>,
    ip: &str,
) -> ServerResult<()> {
    let mut tx = db.begin_write().await?;
    audit(&mut tx, at, actor, action, number, None, ip).await?;
    crate::db::commit(tx).await
}

/// Adds one line to the append-only audit log.
pub async fn audit(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    at: i64,
    actor: &str,
    action: &str,
    number: Option<&str>,
    statuses: Option<(Status, Status)>,
    ip: &str,
) -> ServerResult<()> {
    let line = NewAuditLine {
        number,
        from_status: statuses.map(|(from, _)| from.as_str()),
        to_status: statuses.map(|(_, to)| to.as_str()),
        ..NewAuditLine::new(at, actor, action, ip)
    };
    audit_log::insert(tx, &line).await
}

/// Adds one line about something other than an application: an officer account (`target` is
/// the login).
pub async fn audit_about(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    at: i64,
    actor: &str,
    action: &str,
    target: &str,
    ip: &str,
) -> ServerResult<()> {
    let line = NewAuditLine {
        target: Some(target),
        ..NewAuditLine::new(at, actor, action, ip)
    };
    audit_log::insert(tx, &line).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_link_joins_the_public_address_the_kind_and_the_number() {
        assert_eq!(
            short_link("https://jansewa.example.in/", 'c', "MP26-4821-7735-2"),
            "https://jansewa.example.in/c/MP26-4821-7735-2"
        );
        assert_eq!(
            short_link("https://jansewa.example.in", 't', "MP26-4821-7735-2"),
            "https://jansewa.example.in/t/MP26-4821-7735-2"
        );
    }
}
