//! One change to an application, in one transaction: the new status (by the domain's rules), the
//! clock's consequences, the timeline entry, the audit log line and the SMS to the citizen.

use super::CaseworkService;
use super::load::{AppRow, load_row, service_of};
use crate::apply::db_failed;
use crate::outbox::{Message, queue};
use app::api::ApiError;
use app::domain::clock::{Pause, extend_for_pause, penalty_rupees};
use app::domain::date::Date;
use app::domain::status::{Action, Actor, Status, appeal_deadline, next_status};

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

/// The SMS for a new status, in Hindi (sent as UCS-2), within three segments. A decision
/// carries its link: the certificate's when issued; the reasons' and the last day to appeal when
/// rejected.
pub fn status_message(
    number: &str,
    status: Status,
    due_on: Option<Date>,
    appeal_by: Option<Date>,
    public_url: &str,
) -> String {
    let track = short_link(public_url, 't', number);
    match (status, appeal_by) {
        (Status::Issued, _) => {
            let certificate = short_link(public_url, 'c', number);
            return format!(
                "जन सेवा पोर्टल: आवेदन {number} स्वीकृत हुआ, प्रमाण पत्र जारी हो गया है। प्रमाण पत्र: {certificate}"
            );
        }
        (Status::Rejected | Status::AppealDismissed, Some(last)) => {
            let what = if status == Status::Rejected {
                "अस्वीकृत हुआ"
            } else {
                "की अपील खारिज हुई"
            };
            return format!(
                "जन सेवा पोर्टल: आवेदन {number} {what}। कारण देखें और {} तक अपील करें: {track}",
                last.format_dmy()
            );
        }
        (Status::InfoRequested, _) => {
            return format!(
                "जन सेवा पोर्टल: आवेदन {number} के लिए और जानकारी चाहिए। देखें और जवाब दें: {track}"
            );
        }
        _ => {}
    }
    let what = match status {
        Status::Received => "प्राप्त हुआ".to_string(),
        Status::UnderReview => match due_on {
            Some(due) => format!("जाँच में है। अंतिम तारीख {}", due.format_dmy()),
            None => "जाँच में है".to_string(),
        },
        Status::InfoRequested => {
            "के लिए और जानकारी चाहिए। पोर्टल पर 'आवेदन की स्थिति' में देखकर जवाब दें".to_string()
        }
        Status::Issued => "स्वीकृत हुआ। प्रमाण पत्र जारी हो गया है".to_string(),
        Status::Rejected => "अस्वीकृत हुआ। कारण पोर्टल पर देखें".to_string(),
        Status::FirstAppeal => "पर प्रथम अपील दर्ज हुई".to_string(),
        Status::SecondAppeal => "पर द्वितीय अपील दर्ज हुई".to_string(),
        Status::AppealDismissed => "की अपील खारिज हुई। कारण पोर्टल पर देखें".to_string(),
    };
    format!("जन सेवा पोर्टल: आवेदन {number} {what}।")
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
) -> Result<Changed, ApiError> {
    let row = load_row(&casework.apply.db, number)
        .await?
        .ok_or(ApiError::NotFound)?;
    let from = row.status()?;
    let today = casework.apply.today();
    let facts = row.facts(today)?;
    let to = next_status(from, action, who.actor, &facts).map_err(ApiError::Refused)?;
    let service = service_of(casework, &row).await?;
    let working = service.time_limit.working_days;
    let mut due = row.due()?;
    let mut paused_on = row.paused_on.clone();
    let mut appeal_level = row.appeal_level;
    let mut penalty = row.penalty_rupees;
    match action {
        Action::AskInfo => paused_on = Some(today.to_iso()),
        Action::AnswerInfo => {
            if let Some(from) = row.paused_since()? {
                let pause = Pause {
                    from,
                    to: Some(today),
                };
                due = extend_for_pause(due, pause, working, &casework.apply.calendar);
            }
            paused_on = None;
        }
        Action::Appeal => appeal_level += 1,
        Action::OrderDelivery => {
            if from == Status::SecondAppeal {
                // The penalty for the delay so far: ₹250 a day, at most ₹5,000.
                let late = due.days_until(today);
                let fine = penalty_rupees(late);
                if fine > 0 {
                    penalty = Some(i64::from(fine));
                }
            }
            if let Some(new_due) = change.new_due {
                due = new_due;
            }
        }
        _ => {}
    }
    let now = casework.apply.clock.now();
    let mut tx = casework.apply.db.begin_write().await.map_err(db_failed)?;
    let updated = sqlx::query(
        "UPDATE applications SET status = $1, status_since = $2, due_on = $3, paused_on = $4, \
         appeal_level = $5, penalty_rupees = $6, version = version + 1 \
         WHERE number = $7 AND version = $8",
    )
    .bind(to.as_str())
    .bind(today.to_iso())
    .bind(due.to_iso())
    .bind(&paused_on)
    .bind(appeal_level)
    .bind(penalty)
    .bind(&row.number)
    .bind(row.version)
    .execute(&mut *tx)
    .await
    .map_err(db_failed)?;
    if updated.rows_affected() != 1 {
        return Err(ApiError::Refused(
            app::domain::status::TransitionError::WrongStatus,
        ));
    }
    sqlx::query(
        "INSERT INTO application_events (id, application_number, at, actor, from_status, \
         to_status, note, seq) VALUES ($1, $2, $3, $4, $5, $6, $7, \
         (SELECT COALESCE(MAX(seq), 0) + 1 FROM application_events WHERE application_number = $2))",
    )
    .bind(crate::vault::random_hex(16))
    .bind(&row.number)
    .bind(now)
    .bind(who.name)
    .bind(from.as_str())
    .bind(to.as_str())
    .bind(&change.note)
    .execute(&mut *tx)
    .await
    .map_err(db_failed)?;
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
    let body = status_message(
        &row.number,
        to,
        shown_due,
        appeal_by,
        &casework.apply.public_url,
    );
    let message = Message {
        mobile: &row.mobile,
        template: "status_changed",
        body: &body,
    };
    queue(&mut tx, &message, now).await.map_err(db_failed)?;
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
) -> Result<(), ApiError> {
    let mut tx = db.begin_write().await.map_err(db_failed)?;
    audit(&mut tx, at, actor, action, number, None, ip).await?;
    tx.commit().await.map_err(db_failed)
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
) -> Result<(), ApiError> {
    sqlx::query(
        "INSERT INTO audit_log (id, at, actor, action, application_number, from_status, \
         to_status, client_ip) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(crate::vault::random_hex(16))
    .bind(at)
    .bind(actor)
    .bind(action)
    .bind(number)
    .bind(statuses.map(|(from, _)| from.as_str()))
    .bind(statuses.map(|(_, to)| to.as_str()))
    .bind(ip)
    .execute(&mut **tx)
    .await
    .map_err(db_failed)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::sms::{SmsEncoding, sms_length};

    #[test]
    fn every_status_message_is_hindi_and_within_three_segments() {
        let due = Date::from_ymd(2026, 12, 15);
        let appeal_by = Date::from_ymd(2027, 1, 14);
        let public = "https://jansewa.mpgovt.example.in";
        for status in Status::ALL {
            let text = status_message("MP26-4821-7735-2", status, due, appeal_by, public);
            let length = sms_length(&text);
            assert_eq!(length.encoding, SmsEncoding::Ucs2, "{text}");
            assert!(length.segments <= 3, "{text}: {} segments", length.segments);
        }
    }

    #[test]
    fn a_decision_links_to_its_certificate_or_to_the_reasons_and_the_appeal() {
        let public = "https://jansewa.example.in/";
        let issued = status_message("MP26-4821-7735-2", Status::Issued, None, None, public);
        assert!(
            issued.ends_with("https://jansewa.example.in/c/MP26-4821-7735-2"),
            "{issued}"
        );
        let appeal_by = Date::from_ymd(2027, 1, 14);
        let rejected = status_message(
            "MP26-4821-7735-2",
            Status::Rejected,
            None,
            appeal_by,
            public,
        );
        assert!(rejected.contains("14-01-2027 तक अपील करें"), "{rejected}");
        assert!(
            rejected.ends_with("https://jansewa.example.in/t/MP26-4821-7735-2"),
            "{rejected}"
        );
    }
}
