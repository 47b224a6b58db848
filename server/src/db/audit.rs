//! The `audit_log` table: append-only, one line for every change, every opening of an
//! application or a document, and every sign-in and sign-out.

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// A line of the audit log as it is written.
pub struct NewAuditLine<'a> {
    /// When (Unix seconds).
    pub at: i64,
    /// An officer's login, or `citizen`.
    pub actor: &'a str,
    /// What was done (`approve`, `open_document`, `sign_in`, …).
    pub action: &'a str,
    /// The application, when there is one.
    pub number: Option<&'a str>,
    /// The status before a change.
    pub from_status: Option<&'a str>,
    /// The status after a change.
    pub to_status: Option<&'a str>,
    /// The address it came from.
    pub client_ip: &'a str,
    /// What it was about when not an application: an officer's login.
    pub target: Option<&'a str>,
}

impl<'a> NewAuditLine<'a> {
    /// A line about nothing in particular yet: who did what, when and from where.
    pub fn new(at: i64, actor: &'a str, action: &'a str, client_ip: &'a str) -> Self {
        NewAuditLine {
            at,
            actor,
            action,
            number: None,
            from_status: None,
            to_status: None,
            client_ip,
            target: None,
        }
    }
}

/// A line of the audit log as it is read: when, who, what, from, to.
#[derive(sqlx::FromRow)]
pub struct AuditRow {
    /// When (Unix seconds).
    pub at: i64,
    /// Who.
    pub actor: String,
    /// What.
    pub action: String,
    /// The status before.
    pub from_status: Option<String>,
    /// The status after.
    pub to_status: Option<String>,
}

/// The chain's key, set once at start from the secret key (see `vault::Vault::audit_key`).
static CHAIN_KEY: std::sync::OnceLock<[u8; 32]> = std::sync::OnceLock::new();

/// Sets the key the chain's HMACs are made with; the first key set stays.
pub fn set_chain_key(key: [u8; 32]) {
    let _ = CHAIN_KEY.set(key);
}

/// A line's content as the chain hashes it, every field in order, none able to run into the next.
fn chained_content(seq: i64, id: &str, line: &ChainedLine) -> String {
    let fields = [
        seq.to_string(),
        id.to_string(),
        line.at.to_string(),
        line.actor.to_string(),
        line.action.to_string(),
        line.number.clone().unwrap_or_default(),
        line.from_status.clone().unwrap_or_default(),
        line.to_status.clone().unwrap_or_default(),
        line.client_ip.clone().unwrap_or_default(),
        line.target.clone().unwrap_or_default(),
    ];
    serde_json::to_string(&fields).unwrap_or_default()
}

/// The chain value of a line: HMAC-SHA256 of the previous line's value and this line's content.
pub fn chain_value(previous: &str, seq: i64, id: &str, line: &ChainedLine) -> String {
    use hmac::{Hmac, Mac};
    let key = CHAIN_KEY.get().copied().unwrap_or([0; 32]);
    let mut mac =
        <Hmac<sha2::Sha256> as Mac>::new_from_slice(&key).expect("HMAC takes any key length");
    mac.update(previous.as_bytes());
    mac.update(b"\n");
    mac.update(chained_content(seq, id, line).as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A line as the chain reads it back.
#[derive(sqlx::FromRow, Debug, Clone)]
pub struct ChainedLine {
    /// Its place.
    pub seq: i64,
    /// Its id.
    pub id: String,
    /// When.
    pub at: i64,
    /// Who.
    pub actor: String,
    /// What.
    pub action: String,
    /// The application.
    #[sqlx(rename = "application_number")]
    pub number: Option<String>,
    /// The status before.
    pub from_status: Option<String>,
    /// The status after.
    pub to_status: Option<String>,
    /// The address.
    pub client_ip: Option<String>,
    /// The account or document.
    pub target: Option<String>,
    /// Its chain value.
    pub chain: String,
}

/// The chained lines from place `after` on, in order, at most `limit`.
pub async fn chained_after<'e>(
    db: impl Executor<'e, Database = Any>,
    after: i64,
    limit: i64,
) -> ServerResult<Vec<ChainedLine>> {
    Ok(sqlx::query_as(
        "SELECT seq, id, at, actor, action, application_number, from_status, to_status, \
         client_ip, target, chain FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2",
    )
    .bind(after)
    .bind(limit)
    .fetch_all(db)
    .await?)
}

/// Appends a line at the end of the chain. The chain's end is locked first, so on PostgreSQL
/// two transactions take their places one after the other.
pub async fn insert(db: &mut sqlx::AnyConnection, line: &NewAuditLine<'_>) -> ServerResult<()> {
    super::locks::hold(&mut *db, super::locks::Lock::AuditChain).await?;
    let last: Option<(i64, String)> = sqlx::query_as(
        "SELECT seq, chain FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1",
    )
    .fetch_optional(&mut *db)
    .await?;
    let (previous_seq, previous) = last.unwrap_or((0, String::new()));
    let seq = previous_seq + 1;
    let id = crate::vault::random_hex(16);
    let read_back = ChainedLine {
        seq,
        id: id.clone(),
        at: line.at,
        actor: line.actor.to_string(),
        action: line.action.to_string(),
        number: line.number.map(str::to_string),
        from_status: line.from_status.map(str::to_string),
        to_status: line.to_status.map(str::to_string),
        client_ip: Some(line.client_ip.to_string()),
        target: line.target.map(str::to_string),
        chain: String::new(),
    };
    let chain = chain_value(&previous, seq, &id, &read_back);
    sqlx::query(
        "INSERT INTO audit_log (id, at, actor, action, application_number, from_status, \
         to_status, client_ip, target, seq, chain) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(id)
    .bind(line.at)
    .bind(line.actor)
    .bind(line.action)
    .bind(line.number)
    .bind(line.from_status)
    .bind(line.to_status)
    .bind(line.client_ip)
    .bind(line.target)
    .bind(seq)
    .bind(chain)
    .execute(db)
    .await?;
    Ok(())
}

/// The application's lines, oldest first.
pub async fn of_application<'e>(
    db: impl Executor<'e, Database = Any>,
    number: &str,
) -> ServerResult<Vec<AuditRow>> {
    Ok(sqlx::query_as(
        "SELECT at, actor, action, from_status, to_status FROM audit_log \
         WHERE application_number = $1 ORDER BY at, id",
    )
    .bind(number)
    .fetch_all(db)
    .await?)
}

/// The sign-ins of `login` since `since` that have not succeeded (failed, or still being
/// checked), oldest first: every attempt is written as `sign_in_started` before its password is
/// checked, and each success as `sign_in`, so the attempts less the successes are the failures.
pub async fn unsettled_sign_ins<'e>(
    db: impl Executor<'e, Database = Any>,
    login: &str,
    since: i64,
) -> ServerResult<Vec<i64>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT at, action FROM audit_log WHERE actor = $1 \
         AND action IN ('sign_in_started', 'sign_in') AND at > $2 ORDER BY at",
    )
    .bind(login)
    .bind(since)
    .fetch_all(db)
    .await?;
    let successes = rows
        .iter()
        .filter(|(_, action)| action == "sign_in")
        .count();
    Ok(rows
        .into_iter()
        .filter(|(_, action)| action == "sign_in_started")
        .map(|(at, _)| at)
        .skip(successes)
        .collect())
}
