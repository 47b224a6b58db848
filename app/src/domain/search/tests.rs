//! The search's behaviour on a handful of real services; the full relevance set over the whole
//! sample catalogue is in `app/tests/search_relevance.rs`.

use super::*;

fn doc(name_hi: &str, name_en: &str, keywords: &[&str], online: bool) -> SearchDoc {
    SearchDoc {
        name_hi: name_hi.into(),
        name_en: name_en.into(),
        keywords: keywords.iter().map(|k| k.to_string()).collect(),
        online,
    }
}

fn catalogue() -> Vec<SearchDoc> {
    vec![
        doc(
            "आय प्रमाण पत्र",
            "Income certificate",
            &["आमदनी", "इनकम", "aay praman patra", "income proof"],
            true,
        ),
        doc(
            "स्थानीय/मूल निवासी प्रमाण पत्र",
            "Domicile (local resident) certificate",
            &["mool niwasi"],
            true,
        ),
        doc(
            "स्थायी जाति प्रमाण पत्र",
            "Permanent caste certificate (SC/ST/OBC)",
            &["जाति", "jati"],
            true,
        ),
        doc(
            "अविवादित नामांतरण",
            "Undisputed mutation of land records",
            &["दाखिल खारिज", "namantaran"],
            true,
        ),
        doc(
            "जन्म प्रमाण पत्र",
            "Birth certificate",
            &["janm praman patra"],
            true,
        ),
        doc(
            "ड्राइविंग लाइसेंस का नवीनीकरण",
            "Driving licence renewal",
            &["DL renewal"],
            true,
        ),
        doc(
            "आधार नामांकन/अद्यतन",
            "Aadhaar enrolment or update",
            &["aadhar"],
            false,
        ),
    ]
}

fn top(query: &str) -> Vec<usize> {
    SearchIndex::new(&catalogue())
        .search(query, 3)
        .into_iter()
        .map(|h| h.doc)
        .collect()
}

fn first(query: &str) -> Option<usize> {
    top(query).first().copied()
}

#[test]
fn the_whole_name_in_either_script_comes_first() {
    let index = SearchIndex::new(&catalogue());
    let hit = &index.search("आय प्रमाण पत्र", 3)[0];
    assert_eq!((hit.doc, hit.kind), (0, MatchKind::ExactName));
    let hit = &index.search("income certificate", 3)[0];
    assert_eq!(
        (hit.doc, hit.kind, hit.text),
        (0, MatchKind::ExactName, MatchedText::NameEn)
    );
}

#[test]
fn words_joined_or_split_match_alike() {
    assert_eq!(first("आय प्रमाणपत्र"), Some(0));
    assert_eq!(first("जन्मप्रमाणपत्र"), Some(4));
}

#[test]
fn hindi_typed_in_latin_letters_finds_the_devanagari_name() {
    assert_eq!(first("aay praman patra"), Some(0));
    assert_eq!(first("aay pramaan patr"), Some(0));
    assert_eq!(first("janam praman patra"), Some(4));
    assert_eq!(first("sthayi jaati praman patra"), Some(2));
    assert_eq!(first("namantran"), Some(3));
}

#[test]
fn everyday_words_and_typos_find_the_service() {
    assert_eq!(first("aamdani"), Some(0));
    assert_eq!(first("income certifcate"), Some(0));
    assert_eq!(first("drivng licence renewal"), Some(5));
    assert_eq!(first("driving license"), Some(5), "US spelling of licence");
    assert_eq!(first("dakhil kharij"), Some(3));
}

#[test]
fn spelling_variants_of_devanagari_fold_together() {
    assert_eq!(first("नामान्तरण"), Some(3));
    assert_eq!(first("मूल निवासी"), Some(1));
}

#[test]
fn the_start_of_a_name_finds_it_as_the_citizen_types() {
    let index = SearchIndex::new(&catalogue());
    let hits = index.search("आय प्र", 3);
    assert_eq!((hits[0].doc, hits[0].kind), (0, MatchKind::NamePrefix));
    assert_eq!(first("drivi"), Some(5));
}

#[test]
fn exact_names_outrank_prefixes_which_outrank_keywords_and_partial_matches() {
    assert!(MatchKind::ExactName > MatchKind::NamePrefix);
    assert!(MatchKind::NamePrefix > MatchKind::Keyword);
    assert!(MatchKind::Keyword > MatchKind::Partial);
    let index = SearchIndex::new(&catalogue());
    let hits = index.search("jati", 3);
    assert_eq!((hits[0].doc, hits[0].kind), (2, MatchKind::Keyword));
}

#[test]
fn ties_go_to_online_services_then_to_the_more_common() {
    let docs = vec![
        doc("केंद्र सेवा", "Card service", &[], false),
        doc("पहली सेवा", "Card service", &[], true),
        doc("दूसरी सेवा", "Card service", &[], true),
    ];
    let hits = SearchIndex::new(&docs).search("card service", 3);
    let order: Vec<usize> = hits.iter().map(|h| h.doc).collect();
    assert_eq!(order, vec![1, 2, 0]);
}

#[test]
fn highlights_point_at_the_matched_words_in_the_original_text() {
    let docs = catalogue();
    let hit = &SearchIndex::new(&docs).search("निवासी", 1)[0];
    assert_eq!(hit.text, MatchedText::NameHi);
    let name = &docs[hit.doc].name_hi;
    let marked: Vec<&str> = hit.highlights.iter().map(|&(s, e)| &name[s..e]).collect();
    assert_eq!(marked, vec!["निवासी"]);
}

#[test]
fn nothing_matches_nothing() {
    assert!(top("").is_empty());
    assert!(top("   ,. ").is_empty());
    assert!(top("passport visa").is_empty());
    assert!(top("zzzzqqqq").is_empty());
}

#[test]
fn long_or_odd_queries_do_not_break_the_search() {
    let index = SearchIndex::new(&catalogue());
    let long = "आय ".repeat(500);
    assert_eq!(index.search(&long, 3)[0].doc, 0);
    let _ = index.search("\u{093C}\u{094D}\u{200D}", 3);
    let _ = index.search("🙂 income 🙂", 3);
}

#[test]
fn a_short_word_before_a_matched_word_is_not_marked() {
    let docs = vec![doc("लर्नर", "Learner's driving licence", &[], true)];
    let hit = &SearchIndex::new(&docs).search("driving licence renewal", 1)[0];
    let name = &docs[0].name_en;
    let marked: Vec<&str> = hit.highlights.iter().map(|&(s, e)| &name[s..e]).collect();
    assert_eq!(marked, vec!["driving", "licence"]);
}
