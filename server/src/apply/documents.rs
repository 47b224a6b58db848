//! Uploaded documents: PDF, JPEG or PNG, recognised by their first bytes (never by name), up to
//! a configured size, kept outside the web root under random names behind `DocumentStorage`.

use super::ApplyService;
use crate::AppState;
use crate::db::documents::{self, NewDocument};
use crate::http::json_error::json_error;
use crate::sessions::CallerSessionHandle;
use crate::vault::random_hex;
use app::api::ApiError;
use app::api::store::CallerSession;
use app::api::store::Uploads;
use app::domain::form::FieldKind;
use axum::Json;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::path::PathBuf;
use tower_sessions::Session;

/// Most documents one mobile may have waiting, across every service, before they are sent.
pub const MAX_WAITING_DOCUMENTS: i64 = 30;

/// Files older than this with no row are left over from a request that died between storing
/// the bytes and writing the row (a kill -9): the cleanup deletes them.
pub const ORPHAN_AFTER_SECS: u64 = 3600;

/// The `field_id` of a document uploaded to answer an officer's request for information.
pub const REPLY_FIELD: &str = "reply";

/// Where the bytes of uploaded documents are kept.
#[async_trait::async_trait]
pub trait DocumentStorage: Send + Sync {
    /// Stores bytes under a new random key, which it returns.
    async fn put(&self, bytes: &[u8]) -> std::io::Result<String>;
    /// The bytes under a key.
    async fn get(&self, key: &str) -> std::io::Result<Vec<u8>>;
    /// Deletes the bytes under a key.
    async fn delete(&self, key: &str) -> std::io::Result<()>;
    /// The keys of files stored more than `age` ago.
    async fn stored_before(&self, age: std::time::Duration) -> std::io::Result<Vec<String>>;
}

/// Files in a folder on this machine (outside `dist/`), one per document, named by 32 random hex
/// characters in a two-character sub-folder.
#[derive(Debug, Clone)]
pub struct LocalStorage {
    root: PathBuf,
}

impl LocalStorage {
    /// Storage under `root`, which is created when missing, readable by this user only.
    pub fn new(root: impl Into<PathBuf>) -> std::io::Result<LocalStorage> {
        let root = root.into();
        std::fs::create_dir_all(&root)?;
        private_folder(&root)?;
        Ok(LocalStorage { root })
    }

    fn path(&self, key: &str) -> std::io::Result<PathBuf> {
        if key.len() != 32 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "not a storage key",
            ));
        }
        Ok(self.root.join(&key[..2]).join(key))
    }
}

#[async_trait::async_trait]
impl DocumentStorage for LocalStorage {
    async fn put(&self, bytes: &[u8]) -> std::io::Result<String> {
        let key = random_hex(16);
        let path = self.path(&key)?;
        let bytes = bytes.to_vec();
        // On disk before its row is written: a power cut leaves no row without its bytes.
        tokio::task::spawn_blocking(move || write_durably(&path, &bytes))
            .await
            .map_err(std::io::Error::other)??;
        Ok(key)
    }

    async fn get(&self, key: &str) -> std::io::Result<Vec<u8>> {
        tokio::fs::read(self.path(key)?).await
    }

