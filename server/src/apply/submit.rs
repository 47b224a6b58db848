//! Submission: once per idempotency key, in one transaction: the application, its first event,
//! its documents, the end of its draft and the SMS that acknowledges it.

use super::{ApplyService, db_failed};
use crate::outbox::{Message, queue};
use crate::vault::random_below;
use app::api::ApiError;
use app::api::apply_types::{
    Answers, ApplyChannel, FieldProblem, FileAnswer, Receipt, ReceiptDocument, mask_mobile,
};
use app::api::store::CatalogueStore;
use app::domain::answers::Places;
use app::domain::answers::{applicant_name, check_all, split_sensitive};
use app::domain::application_number::ApplicationNumber;
use app::domain::clock::due_date;
use app::domain::date::Date;
use app::domain::form::FieldKind;
use app::domain::language::BilingualText;
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

/// The SMS that acknowledges an application, in Hindi.
pub fn received_message(number: &str, service_hi: &str, due_on: Date) -> String {
    format!(
        "जन सेवा पोर्टल: आपका आवेदन {number} ({service_hi}) प्राप्त हुआ। निराकरण की अंतिम तारीख {}।",
        due_on.format_dmy()
    )
}

async fn existing(
    service: &ApplyService,
    key: &str,
    mobile: &str,
) -> Result<Option<Receipt>, ApiError> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT number, mobile FROM applications WHERE idempotency_key = $1")
            .bind(key)
            .fetch_optional(service.db.pool())
            .await
            .map_err(db_failed)?;
    match row {
        None => Ok(None),
        Some((number, owner)) if owner == mobile => {
            receipt(service, mobile, &number).await.map(Some)
        }
        Some(_) => Err(ApiError::Invalid),
    }
}

