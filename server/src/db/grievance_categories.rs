//! The `grievance_categories` table: the helpline's categories, written from the category file
//! when the server starts (`crate::grievance::sync_categories`), posts and subcategories as JSON.

use crate::error::ServerResult;
use sqlx::{Any, Executor};

/// A category as it is written.
pub struct CategoryWrite<'a> {
    /// Its id.
    pub id: &'a str,
    /// The department's id.
    pub department_id: &'a str,
    /// Its Hindi name.
    pub name_hi: &'a str,
    /// Its English name.
    pub name_en: &'a str,
    /// `district`, `tehsil` or `centre`.
    pub place: &'a str,
    /// Its keywords, as JSON.
    pub keywords: &'a str,
    /// Its posts, as JSON.
    pub posts: &'a str,
    /// Its subcategories, as JSON.
    pub subcategories: &'a str,
    /// Its place in the file.
    pub position: i64,
}

/// Adds a category, or writes over the one with the same id.
pub async fn upsert<'e>(
    db: impl Executor<'e, Database = Any>,
    category: &CategoryWrite<'_>,
) -> ServerResult<()> {
    sqlx::query(
        "INSERT INTO grievance_categories (id, department_id, name_hi, name_en, place, keywords, \
         posts, subcategories, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
         ON CONFLICT (id) DO UPDATE SET department_id = excluded.department_id, \
         name_hi = excluded.name_hi, name_en = excluded.name_en, place = excluded.place, \
         keywords = excluded.keywords, posts = excluded.posts, \
         subcategories = excluded.subcategories, position = excluded.position",
    )
    .bind(category.id)
    .bind(category.department_id)
    .bind(category.name_hi)
    .bind(category.name_en)
    .bind(category.place)
    .bind(category.keywords)
    .bind(category.posts)
    .bind(category.subcategories)
    .bind(category.position)
    .execute(db)
    .await?;
    Ok(())
}

/// The department of category `id`, if there is one.
pub async fn department_of<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> ServerResult<Option<String>> {
    Ok(
        sqlx::query_scalar("SELECT department_id FROM grievance_categories WHERE id = $1")
            .bind(id)
            .fetch_optional(db)
            .await?,
    )
}
