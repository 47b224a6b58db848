//! One-time codes that verify a mobile number (OWASP ASVS level 2): six digits from the OS's
//! secure source, kept only as a keyed hash bound to the challenge, valid ten minutes, single use,
//! bound to one purpose, five wrong tries at most, a new code after 30 seconds, and limits per
//! number and per address. The rules are `app::domain::otp`; this is their storage.

use super::{ApplyService, db_failed};
use crate::outbox::{Message, send_now};
use crate::vault::{random_digits, random_hex};
use app::api::ApiError;
use app::api::apply_types::{CodeSent, FieldProblem, mask_mobile};
use app::domain::form::applicant_mobile_field;
use app::domain::otp::{Challenge, OtpPurpose, SendDecision, VerifyOutcome, is_well_formed_code};
use app::domain::validate::{normalise_digits, validate_value};

/// The mobile number in its plain 10 digits, or the problem with it.
pub(super) fn plain_mobile(service: &ApplyService, raw: &str) -> Result<String, ApiError> {
    validate_value(&applicant_mobile_field(), raw, service.today()).map_err(|error| {
        ApiError::Fields(vec![FieldProblem {
            field: "mobile".into(),
            error,
        }])
    })
}

/// The text of the code's SMS, in Hindi (one UCS-2 segment is 70 characters; this takes two).
pub fn code_message(code: &str, minutes: i64) -> String {
    format!(
        "जन सेवा पोर्टल: आपका सत्यापन कोड {code} है। यह {minutes} मिनट तक मान्य है। इसे किसी को न बताएँ।"
    )
}

pub(super) async fn send(
    service: &ApplyService,
    raw_mobile: &str,
    purpose: OtpPurpose,
    ip: &str,
) -> Result<CodeSent, ApiError> {
    let mobile = plain_mobile(service, raw_mobile)?;
    let now = service.clock.now();
    let hour_ago = now - 3600;
    let mut tx = service.db.begin_write().await.map_err(db_failed)?;
    let to_number: Vec<(i64,)> = sqlx::query_as(
        "SELECT created_at FROM otp_challenges WHERE mobile = $1 AND created_at > $2 \
         ORDER BY created_at",
    )
    .bind(&mobile)
    .bind(hour_ago)
    .fetch_all(&mut *tx)
    .await
    .map_err(db_failed)?;
    let from_ip: Vec<(i64,)> = sqlx::query_as(
        "SELECT created_at FROM otp_challenges WHERE client_ip = $1 AND created_at > $2 \
         ORDER BY created_at",
    )
    .bind(ip)
    .bind(hour_ago)
    .fetch_all(&mut *tx)
    .await
    .map_err(db_failed)?;
    let to_number: Vec<i64> = to_number.into_iter().map(|(t,)| t).collect();
    let from_ip: Vec<i64> = from_ip.into_iter().map(|(t,)| t).collect();
    let last = to_number.iter().copied().max();
    if let SendDecision::Wait { seconds } = service.policy.may_send(now, last, &to_number, &from_ip)
    {
        return Err(ApiError::Wait { seconds });
    }
    let id = random_hex(16);
    let code = random_digits(6);
    sqlx::query(
        "INSERT INTO otp_challenges (id, purpose, mobile, client_ip, code_hash, created_at, \
         attempts) VALUES ($1, $2, $3, $4, $5, $6, 0)",
    )
    .bind(&id)
    .bind(purpose.as_str())
    .bind(&mobile)
    .bind(ip)
    .bind(service.vault.code_hash(&id, &code))
    .bind(now)
    .execute(&mut *tx)
    .await
    .map_err(db_failed)?;
    tx.commit().await.map_err(db_failed)?;
    let minutes = service.policy.ttl_secs / 60;
    let body = code_message(&code, minutes);
    let message = Message {
        mobile: &mobile,
        template: "otp",
        body: &body,
    };
    let recorded = code_message("******", minutes);
    if let Err(error) = send_now(
        &service.db,
        service.sender.as_ref(),
        &message,
        &recorded,
        now,
    )
    .await
    {
        tracing::error!(%error, "a one-time code could not be sent");
        return Err(ApiError::Unavailable);
    }
    Ok(CodeSent {
        masked_mobile: mask_mobile(&mobile),
        resend_after_secs: service.policy.resend_after_secs,
        valid_for_secs: service.policy.ttl_secs,
    })
}

pub(super) async fn verify(
    service: &ApplyService,
    raw_mobile: &str,
    raw_code: &str,
    purpose: OtpPurpose,
) -> Result<String, ApiError> {
    let mobile = plain_mobile(service, raw_mobile)?;
    let code = normalise_digits(raw_code.trim());
    let now = service.clock.now();
    let mut tx = service.db.begin_write().await.map_err(db_failed)?;
    // The latest code for the number: asking for a new one retires the older ones.
    let row: Option<(String, String, String, i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, purpose, code_hash, created_at, attempts, consumed_at FROM otp_challenges \
         WHERE mobile = $1 ORDER BY created_at DESC LIMIT 1",
    )
    .bind(&mobile)
    .fetch_optional(&mut *tx)
    .await
    .map_err(db_failed)?;
    let Some((id, stored_purpose, hash, created_at, attempts, consumed_at)) = row else {
        return Err(ApiError::CodeExpired);
    };
    let challenge = Challenge {
        created_at,
        attempts: attempts.max(0) as u32,
        consumed: consumed_at.is_some(),
        purpose: OtpPurpose::parse(&stored_purpose).unwrap_or(OtpPurpose::VerifyMobile),
    };
    let matches = is_well_formed_code(&code) && service.vault.code_matches(&id, &code, &hash);
    let outcome = service.policy.verify(&challenge, purpose, now, matches);
    let result = match outcome {
        VerifyOutcome::Verified => {
            sqlx::query("UPDATE otp_challenges SET consumed_at = $1 WHERE id = $2")
                .bind(now)
                .bind(&id)
                .execute(&mut *tx)
                .await
                .map_err(db_failed)?;
            Ok(mobile)
        }
        VerifyOutcome::Wrong { attempts_left } => {
            sqlx::query("UPDATE otp_challenges SET attempts = attempts + 1 WHERE id = $1")
                .bind(&id)
                .execute(&mut *tx)
                .await
                .map_err(db_failed)?;
            Err(ApiError::CodeWrong { attempts_left })
        }
        VerifyOutcome::TooManyAttempts => Err(ApiError::CodeLocked),
        VerifyOutcome::Expired | VerifyOutcome::AlreadyUsed | VerifyOutcome::WrongPurpose => {
            Err(ApiError::CodeExpired)
        }
    };
    tx.commit().await.map_err(db_failed)?;
    result
}
