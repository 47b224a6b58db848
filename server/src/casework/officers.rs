//! Officer accounts: created by the `admin create-officer` command, passwords hashed with
//! argon2id, sign-in limited per login, every sign-in and sign-out in the audit log.

use super::CaseworkService;
use super::transition::{audit, audit_alone};
use crate::apply::db_failed;
use crate::db::Database;
use app::api::ApiError;
use app::api::case_types::OfficerProfile;
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
        let found: Option<(String,)> = sqlx::query_as("SELECT id FROM districts WHERE id = $1")
            .bind(district)
            .fetch_optional(db.pool())
            .await
            .map_err(|e| e.to_string())?;
        if found.is_none() {
            return Err(format!("no district `{district}`"));
        }
    }
    let password = password.to_string();
    let hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| e.to_string())??;
    let mut tx = db.begin_write().await.map_err(|e| e.to_string())?;
    sqlx::query("DELETE FROM officer_services WHERE login = $1")
        .bind(&officer.login)
        .execute(&mut *tx)
        .await
        .map_err(|e| e.to_string())?;
    sqlx::query(
        "INSERT INTO officers (login, name, designation_hi, designation_en, role, district_id, \
         centre_id, password_hash, active, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9) \
         ON CONFLICT (login) DO UPDATE SET name = excluded.name, \
         designation_hi = excluded.designation_hi, designation_en = excluded.designation_en, \
         role = excluded.role, district_id = excluded.district_id, centre_id = excluded.centre_id, \
         password_hash = excluded.password_hash, active = 1",
    )
    .bind(&officer.login)
    .bind(&officer.name)
    .bind(&officer.designation.hi)
    .bind(&officer.designation.en)
    .bind(officer.role.as_str())
    .bind(&officer.district)
    .bind(&officer.centre)
    .bind(&hash)
    .bind(now)
    .execute(&mut *tx)
    .await
    .map_err(|e| e.to_string())?;
    for service in &officer.services {
        sqlx::query("INSERT INTO officer_services (login, service_id) VALUES ($1, $2)")
            .bind(&officer.login)
            .bind(service)
            .execute(&mut *tx)
            .await
            .map_err(|e| format!("service `{service}`: {e}"))?;
    }
    audit(&mut tx, now, "admin", "create_officer", None, None, "")
        .await
        .map_err(|_| "the audit log could not be written".to_string())?;
    tx.commit().await.map_err(|e| e.to_string())
}

type OfficerRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
);

/// An active officer by login.
pub async fn profile(db: &Database, login: &str) -> Result<Option<OfficerProfile>, ApiError> {
    let row: Option<OfficerRow> = sqlx::query_as(
        "SELECT name, designation_hi, designation_en, role, district_id, centre_id \
         FROM officers WHERE login = $1 AND active = 1",
    )
    .bind(login)
    .fetch_optional(db.pool())
    .await
    .map_err(db_failed)?;
    let Some((name, hi, en, role, district, centre)) = row else {
        return Ok(None);
    };
    let Some(role) = Role::parse(&role) else {
        tracing::error!(%role, "an officer's stored role could not be read");
        return Err(ApiError::Unavailable);
    };
    let services: Vec<(String,)> = sqlx::query_as(
        "SELECT service_id FROM officer_services WHERE login = $1 ORDER BY service_id",
    )
    .bind(login)
    .fetch_all(db.pool())
    .await
    .map_err(db_failed)?;
    Ok(Some(OfficerProfile {
        login: login.to_string(),
        name,
        designation: BilingualText::new(hi, en),
        role,
        district,
        centre,
        services: services.into_iter().map(|(s,)| s).collect(),
    }))
}

/// A hash to check against when the login does not exist, so a wrong login takes as long as a
/// wrong password.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password, never valid").unwrap_or_default())
}

pub(super) async fn sign_in(
    casework: &CaseworkService,
    login: &str,
    password: &str,
    ip: &str,
) -> Result<OfficerProfile, ApiError> {
    let db = &casework.apply.db;
    let now = casework.apply.clock.now();
    if !is_login(login) || password.is_empty() || password.len() > 200 {
        return Err(ApiError::WrongPassword);
    }
    let failures: Vec<(i64,)> = sqlx::query_as(
        "SELECT at FROM audit_log WHERE actor = $1 AND action = 'sign_in_failed' AND at > $2 \
         ORDER BY at",
    )
    .bind(login)
    .bind(now - LOCKOUT_SECS)
    .fetch_all(db.pool())
    .await
    .map_err(db_failed)?;
    if failures.len() as i64 >= MAX_FAILED_SIGN_INS {
        let oldest = failures.first().map(|(at,)| *at).unwrap_or(now);
        return Err(ApiError::Wait {
            seconds: (oldest + LOCKOUT_SECS - now).max(1),
        });
    }
    let stored: Option<(String,)> =
        sqlx::query_as("SELECT password_hash FROM officers WHERE login = $1 AND active = 1")
            .bind(login)
            .fetch_optional(db.pool())
            .await
            .map_err(db_failed)?;
    let exists = stored.is_some();
    let hash = stored
        .map(|(h,)| h)
        .unwrap_or_else(|| decoy_hash().to_string());
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
    profile(db, login).await?.ok_or(ApiError::WrongPassword)
}

pub(super) async fn signed_out(
    casework: &CaseworkService,
    officer: &OfficerProfile,
) -> Result<(), ApiError> {
    let now = casework.apply.clock.now();
    audit_alone(
        &casework.apply.db,
        now,
        &officer.login,
        "sign_out",
        None,
        "",
    )
    .await
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