pub(super) async fn submit(
    service: &ApplyService,
    mobile: &str,
    service_id: &str,
    answers: Answers,
    key: &str,
    centre: Option<&str>,
) -> Result<Receipt, ApiError> {
    if !is_idempotency_key(key) || answers.len() > app::domain::form::MAX_FIELDS {
        return Err(ApiError::Invalid);
    }
    if let Some(receipt) = existing(service, key, mobile).await? {
        return Ok(receipt);
    }
    let catalogue_entry = CatalogueStore::service(&service.db, service_id)
        .await
        .map_err(app::api::store::unavailable)?
        .ok_or(ApiError::NotFound)?;
    let form = service.forms.for_service(service_id);
    let today = service.today();
    let clean =
        check_all(&form, &answers, today, service.places.as_ref()).map_err(ApiError::Fields)?;
    let mut document_ids = Vec::new();
    let mut problems = Vec::new();
    for field in form.fields().filter(|f| f.kind == FieldKind::File) {
        let Some(value) = clean.get(&field.id) else {
            continue;
        };
        let owned = match FileAnswer::decode(value) {
            Some(file) => {
                let row: Option<(String,)> = sqlx::query_as(
                    "SELECT id FROM documents WHERE id = $1 AND mobile = $2 AND service_id = $3 \
                     AND field_id = $4 AND application_number IS NULL",
                )
                .bind(&file.id)
                .bind(mobile)
                .bind(service_id)
                .bind(&field.id)
                .fetch_optional(service.db.pool())
                .await
                .map_err(db_failed)?;
                row.map(|(id,)| id)
            }
            None => None,
        };
        match owned {
            Some(id) => document_ids.push(id),
            None => problems.push(FieldProblem {
                field: field.id.clone(),
                error: FieldError::FileMissing,
            }),
        }
    }
    if !problems.is_empty() {
        // A concurrent twin of this request may have just attached these documents.
        if let Some(receipt) = existing(service, key, mobile).await? {
            return Ok(receipt);
        }
        return Err(ApiError::Fields(problems));
    }
    let (open, secret) = split_sensitive(&form, &clean);
    let sealed = (!secret.is_empty()).then(|| {
        service
            .vault
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
    let due_on = due_date(today, &catalogue_entry.time_limit, &service.calendar);
    let fee = catalogue_entry.guidance.fee.rupees;
    let now = service.clock.now();
    let year = today.ymd().0;
    for _ in 0..5 {
        let number = ApplicationNumber::generate(year, random_below(100_000_000));
        let mut tx = service.db.begin_write().await.map_err(db_failed)?;
        let inserted = sqlx::query(
            "INSERT INTO applications (number, idempotency_key, service_id, mobile, \
             applicant_name, answers, sealed, status, channel, fee_rupees, received_at, \
             received_on, due_on, district_id, centre_id, status_since) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $12)",
        )
        .bind(number.as_str())
        .bind(key)
        .bind(service_id)
        .bind(mobile)
        .bind(&name)
        .bind(&open)
        .bind(&sealed)
        .bind(RECEIVED)
        .bind(if centre.is_some() { "centre" } else { "online" })
        .bind(fee.map(i64::from))
        .bind(now)
        .bind(today.to_iso())
        .bind(due_on.to_iso())
        .bind(&district)
        .bind(centre)
        .execute(&mut *tx)
        .await;
        match inserted {
            Ok(_) => {}
            Err(error) if is_unique_violation(&error) => {
                // Another request with this key won the race, or the number was taken.
                drop(tx);
                if let Some(receipt) = existing(service, key, mobile).await? {
                    return Ok(receipt);
                }
                continue;
            }
            Err(error) => return Err(db_failed(error)),
        }
        finish(
            &mut tx,
            number.as_str(),
            mobile,
            service_id,
            &document_ids,
            now,
        )
        .await?;
        let body = received_message(number.as_str(), &catalogue_entry.name.hi, due_on);
        let message = Message {
            mobile,
            template: "application_received",
            body: &body,
        };
        queue(&mut tx, &message, now).await.map_err(db_failed)?;
        tx.commit().await.map_err(db_failed)?;
        return receipt(service, mobile, number.as_str()).await;
    }
    tracing::error!("no free application number after five tries");
    Err(ApiError::Unavailable)
}

async fn finish(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    number: &str,
    mobile: &str,
    service_id: &str,
    document_ids: &[String],
    now: i64,
) -> Result<(), ApiError> {
    sqlx::query(
        "INSERT INTO application_events (id, application_number, at, actor, from_status, \
         to_status, note) VALUES ($1, $2, $3, 'citizen', NULL, $4, NULL)",
    )
    .bind(crate::vault::random_hex(16))
    .bind(number)
    .bind(now)
    .bind(RECEIVED)
    .execute(&mut **tx)
    .await
    .map_err(db_failed)?;
    for id in document_ids {
        sqlx::query("UPDATE documents SET application_number = $1 WHERE id = $2")
            .bind(number)
            .bind(id)
            .execute(&mut **tx)
            .await
            .map_err(db_failed)?;
    }
    sqlx::query("DELETE FROM drafts WHERE mobile = $1 AND service_id = $2")
        .bind(mobile)
        .bind(service_id)
        .execute(&mut **tx)
        .await
        .map_err(db_failed)?;
    Ok(())
}

fn is_unique_violation(error: &sqlx::Error) -> bool {
    error
        .as_database_error()
        .is_some_and(|e| e.is_unique_violation())
}

pub(super) async fn receipt(
    service: &ApplyService,
    mobile: &str,
    typed_number: &str,
) -> Result<Receipt, ApiError> {
    let number = ApplicationNumber::parse(typed_number).map_err(|_| ApiError::NotFound)?;
    #[allow(clippy::type_complexity)]
    let row: Option<(String, String, Option<i64>, String, String, String, String)> = sqlx::query_as(
        "SELECT service_id, applicant_name, fee_rupees, channel, received_on, due_on, district_id \
         FROM applications WHERE number = $1 AND mobile = $2",
    )
    .bind(number.as_str())
    .bind(mobile)
    .fetch_optional(service.db.pool())
    .await
    .map_err(db_failed)?;
    let Some((service_id, applicant_name, fee, channel, received_on, due_on, district_id)) = row
    else {
        return Err(ApiError::NotFound);
    };
    let documents: Vec<(String, String)> = sqlx::query_as(
        "SELECT field_id, file_name FROM documents WHERE application_number = $1 ORDER BY created_at",
    )
    .bind(number.as_str())
    .fetch_all(service.db.pool())
    .await
    .map_err(db_failed)?;
    let date = |text: &str| Date::parse_iso(text).ok_or(ApiError::Unavailable);
    // Each document under its question's label, as the check page listed it.
    let form = service.forms.for_service(&service_id);
    let documents = documents
        .into_iter()
        .map(|(field, name)| ReceiptDocument {
            label: form
                .field(&field)
                .map(|f| f.label.clone())
                .unwrap_or_else(|| BilingualText::new(&field, &field)),
            name,
        })
        .collect();
    let district = service.places.district_name(&district_id).cloned();
    Ok(Receipt {
        district,
        number: number.as_str().to_string(),
        service_id,
        applicant_name,
        masked_mobile: mask_mobile(mobile),
        received_on: date(&received_on)?,
        due_on: date(&due_on)?,
        fee_rupees: fee.map(|f| f as u32),
        channel: if channel == "centre" {
            ApplyChannel::Centre
        } else {
            ApplyChannel::Online
        },
        documents,
    })
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

    #[test]
    fn the_acknowledgement_fits_in_three_hindi_segments() {
        let due = Date::from_ymd(2026, 12, 5).unwrap();
        let text = received_message("MP26-4821-7735-2", "आय प्रमाण पत्र", due);
        let length = app::domain::sms::sms_length(&text);
        assert_eq!(length.encoding, app::domain::sms::SmsEncoding::Ucs2);
        assert!(length.segments <= 2, "{} segments", length.segments);
    }
}
