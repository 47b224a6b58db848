use super::*;
use crate::domain::form::{Choice, Rules};
use crate::domain::language::BilingualText;

fn field(kind: FieldKind) -> Field {
    Field::new("answer", kind, BilingualText::new("उत्तर", "Answer"))
}

fn optional(kind: FieldKind) -> Field {
    Field {
        required: false,
        ..field(kind)
    }
}

fn with_rules(kind: FieldKind, rules: Rules) -> Field {
    Field {
        rules,
        ..field(kind)
    }
}

fn today() -> Date {
    Date::from_ymd(2026, 3, 5).unwrap()
}

fn check(kind: FieldKind, raw: &str) -> Result<String, FieldError> {
    validate_value(&field(kind), raw, today())
}

fn ok(kind: FieldKind, raw: &str) -> String {
    check(kind, raw).unwrap_or_else(|e| panic!("{kind:?} {raw:?}: {e:?}"))
}

/// An Aadhaar-shaped number: the eleven digits and their Verhoeff check digit.
fn aadhaar_with_check(base: &str) -> String {
    format!("{base}{}", verhoeff_check_digit(base).unwrap())
}

#[test]
fn published_aadhaar_test_numbers_are_valid() {
    // UIDAI's authentication sandbox resident, and a number common in validation examples: twelve
    // digits, so every row of the permutation table is used.
    for number in ["999941057058", "234123412346"] {
        assert!(verhoeff_is_valid(number), "{number}");
        assert_eq!(
            verhoeff_check_digit(&number[..11]),
            Some(number.as_bytes()[11] - b'0')
        );
        assert_eq!(ok(FieldKind::Aadhaar, number), number);
    }
    assert_eq!(
        check(FieldKind::Aadhaar, "234123412347"),
        Err(FieldError::AadhaarChecksum)
    );
}

#[test]
fn aadhaar_is_normalised_to_twelve_digits() {
    let number = aadhaar_with_check("23412341234");
    assert_eq!(ok(FieldKind::Aadhaar, &number), number);
    let spaced = format!("{} {} {}", &number[..4], &number[4..8], &number[8..]);
    assert_eq!(ok(FieldKind::Aadhaar, &spaced), number);
    let hyphenated = format!(" {}-{}-{} ", &number[..4], &number[4..8], &number[8..]);
    assert_eq!(ok(FieldKind::Aadhaar, &hyphenated), number);
    let devanagari: String = number
        .chars()
        .map(|c| char::from_u32(0x0966 + c.to_digit(10).unwrap()).unwrap())
        .collect();
    assert_eq!(ok(FieldKind::Aadhaar, &devanagari), number);
}

#[test]
fn aadhaar_errors_say_what_is_wrong() {
    let valid = aadhaar_with_check("23412341234");
    assert_eq!(
        check(FieldKind::Aadhaar, &valid[..11]),
        Err(FieldError::AadhaarLength)
    );
    assert_eq!(
        check(FieldKind::Aadhaar, &format!("{valid}1")),
        Err(FieldError::AadhaarLength)
    );
    assert_eq!(
        check(FieldKind::Aadhaar, "2341x2341234"),
        Err(FieldError::AadhaarLength)
    );
    assert_eq!(
        check(FieldKind::Aadhaar, "123412341234"),
        Err(FieldError::AadhaarFirstDigit)
    );
    assert_eq!(
        check(FieldKind::Aadhaar, "023412341234"),
        Err(FieldError::AadhaarFirstDigit)
    );
    let mut wrong = valid.into_bytes();
    wrong[11] = if wrong[11] == b'9' {
        b'0'
    } else {
        wrong[11] + 1
    };
    let wrong = String::from_utf8(wrong).unwrap();
    assert_eq!(
        check(FieldKind::Aadhaar, &wrong),
        Err(FieldError::AadhaarChecksum)
    );
}

#[test]
fn aadhaar_is_masked_but_for_the_last_four() {
    assert_eq!(mask_aadhaar("234123411234"), "XXXX XXXX 1234");
    assert_eq!(mask_aadhaar("23412341123"), "XXXX XXXX XXXX");
    assert_eq!(mask_aadhaar("2341 2341 1234"), "XXXX XXXX XXXX");
    assert_eq!(mask_aadhaar(""), "XXXX XXXX XXXX");
}

