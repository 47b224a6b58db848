//! The `certificates` table: one row per certificate issued, with what it certifies (kept as it
//! was on the day of issue), who issued it, and when it was revoked, if it was.

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// A certificate's row.
#[derive(sqlx::FromRow)]
pub struct CertificateRow {
    /// The verification code.
    pub code: String,
    /// The service.
    pub service_id: String,
    /// The holder's name.
    pub holder_name: String,
    /// The holder's district.
    pub district_id: String,
    /// The day of issue, ISO.
    pub issued_on: String,
    /// The issuing officer's post in Hindi.
    pub issued_by_hi: String,
    /// The issuing officer's post in English.
    pub issued_by_en: String,
    /// When it was revoked (Unix seconds), if it was.
    pub revoked_at: Option<i64>,
    /// What it certifies, as JSON.
    pub facts: String,
    /// How long it is valid, as JSON.
    pub validity: Option<String>,
}

/// Every column of [`CertificateRow`], in its order.
const COLUMNS: &str = "code, service_id, holder_name, district_id, issued_on, \
     issued_by_hi, issued_by_en, revoked_at, facts, validity";

/// A certificate as it is written.
pub struct NewCertificate<'a> {
    /// The verification code (20 symbols, without dashes).
    pub code: &'a str,
    /// The approved application.
    pub number: &'a str,
    /// The service.
    pub service_id: &'a str,
    /// The holder's name.
    pub holder_name: &'a str,
    /// The holder's district.
    pub district_id: &'a str,
    /// The day of issue, ISO.
    pub issued_on: &'a str,
    /// The moment of issue (Unix seconds).
    pub issued_at: i64,
    /// The issuing officer's login.
    pub issued_by_login: &'a str,
    /// Their post in Hindi.
    pub issued_by_hi: &'a str,
    /// Their post in English.
    pub issued_by_en: &'a str,
    /// What it certifies, as JSON.
    pub facts: &'a str,
    /// How long it is valid, as JSON.
    pub validity: Option<&'a str>,
}

/// Adds a certificate.
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    new: &NewCertificate<'_>,
) -> ServerResult<()> {
    sqlx::query(
        "INSERT INTO certificates (code, application_number, service_id, holder_name, \
         district_id, issued_on, issued_at, issued_by_login, issued_by_hi, issued_by_en, \
         facts, validity) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(new.code)
    .bind(new.number)
    .bind(new.service_id)
    .bind(new.holder_name)
    .bind(new.district_id)
    .bind(new.issued_on)
    .bind(new.issued_at)
    .bind(new.issued_by_login)
    .bind(new.issued_by_hi)
    .bind(new.issued_by_en)
    .bind(new.facts)
    .bind(new.validity)
    .execute(db)
    .await?;
    Ok(())
}

/// The certificate issued on application `number`.
pub async fn of_application<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
) -> ServerResult<Option<CertificateRow>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM certificates WHERE application_number = $1"
    ))
    .bind(number)
    .fetch_optional(db)
    .await?)
}

/// The certificate with this (canonical) code.
pub async fn by_code<'e>(
    db: impl Executor<'e, Database = Any>,
    code: &str,
) -> ServerResult<Option<CertificateRow>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM certificates WHERE code = $1"
    ))
    .bind(code)
    .fetch_optional(db)
    .await?)
}

/// Revokes the unrevoked certificate with this code at `now`; gives its application's number,
/// or none when no such certificate is unrevoked.
pub async fn revoke<'e>(
    db: impl Executor<'e, Database = Any>,
    code: &str,
    now: i64,
) -> ServerResult<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "UPDATE certificates SET revoked_at = $1 WHERE code = $2 AND revoked_at IS NULL \
         RETURNING application_number",
    )
    .bind(now)
    .bind(code)
    .fetch_optional(db)
    .await?;
    Ok(row.map(|(number,)| number))
}
