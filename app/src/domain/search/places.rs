//! Narrowing a long list of places (the 55 districts, a district's tehsils) as the reader types:
//! the start of any word of the Hindi or the English name, or the same sounds typed in the other
//! script ("bhop" or "भोप" finds भोपाल; "narsingh" finds नरसिंहपुर).

use crate::domain::language::BilingualText;
use crate::domain::search::normalize::words;
use crate::domain::search::phonetic::key;

/// Whether the place named `name` matches what was typed. An empty text matches every place.
pub fn place_matches(typed: &str, name: &BilingualText) -> bool {
    let typed_words = words(typed);
    if typed_words.is_empty() {
        return true;
    }
    let names: Vec<String> = words(&name.hi)
        .into_iter()
        .chain(words(&name.en))
        .map(|word| word.folded)
        .collect();
    typed_words.iter().all(|typed| {
        let sound = key(&typed.folded);
        names.iter().any(|name| {
            name.starts_with(&typed.folded) || (!sound.is_empty() && key(name).starts_with(&sound))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(hi: &str, en: &str) -> BilingualText {
        BilingualText::new(hi, en)
    }

    #[test]
    fn a_place_is_found_by_the_start_of_its_name_in_either_script_or_by_its_sound() {
        let bhopal = place("भोपाल", "Bhopal");
        let narsinghpur = place("नरसिंहपुर", "Narsinghpur");
        let huzur = place("हुज़ूर", "Huzur");
        assert!(place_matches("", &bhopal));
        assert!(place_matches("bho", &bhopal));
        assert!(place_matches("Bhop", &bhopal));
        assert!(place_matches("भोप", &bhopal));
        assert!(place_matches("bop", &bhopal));
        assert!(place_matches("narsing", &narsinghpur));
        assert!(place_matches("नरसिंह", &narsinghpur));
        assert!(place_matches("huj", &huzur));
        assert!(place_matches("हुजूर", &huzur));
        assert!(!place_matches("indore", &bhopal));
        assert!(!place_matches("pal", &bhopal));
    }
}
