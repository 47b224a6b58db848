//! Certificates: issued when the designated officer approves, printed by the holder or an
//! officer of the jurisdiction, checked by anyone with the code printed on them.

use super::CaseworkService;
use super::access::visible;
use super::load::{AppRow, load_row};
use crate::db::certificates::{self, CertificateRow, NewCertificate};
use crate::error::{ServerResult, stored_date};
use crate::vault::random_crockford;
use app::api::ApiError;
use app::api::case_types::{Certificate, CertificateCheck, CertificatePreview, OfficerProfile};
use app::api::store::Certificates;
use app::domain::answers::Answers;
use app::domain::certificate::{CODE_LENGTH, format_code, mask_name, normalise_code};
use app::domain::certified::{CertifiedFact, Validity};
use app::domain::date::Date;
use app::domain::language::BilingualText;

/// A new verification code: 20 letters of Crockford's base 32 from the OS's secure source.
pub fn new_code() -> String {
    random_crockford(CODE_LENGTH)
}

/// What a certificate issued today on this application certifies, and how long it is valid: the
/// same for the officer's preview and for the certificate itself.
pub fn certified(
    casework: &CaseworkService,
    row: &AppRow,
    today: Date,
) -> (Vec<CertifiedFact>, Option<Validity>) {
    let form = casework.apply.forms.for_service(&row.service_id);
    let spec = form.certificate.clone().unwrap_or_default();
    let answers: Answers = serde_json::from_str(&row.answers).unwrap_or_default();
    let facts = spec.facts(&form, &answers, casework.apply.places.as_ref());
    (facts, spec.validity(today))
}

/// The certificate an approval by `officer` would issue today.
pub fn preview(
    casework: &CaseworkService,
    row: &AppRow,
    officer: &OfficerProfile,
    today: Date,
) -> CertificatePreview {
    let (facts, validity) = certified(casework, row, today);
    CertificatePreview {
        holder_name: row.applicant_name.clone(),
        facts,
        validity,
        issued_by: officer.designation.clone(),
    }
}

/// Issues the certificate for an approved application, in the approval's transaction. What it
/// certifies is taken from the answers now, by the service's form, and kept with it.
pub async fn issue(
    casework: &CaseworkService,
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    row: &AppRow,
    officer: &OfficerProfile,
    today: Date,
    now: i64,
) -> ServerResult<()> {
    let (facts, validity) = certified(casework, row, today);
    let facts = serde_json::to_string(&facts).map_err(|_| ApiError::Unavailable)?;
    let validity = validity.and_then(|validity| serde_json::to_string(&validity).ok());
    let certificate = NewCertificate {
        code: &new_code(),
        number: &row.number,
        service_id: &row.service_id,
        holder_name: &row.applicant_name,
        district_id: &row.district_id,
        issued_on: &today.to_iso(),
        issued_at: now,
        issued_by_login: &officer.login,
        issued_by_hi: &officer.designation.hi,
        issued_by_en: &officer.designation.en,
        facts: &facts,
        validity: validity.as_deref(),
    };
    certificates::insert(&mut **tx, &certificate).await?;
    Ok(())
}

impl CertificateRow {
    fn facts(&self) -> Vec<CertifiedFact> {
        serde_json::from_str(&self.facts).unwrap_or_else(|error| {
            tracing::error!(%error, "a certificate's facts could not be read");
            Vec::new()
        })
    }

    fn validity(&self) -> Option<Validity> {
        self.validity
            .as_deref()
            .and_then(|text| serde_json::from_str(text).ok())
    }

    fn issued_on(&self) -> ServerResult<Date> {
        stored_date(&self.issued_on, &format!("certificate {}", self.code))
    }
}

async fn by_number(casework: &CaseworkService, number: &str) -> ServerResult<Certificate> {
    let row = certificates::of_application(casework.apply.db.pool(), number).await?;
    let Some(row) = row.filter(|row| row.revoked_at.is_none()) else {
        return Err(ApiError::NotFound.into());
    };
    Ok(Certificate {
        code: format_code(&row.code),
        number: number.to_string(),
        issued_on: row.issued_on()?,
        facts: row.facts(),
        validity: row.validity(),
        issued_by: BilingualText::new(row.issued_by_hi, row.issued_by_en),
        service_id: row.service_id,
        holder_name: row.holder_name,
        district_id: row.district_id,
    })
}

/// Marks the certificate with this code revoked (and says so in the audit log). An unknown or
/// already revoked code is an error.
pub async fn revoke(db: &crate::db::Database, typed: &str, now: i64) -> Result<(), String> {
    let code =
        normalise_code(typed).ok_or_else(|| format!("`{typed}` is not a certificate code"))?;
    let mut tx = db.begin_write().await.map_err(|e| e.to_string())?;
    let number = certificates::revoke(&mut *tx, &code, now)
        .await
        .map_err(|e| e.to_string())?;
    let Some(number) = number else {
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

#[async_trait::async_trait]
impl Certificates for CaseworkService {
    async fn for_citizen(&self, number: &str, mobile: &str) -> Result<Certificate, ApiError> {
        match load_row(&self.apply.db, number).await? {
            Some(row) if row.mobile == mobile => Ok(by_number(self, &row.number).await?),
            _ => Err(ApiError::NotFound),
        }
    }

    async fn for_officer(
        &self,
        number: &str,
        officer: &OfficerProfile,
    ) -> Result<Certificate, ApiError> {
        let row = visible(self, officer, number).await?;
        Ok(by_number(self, &row.number).await?)
    }

    async fn verify(&self, typed: &str) -> Result<Option<CertificateCheck>, ApiError> {
        let Some(code) = normalise_code(typed) else {
            return Ok(None);
        };
        let row = certificates::by_code(self.apply.db.pool(), &code).await?;
        let Some(row) = row else {
            return Ok(None);
        };
        // A verifier sees what was certified (an amount, a year), not who the holder's family is or
        // where they live: those facts are for the holder's own copy.
        let facts = row.facts().into_iter().filter(|fact| fact.public).collect();
        Ok(Some(CertificateCheck {
            masked_name: mask_name(&row.holder_name),
            issued_on: row.issued_on()?,
            validity: row.validity(),
            facts,
            issued_by: BilingualText::new(row.issued_by_hi, row.issued_by_en),
            revoked: row.revoked_at.is_some(),
            service_id: row.service_id,
        }))
    }
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
