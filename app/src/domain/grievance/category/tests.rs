use super::*;
use crate::domain::search::SearchIndex;

/// The sample the server loads.
const SAMPLE: &str = include_str!("../../../../../server/data/grievances/categories.toml");

/// The sample's departments (the catalogue's ids).
const DEPARTMENTS: [&str; 16] = [
    "gad",
    "revenue",
    "urban",
    "panchayat",
    "school",
    "home",
    "transport",
    "finance",
    "health",
    "labour",
    "wcd",
    "social",
    "food",
    "energy",
    "housing_env",
    "psm",
];

#[derive(Deserialize)]
struct File {
    category: Vec<Category>,
}

fn sample() -> CategoryBook {
    let file: File = toml::from_str(SAMPLE).expect("the sample parses");
    CategoryBook::new(file.category, &DEPARTMENTS).expect("the sample is sound")
}

#[test]
fn the_sample_is_sound_and_routes_the_centre_complaints_to_the_centre() {
    let book = sample();
    assert!(book.categories.len() >= 10);
    for id in ["centre-no-receipt", "centre-overcharged"] {
        let category = book.get(id).expect(id);
        assert_eq!(category.place, Place::Centre, "{id}");
        assert_eq!(category.department, "psm");
    }
    let land = book.get("revenue-land-record").unwrap();
    assert_eq!(land.place, Place::Tehsil);
    assert_eq!(land.posts.at(Level::L1).unwrap().hi, "तहसीलदार");
    assert_eq!(land.posts.at(Level::L5), None);
}

#[test]
fn categories_are_found_in_hindi_english_and_latin_letters() {
    let book = sample();
    let index = SearchIndex::new(&book.search_docs());
    let top = |query: &str| {
        let hits = index.search(query, 3);
        hits.first().map(|hit| book.categories[hit.doc].id.clone())
    };
    assert_eq!(top("बिजली बिल").as_deref(), Some("energy-excess-bill"));
    assert_eq!(
        top("electricity bill").as_deref(),
        Some("energy-excess-bill")
    );
    assert_eq!(top("khasra").as_deref(), Some("revenue-land-record"));
    assert_eq!(
        top("rashan nahi mila").as_deref(),
        Some("food-ration-not-given")
    );
    assert_eq!(top("pavti").as_deref(), Some("centre-no-receipt"));
}

#[test]
fn a_book_with_repeated_ids_unknown_departments_or_empty_names_is_refused() {
    let mut categories = sample().categories;
    let mut twin = categories[0].clone();
    twin.department = "nowhere".into();
    twin.name.en = " ".into();
    twin.subcategories.clear();
    categories.push(twin);
    let problems = CategoryBook::new(categories, &DEPARTMENTS).unwrap_err();
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("used twice")));
    assert!(
        problems
            .iter()
            .any(|p| p.contains("no department `nowhere`"))
    );
    assert!(problems.iter().any(|p| p.contains("a name is empty")));
}

#[test]
fn an_unknown_key_in_the_file_is_refused() {
    let text = SAMPLE.replacen("\nkeywords = ", "\nkeywrods = ", 1);
    assert!(toml::from_str::<File>(&text).is_err());
}
