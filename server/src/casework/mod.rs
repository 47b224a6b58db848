//! Casework, the server's side: tracking for citizens, the officer's desk, and certificates. The
//! rules (statuses, appeal windows, jurisdiction, the clock) come from `app::domain`; this module
//! adds the database, the clock, the audit log and the outbox.

mod access;
pub mod audit_trail;
mod certificates;
mod desk;
mod documents;
pub use documents::OpenedDocument;
mod load;
pub mod officers;
mod track;
pub(crate) mod transition;

use crate::apply::ApplyService;
use app::api::ApiError;
use app::api::case_types::OfficerProfile;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::num::NonZeroU32;
use std::sync::Arc;

pub use certificates::revoke as revoke_certificate;
pub use load::{AppRow, load_row};

/// How many requests of a kind one address may make an hour.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Tracking look-ups.
    pub track_per_ip_per_hour: u32,
    /// Officer sign-ins, right or wrong.
    pub sign_in_per_ip_per_hour: u32,
}

/// Everything casework needs: what applying has (database, clock, forms, places, calendar,
/// outbox), and limits per address on tracking look-ups and sign-ins.
#[derive(Clone)]
pub struct CaseworkService {
    /// Applying's service, whose parts casework shares.
    pub apply: ApplyService,
    track_limiter: Arc<DefaultKeyedRateLimiter<String>>,
    sign_in_limiter: Arc<DefaultKeyedRateLimiter<String>>,
}

fn per_hour(count: u32) -> Arc<DefaultKeyedRateLimiter<String>> {
    let count = NonZeroU32::new(count.max(1)).unwrap_or(NonZeroU32::MIN);
    Arc::new(RateLimiter::keyed(Quota::per_hour(count)))
}

impl CaseworkService {
    /// Casework over applying's parts, with these limits per address.
    pub fn new(apply: ApplyService, limits: Limits) -> CaseworkService {
        CaseworkService {
            apply,
            track_limiter: per_hour(limits.track_per_ip_per_hour),
            sign_in_limiter: per_hour(limits.sign_in_per_ip_per_hour),
        }
    }

    /// The document `id` for this officer, its opening (from `ip`) written to the audit log; `NotFound` if
    /// it is not theirs to see.
    pub async fn open_document(
        &self,
        officer: &OfficerProfile,
        id: &str,
        ip: &str,
    ) -> Result<OpenedDocument, ApiError> {
        Ok(documents::open(self, officer, id, ip).await?)
    }

    /// Whether the application exists and is within the officer's jurisdiction.
    pub async fn case_visible(
        &self,
        officer: &OfficerProfile,
        number: &str,
    ) -> Result<bool, ApiError> {
        match access::visible(self, officer, number).await {
            Ok(_) => Ok(true),
            Err(ApiError::NotFound) => Ok(false),
            Err(other) => Err(other),
        }
    }

    /// Refuses a look-up from an address that has made too many this hour.
    pub(crate) fn limit_lookups(&self, ip: &str) -> Result<(), ApiError> {
        within(&self.track_limiter, ip)
    }

    /// Forgets the addresses whose limits have filled up again (run hourly), so the limiters'
    /// memory holds only recent callers; how many addresses are still held.
    pub fn prune_limits(&self) -> usize {
        self.track_limiter.retain_recent();
        self.sign_in_limiter.retain_recent();
        self.track_limiter.shrink_to_fit();
        self.sign_in_limiter.shrink_to_fit();
        self.track_limiter.len() + self.sign_in_limiter.len()
    }

    /// Refuses a sign-in from an address that has made too many this hour.
    pub(super) fn limit_sign_ins(&self, ip: &str) -> Result<(), ApiError> {
        within(&self.sign_in_limiter, ip)
    }
}

/// `Wait` when `ip` has used its share of `limiter`.
fn within(limiter: &DefaultKeyedRateLimiter<String>, ip: &str) -> Result<(), ApiError> {
    limiter.check_key(&ip.to_string()).map_err(|not_until| {
        let wait = not_until.wait_time_from(governor::clock::Clock::now(
            &governor::clock::DefaultClock::default(),
        ));
        ApiError::Wait {
            seconds: wait.as_secs().max(1) as i64,
        }
    })
}
