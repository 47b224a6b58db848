//! The `server_settings` table: facts the server keeps about itself, by name.

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// The value named `name`, if one is kept.
pub async fn get<'e>(
    db: impl Executor<'e, Database = Any>,
    name: &str,
) -> ServerResult<Option<String>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT value FROM server_settings WHERE name = $1")
            .bind(name)
            .fetch_optional(db)
            .await?;
    Ok(row.map(|(value,)| value))
}

/// Keeps `value` under `name` unless a value is kept there already (the first start wins).
pub async fn keep_first<'e>(
    db: impl Executor<'e, Database = Any>,
    name: &str,
    value: &str,
) -> ServerResult<()> {
    sqlx::query(
        "INSERT INTO server_settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
    )
    .bind(name)
    .bind(value)
    .execute(db)
    .await?;
    Ok(())
}
