//! Filing a grievance: the filing is checked (category and subcategory, district and tehsil,
//! the centre for a centre's category, the description's length), the mobile's daily limit is
//! kept, and the grievance goes to the L1 post of its category with L1's last day, a timeline
//! entry and an SMS, in one transaction.

use crate::apply::submit::is_unique_violation;
use crate::casework::CaseworkService;
use crate::casework::transition::short_link;
use crate::db::grievance_events::{self, NewGrievanceEvent};
use crate::db::grievances::{self, NewGrievance};
use crate::error::ServerResult;
use crate::outbox::queue_sms;
use app::api::ApiError;
use app::api::grievance_types::{
    CategoryList, Filed, GrievanceFiling, GrievanceStep, GrievanceView, StepBy,
};
use app::api::store::Grievances;
use app::domain::answers::Places;
use app::domain::date::Date;
use app::domain::grievance::category::{Category, CategoryBook, Place};
use app::domain::grievance::escalation::level_due;
use app::domain::grievance::filing::{looks_like_a_repeat, may_file_another};
use app::domain::grievance::kind::Kind;
use app::domain::grievance::level::Level;
use app::domain::grievance::machine::Status;
use app::domain::grievance::number::GrievanceNumber;
use app::domain::grievance::settings::GrievanceSettings;
use app::domain::language::BilingualText;
use app::domain::messages::Sms;
use app::domain::validate::FieldError;
use std::sync::Arc;

/// The shortest description taken, in characters.
pub const DESCRIPTION_MIN: u32 = 10;
/// The longest.
pub const DESCRIPTION_MAX: u32 = 2000;

/// Grievances over casework's database, clock, calendar, places and look-up limits.
#[derive(Clone)]
pub struct GrievanceService {
    /// The database, clock, calendar, districts, public address and the limit on look-ups
    /// per address (shared with tracking applications).
    pub casework: CaseworkService,
    /// The categories.
    pub book: Arc<CategoryBook>,
    /// The helpline's numbers.
    pub settings: Arc<GrievanceSettings>,
}

impl GrievanceService {
    /// The filing's category, or the field problem that stops it.
    fn check<'a>(&'a self, filing: &GrievanceFiling) -> Result<&'a Category, ApiError> {
        let category = self
            .book
            .get(&filing.category_id)
            .ok_or_else(|| ApiError::field("category", FieldError::NotAnOption))?;
        if let Some(sub) = filing.subcategory_id.as_deref()
            && !category.has_subcategory(sub)
        {
            return Err(ApiError::field("subcategory", FieldError::NotAnOption));
        }
        let places = &self.casework.apply.places;
        if !places.is_district(&filing.district_id) {
            return Err(ApiError::field("district", FieldError::UnknownDistrict));
        }
        let tehsil = filing.tehsil.as_deref().map(str::trim).unwrap_or_default();
        if category.place == Place::Tehsil && tehsil.is_empty() {
            return Err(ApiError::field("tehsil", FieldError::Required));
        }
        if let Some(known) = places.tehsils(&filing.district_id)
            && !tehsil.is_empty()
            && !known.iter().any(|choice| choice.value == tehsil)
        {
            return Err(ApiError::field("tehsil", FieldError::UnknownTehsil));
        }
        let centre = filing
            .centre_id
            .as_deref()
            .map(str::trim)
            .unwrap_or_default();
        if category.place == Place::Centre && centre.is_empty() {
            return Err(ApiError::field("centre", FieldError::Required));
        }
        let length = filing.description.trim().chars().count() as u32;
        if length < DESCRIPTION_MIN {
            let min = DESCRIPTION_MIN;
            return Err(ApiError::field("description", FieldError::TooShort { min }));
        }
        if length > DESCRIPTION_MAX {
            let max = DESCRIPTION_MAX;
            return Err(ApiError::field("description", FieldError::TooLong { max }));
        }
        Ok(category)
    }

    async fn file_checked(
        &self,
        mobile: &str,
        filed_by: &str,
        filing: &GrievanceFiling,
        category: &Category,
    ) -> ServerResult<Filed> {
        let now = self.casework.apply.clock.now();
        let today = Date::in_india(now);
        let pool = self.casework.apply.db.pool();
        // The repeat window reaches back furthest; today's filings are within it.
        let since = today.add_days(-i64::from(self.settings.repeat_window_days));
        let earlier = grievances::filed_by_mobile_since(pool, mobile, &since.to_iso()).await?;
        let filed_today = earlier
            .iter()
            .filter(|(_, on)| *on == today.to_iso())
            .count();
        if !may_file_another(filed_today as u32, &self.settings) {
            let midnight = (today.add_days(1).days_since_epoch() * 86_400) - 19_800;
            let seconds = (midnight - now).max(1);
            return Err(ApiError::Wait { seconds }.into());
        }
        let dated: Vec<(&str, Date)> = earlier
            .iter()
            .filter_map(|(id, on)| Some((id.as_str(), Date::parse_iso(on)?)))
            .collect();
        let repeat = looks_like_a_repeat(dated, &category.id, today, &self.settings);
        let days = self.settings.days_for(&category.department, &category.id);
        let due = level_due(Level::L1, today, days, &self.casework.apply.calendar).unwrap_or(today);
        let post = category.posts.l1.clone();
        for _ in 0..3 {
            let random = crate::vault::random_below(100_000_000);
            let year = today.ymd().0;
            let number = GrievanceNumber::generate(year, random).to_string();
            match self
                .insert(mobile, filed_by, filing, &number, now, today, due, &post.hi)
                .await
            {
                Ok(()) => {
                    return Ok(Filed {
                        number,
                        level: Level::L1,
                        post,
                        due_on: Some(due),
                        looks_like_a_repeat: repeat,
                    });
                }
                Err(error) if is_unique_violation(&error) => continue,
                Err(error) => return Err(error),
            }
        }
        Err(ApiError::Unavailable.into())
    }

    /// Writes the grievance, its filing and its SMS in one transaction.
    #[allow(clippy::too_many_arguments)]
    async fn insert(
        &self,
        mobile: &str,
        filed_by: &str,
        filing: &GrievanceFiling,
        number: &str,
        now: i64,
        today: Date,
        due: Date,
        post_hi: &str,
    ) -> ServerResult<()> {
        let trimmed = |text: &Option<String>| {
            text.as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_string)
        };
        let (tehsil, centre) = (trimmed(&filing.tehsil), trimmed(&filing.centre_id));
        let description = filing.description.trim();
        let (today_iso, due_iso) = (today.to_iso(), due.to_iso());
        let open = Status::Open.as_str();
        let new = NewGrievance {
            number,
            kind: filing.kind.as_str(),
            category_id: &filing.category_id,
            subcategory_id: filing.subcategory_id.as_deref(),
            mobile,
            district_id: &filing.district_id,
            tehsil: tehsil.as_deref(),
            centre_id: centre.as_deref(),
            description,
            filed_by,
            filed_at: now,
            filed_on: &today_iso,
            status: open,
            level: 1,
            level_due: Some(&due_iso),
        };
        let mut tx = self.casework.apply.db.begin_write().await?;
        grievances::insert(&mut *tx, &new).await?;
        let event = NewGrievanceEvent {
            number,
            at: now,
            actor: filed_by,
            post: None,
            action: "file",
            from: None,
            to: (open, 1),
            note: Some(description),
        };
        grievance_events::insert(&mut *tx, &event).await?;
        let track = short_link(&self.casework.apply.public_url, 'g', number);
        let sms = Sms::GrievanceFiled {
            number,
            post: post_hi,
            due_on: due,
            track: &track,
        };
        queue_sms(&mut tx, mobile, &sms, now).await?;
        crate::db::commit(tx).await
    }
}

