//! Grievance categories, as data: department → category → subcategory, and for each category the
//! posts that handle it at L1 to L4. A post is the same title in every district (the tehsildar,
//! the collector); the officers holding it are each district's own, and where L1 sits in a tehsil
//! (a revenue complaint) the tehsil decides which of the district's officers it is. Two
//! categories route a complaint about a citizen service centre (no receipt given, charged more
//! than the receipt) to the centre's supervising officer.

use crate::domain::grievance::level::Level;
use crate::domain::language::BilingualText;
use crate::domain::search::SearchDoc;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Where a category's L1 officer is found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    /// The district's officer for the post.
    #[default]
    District,
    /// The officer for the post in the complainant's tehsil.
    Tehsil,
    /// The supervising officer of the centre complained about.
    Centre,
}

/// The posts that handle a category, L1 to L4.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Posts {
    /// The field officer.
    pub l1: BilingualText,
    /// The supervising officer.
    pub l2: BilingualText,
    /// The district head.
    pub l3: BilingualText,
    /// The state head of department.
    pub l4: BilingualText,
}

impl Posts {
    /// The post at `level`; L5 is the Chief Secretary's for every category.
    pub fn at(&self, level: Level) -> Option<&BilingualText> {
        match level {
            Level::L1 => Some(&self.l1),
            Level::L2 => Some(&self.l2),
            Level::L3 => Some(&self.l3),
            Level::L4 => Some(&self.l4),
            Level::L5 => None,
        }
    }
}

/// A narrower kind of a category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subcategory {
    /// Its id, unique in the book.
    pub id: String,
    /// Its name.
    pub name: BilingualText,
}

/// One category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Its id, unique in the book.
    pub id: String,
    /// The department's id (the catalogue's).
    pub department: String,
    /// Its name.
    pub name: BilingualText,
    /// Everyday words for it, in any script.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Where its L1 officer is found.
    #[serde(default)]
    pub place: Place,
    /// Its posts.
    pub posts: Posts,
    /// Its narrower kinds, if any.
    #[serde(default)]
    pub subcategories: Vec<Subcategory>,
}

/// Every category, checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryBook {
    /// The categories, in the file's order.
    pub categories: Vec<Category>,
}

impl CategoryBook {
    /// The book, or every problem with it: ids must be unique slugs (categories and
    /// subcategories together), departments must be known, and no name may be empty.
    pub fn new(
        categories: Vec<Category>,
        departments: &[&str],
    ) -> Result<CategoryBook, Vec<String>> {
        let mut problems = Vec::new();
        let mut seen = HashSet::new();
        let mut check_id = |id: &str, problems: &mut Vec<String>| {
            if !crate::domain::catalogue::is_service_id(id) {
                problems.push(format!("`{id}` is not a plain id (a-z, 0-9, -)"));
            }
            if !seen.insert(id.to_string()) {
                problems.push(format!("`{id}` is used twice"));
            }
        };
        for category in &categories {
            check_id(&category.id, &mut problems);
            if !departments.contains(&category.department.as_str()) {
                problems.push(format!(
                    "`{}`: no department `{}`",
                    category.id, category.department
                ));
            }
            let mut names = vec![(&category.id, &category.name)];
            names.extend(category.posts_named().map(|name| (&category.id, name)));
            for sub in &category.subcategories {
                check_id(&sub.id, &mut problems);
                names.push((&sub.id, &sub.name));
            }
            for (id, name) in names {
                if name.hi.trim().is_empty() || name.en.trim().is_empty() {
                    problems.push(format!("`{id}`: a name is empty"));
                }
            }
        }
        if problems.is_empty() {
            Ok(CategoryBook { categories })
        } else {
            Err(problems)
        }
    }

    /// The category with this id.
    pub fn get(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// What each category offers to search, in the book's order: its names, and its keywords
    /// with its subcategories' names, so "khasra" finds the land-record category.
    pub fn search_docs(&self) -> Vec<SearchDoc> {
        self.categories
            .iter()
            .map(|c| {
                let mut keywords = c.keywords.clone();
                for sub in &c.subcategories {
                    keywords.extend([sub.name.hi.clone(), sub.name.en.clone()]);
                }
                SearchDoc {
                    name_hi: c.name.hi.clone(),
                    name_en: c.name.en.clone(),
                    keywords,
                    online: true,
                }
            })
            .collect()
    }
}

impl Category {
    /// The four posts' titles.
    fn posts_named(&self) -> impl Iterator<Item = &BilingualText> {
        [Level::L1, Level::L2, Level::L3, Level::L4]
            .into_iter()
            .filter_map(|level| self.posts.at(level))
    }

    /// Whether a subcategory with this id is the category's own.
    pub fn has_subcategory(&self, id: &str) -> bool {
        self.subcategories.iter().any(|sub| sub.id == id)
    }
}

#[cfg(test)]
mod tests;