    async fn delete(&self, key: &str) -> std::io::Result<()> {
        match tokio::fs::remove_file(self.path(key)?).await {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }

    async fn stored_before(&self, age: std::time::Duration) -> std::io::Result<Vec<String>> {
        let root = self.root.clone();
        tokio::task::spawn_blocking(move || {
            let cutoff = std::time::SystemTime::now() - age;
            let mut keys = Vec::new();
            for folder in std::fs::read_dir(&root)? {
                let folder = folder?;
                if !folder.file_type()?.is_dir() {
                    continue;
                }
                for file in std::fs::read_dir(folder.path())? {
                    let file = file?;
                    let name = file.file_name().to_string_lossy().to_string();
                    let old = file.metadata()?.modified()? < cutoff;
                    if old && name.len() == 32 && name.bytes().all(|b| b.is_ascii_hexdigit()) {
                        keys.push(name);
                    }
                }
            }
            Ok(keys)
        })
        .await
        .map_err(std::io::Error::other)?
    }
}

/// Deletes the uploads no draft or application holds after [`super::DRAFT_DAYS`], and the files
/// left without a row; how many of each.
pub async fn delete_abandoned(service: &ApplyService) -> crate::error::ServerResult<(u64, u64)> {
    let before = service.clock.now() - super::DRAFT_DAYS * 86_400;
    let mut rows = 0;
    for (id, key) in documents::abandoned(service.db.pool(), before).await? {
        if documents::delete_abandoned(service.db.pool(), &id).await? {
            rows += 1;
            if let Err(error) = service.storage.delete(&key).await {
                tracing::warn!(%error, "an abandoned document's file could not be deleted");
            }
        }
    }
    let mut files = 0;
    let age = std::time::Duration::from_secs(ORPHAN_AFTER_SECS);
    let stored = service
        .storage
        .stored_before(age)
        .await
        .unwrap_or_else(|error| {
            tracing::warn!(%error, "the document store could not be listed");
            Vec::new()
        });
    for key in stored {
        if !documents::key_is_used(service.db.pool(), &key).await? {
            if let Err(error) = service.storage.delete(&key).await {
                tracing::warn!(%error, "an orphan file could not be deleted");
            } else {
                files += 1;
            }
        }
    }
    Ok((rows, files))
}

/// Makes `folder` readable by this user only (0700 on Unix).
fn private_folder(folder: &std::path::Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o700))?;
    }
    let _ = folder;
    Ok(())
}

/// Writes a new file readable by this user only (0600), then flushes it and its folder to disk.
fn write_durably(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let folder = path.parent().unwrap_or(std::path::Path::new("."));
    if !folder.exists() {
        std::fs::create_dir_all(folder)?;
        private_folder(folder)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::File::open(folder)?.sync_all()
}

/// The type of a document by its first bytes: PDF, JPEG or PNG; anything else is `None`.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else {
        None
    }
}

/// A file name fit to show back: no folders, no control characters, at most 100 characters.
pub fn clean_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && *c != '|')
        .take(100)
        .collect();
    if cleaned.trim().is_empty() {
        "document".into()
    } else {
        cleaned.trim().to_string()
    }
}

fn refuse(status: StatusCode, code: &'static str) -> Response {
    json_error(status, code)
}

/// `POST /api/documents` (multipart: `service_id`, `field_id`, then `file`): stores a document
/// for the session's verified mobile. Answers `{id, name, size}` or a JSON error: `too_large`
/// (413), `wrong_type` (415), `not_verified` (401), `invalid` (400).
pub async fn upload(
    State(state): State<AppState>,
    session: Session,
    multipart: Multipart,
) -> Response {
    let service = &state.apply;
    let Some(mobile) = CallerSessionHandle(session).verified_mobile().await else {
        return refuse(StatusCode::UNAUTHORIZED, "not_verified");
    };
    match receive(service, &mobile, multipart).await {
        Ok(body) => Json(body).into_response(),
        Err(response) => response,
    }
}