#[test]
fn mobile_numbers_lose_their_prefixes() {
    for raw in [
        "9876543210",
        "+91 98765 43210",
        "+919876543210",
        "919876543210",
        "09876543210",
        "98765-43210",
        "९८७६५४३२१०",
    ] {
        assert_eq!(ok(FieldKind::Mobile, raw), "9876543210", "{raw}");
    }
    for raw in [
        "5876543210",
        "987654321",
        "98765432101",
        "929876543210",
        "98765 4321O",
        "+91+9876543210",
    ] {
        assert_eq!(
            check(FieldKind::Mobile, raw),
            Err(FieldError::MobileFormat),
            "{raw}"
        );
    }
}

#[test]
fn pin_codes_and_samagra_ids_are_plain_digits() {
    assert_eq!(ok(FieldKind::Pin, "462 001"), "462001");
    assert_eq!(
        ok(FieldKind::Pin, "११०००१"),
        "110001",
        "any state, not only MP"
    );
    for raw in ["062001", "46200", "4620011", "46200a"] {
        assert_eq!(
            check(FieldKind::Pin, raw),
            Err(FieldError::PinFormat),
            "{raw}"
        );
    }
    assert_eq!(ok(FieldKind::SamagraId, "123 456 789"), "123456789");
    assert_eq!(ok(FieldKind::SamagraId, "012345678"), "012345678");
    for raw in ["12345678", "1234567890", "12345678x"] {
        assert_eq!(
            check(FieldKind::SamagraId, raw),
            Err(FieldError::SamagraFormat),
            "{raw}"
        );
    }
}

#[test]
fn dates_are_written_dd_mm_yyyy_and_checked_against_today() {
    assert_eq!(ok(FieldKind::Date, "5/3/2026"), "05-03-2026");
    assert_eq!(ok(FieldKind::Date, "०१.०१.२०३०"), "01-01-2030");
    assert_eq!(
        check(FieldKind::Date, "2026-03-05"),
        Err(FieldError::DateFormat)
    );
    assert_eq!(
        check(FieldKind::Date, "30-02-2024"),
        Err(FieldError::DateNotReal)
    );
    let past_only = with_rules(
        FieldKind::Date,
        Rules {
            not_future: true,
            ..Rules::default()
        },
    );
    assert_eq!(
        validate_value(&past_only, "05-03-2026", today()),
        Ok("05-03-2026".into())
    );
    assert_eq!(
        validate_value(&past_only, "06-03-2026", today()),
        Err(FieldError::DateInFuture)
    );
    let future_only = with_rules(
        FieldKind::Date,
        Rules {
            not_past: true,
            ..Rules::default()
        },
    );
    assert_eq!(
        validate_value(&future_only, "05-03-2026", today()),
        Ok("05-03-2026".into())
    );
    assert_eq!(
        validate_value(&future_only, "04-03-2026", today()),
        Err(FieldError::DateInPast)
    );
}

#[test]
fn rupees_are_stored_as_plain_digits() {
    for (raw, stored) in [
        ("120000", "120000"),
        ("1,20,000", "120000"),
        ("₹1,20,000", "120000"),
        ("₹ 50000/-", "50000"),
        ("Rs. 2500", "2500"),
        ("rs 2500", "2500"),
        ("INR 700", "700"),
        ("रु. 900", "900"),
        ("00450", "450"),
        ("0", "0"),
        ("४५०००", "45000"),
        ("45000.00", "45000"),
    ] {
        assert_eq!(ok(FieldKind::Rupees, raw), stored, "{raw}");
    }
    for raw in [
        "abc",
        "12a",
        "1,,000",
        ",100",
        "100,",
        "-500",
        "45000.50",
        "₹",
        "1 000",
        "about 500",
    ] {
        assert_eq!(
            check(FieldKind::Rupees, raw),
            Err(FieldError::RupeesFormat),
            "{raw}"
        );
    }
}

#[test]
fn rupees_respect_the_largest_amount() {
    let capped = with_rules(
        FieldKind::Rupees,
        Rules {
            max_rupees: Some(800_000),
            ..Rules::default()
        },
    );
    assert_eq!(
        validate_value(&capped, "8,00,000", today()),
        Ok("800000".into())
    );
    assert_eq!(
        validate_value(&capped, "800001", today()),
        Err(FieldError::RupeesTooLarge { max: 800_000 })
    );
    assert_eq!(
        check(FieldKind::Rupees, "99999999999999999999999"),
        Err(FieldError::RupeesTooLarge { max: u64::MAX })
    );
}

