//! The `documents` table: every uploaded file, first held for a draft (by mobile and service),
//! then joined to the application it was sent with. The file itself is in document storage
//! under `storage_key`.

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// A document sent in reply to a request for more information.
#[derive(sqlx::FromRow)]
pub struct ReplyRow {
    /// Its id.
    pub id: String,
    /// Its name as uploaded.
    pub file_name: String,
    /// Its size.
    pub size_bytes: i64,
}

/// The documents sent in reply for application `number`, oldest first.
pub async fn replies_to<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
) -> ServerResult<Vec<ReplyRow>> {
    Ok(sqlx::query_as(
        "SELECT id, file_name, size_bytes FROM documents \
         WHERE application_number = $1 AND field_id = 'reply' ORDER BY created_at",
    )
    .bind(number)
    .fetch_all(db)
    .await?)
}

/// The id of `mobile`'s upload `id` for this service and question, if it is not yet part of
/// any application.
pub async fn unattached<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    mobile: &str,
    service_id: &str,
    field_id: &str,
) -> ServerResult<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT id FROM documents WHERE id = $1 AND mobile = $2 AND service_id = $3 \
         AND field_id = $4 AND application_number IS NULL",
    )
    .bind(id)
    .bind(mobile)
    .bind(service_id)
    .bind(field_id)
    .fetch_optional(db)
    .await?;
    Ok(row.map(|(id,)| id))
}

/// Makes `mobile`'s waiting upload `id` part of application `number`; whether it was still
/// waiting (not removed, and not sent with another application in the meantime).
pub async fn attach<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    mobile: &str,
    number: &str,
) -> ServerResult<bool> {
    let done = sqlx::query(
        "UPDATE documents SET application_number = $1 WHERE id = $2 AND mobile = $3 \
         AND application_number IS NULL",
    )
    .bind(number)
    .bind(id)
    .bind(mobile)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A document as a receipt lists it: the question it answers and its name.
#[derive(sqlx::FromRow)]
pub struct ListedRow {
    /// The question.
    pub field_id: String,
    /// Its name as uploaded.
    pub file_name: String,
}

/// Application `number`'s documents, oldest first.
pub async fn of_application<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
) -> ServerResult<Vec<ListedRow>> {
    Ok(sqlx::query_as(
        "SELECT field_id, file_name FROM documents WHERE application_number = $1 \
         ORDER BY created_at",
    )
    .bind(number)
    .fetch_all(db)
    .await?)
}

/// Each of application `number`'s documents' sniffed types, by id.
pub async fn types_of<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
) -> ServerResult<Vec<(String, String)>> {
    Ok(
        sqlx::query_as("SELECT id, content_type FROM documents WHERE application_number = $1")
            .bind(number)
            .fetch_all(db)
            .await?,
    )
}

/// A document sent with an application, as an officer opens it.
#[derive(sqlx::FromRow)]
pub struct AttachedRow {
    /// The application it was sent with.
    pub application_number: String,
    /// Its name as uploaded.
    pub file_name: String,
    /// Its sniffed type.
    pub content_type: String,
    /// Its key in the document store.
    pub storage_key: String,
}

/// Document `id`, if it is part of an application.
pub async fn attached<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> ServerResult<Option<AttachedRow>> {
    Ok(sqlx::query_as(
        "SELECT application_number, file_name, content_type, storage_key FROM documents \
         WHERE id = $1 AND application_number IS NOT NULL",
    )
    .bind(id)
    .fetch_optional(db)
    .await?)
}

/// How many of `mobile`'s uploads, for any service, are not yet part of an application.
pub async fn waiting_count<'e>(
    db: impl Executor<'e, Database = Any>,
    mobile: &str,
) -> ServerResult<i64> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM documents WHERE mobile = $1 AND application_number IS NULL",
    )
    .bind(mobile)
    .fetch_one(db)
    .await?;
    Ok(count)
}

/// The waiting uploads sent before `before` that no draft holds any more (its draft was
/// deleted or expired): their ids and storage keys.
pub async fn abandoned<'e>(
    db: impl Executor<'e, Database = Any>,
    before: i64,
) -> ServerResult<Vec<(String, String)>> {
    Ok(sqlx::query_as(
        "SELECT id, storage_key FROM documents WHERE application_number IS NULL \
         AND created_at < $1 AND NOT EXISTS (SELECT 1 FROM drafts \
         WHERE drafts.mobile = documents.mobile AND drafts.service_id = documents.service_id)",
    )
    .bind(before)
    .fetch_all(db)
    .await?)
}

/// Whether any document is kept under `storage_key`.
pub async fn key_is_used<'e>(
    db: impl Executor<'e, Database = Any>,
    storage_key: &str,
) -> ServerResult<bool> {
    let row: Option<(String,)> = sqlx::query_as("SELECT id FROM documents WHERE storage_key = $1")
        .bind(storage_key)
        .fetch_optional(db)
        .await?;
    Ok(row.is_some())
}

/// Deletes waiting upload `id` (any owner); whether it was still waiting.
pub async fn delete_abandoned<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> ServerResult<bool> {
    let done = sqlx::query("DELETE FROM documents WHERE id = $1 AND application_number IS NULL")
        .bind(id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// An upload as it is written.
pub struct NewDocument<'a> {
    /// Its id.
    pub id: &'a str,
    /// The verified mobile that sent it.
    pub mobile: &'a str,
    /// The service.
    pub service_id: &'a str,
    /// The question it answers (`reply` for a reply).
    pub field_id: &'a str,
    /// Its name as uploaded.
    pub file_name: &'a str,
    /// Its sniffed type.
    pub content_type: &'a str,
    /// Its size.
    pub size_bytes: i64,
    /// Its key in the document store.
    pub storage_key: &'a str,
    /// When it came (Unix seconds).
    pub created_at: i64,
}

/// Records an upload.
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    new: &NewDocument<'_>,
) -> ServerResult<()> {
    sqlx::query(
        "INSERT INTO documents (id, mobile, service_id, field_id, file_name, content_type, \
         size_bytes, storage_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(new.id)
    .bind(new.mobile)
    .bind(new.service_id)
    .bind(new.field_id)
    .bind(new.file_name)
    .bind(new.content_type)
    .bind(new.size_bytes)
    .bind(new.storage_key)
    .bind(new.created_at)
    .execute(db)
    .await?;
    Ok(())
}

/// The storage key of `mobile`'s upload `id`, if it is not yet part of an application.
pub async fn unattached_key<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    mobile: &str,
) -> ServerResult<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT storage_key FROM documents WHERE id = $1 AND mobile = $2 \
         AND application_number IS NULL",
    )
    .bind(id)
    .bind(mobile)
    .fetch_optional(db)
    .await?;
    Ok(row.map(|(key,)| key))
}

/// Deletes `mobile`'s upload `id` if it is still waiting; whether it was.
pub async fn delete_waiting<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    mobile: &str,
) -> ServerResult<bool> {
    let done = sqlx::query(
        "DELETE FROM documents WHERE id = $1 AND mobile = $2 AND application_number IS NULL",
    )
    .bind(id)
    .bind(mobile)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}
