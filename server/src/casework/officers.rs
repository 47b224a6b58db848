//! Officer accounts: created by the `admin create-officer` command, passwords hashed with
//! argon2id, every sign-in and sign-out in the audit log. Sign-in is limited three ways: five
//! failures per login (each attempt written before its password is checked, under the login's
//! lock, so a burst cannot slip past the count), a number per address an hour, and at most one
//! password check per core at once (argon2 takes 19 MiB each).

use super::CaseworkService;
use super::transition::{audit, audit_about, audit_alone};
use crate::db::locks::{self, Lock};
use crate::db::officers::{self, OfficerWrite};
use crate::db::{Database, audit, catalogue};
use crate::error::{ServerError, ServerResult};
use app::api::ApiError;
use app::api::case_types::OfficerProfile;
use app::api::store::OfficerAccounts;
use app::domain::language::BilingualText;
use app::domain::officer::{
    MAX_PASSWORD_LEN, MIN_PASSWORD_LEN, Role, is_login, password_length_ok,
};
use argon2::password_hash::SaltString;
use argon2::password_hash::rand_core::OsRng;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};

/// Wrong passwords allowed per login within [`LOCKOUT_SECS`] before sign-in is refused.
pub const MAX_FAILED_SIGN_INS: i64 = 5;

/// The window failed sign-ins are counted over, and how long a locked login waits.
pub const LOCKOUT_SECS: i64 = 15 * 60;

/// Hashes a password with argon2id and a random salt (a PHC string).
pub fn hash_password(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| e.to_string())
}

/// The password checks allowed at once: one per core, so a flood of sign-ins waits its turn
/// instead of taking 19 MiB each at the same moment.
fn hashing_turns() -> &'static tokio::sync::Semaphore {
    static TURNS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    TURNS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        tokio::sync::Semaphore::new(cores)
    })
}

/// How many password checks are running now, and the most that ever ran at once.
static HASHING_NOW: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static HASHING_PEAK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The most password checks (argon2, creating or signing in) that ran at the same moment in
/// this process, for tests.
pub fn peak_password_checks() -> usize {
    HASHING_PEAK.load(std::sync::atomic::Ordering::SeqCst)
}

/// Runs `work` (an argon2 hash or check) on the blocking pool when a turn is free.
async fn with_hashing_turn<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    use std::sync::atomic::Ordering::SeqCst;
    let _turn = hashing_turns().acquire().await.ok()?;
    tokio::task::spawn_blocking(move || {
        let running = HASHING_NOW.fetch_add(1, SeqCst) + 1;
        HASHING_PEAK.fetch_max(running, SeqCst);
        let done = work();
        HASHING_NOW.fetch_sub(1, SeqCst);
        done
    })
    .await
    .ok()
}

