//! The `officers` and `officer_services` tables: officer accounts (a password hash, never the
//! password), their posts and jurisdiction, and the services each handles.

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// An officer account as it is written.
pub struct OfficerWrite<'a> {
    /// The login.
    pub login: &'a str,
    /// The officer's name.
    pub name: &'a str,
    /// The post in Hindi.
    pub designation_hi: &'a str,
    /// The post in English.
    pub designation_en: &'a str,
    /// The role's stored name.
    pub role: &'a str,
    /// The district, or none for the whole state.
    pub district_id: Option<&'a str>,
    /// The centre, for an operator.
    pub centre_id: Option<&'a str>,
    /// The argon2id hash (a PHC string).
    pub password_hash: &'a str,
    /// When it was created (Unix seconds).
    pub created_at: i64,
}

/// An active officer as it is read.
#[derive(sqlx::FromRow)]
pub struct OfficerRow {
    /// The officer's name.
    pub name: String,
    /// The post in Hindi.
    pub designation_hi: String,
    /// The post in English.
    pub designation_en: String,
    /// The role's stored name.
    pub role: String,
    /// The district.
    pub district_id: Option<String>,
    /// The centre.
    pub centre_id: Option<String>,
}

/// Creates the account, or replaces the one with the same login (making it active again).
pub async fn upsert<'e>(
    db: impl Executor<'e, Database = Any>,
    officer: &OfficerWrite<'_>,
) -> ServerResult<()> {
    sqlx::query(
        "INSERT INTO officers (login, name, designation_hi, designation_en, role, district_id, \
         centre_id, password_hash, active, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9) \
         ON CONFLICT (login) DO UPDATE SET name = excluded.name, \
         designation_hi = excluded.designation_hi, designation_en = excluded.designation_en, \
         role = excluded.role, district_id = excluded.district_id, centre_id = excluded.centre_id, \
         password_hash = excluded.password_hash, active = 1",
    )
    .bind(officer.login)
    .bind(officer.name)
    .bind(officer.designation_hi)
    .bind(officer.designation_en)
    .bind(officer.role)
    .bind(officer.district_id)
    .bind(officer.centre_id)
    .bind(officer.password_hash)
    .bind(officer.created_at)
    .execute(db)
    .await?;
    Ok(())
}

/// Removes every service from `login`'s list.
pub async fn clear_services<'e>(
    db: impl Executor<'e, Database = Any>,
    login: &str,
) -> ServerResult<()> {
    sqlx::query("DELETE FROM officer_services WHERE login = $1")
        .bind(login)
        .execute(db)
        .await?;
    Ok(())
}

/// Adds a service to `login`'s list.
pub async fn add_service<'e>(
    db: impl Executor<'e, Database = Any>,
    login: &str,
    service_id: &str,
) -> ServerResult<()> {
    sqlx::query("INSERT INTO officer_services (login, service_id) VALUES ($1, $2)")
        .bind(login)
        .bind(service_id)
        .execute(db)
        .await?;
    Ok(())
}

/// The active officer with this login.
pub async fn active<'e>(
    db: impl Executor<'e, Database = Any>,
    login: &str,
) -> ServerResult<Option<OfficerRow>> {
    Ok(sqlx::query_as(
        "SELECT name, designation_hi, designation_en, role, district_id, centre_id \
         FROM officers WHERE login = $1 AND active = 1",
    )
    .bind(login)
    .fetch_optional(db)
    .await?)
}

/// The services `login` handles, in order.
pub async fn services_of<'e>(
    db: impl Executor<'e, Database = Any>,
    login: &str,
) -> ServerResult<Vec<String>> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT service_id FROM officer_services WHERE login = $1 ORDER BY service_id",
    )
    .bind(login)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// The password hash of the active officer with this login.
pub async fn password_hash<'e>(
    db: impl Executor<'e, Database = Any>,
    login: &str,
) -> ServerResult<Option<String>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT password_hash FROM officers WHERE login = $1 AND active = 1")
            .bind(login)
            .fetch_optional(db)
            .await?;
    Ok(row.map(|(hash,)| hash))
}

/// Marks the active officer `login` inactive; whether there was one.
pub async fn deactivate<'e>(
    db: impl Executor<'e, Database = Any>,
    login: &str,
) -> ServerResult<bool> {
    let done = sqlx::query("UPDATE officers SET active = 0 WHERE login = $1 AND active = 1")
        .bind(login)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}
