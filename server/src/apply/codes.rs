//! One-time codes that verify a mobile number (OWASP ASVS level 2): six digits from the OS's
//! secure source, kept only as a keyed hash bound to the challenge, valid ten minutes, single use,
//! bound to one purpose, five wrong tries at most, a new code after 30 seconds, and limits per
//! number and per address. The rules are `app::domain::otp`; this is their storage.

use super::ApplyService;
use crate::db::codes::{self, Asker, NewChallenge};
use crate::db::locks::{self, Lock};
use crate::outbox::{Message, send_now};
use crate::vault::{random_digits, random_hex};
use app::api::ApiError;
use app::api::apply_types::{CodeSent, mask_mobile};
use app::api::store::Codes;
use app::domain::form::applicant_mobile_field;
use app::domain::language::Language;
use app::domain::messages::Sms;
use app::domain::otp::{Challenge, OtpPurpose, SendDecision, VerifyOutcome, is_well_formed_code};
use app::domain::validate::{normalise_digits, validate_value};

/// The mobile number in its plain 10 digits, or the problem with it.
pub(super) fn plain_mobile(service: &ApplyService, raw: &str) -> Result<String, ApiError> {
    validate_value(&applicant_mobile_field(), raw, service.today())
        .map_err(|error| ApiError::field("mobile", error))
}

#[async_trait::async_trait]
impl Codes for ApplyService {
    async fn send(
        &self,
        raw_mobile: &str,
        purpose: OtpPurpose,
        ip: &str,
    ) -> Result<CodeSent, ApiError> {
        let mobile = plain_mobile(self, raw_mobile)?;
        let now = self.clock.now();
        let hour_ago = now - 3600;
        let mut tx = self.db.begin_write().await?;
        // The number's and the address's codes are counted and added one request at a time.
        locks::hold(&mut *tx, Lock::CodesTo(&mobile)).await?;
        locks::hold(&mut *tx, Lock::CodesFrom(ip)).await?;
        let to_number = codes::sent_since(&mut *tx, Asker::Mobile(&mobile), hour_ago).await?;
        let from_ip = codes::sent_since(&mut *tx, Asker::ClientIp(ip), hour_ago).await?;
        let last = to_number.iter().copied().max();
        if let SendDecision::Wait { seconds } =
            self.policy.may_send(now, last, &to_number, &from_ip)
        {
            return Err(ApiError::Wait { seconds });
        }
        let id = random_hex(16);
        let code = random_digits(6);
        let code_hash = self.vault.code_hash(&id, &code);
        let challenge = NewChallenge {
            id: &id,
            purpose: purpose.as_str(),
            mobile: &mobile,
            client_ip: ip,
            code_hash: &code_hash,
            created_at: now,
        };
        codes::insert(&mut *tx, &challenge).await?;
        crate::db::commit(tx).await?;
        let minutes = self.policy.ttl_secs / 60;
        let sms = Sms::Code {
            code: &code,
            minutes,
        };
        let body = sms.text(Language::Hi);
        let message = Message {
            mobile: &mobile,
            template: sms.template(),
            body: &body,
        };
        let recorded = Sms::Code {
            code: "******",
            minutes,
        }
        .text(Language::Hi);
        if let Err(error) = send_now(&self.db, self.sender.as_ref(), &message, &recorded, now).await
        {
            tracing::error!(%error, "a one-time code could not be sent");
            return Err(ApiError::Unavailable);
        }
        Ok(CodeSent {
            masked_mobile: mask_mobile(&mobile),
            resend_after_secs: self.policy.resend_after_secs,
            valid_for_secs: self.policy.ttl_secs,
        })
    }

    async fn verify(
        &self,
        raw_mobile: &str,
        raw_code: &str,
        purpose: OtpPurpose,
    ) -> Result<String, ApiError> {
        let mobile = plain_mobile(self, raw_mobile)?;
        let code = normalise_digits(raw_code.trim());
        let now = self.clock.now();
        let mut tx = self.db.begin_write().await?;
        // Tries at one number's code are counted one at a time, and a code is used once.
        locks::hold(&mut *tx, Lock::CodesTo(&mobile)).await?;
        let Some(stored) = codes::latest_for(&mut *tx, &mobile).await? else {
            return Err(ApiError::CodeExpired);
        };
        let challenge = Challenge {
            created_at: stored.created_at,
            attempts: stored.attempts.max(0) as u32,
            consumed: stored.consumed_at.is_some(),
            purpose: OtpPurpose::parse(&stored.purpose).unwrap_or(OtpPurpose::VerifyMobile),
        };
        let matches = is_well_formed_code(&code)
            && self
                .vault
                .code_matches(&stored.id, &code, &stored.code_hash);
        let outcome = self.policy.verify(&challenge, purpose, now, matches);
        let result = match outcome {
            VerifyOutcome::Verified => {
                if codes::consume(&mut *tx, &stored.id, now).await? {
                    Ok(mobile)
                } else {
                    Err(ApiError::CodeExpired)
                }
            }
            VerifyOutcome::Wrong { attempts_left } => {
                codes::count_wrong_try(&mut *tx, &stored.id).await?;
                Err(ApiError::CodeWrong { attempts_left })
            }
            VerifyOutcome::TooManyAttempts => Err(ApiError::CodeLocked),
            VerifyOutcome::Expired | VerifyOutcome::AlreadyUsed | VerifyOutcome::WrongPurpose => {
                Err(ApiError::CodeExpired)
            }
        };
        crate::db::commit(tx).await?;
        Ok(result?)
    }
}