fn password_matches(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// Creates (or, with the same login, replaces) an officer account. Refuses a weak password, an
/// unknown district or service, or an operator without a centre.
pub async fn create_officer(
    db: &Database,
    officer: &OfficerProfile,
    password: &str,
    now: i64,
) -> Result<(), String> {
    if !is_login(&officer.login) {
        return Err("the login must be 3-40 lower-case letters, digits, '-', '_' or '.'".into());
    }
    if !password_length_ok(password) {
        return Err(format!(
            "the password must have {MIN_PASSWORD_LEN} to {MAX_PASSWORD_LEN} characters"
        ));
    }
    if officer.role == Role::CentreOperator && officer.centre.is_none() {
        return Err("a centre operator needs --centre".into());
    }
    if officer.role != Role::CentreOperator && officer.services.is_empty() {
        return Err("an officer needs --services (or --department)".into());
    }
    if let Some(district) = &officer.district {
        let found = catalogue::district_exists(db.pool(), district)
            .await
            .map_err(|e| e.to_string())?;
        if !found {
            return Err(format!("no district `{district}`"));
        }
    }
    let password = password.to_string();
    let hash = with_hashing_turn(move || hash_password(&password))
        .await
        .ok_or("the password could not be hashed")??;
    let mut tx = db.begin_write().await.map_err(|e| e.to_string())?;
    officers::clear_services(&mut *tx, &officer.login)
        .await
        .map_err(|e| e.to_string())?;
    let account = OfficerWrite {
        login: &officer.login,
        name: &officer.name,
        designation_hi: &officer.designation.hi,
        designation_en: &officer.designation.en,
        role: officer.role.as_str(),
        district_id: officer.district.as_deref(),
        centre_id: officer.centre.as_deref(),
        password_hash: &hash,
        created_at: now,
    };
    officers::upsert(&mut *tx, &account)
        .await
        .map_err(|e| e.to_string())?;
    for service in &officer.services {
        officers::add_service(&mut *tx, &officer.login, service)
            .await
            .map_err(|e| format!("service `{service}`: {e}"))?;
    }
    // A replaced password ends every session opened with the old one.
    crate::db::sessions::delete_of_officer(&mut *tx, &officer.login)
        .await
        .map_err(|e| e.to_string())?;
    audit_about(&mut tx, now, "admin", "create_officer", &officer.login, "")
        .await
        .map_err(|_| "the audit log could not be written".to_string())?;
    tx.commit().await.map_err(|e| e.to_string())
}

/// Deactivates officer `login`: it can no longer sign in, and its open sessions end now. Its
/// past decisions and audit lines stay. `create-officer` with the same login makes it active.
pub async fn deactivate_officer(db: &Database, login: &str, now: i64) -> Result<(), String> {
    let mut tx = db.begin_write().await.map_err(|e| e.to_string())?;
    if !officers::deactivate(&mut *tx, login)
        .await
        .map_err(|e| e.to_string())?
    {
        return Err(format!("no active officer `{login}`"));
    }
    crate::db::sessions::delete_of_officer(&mut *tx, login)
        .await
        .map_err(|e| e.to_string())?;
    audit_about(&mut tx, now, "admin", "deactivate_officer", login, "")
        .await
        .map_err(|_| "the audit log could not be written".to_string())?;
    tx.commit().await.map_err(|e| e.to_string())
}

/// An active officer by login.
pub async fn profile(db: &Database, login: &str) -> ServerResult<Option<OfficerProfile>> {
    let Some(row) = officers::active(db.pool(), login).await? else {
        return Ok(None);
    };
    let role = Role::parse(&row.role)
        .ok_or_else(|| ServerError::corrupt(format!("officer {login}: role `{}`", row.role)))?;
    let services = officers::services_of(db.pool(), login).await?;
    Ok(Some(OfficerProfile {
        login: login.to_string(),
        name: row.name,
        designation: BilingualText::new(row.designation_hi, row.designation_en),
        role,
        district: row.district_id,
        centre: row.centre_id,
        services,
    }))
}

/// A hash to check against when the login does not exist, so a wrong login takes as long as a
/// wrong password.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password, never valid").unwrap_or_default())
}

#[async_trait::async_trait]
impl OfficerAccounts for CaseworkService {
    async fn sign_in(
        &self,
        login: &str,
        password: &str,
        ip: &str,
    ) -> Result<OfficerProfile, ApiError> {
        let db = &self.apply.db;
        let now = self.apply.clock.now();
        if !is_login(login) || !password_length_ok(password) {
            return Err(ApiError::WrongPassword);
        }
        self.limit_sign_ins(ip)?;
        // The attempt is written before the password is checked, under the login's lock, so
        // parallel attempts are counted one after another and a burst meets the same limit.
        let mut tx = db.begin_write().await?;
        locks::hold(&mut *tx, Lock::SignIn(login)).await?;
        let unsettled = audit::unsettled_sign_ins(&mut *tx, login, now - LOCKOUT_SECS).await?;
        if unsettled.len() as i64 >= MAX_FAILED_SIGN_INS {
            let oldest = unsettled.first().copied().unwrap_or(now);
            return Err(ApiError::Wait {
                seconds: (oldest + LOCKOUT_SECS - now).max(1),
            });
        }
        audit(&mut tx, now, login, "sign_in_started", None, None, ip).await?;
        let stored = officers::password_hash(&mut *tx, login).await?;
        crate::db::commit(tx).await?;
        let exists = stored.is_some();
        let hash = stored.unwrap_or_else(|| decoy_hash().to_string());
        let typed = password.to_string();
        let right = with_hashing_turn(move || password_matches(&typed, &hash))
            .await
            .unwrap_or(false)
            && exists;
        let action = if right { "sign_in" } else { "sign_in_failed" };
        audit_alone(db, now, login, action, None, ip).await?;
        if !right {
            return Err(ApiError::WrongPassword);
        }
        Ok(profile(db, login).await?.ok_or(ApiError::WrongPassword)?)
    }

    async fn signed_out(&self, officer: &OfficerProfile) -> Result<(), ApiError> {
        let now = self.apply.clock.now();
        Ok(audit_alone(&self.apply.db, now, &officer.login, "sign_out", None, "").await?)
    }

    async fn profile(&self, login: &str) -> Result<Option<OfficerProfile>, ApiError> {
        Ok(profile(&self.apply.db, login).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_checks_against_its_own_hash_only() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(password_matches("correct horse battery", &hash));
        assert!(!password_matches("correct horse batterx", &hash));
        assert!(!password_matches("anything", "not a hash"));
        assert_ne!(hash, hash_password("correct horse battery").unwrap());
    }
}