#[test]
fn hindi_names_are_devanagari_only() {
    assert_eq!(ok(FieldKind::HindiName, "  राम   कुमार  "), "राम कुमार");
    assert_eq!(ok(FieldKind::HindiName, "श्री. मोहनलाल"), "श्री. मोहनलाल");
    assert_eq!(ok(FieldKind::HindiName, "ज़ैनब"), "ज़ैनब", "nukta");
    assert_eq!(
        ok(FieldKind::HindiName, "क\u{200D}ष"),
        "क\u{200D}ष",
        "zero-width joiner"
    );
    for raw in ["Ram Kumar", "राम Kumar", "राम-कुमार", "राम1", "..", "।।"]
    {
        assert_eq!(
            check(FieldKind::HindiName, raw),
            Err(FieldError::NotDevanagari),
            "{raw}"
        );
    }
    assert_eq!(
        check(FieldKind::HindiName, "र"),
        Err(FieldError::TooShort { min: 2 })
    );
    let long = "क".repeat(101);
    assert_eq!(
        check(FieldKind::HindiName, &long),
        Err(FieldError::TooLong { max: 100 })
    );
}

#[test]
fn names_take_letters_of_any_script() {
    assert_eq!(ok(FieldKind::Name, "Ram  Kumar"), "Ram Kumar");
    assert_eq!(ok(FieldKind::Name, "राम कुमार"), "राम कुमार");
    assert_eq!(
        ok(FieldKind::Name, "D'Souza-Verma Jr."),
        "D'Souza-Verma Jr."
    );
    assert_eq!(
        ok(FieldKind::Name, "D’Souza"),
        "D'Souza",
        "a typographic apostrophe"
    );
    assert_eq!(ok(FieldKind::Name, "लक्ष्मी"), "लक्ष्मी", "virama");
    assert_eq!(ok(FieldKind::Name, "A"), "A");
    for raw in ["Ram2", "राम@", "R@m", "---", "राम १"] {
        assert_eq!(
            check(FieldKind::Name, raw),
            Err(FieldError::NotAName),
            "{raw}"
        );
    }
    let long = "a".repeat(101);
    assert_eq!(
        check(FieldKind::Name, &long),
        Err(FieldError::TooLong { max: 100 })
    );
}

#[test]
fn text_lengths_count_characters_and_follow_the_rules() {
    assert_eq!(ok(FieldKind::Text, "  गाँव का नाम "), "गाँव का नाम");
    assert_eq!(
        ok(FieldKind::Text, "a\tb"),
        "a b",
        "control characters become spaces"
    );
    assert_eq!(ok(FieldKind::Text, &"ह".repeat(200)).chars().count(), 200);
    assert_eq!(
        check(FieldKind::Text, &"ह".repeat(201)),
        Err(FieldError::TooLong { max: 200 })
    );
    let rules = Rules {
        min_len: Some(5),
        max_len: Some(10),
        ..Rules::default()
    };
    let ruled = with_rules(FieldKind::Text, rules.clone());
    assert_eq!(
        validate_value(&ruled, "abcd", today()),
        Err(FieldError::TooShort { min: 5 })
    );
    assert_eq!(
        validate_value(&ruled, "abcdefghijk", today()),
        Err(FieldError::TooLong { max: 10 })
    );
    assert_eq!(validate_value(&ruled, "अबकडई", today()), Ok("अबकडई".into()));
    let short_name = with_rules(FieldKind::HindiName, rules);
    assert_eq!(
        validate_value(&short_name, "राम", today()),
        Err(FieldError::TooShort { min: 5 })
    );
}

#[test]
fn long_text_keeps_its_lines() {
    assert_eq!(
        ok(FieldKind::LongText, "मकान 12\r\nवार्ड 4\rभोपाल"),
        "मकान 12\nवार्ड 4\nभोपाल"
    );
    assert_eq!(ok(FieldKind::LongText, "a\u{0007}b"), "a b");
    assert_eq!(ok(FieldKind::LongText, &"x".repeat(1000)).len(), 1000);
    assert_eq!(
        check(FieldKind::LongText, &"x".repeat(1001)),
        Err(FieldError::TooLong { max: 1000 })
    );
}

#[test]
fn choices_must_be_one_of_the_options() {
    let radio = Field {
        options: vec![
            Choice {
                value: "male".into(),
                label: BilingualText::new("पुरुष", "Male"),
            },
            Choice {
                value: "female".into(),
                label: BilingualText::new("महिला", "Female"),
            },
        ],
        ..field(FieldKind::Radio)
    };
    assert_eq!(
        validate_value(&radio, " female ", today()),
        Ok("female".into())
    );
    assert_eq!(
        validate_value(&radio, "Female", today()),
        Err(FieldError::NotAnOption)
    );
    let select = Field {
        kind: FieldKind::Select,
        ..radio
    };
    assert_eq!(
        validate_value(&select, "other", today()),
        Err(FieldError::NotAnOption)
    );
}

