//! Certificates: issued when the designated officer approves, printed by the holder or an
//! officer of the jurisdiction, checked by anyone with the code printed on them.

use super::CaseworkService;
use super::access::visible;
use super::load::{AppRow, load_row};
use crate::apply::db_failed;
use crate::vault::random_crockford;
use app::api::ApiError;
use app::api::case_types::{Certificate, CertificateCheck, OfficerProfile};
use app::domain::certificate::{CODE_LENGTH, format_code, mask_name, normalise_code};
use app::domain::date::Date;
use app::domain::language::BilingualText;

/// A new verification code: 20 letters of Crockford's base 32 from the OS's secure source.
pub fn new_code() -> String {
    random_crockford(CODE_LENGTH)
}

/// Issues the certificate for an approved application, in the approval's transaction.
pub async fn issue(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    row: &AppRow,
    officer: &OfficerProfile,
    today: Date,
    now: i64,
) -> Result<(), ApiError> {
    sqlx::query(
        "INSERT INTO certificates (code, application_number, service_id, holder_name, \
         district_id, issued_on, issued_at, issued_by_login, issued_by_hi, issued_by_en) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(new_code())
    .bind(&row.number)
    .bind(&row.service_id)
    .bind(&row.applicant_name)
    .bind(&row.district_id)
    .bind(today.to_iso())
    .bind(now)
    .bind(&officer.login)
    .bind(&officer.designation.hi)
    .bind(&officer.designation.en)
    .execute(&mut **tx)
    .await
    .map_err(db_failed)?;
    Ok(())
}

type CertificateRow = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<i64>,
);

async fn by_number(casework: &CaseworkService, number: &str) -> Result<Certificate, ApiError> {
    let row: Option<CertificateRow> = sqlx::query_as(
        "SELECT code, service_id, holder_name, district_id, issued_on, issued_by_hi, \
         issued_by_en, revoked_at FROM certificates WHERE application_number = $1",
    )
    .bind(number)
    .fetch_optional(casework.apply.db.pool())
    .await
    .map_err(db_failed)?;
    let Some((code, service_id, holder_name, district_id, issued_on, hi, en, revoked)) = row else {
        return Err(ApiError::NotFound);
    };
    if revoked.is_some() {
        return Err(ApiError::NotFound);
    }
    Ok(Certificate {
        code: format_code(&code),
        number: number.to_string(),
        service_id,
        holder_name,
        district_id,
        issued_on: Date::parse_iso(&issued_on).ok_or(ApiError::Unavailable)?,
        issued_by: BilingualText::new(hi, en),
    })
}

/// Marks the certificate with this code revoked (and says so in the audit log). An unknown or
/// already revoked code is an error.
pub async fn revoke(db: &crate::db::Database, typed: &str, now: i64) -> Result<(), String> {
    let code =
        normalise_code(typed).ok_or_else(|| format!("`{typed}` is not a certificate code"))?;
    let mut tx = db.begin_write().await.map_err(|e| e.to_string())?;
    let number: Option<(String,)> = sqlx::query_as(
        "UPDATE certificates SET revoked_at = $1 WHERE code = $2 AND revoked_at IS NULL \
         RETURNING application_number",
    )
    .bind(now)
    .bind(&code)
    .fetch_optional(&mut *tx)
    .await
    .map_err(|e| e.to_string())?;
    let Some((number,)) = number else {
        return Err(format!("no unrevoked certificate has the code `{typed}`"));
    };
    super::transition::audit(
        &mut tx,
        now,
        "admin",
        "revoke_certificate",
        Some(&number),
        None,
        "",
    )
    .await
    .map_err(|_| "the audit log could not be written".to_string())?;
    tx.commit().await.map_err(|e| e.to_string())
}

pub(super) async fn for_citizen(
    casework: &CaseworkService,
    number: &str,
    mobile: &str,
) -> Result<Certificate, ApiError> {
    match load_row(&casework.apply.db, number).await? {
        Some(row) if row.mobile == mobile => by_number(casework, &row.number).await,
        _ => Err(ApiError::NotFound),
    }
}

pub(super) async fn for_officer(
    casework: &CaseworkService,
    number: &str,
    officer: &OfficerProfile,
) -> Result<Certificate, ApiError> {
    let row = visible(casework, officer, number).await?;
    by_number(casework, &row.number).await
}

pub(super) async fn verify(
    casework: &CaseworkService,
    typed: &str,
) -> Result<Option<CertificateCheck>, ApiError> {
    let Some(code) = normalise_code(typed) else {
        return Ok(None);
    };
    let row: Option<(String, String, String, String, String, Option<i64>)> = sqlx::query_as(
        "SELECT service_id, holder_name, issued_on, issued_by_hi, issued_by_en, revoked_at \
         FROM certificates WHERE code = $1",
    )
    .bind(&code)
    .fetch_optional(casework.apply.db.pool())
    .await
    .map_err(db_failed)?;
    let Some((service_id, holder, issued_on, hi, en, revoked)) = row else {
        return Ok(None);
    };
    Ok(Some(CertificateCheck {
        service_id,
        masked_name: mask_name(&holder),
        issued_on: Date::parse_iso(&issued_on).ok_or(ApiError::Unavailable)?,
        issued_by: BilingualText::new(hi, en),
        revoked: revoked.is_some(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_long_random_and_readable_back() {
        let a = new_code();
        let b = new_code();
        assert_eq!(a.len(), CODE_LENGTH);
        assert_ne!(a, b);
        assert_eq!(normalise_code(&format_code(&a)), Some(a));
    }
}
