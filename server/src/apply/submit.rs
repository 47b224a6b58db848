//! Submission: once per idempotency key, in one transaction: the application, its first event,
//! its documents, the end of its draft and the SMS that acknowledges it.

use super::ApplyService;
use crate::db::applications::{self, NewApplication};
use crate::db::events::{self, NewEvent};
use crate::db::{documents, drafts};
use crate::error::{ServerError, ServerResult, stored_date};
use crate::outbox::queue_sms;
use crate::vault::random_below;
use app::api::ApiError;
use app::api::apply_types::{
    Answers, ApplyChannel, FieldProblem, FileAnswer, Receipt, ReceiptDocument, mask_mobile,
};
use app::api::store::CatalogueStore;
use app::api::store::Submissions;
use app::domain::answers::Places;
use app::domain::answers::{applicant_name, check_all, split_sensitive};
use app::domain::application_number::ApplicationNumber;
use app::domain::clock::due_date;
use app::domain::form::FieldKind;
use app::domain::language::BilingualText;
use app::domain::messages::Sms;
use app::domain::validate::FieldError;

/// The status of an application just received.
pub const RECEIVED: &str = "received";

/// Whether text can be an idempotency key: 16 to 64 letters, digits, `-` or `_`.
pub fn is_idempotency_key(text: &str) -> bool {
    (16..=64).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

async fn existing(
    service: &ApplyService,
    key: &str,
    mobile: &str,
) -> ServerResult<Option<Receipt>> {
    match applications::by_idempotency_key(service.db.pool(), key).await? {
        None => Ok(None),
        Some((number, owner)) if owner == mobile => {
            Ok(Some(service.receipt(mobile, &number).await?))
        }
        Some(_) => Err(ApiError::Invalid.into()),
    }
}

/// Why a submission's transaction was given up: what it would have taken was taken first.
enum Lost {
    /// A document was removed, or went with another application, after it was checked.
    Document(String),
    /// The draft was sent as another application after this request began.
    Draft,
}

/// The rest of the application's rows, in its transaction: its first event, its documents
/// (each still waiting, or the whole transaction is given up) and the end of its draft (still
/// there if it was there when the request began, so one draft makes one application).
#[allow(clippy::too_many_arguments)]
async fn finish(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    number: &str,
    mobile: &str,
    service_id: &str,
    document_ids: &[(String, String)],
    had_draft: bool,
    now: i64,
) -> ServerResult<Result<(), Lost>> {
    let event = NewEvent {
        number,
        at: now,
        actor: "citizen",
        from_status: None,
        to_status: RECEIVED,
        note: None,
    };
    events::insert(&mut **tx, &event).await?;
    for (field, id) in document_ids {
        if !documents::attach(&mut **tx, id, mobile, number).await? {
            return Ok(Err(Lost::Document(field.clone())));
        }
    }
    let ended = drafts::delete_for(&mut **tx, mobile, service_id).await?;
    if had_draft && !ended {
        return Ok(Err(Lost::Draft));
    }
    Ok(Ok(()))
}

/// Whether the database refused a row because its key is taken.
pub(crate) fn is_unique_violation(error: &ServerError) -> bool {
    matches!(error, ServerError::Database(error)
        if error.as_database_error().is_some_and(|e| e.is_unique_violation()))
}

#[async_trait::async_trait]
impl Submissions for ApplyService {
    async fn submit(
        &self,
        mobile: &str,
        service_id: &str,
        answers: Answers,
        key: &str,
        centre: Option<&str>,
    ) -> Result<Receipt, ApiError> {
        if !is_idempotency_key(key) || answers.len() > app::domain::form::MAX_FIELDS {
            return Err(ApiError::Invalid);
        }
        if let Some(receipt) = existing(self, key, mobile).await? {
            return Ok(receipt);
        }
        let catalogue_entry = CatalogueStore::service(&self.db, service_id)
            .await
            .map_err(app::api::store::unavailable)?
            .ok_or(ApiError::NotFound)?;
        let form = self.forms.for_service(service_id);
        let today = self.today();
        let clean =
            check_all(&form, &answers, today, self.places.as_ref()).map_err(ApiError::Fields)?;
        let mut document_ids = Vec::new();
        let mut problems = Vec::new();
        for field in form.fields().filter(|f| f.kind == FieldKind::File) {
            let Some(value) = clean.get(&field.id) else {
                continue;
            };
            let owned = match FileAnswer::decode(value) {
                Some(file) => {
                    let pool = self.db.pool();
                    documents::unattached(pool, &file.id, mobile, service_id, &field.id).await?
                }
                None => None,
            };
            match owned {
                Some(id) => document_ids.push((field.id.clone(), id)),
                None => problems.push(FieldProblem {
                    field: field.id.clone(),
                    error: FieldError::FileMissing,
                }),
            }
        }
        if !problems.is_empty() {
            // A concurrent twin of this request may have just attached these documents.
            if let Some(receipt) = existing(self, key, mobile).await? {
                return Ok(receipt);
            }
            return Err(ApiError::Fields(problems));
        }
        let (open, secret) = split_sensitive(&form, &clean);
        let sealed = (!secret.is_empty()).then(|| {
            self.vault
                .seal(&serde_json::to_string(&secret).unwrap_or_default())
        });
        let open = serde_json::to_string(&open).map_err(|_| ApiError::Invalid)?;
        let name = applicant_name(&form, &clean);
        // The applicant's district decides which officers the application reaches.
        let district = form
            .fields()
            .find(|f| f.kind == FieldKind::District)
            .and_then(|f| clean.get(&f.id))
            .cloned()
            .unwrap_or_default();
        let due_on = due_date(today, &catalogue_entry.time_limit, &self.calendar);
        let fee = catalogue_entry.guidance.fee.rupees;
        let now = self.clock.now();
        let year = today.ymd().0;
        let had_draft = drafts::exists_for(self.db.pool(), mobile, service_id).await?;
        for _ in 0..5 {
            let number = ApplicationNumber::generate(year, random_below(100_000_000));
            let mut tx = self.db.begin_write().await?;
            let new = NewApplication {
                number: number.as_str(),
                idempotency_key: key,
                service_id,
                mobile,
                applicant_name: &name,
                answers: &open,
                sealed: sealed.as_deref(),
                status: RECEIVED,
                channel: if centre.is_some() { "centre" } else { "online" },
                fee_rupees: fee.map(i64::from),
                received_at: now,
                received_on: &today.to_iso(),
                due_on: &due_on.to_iso(),
                district_id: &district,
                centre_id: centre,
            };
            let inserted = applications::insert(&mut *tx, &new).await;
            match inserted {
                Ok(_) => {}
                Err(error) if is_unique_violation(&error) => {
                    // Another request with this key won the race, or the number was taken.
                    drop(tx);
                    if let Some(receipt) = existing(self, key, mobile).await? {
                        return Ok(receipt);
                    }
                    continue;
                }
                Err(error) => return Err(error.into()),
            }
            let finished = finish(
                &mut tx,
                number.as_str(),
                mobile,
                service_id,
                &document_ids,
                had_draft,
                now,
            )
            .await?;
            if let Err(lost) = finished {
                drop(tx);
                // A twin of this request (same key) may have taken them: its receipt is ours.
                if let Some(receipt) = existing(self, key, mobile).await? {
                    return Ok(receipt);
                }
                return match lost {
                    Lost::Document(field) => Err(ApiError::field(&field, FieldError::FileMissing)),
                    // Sent from another tab or device a moment ago (its clock read may be a
                    // little before ours): that application's receipt.
                    Lost::Draft => {
                        let pool = self.db.pool();
                        match applications::latest_since(pool, mobile, service_id, now - 3600)
                            .await?
                        {
                            Some(made) => self.receipt(mobile, &made).await,
                            None => Err(ApiError::Invalid),
                        }
                    }
                };
            }
            let sms = Sms::Received {
                number: number.as_str(),
                service: &catalogue_entry.name.hi,
                due_on,
            };
            queue_sms(&mut tx, mobile, &sms, now).await?;
            crate::db::commit(tx).await?;
            return self.receipt(mobile, number.as_str()).await;
        }
        tracing::error!("no free application number after five tries");
        Err(ApiError::Unavailable)
    }

    async fn receipt(&self, mobile: &str, typed_number: &str) -> Result<Receipt, ApiError> {
        let number = ApplicationNumber::parse(typed_number).map_err(|_| ApiError::NotFound)?;
        let Some(row) = applications::receipt_of(self.db.pool(), number.as_str(), mobile).await?
        else {
            return Err(ApiError::NotFound);
        };
        let documents = documents::of_application(self.db.pool(), number.as_str()).await?;
        let date = |text: &str| stored_date(text, number.as_str());
        // Each document under its question's label, as the check page listed it.
        let form = self.forms.for_service(&row.service_id);
        let documents = documents
            .into_iter()
            .map(|document| ReceiptDocument {
                label: form
                    .field(&document.field_id)
                    .map(|f| f.label.clone())
                    .unwrap_or_else(|| BilingualText::new(&document.field_id, &document.field_id)),
                name: document.file_name,
            })
            .collect();
        let district = self.places.district_name(&row.district_id).cloned();
        Ok(Receipt {
            district,
            number: number.as_str().to_string(),
            service_id: row.service_id,
            applicant_name: row.applicant_name,
            masked_mobile: mask_mobile(mobile),
            received_on: date(&row.received_on)?,
            due_on: date(&row.due_on)?,
            fee_rupees: row.fee_rupees.map(|f| f as u32),
            channel: if row.channel == "centre" {
                ApplyChannel::Centre
            } else {
                ApplyChannel::Online
            },
            documents,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idempotency_keys_are_plain_and_long_enough() {
        assert!(is_idempotency_key("k-0123456789abcdef"));
        assert!(!is_idempotency_key("short"));
        assert!(!is_idempotency_key("has spaces in it, sadly"));
        assert!(!is_idempotency_key(&"x".repeat(65)));
    }
}
