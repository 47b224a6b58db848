use super::*;
use crate::domain::date::Date;
use crate::domain::form::{Field, FieldKind};
use crate::domain::language::BilingualText;
use crate::domain::validate::validate_value;

fn accepted_as_a_hindi_name(text: &str) -> bool {
    let field = Field::new(
        "name_hi",
        FieldKind::HindiName,
        BilingualText::new("नाम", "Name"),
    );
    validate_value(&field, text, Date::from_ymd(2026, 12, 1).unwrap()).is_ok()
}

fn hindi(typed: &str) -> String {
    suggest(typed).unwrap_or_default()
}

#[test]
fn common_names_typed_in_latin_letters_come_out_as_they_are_written() {
    assert_eq!(hindi("sunita bai"), "सुनीता बाई");
    assert_eq!(hindi("Sunita Devi Sharma"), "सुनीता देवी शर्मा");
    assert_eq!(hindi("suneeta"), "सुनीता");
    assert_eq!(hindi("ramesh kumar"), "रमेश कुमार");
    assert_eq!(hindi("rajendra singh"), "राजेंद्र सिंह");
    assert_eq!(hindi("laxmi"), "लक्ष्मी");
    assert_eq!(hindi("lakshmi"), "लक्ष्मी");
    assert_eq!(hindi("kamla"), "कमला");
    assert_eq!(hindi("kamal"), "कमल");
    assert_eq!(hindi("pandey"), "पांडेय");
    assert_eq!(hindi("ram"), "राम");
    assert_eq!(hindi("aarti"), "आरती");
    // An e typed for the short a (verma, not varma) still finds the name.
    assert_eq!(hindi("verma"), "वर्मा");
    assert_eq!(hindi("varma"), "वर्मा");
}

#[test]
fn names_not_in_the_list_are_written_sound_by_sound() {
    assert_eq!(spelt("sanjana"), "संजना");
    assert_eq!(spelt("pappu"), "पप्पू");
    assert_eq!(spelt("anna"), "अन्ना");
    assert_eq!(spelt("dube"), "दुबे");
    assert_eq!(spelt("bhai"), "भाई");
    assert_eq!(spelt("naina"), "नैना");
    assert_eq!(spelt("shri"), "श्री");
    assert_eq!(hindi("hemant"), "हेमंत");
    assert_eq!(hindi("basant"), "बसंत");
}

#[test]
fn initials_dots_and_devanagari_already_typed_are_kept() {
    assert_eq!(hindi("r.k. verma"), "आर.के. वर्मा");
    assert_eq!(hindi("सुनीता bai"), "सुनीता बाई");
    assert_eq!(suggest("सुनीता बाई"), None);
    assert_eq!(suggest(""), None);
    assert_eq!(suggest("  . "), None);
}

#[test]
fn every_suggestion_is_a_name_the_hindi_name_question_accepts() {
    for typed in [
        "sunita bai",
        "r.k. verma",
        "mohammad irfan khan",
        "xavier quadros",
        "zeenat fatima",
        "chhotelal kushwaha",
        "aaa eee ooo",
    ] {
        let written = hindi(typed);
        assert!(accepted_as_a_hindi_name(&written), "{typed} → {written}");
        assert!(
            !written.chars().any(|c| c.is_ascii_alphabetic()),
            "{written}"
        );
    }
}

#[test]
fn every_listed_name_is_devanagari_and_sounds_like_its_latin_spelling() {
    for (_, name) in names() {
        assert!(accepted_as_a_hindi_name(name), "{name} in names.txt");
    }
    // The list is found by the search's key: a name typed the usual ways reaches it.
    for (typed, name) in [("shweta", "श्वेता"), ("sweta", "श्वेता"), ("jyoti", "ज्योति")]
    {
        assert_eq!(hindi(typed), name);
    }
}
