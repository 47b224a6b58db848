//! Reading an application: its row, its timeline, where it stands against the clock, and its
//! answers as a reader sees them.

use super::CaseworkService;
pub use crate::db::applications::AppRow;
use crate::db::{applications, documents, events};
use crate::error::{ServerError, ServerResult, stored_date};
use app::api::apply_types::mask_mobile;
use app::api::case_types::{
    ActedBy, AnswerLine, AnswerValue, CaseFile, ClockView, TimelineEntry, TrackView,
};
use app::api::store::CatalogueStore;
use app::domain::answers::{Answers, is_shown, reply_document_label, shown_answer};
use app::domain::application_number::ApplicationNumber;
use app::domain::catalogue::{Service, TimeLimit};
use app::domain::clock::standing;
use app::domain::date::Date;
use app::domain::language::BilingualText;
use app::domain::status::{Facts, Status, appeal_deadline, appeal_open};

/// The application with this (typed) number, if there is one.
pub async fn load_row(
    db: &crate::db::Database,
    typed_number: &str,
) -> ServerResult<Option<AppRow>> {
    let Ok(number) = ApplicationNumber::parse(typed_number) else {
        return Ok(None);
    };
    applications::by_number(db.pool(), number.as_str()).await
}

impl AppRow {
    /// The status.
    pub fn status(&self) -> ServerResult<Status> {
        Status::parse(&self.status)
            .ok_or_else(|| ServerError::corrupt(format!("a stored status `{}`", self.status)))
    }

    /// The day it was received.
    pub fn received(&self) -> ServerResult<Date> {
        stored_date(&self.received_on, &self.number)
    }

    /// The due date as stored (the last one known, also while the clock stands still).
    pub fn due(&self) -> ServerResult<Date> {
        stored_date(&self.due_on, &self.number)
    }

    /// The day information was asked for, while the clock stands still.
    pub fn paused_since(&self) -> ServerResult<Option<Date>> {
        self.paused_on
            .as_deref()
            .map(|day| stored_date(day, &self.number))
            .transpose()
    }

    /// What the status rules need to know, today.
    pub fn facts(&self, today: Date) -> ServerResult<Facts> {
        let received = self.received()?;
        Ok(Facts {
            today,
            due_on: match self.paused_on {
                Some(_) => None,
                None => Some(self.due()?),
            },
            status_since: match &self.status_since {
                Some(text) => stored_date(text, &self.number)?,
                None => received,
            },
            appeal_level: self.appeal_level.clamp(0, 2) as u8,
        })
    }
}

/// The service applied for (its time limit and officers).
pub async fn service_of(casework: &CaseworkService, row: &AppRow) -> ServerResult<Service> {
    CatalogueStore::service(&casework.apply.db, &row.service_id)
        .await
        .map_err(app::api::store::unavailable)?
        .ok_or_else(|| {
            ServerError::corrupt(format!(
                "{}: its service {} is gone",
                row.number, row.service_id
            ))
        })
}

/// Where the application stands against the clock today.
pub fn clock_view(
    row: &AppRow,
    status: Status,
    limit: &TimeLimit,
    casework: &CaseworkService,
    today: Date,
) -> ServerResult<ClockView> {
    if let Some(since) = row.paused_since()? {
        return Ok(ClockView::Stopped { since });
    }
    if matches!(status, Status::Issued | Status::Rejected) {
        let on = match row.status_since.as_deref() {
            Some(day) => stored_date(day, &row.number)?,
            None => today,
        };
        return Ok(ClockView::Decided {
            on,
            due_on: row.due()?,
        });
    }
    if !status.awaits_officer() {
        return Ok(ClockView::Appeal);
    }
    let due_on = row.due()?;
    Ok(ClockView::Running {
        due_on,
        standing: standing(due_on, today, limit.working_days, &casework.apply.calendar),
        working_days: limit.working_days,
    })
}

/// The status, the clock and the timeline.
pub async fn track_view(casework: &CaseworkService, row: &AppRow) -> ServerResult<TrackView> {
    let service = service_of(casework, row).await?;
    let today = casework.apply.today();
    let status = row.status()?;
    let facts = row.facts(today)?;
    let events = events::timeline(casework.apply.db.pool(), &row.number).await?;
    let mut timeline = Vec::with_capacity(events.len());
    for event in events {
        let by = match (
            event.actor.as_str(),
            event.designation_hi,
            event.designation_en,
        ) {
            ("citizen", _, _) => ActedBy::Citizen,
            (_, Some(hi), Some(en)) => ActedBy::Officer(BilingualText::new(hi, en)),
            _ => ActedBy::Portal,
        };
        timeline.push(TimelineEntry {
            at: event.at,
            on: Date::in_india(event.at),
            status: Status::parse(&event.to_status).unwrap_or(Status::Received),
            by,
            note: event.note,
        });
    }
    let appeal = appeal_open(status, &facts)
        .ok()
        .and_then(|next| appeal_deadline(status, &facts).map(|last| (next, last)));
    Ok(TrackView {
        number: row.number.clone(),
        service_id: row.service_id.clone(),
        service_name: service.name.clone(),
        designated_officer: service.officers.designated.clone(),
        status,
        received_on: row.received()?,
        clock: clock_view(row, status, &service.time_limit, casework, today)?,
        appeal_level: facts.appeal_level,
        appeal,
        penalty_rupees: row
            .penalty_rupees
            .map(|p| p.clamp(0, i64::from(u32::MAX)) as u32),
        timeline,
    })
}

/// Everything about the application: status, clock, timeline, answers and later documents.
pub async fn case_file(casework: &CaseworkService, row: &AppRow) -> ServerResult<CaseFile> {
    let track = track_view(casework, row).await?;
    let answers: Answers = serde_json::from_str(&row.answers)
        .map_err(|error| ServerError::corrupt(format!("{}: answers: {error}", row.number)))?;
    let form = casework.apply.forms.for_service(&row.service_id);
    let places = &casework.apply.places;
    let mut lines = Vec::new();
    for field in form.fields() {
        let Some(value) = answers.get(&field.id).filter(|v| !v.is_empty()) else {
            continue;
        };
        if !is_shown(&form, field, &answers) {
            continue;
        }
        let shown = shown_answer(field, value, places.as_ref());
        lines.push(AnswerLine {
            label: field.label.clone(),
            value: shown,
        });
    }
    let replies = documents::replies_to(casework.apply.db.pool(), &row.number).await?;
    let reply_label = reply_document_label();
    Ok(CaseFile {
        track,
        applicant_name: row.applicant_name.clone(),
        masked_mobile: mask_mobile(&row.mobile),
        answers: lines,
        replies: replies
            .into_iter()
            .map(|reply| AnswerLine {
                label: reply_label.clone(),
                value: AnswerValue::File {
                    id: reply.id,
                    name: reply.file_name,
                    size: reply.size_bytes.max(0) as u64,
                },
            })
            .collect(),
    })
}