async fn receive(
    service: &ApplyService,
    mobile: &str,
    mut multipart: Multipart,
) -> Result<serde_json::Value, Response> {
    let invalid = || refuse(StatusCode::BAD_REQUEST, "invalid");
    let mut service_id = None;
    let mut field_id = None;
    while let Some(mut part) = multipart.next_field().await.map_err(|_| invalid())? {
        match part.name().unwrap_or_default() {
            "service_id" => service_id = Some(part.text().await.map_err(|_| invalid())?),
            "field_id" => field_id = Some(part.text().await.map_err(|_| invalid())?),
            "file" => {
                let (Some(service_id), Some(field_id)) = (service_id.take(), field_id.take())
                else {
                    return Err(invalid());
                };
                let form = service.forms.for_service(&service_id);
                // A form's file question, or a document sent in reply to an officer's request.
                let is_file_question = field_id == REPLY_FIELD
                    || form
                        .field(&field_id)
                        .is_some_and(|f| f.kind == FieldKind::File);
                if !app::domain::catalogue::is_service_id(&service_id) || !is_file_question {
                    return Err(invalid());
                }
                // Only for a service the catalogue has.
                match crate::db::catalogue::service_exists(service.db.pool(), &service_id).await {
                    Ok(true) => {}
                    Ok(false) => return Err(invalid()),
                    Err(error) => {
                        tracing::error!(%error, "the catalogue could not be read");
                        return Err(refuse(StatusCode::SERVICE_UNAVAILABLE, "unavailable"));
                    }
                }
                let name = clean_file_name(part.file_name().unwrap_or_default());
                let mut bytes = Vec::new();
                while let Some(chunk) = part.chunk().await.map_err(|_| invalid())? {
                    if (bytes.len() + chunk.len()) as u64 > service.max_file_bytes {
                        return Err(refuse(StatusCode::PAYLOAD_TOO_LARGE, "too_large"));
                    }
                    bytes.extend_from_slice(&chunk);
                }
                if bytes.is_empty() {
                    return Err(refuse(StatusCode::BAD_REQUEST, "empty"));
                }
                let Some(content_type) = sniff(&bytes) else {
                    return Err(refuse(StatusCode::UNSUPPORTED_MEDIA_TYPE, "wrong_type"));
                };
                return store(
                    service,
                    mobile,
                    &service_id,
                    &field_id,
                    &name,
                    content_type,
                    &bytes,
                )
                .await;
            }
            _ => return Err(invalid()),
        }
    }
    Err(invalid())
}

async fn store(
    service: &ApplyService,
    mobile: &str,
    service_id: &str,
    field_id: &str,
    name: &str,
    content_type: &str,
    bytes: &[u8],
) -> Result<serde_json::Value, Response> {
    let unavailable = || refuse(StatusCode::SERVICE_UNAVAILABLE, "unavailable");
    let waiting = documents::waiting_count(service.db.pool(), mobile)
        .await
        .map_err(|error| {
            tracing::error!(%error, "the waiting documents could not be counted");
            unavailable()
        })?;
    if waiting >= MAX_WAITING_DOCUMENTS {
        return Err(refuse(StatusCode::TOO_MANY_REQUESTS, "too_many"));
    }
    let key = service.storage.put(bytes).await.map_err(|error| {
        tracing::error!(%error, "a document could not be stored");
        unavailable()
    })?;
    let id = random_hex(16);
    let document = NewDocument {
        id: &id,
        mobile,
        service_id,
        field_id,
        file_name: name,
        content_type,
        size_bytes: bytes.len() as i64,
        storage_key: &key,
        created_at: service.clock.now(),
    };
    documents::insert(service.db.pool(), &document)
        .await
        .map_err(|error| {
            tracing::error!(%error, "a document could not be recorded");
            unavailable()
        })?;
    Ok(serde_json::json!({ "id": id, "name": name, "size": bytes.len() }))
}

#[async_trait::async_trait]
impl Uploads for ApplyService {
    async fn remove(&self, mobile: &str, id: &str) -> Result<(), ApiError> {
        let Some(key) = documents::unattached_key(self.db.pool(), id, mobile).await? else {
            return Err(ApiError::NotFound);
        };
        // Only while it waits: a document already sent with an application stays with it.
        if !documents::delete_waiting(self.db.pool(), id, mobile).await? {
            return Err(ApiError::NotFound);
        }
        if let Err(error) = self.storage.delete(&key).await {
            tracing::warn!(%error, "a removed document's file could not be deleted");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_content_not_names() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Some("application/pdf"));
        assert_eq!(
            sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]),
            Some("image/jpeg")
        );
        assert_eq!(
            sniff(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0]),
            Some("image/png")
        );
        assert_eq!(sniff(b"MZ\x90\x00 an exe named photo.jpg"), None);
        assert_eq!(sniff(b"<html>"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn file_names_lose_folders_and_control_characters() {
        assert_eq!(clean_file_name("C:\\Users\\x\\आय.pdf"), "आय.pdf");
        assert_eq!(clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_file_name("a|b\u{0}.png"), "ab.png");
        assert_eq!(clean_file_name(""), "document");
    }
}