#[test]
fn tick_boxes_are_yes_or_nothing() {
    assert_eq!(ok(FieldKind::Checkbox, "yes"), "yes");
    assert_eq!(check(FieldKind::Checkbox, ""), Err(FieldError::NotTicked));
    assert_eq!(
        check(FieldKind::Checkbox, "no"),
        Err(FieldError::NotAnOption)
    );
    let optional_box = optional(FieldKind::Checkbox);
    assert_eq!(
        validate_value(&optional_box, "", today()),
        Ok(String::new())
    );
}

#[test]
fn districts_and_tehsils_must_look_like_ids() {
    assert_eq!(ok(FieldKind::District, "bhopal"), "bhopal");
    assert_eq!(ok(FieldKind::Tehsil, "huzur-2"), "huzur-2");
    assert_eq!(
        check(FieldKind::District, "Bhopal"),
        Err(FieldError::UnknownDistrict)
    );
    assert_eq!(
        check(FieldKind::District, "भोपाल"),
        Err(FieldError::UnknownDistrict)
    );
    assert_eq!(
        check(FieldKind::Tehsil, "huzur tehsil"),
        Err(FieldError::UnknownTehsil)
    );
    assert_eq!(
        check(FieldKind::Tehsil, &"a".repeat(61)),
        Err(FieldError::UnknownTehsil)
    );
}

#[test]
fn files_pass_through_or_are_missing() {
    assert_eq!(ok(FieldKind::File, " doc-7f3a "), "doc-7f3a");
    assert_eq!(check(FieldKind::File, "   "), Err(FieldError::FileMissing));
    assert_eq!(
        validate_value(&optional(FieldKind::File), "", today()),
        Ok(String::new())
    );
}

#[test]
fn empty_answers_are_required_or_empty() {
    for kind in [
        FieldKind::Text,
        FieldKind::LongText,
        FieldKind::HindiName,
        FieldKind::Name,
        FieldKind::Date,
        FieldKind::District,
        FieldKind::Tehsil,
        FieldKind::Mobile,
        FieldKind::Aadhaar,
        FieldKind::SamagraId,
        FieldKind::Pin,
        FieldKind::Rupees,
        FieldKind::Radio,
        FieldKind::Select,
    ] {
        assert_eq!(check(kind, " \t "), Err(FieldError::Required), "{kind:?}");
        assert_eq!(
            validate_value(&optional(kind), "  ", today()),
            Ok(String::new()),
            "{kind:?}"
        );
    }
}

#[test]
fn error_codes_match_their_serde_names() {
    for error in [
        FieldError::Required,
        FieldError::TooShort { min: 2 },
        FieldError::TooLong { max: 9 },
        FieldError::NotDevanagari,
        FieldError::NotAName,
        FieldError::AadhaarLength,
        FieldError::AadhaarFirstDigit,
        FieldError::AadhaarChecksum,
        FieldError::MobileFormat,
        FieldError::PinFormat,
        FieldError::SamagraFormat,
        FieldError::DateFormat,
        FieldError::DateNotReal,
        FieldError::DateInFuture,
        FieldError::DateInPast,
        FieldError::RupeesFormat,
        FieldError::RupeesTooLarge { max: 5 },
        FieldError::NotAnOption,
        FieldError::NotTicked,
        FieldError::FileMissing,
        FieldError::UnknownDistrict,
        FieldError::UnknownTehsil,
    ] {
        let json = serde_json::to_value(error).unwrap();
        let name = json
            .as_str()
            .map(str::to_string)
            .or_else(|| json.as_object().map(|o| o.keys().next().unwrap().clone()))
            .unwrap();
        assert_eq!(error.code(), name);
        assert_eq!(serde_json::from_value::<FieldError>(json).unwrap(), error);
    }
}

#[test]
fn devanagari_digits_become_ascii() {
    assert_eq!(normalise_digits("०१२३४५६७८९"), "0123456789");
    assert_eq!(normalise_digits("MP२६-ab"), "MP26-ab");
    assert_eq!(normalise_digits(""), "");
}

#[test]
fn a_mobile_asked_on_its_own_follows_the_applicants_mobile_question() {
    let field = crate::domain::form::applicant_mobile_field();
    let today = crate::domain::date::Date::from_ymd(2026, 12, 1).expect("a date");
    for raw in [
        "",
        "  ",
        "9876543210",
        "+91 98765 43210",
        "09876543210",
        "5876543210",
        "98765",
        "abc",
    ] {
        assert_eq!(
            super::validate_mobile(raw),
            super::validate_value(&field, raw, today),
            "{raw:?}"
        );
    }
}
