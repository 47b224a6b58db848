//! Officer accounts: created by the `admin create-officer` command, passwords hashed with
//! argon2id, sign-in limited per login, every sign-in and sign-out in the audit log.

use super::CaseworkService;
use super::transition::{audit, audit_alone};
use crate::db::officers::{self, OfficerWrite};
use crate::db::{Database, audit, catalogue};
use crate::error::{ServerError, ServerResult};
use app::api::ApiError;
use app::api::case_types::OfficerProfile;
use app::api::store::OfficerAccounts;
use app::domain::language::BilingualText;
use app::domain::officer::{MIN_PASSWORD_LEN, Role, is_login};
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
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(format!(
            "the password must have at least {MIN_PASSWORD_LEN} characters"
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
    let hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| e.to_string())??;
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
    audit(&mut tx, now, "admin", "create_officer", None, None, "")
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
        if !is_login(login) || password.is_empty() || password.len() > 200 {
            return Err(ApiError::WrongPassword);
        }
        let failures = audit::failed_sign_ins(db.pool(), login, now - LOCKOUT_SECS).await?;
        if failures.len() as i64 >= MAX_FAILED_SIGN_INS {
            let oldest = failures.first().copied().unwrap_or(now);
            return Err(ApiError::Wait {
                seconds: (oldest + LOCKOUT_SECS - now).max(1),
            });
        }
        let stored = officers::password_hash(db.pool(), login).await?;
        let exists = stored.is_some();
        let hash = stored.unwrap_or_else(|| decoy_hash().to_string());
        let typed = password.to_string();
        let right = tokio::task::spawn_blocking(move || password_matches(&typed, &hash))
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
