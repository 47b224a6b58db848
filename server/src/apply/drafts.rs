//! Drafts kept on the server once the mobile is verified, so an application can be continued on
//! another device or at a kiosk with a short resume code. Kept 30 days after the last save.

use super::{ApplyService, DRAFT_DAYS};
use crate::db::catalogue;
use crate::db::drafts::{self, DraftWrite};
use crate::error::ServerResult;
use crate::vault::random_crockford;
use app::api::ApiError;
use app::api::apply_types::FormPayload;
use app::api::apply_types::{Answers, DraftSaved, ServerDraft};
use app::api::store::Drafts;
use app::domain::answers::{check_draft, split_sensitive};
use app::domain::certificate::plain_crockford;
use app::domain::form::is_form_id;

/// A fresh resume code in Crockford's base 32, so a code read aloud is not misheard:
/// `K7Q4-93XP` (40 random bits).
pub fn new_resume_code() -> String {
    let symbols = random_crockford(8);
    format!("{}-{}", &symbols[..4], &symbols[4..])
}

/// A typed resume code in its canonical form, forgiving case, spaces, and O/I/L for 0/1/1.
pub fn canonical_resume_code(typed: &str) -> Option<String> {
    plain_crockford(typed, 8).map(|symbols| format!("{}-{}", &symbols[..4], &symbols[4..]))
}

/// Deletes drafts past their 30 days; returns how many.
pub async fn delete_expired(service: &ApplyService) -> ServerResult<u64> {
    drafts::delete_expired(service.db.pool(), service.clock.now()).await
}

#[async_trait::async_trait]
impl Drafts for ApplyService {
    async fn form(&self, service_id: &str) -> Result<Option<FormPayload>, ApiError> {
        if !catalogue::service_exists(self.db.pool(), service_id).await? {
            return Ok(None);
        }
        let definition = self.forms.for_service(service_id);
        let tehsils = self.places.tehsils_for(&definition);
        Ok(Some(FormPayload {
            definition: (*definition).clone(),
            districts: self.places.districts.clone(),
            tehsils,
            max_file_bytes: self.max_file_bytes,
        }))
    }

    async fn save(
        &self,
        mobile: &str,
        service_id: &str,
        step: &str,
        answers: Answers,
    ) -> Result<DraftSaved, ApiError> {
        if answers.len() > app::domain::form::MAX_FIELDS {
            return Err(ApiError::Invalid);
        }
        if !catalogue::service_exists(self.db.pool(), service_id).await? {
            return Err(ApiError::NotFound);
        }
        let form = self.forms.for_service(service_id);
        let today = self.today();
        let clean =
            check_draft(&form, &answers, today, self.places.as_ref()).map_err(ApiError::Fields)?;
        let (open, secret) = split_sensitive(&form, &clean);
        let sealed = (!secret.is_empty()).then(|| {
            self.vault
                .seal(&serde_json::to_string(&secret).unwrap_or_default())
        });
        let step = if is_form_id(step) { step } else { "" };
        let now = self.clock.now();
        let open = serde_json::to_string(&open).map_err(|_| ApiError::Invalid)?;
        let draft = DraftWrite {
            mobile,
            service_id,
            answers: &open,
            sealed: sealed.as_deref(),
            step,
            now,
            expires_at: now + DRAFT_DAYS * 86_400,
        };
        let mut tx = self.db.begin_write().await?;
        let resume_code = drafts::upsert(&mut *tx, &new_resume_code(), &draft).await?;
        crate::db::commit(tx).await?;
        Ok(DraftSaved {
            resume_code,
            expires_on: today.add_days(DRAFT_DAYS),
        })
    }

    async fn resume(&self, mobile: &str, typed_code: &str) -> Result<ServerDraft, ApiError> {
        let code = canonical_resume_code(typed_code).ok_or(ApiError::NotFound)?;
        let now = self.clock.now();
        let Some(draft) = drafts::find_live(self.db.pool(), &code, mobile, now).await? else {
            return Err(ApiError::NotFound);
        };
        let answers = self.answers_with_secrets(&draft.answers, draft.sealed.as_deref());
        let secret_fields = self.forms.for_service(&draft.service_id).secret_fields();
        Ok(ServerDraft {
            secret_fields,
            service_id: draft.service_id,
            step: draft.step,
            answers,
            saved: DraftSaved {
                resume_code: code,
                expires_on: super::today_in_india(draft.expires_at),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resume_codes_are_grouped_and_forgiving_when_typed() {
        let code = new_resume_code();
        assert_eq!(code.len(), 9);
        assert_eq!(canonical_resume_code(&code).as_deref(), Some(code.as_str()));
        assert_eq!(
            canonical_resume_code(" k7q4 93xp ").as_deref(),
            Some("K7Q4-93XP")
        );
        assert_eq!(
            canonical_resume_code("O1L4-93XP").as_deref(),
            Some("0114-93XP")
        );
        assert_eq!(canonical_resume_code("K7Q4-93X"), None);
        assert_eq!(canonical_resume_code("K7Q4-93XU"), None);
    }
}