#[async_trait::async_trait]
impl Grievances for GrievanceService {
    async fn categories(&self) -> Result<CategoryList, ApiError> {
        Ok(CategoryList {
            categories: self.book.categories.clone(),
        })
    }

    async fn file(
        &self,
        mobile: &str,
        filed_by: &str,
        filing: GrievanceFiling,
    ) -> Result<Filed, ApiError> {
        let category = self.check(&filing)?;
        Ok(self
            .file_checked(mobile, filed_by, &filing, category)
            .await?)
    }
    async fn track(&self, number: &str, mobile: &str, ip: &str) -> Result<GrievanceView, ApiError> {
        self.casework.limit_lookups(ip)?;
        let number = GrievanceNumber::parse(number)
            .map_err(|_| ApiError::NotFound)?
            .to_string();
        let pool = self.casework.apply.db.pool();
        let row = grievances::tracked(pool, &number).await?;
        let Some(row) = row.filter(|row| row.mobile == mobile.trim()) else {
            return Err(ApiError::NotFound);
        };
        let steps = grievance_events::timeline(pool, &number).await?;
        Ok(self.view(number, row, steps)?)
    }
}

impl GrievanceService {
    /// The complainant's view of a grievance from its rows.
    fn view(
        &self,
        number: String,
        row: grievances::TrackedRow,
        steps: Vec<grievance_events::GrievanceEventRow>,
    ) -> ServerResult<GrievanceView> {
        let corrupt = || crate::error::ServerError::corrupt(format!("grievance {number}"));
        let level_of = |n: i64| u8::try_from(n).ok().and_then(Level::from_number);
        let level = level_of(row.level).ok_or_else(corrupt)?;
        let status = Status::parse(&row.status).ok_or_else(corrupt)?;
        let category = self.book.get(&row.category_id).ok_or_else(corrupt)?;
        let mut timeline = Vec::with_capacity(steps.len());
        for step in steps {
            let by = match (step.actor.as_str(), step.post_hi, step.post_en) {
                (_, Some(hi), Some(en)) => StepBy::Officer(BilingualText { hi, en }),
                ("system", _, _) => StepBy::Portal,
                _ => StepBy::Citizen,
            };
            timeline.push(GrievanceStep {
                at: step.at,
                by,
                action: step.action,
                note: step.note,
                status: Status::parse(&step.to_status).ok_or_else(corrupt)?,
                level: level_of(step.to_level).ok_or_else(corrupt)?,
            });
        }
        Ok(GrievanceView {
            kind: Kind::parse(&row.kind).ok_or_else(corrupt)?,
            category: category.name.clone(),
            filed_on: crate::error::stored_date(&row.filed_on, &number)?,
            status,
            level,
            post: category.posts.at(level).cloned(),
            due_on: row.level_due.as_deref().and_then(Date::parse_iso),
            asks_satisfaction: matches!(
                status,
                Status::Resolved | Status::Unconfirmed | Status::ForceClosePending
            ),
            timeline,
            number,
        })
    }
}
