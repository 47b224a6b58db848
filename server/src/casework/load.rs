//! Reading an application: its row, its timeline, where it stands against the clock, and its
//! answers as a reader sees them.

use super::CaseworkService;
use crate::apply::db_failed;
use app::api::ApiError;
use app::api::apply_types::mask_mobile;
use app::api::case_types::{
    ActedBy, AnswerLine, AnswerValue, CaseFile, ClockView, TimelineEntry, TrackView,
};
use app::api::store::CatalogueStore;
use app::domain::answers::{Answers, is_shown, shown_answer};
use app::domain::application_number::ApplicationNumber;
use app::domain::catalogue::{Service, TimeLimit};
use app::domain::clock::standing;
use app::domain::date::Date;
use app::domain::language::BilingualText;
use app::domain::status::{Facts, Status, appeal_deadline, appeal_open};

/// An application as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AppRow {
    /// `MP26-4821-7735-2`.
    pub number: String,
    /// The service.
    pub service_id: String,
    /// The applicant's verified mobile.
    pub mobile: String,
    /// The applicant's name.
    pub applicant_name: String,
    /// The answers (JSON), Aadhaar masked.
    pub answers: String,
    /// The status's stored name.
    pub status: String,
    /// ISO date of receipt.
    pub received_on: String,
    /// ISO due date.
    pub due_on: String,
    /// The applicant's district.
    pub district_id: String,
    /// The centre that applied.
    pub centre_id: Option<String>,
    /// Appeals so far.
    pub appeal_level: i64,
    /// ISO date the status began.
    pub status_since: Option<String>,
    /// ISO date information was asked for, while unanswered.
    pub paused_on: Option<String>,
    /// The penalty imposed.
    pub penalty_rupees: Option<i64>,
    /// Raised by every change.
    pub version: i64,
}

const COLUMNS: &str = "number, service_id, mobile, applicant_name, answers, status, received_on, \
     due_on, district_id, centre_id, appeal_level, status_since, paused_on, penalty_rupees, version";

/// The application with this (typed) number, if there is one.
pub async fn load_row(
    db: &crate::db::Database,
    typed_number: &str,
) -> Result<Option<AppRow>, ApiError> {
    let Ok(number) = ApplicationNumber::parse(typed_number) else {
        return Ok(None);
    };
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM applications WHERE number = $1"
    ))
    .bind(number.as_str())
    .fetch_optional(db.pool())
    .await
    .map_err(db_failed)
}

fn date(text: &str) -> Result<Date, ApiError> {
    Date::parse_iso(text).ok_or_else(|| {
        tracing::error!(text, "a stored date could not be read");
        ApiError::Unavailable
    })
}

impl AppRow {
    /// The status.
    pub fn status(&self) -> Result<Status, ApiError> {
        Status::parse(&self.status).ok_or_else(|| {
            tracing::error!(status = %self.status, "a stored status could not be read");
            ApiError::Unavailable
        })
    }

    /// The due date as stored (the last one known, also while the clock stands still).
    pub fn due(&self) -> Result<Date, ApiError> {
        date(&self.due_on)
    }

    /// The day information was asked for, while the clock stands still.
    pub fn paused_since(&self) -> Result<Option<Date>, ApiError> {
        self.paused_on.as_deref().map(date).transpose()
    }

    /// What the status rules need to know, today.
    pub fn facts(&self, today: Date) -> Result<Facts, ApiError> {
        let received = date(&self.received_on)?;
        Ok(Facts {
            today,
            due_on: match self.paused_on {
                Some(_) => None,
                None => Some(self.due()?),
            },
            status_since: match &self.status_since {
                Some(text) => date(text)?,
                None => received,
            },
            appeal_level: self.appeal_level.clamp(0, 2) as u8,
        })
    }
}

/// A timeline entry as stored, with the officer's post when an officer acted: when, who, the
/// new status, the note, the post in Hindi and in English.
type EventRow = (
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// The service applied for (its time limit and officers).
pub async fn service_of(casework: &CaseworkService, row: &AppRow) -> Result<Service, ApiError> {
    CatalogueStore::service(&casework.apply.db, &row.service_id)
        .await
        .map_err(app::api::store::unavailable)?
        .ok_or_else(|| {
            tracing::error!(service = %row.service_id, "an application's service is gone");
            ApiError::Unavailable
        })
}

/// Where the application stands against the clock today.
pub fn clock_view(
    row: &AppRow,
    status: Status,
    limit: &TimeLimit,
    casework: &CaseworkService,
    today: Date,
) -> Result<ClockView, ApiError> {
    if let Some(since) = row.paused_since()? {
        return Ok(ClockView::Stopped { since });
    }
    if matches!(status, Status::Issued | Status::Rejected) {
        let on = match row.status_since.as_deref() {
            Some(day) => date(day)?,
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
pub async fn track_view(casework: &CaseworkService, row: &AppRow) -> Result<TrackView, ApiError> {
    let service = service_of(casework, row).await?;
    let today = casework.apply.today();
    let status = row.status()?;
    let facts = row.facts(today)?;
    let events: Vec<EventRow> = sqlx::query_as(
        "SELECT e.at, e.actor, e.to_status, e.note, o.designation_hi, o.designation_en \
             FROM application_events e LEFT JOIN officers o ON o.login = e.actor \
             WHERE e.application_number = $1 ORDER BY e.seq, e.at",
    )
    .bind(&row.number)
    .fetch_all(casework.apply.db.pool())
    .await
    .map_err(db_failed)?;
    let mut timeline = Vec::with_capacity(events.len());
    for (at, actor, to_status, note, hi, en) in events {
        let by = match (actor.as_str(), hi, en) {
            ("citizen", _, _) => ActedBy::Citizen,
            (_, Some(hi), Some(en)) => ActedBy::Officer(BilingualText::new(hi, en)),
            _ => ActedBy::Portal,
        };
        timeline.push(TimelineEntry {
            at,
            on: Date::in_india(at),
            status: Status::parse(&to_status).unwrap_or(Status::Received),
            by,
            note,
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
        received_on: date(&row.received_on)?,
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
pub async fn case_file(casework: &CaseworkService, row: &AppRow) -> Result<CaseFile, ApiError> {
    let track = track_view(casework, row).await?;
    let answers: Answers = serde_json::from_str(&row.answers).map_err(|error| {
        tracing::error!(%error, "stored answers could not be read");
        ApiError::Unavailable
    })?;
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
    let replies: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT id, file_name, size_bytes FROM documents \
         WHERE application_number = $1 AND field_id = 'reply' ORDER BY created_at",
    )
    .bind(&row.number)
    .fetch_all(casework.apply.db.pool())
    .await
    .map_err(db_failed)?;
    let reply_label = BilingualText::new("जवाब में भेजा गया दस्तावेज़", "Document sent in reply");
    Ok(CaseFile {
        track,
        applicant_name: row.applicant_name.clone(),
        masked_mobile: mask_mobile(&row.mobile),
        answers: lines,
        replies: replies
            .into_iter()
            .map(|(id, name, size)| AnswerLine {
                label: reply_label.clone(),
                value: AnswerValue::File {
                    id,
                    name,
                    size: size.max(0) as u64,
                },
            })
            .collect(),
    })
}
