//! The grievance categories file (`data/grievances/categories.toml`, or `GRIEVANCE_CATEGORIES`):
//! read, checked against the catalogue's departments, and written to the database at start.

use crate::db::Database;
use crate::db::grievance_categories::{self, CategoryWrite};
use crate::error::ServerResult;
use app::domain::grievance::category::{Category, CategoryBook, Place};
use serde::Deserialize;

/// The sample shipped with the portal.
pub const SAMPLE: &str = include_str!("../../data/grievances/categories.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    category: Vec<Category>,
}

/// The categories in `text`, or every problem with them.
pub fn parse(text: &str, departments: &[&str]) -> Result<CategoryBook, String> {
    let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
    CategoryBook::new(file.category, departments).map_err(|problems| problems.join("; "))
}

fn place_name(place: Place) -> &'static str {
    match place {
        Place::District => "district",
        Place::Tehsil => "tehsil",
        Place::Centre => "centre",
    }
}

/// Writes every category (adding new ones, updating the rest) in one transaction.
pub async fn sync(db: &Database, book: &CategoryBook) -> ServerResult<()> {
    let mut tx = db.begin_write().await?;
    for (position, category) in book.categories.iter().enumerate() {
        let (keywords, posts, subcategories) = (
            json(&category.keywords),
            json(&category.posts),
            json(&category.subcategories),
        );
        let write = CategoryWrite {
            id: &category.id,
            department_id: &category.department,
            name_hi: &category.name.hi,
            name_en: &category.name.en,
            place: place_name(category.place),
            keywords: &keywords,
            posts: &posts,
            subcategories: &subcategories,
            position: position as i64,
        };
        grievance_categories::upsert(&mut *tx, &write).await?;
    }
    crate::db::commit(tx).await
}

/// A part of a category as JSON text.
fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_is_read_against_the_catalogues_departments() {
        let catalogue = crate::seed::Catalogue::sample().unwrap();
        let departments = catalogue.department_ids();
        let ids: Vec<&str> = departments.iter().map(String::as_str).collect();
        let book = parse(SAMPLE, &ids).unwrap();
        assert!(book.get("centre-no-receipt").is_some());
        let problem = parse(SAMPLE, &["revenue"]).unwrap_err();
        assert!(problem.contains("no department `energy`"), "{problem}");
    }
}
