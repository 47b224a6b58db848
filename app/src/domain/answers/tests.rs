use super::*;
use crate::domain::form::Condition;
use crate::domain::language::BilingualText;

struct Book(Vec<Choice>, BilingualText);

impl Places for Book {
    fn is_district(&self, id: &str) -> bool {
        id == "bhopal" || id == "sheopur"
    }
    fn tehsils(&self, district: &str) -> Option<&[Choice]> {
        (district == "bhopal").then_some(self.0.as_slice())
    }
    fn district_name(&self, id: &str) -> Option<&BilingualText> {
        (id == "bhopal").then_some(&self.1)
    }
    fn all_tehsils(&self) -> Box<dyn Iterator<Item = &[Choice]> + '_> {
        Box::new(std::iter::once(self.0.as_slice()))
    }
}

fn book() -> Book {
    Book(
        vec![Choice {
            value: "huzur".into(),
            label: BilingualText::new("हुज़ूर", "Huzur"),
        }],
        BilingualText::new("भोपाल", "Bhopal"),
    )
}

fn field(id: &str, kind: FieldKind) -> Field {
    Field::new(id, kind, BilingualText::new(id, id))
}

fn sample() -> FormDefinition {
    let mut place = field("place", FieldKind::Radio);
    place.options = ["hospital", "home"]
        .iter()
        .map(|v| Choice {
            value: (*v).into(),
            label: BilingualText::new(*v, *v),
        })
        .collect();
    let mut hospital = field("hospital", FieldKind::Text);
    hospital.show_if = Some(Condition {
        field: "place".into(),
        any_of: vec!["hospital".into()],
    });
    let mut tehsil = field("tehsil", FieldKind::Tehsil);
    tehsil.district_field = Some("district".into());
    FormDefinition {
        service_id: "t".into(),
        steps: vec![
            Step {
                id: "applicant".into(),
                title: BilingualText::new("आवेदक", "Applicant"),
                intro: None,
                fields: vec![
                    field("name", FieldKind::HindiName),
                    field("aadhaar", FieldKind::Aadhaar),
                    place,
                    hospital,
                ],
            },
            Step {
                id: "address".into(),
                title: BilingualText::new("पता", "Address"),
                intro: None,
                fields: vec![field("district", FieldKind::District), tehsil],
            },
        ],
        declaration: BilingualText::new("घोषणा", "Declaration"),
        certificate: None,
    }
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
        .collect()
}

fn today() -> Date {
    Date::from_ymd(2026, 11, 28).unwrap()
}

#[test]
fn hidden_questions_are_neither_asked_nor_kept() {
    let form = sample();
    let home = answers(&[
        ("name", "रमेश कुमार"),
        ("aadhaar", "2341 2341 2346"),
        ("place", "home"),
        ("hospital", "AIIMS"),
        ("district", "sheopur"),
        ("tehsil", "Karahal"),
    ]);
    let clean = check_all(&form, &home, today(), &book()).expect("valid");
    assert!(!clean.contains_key("hospital"));
    assert_eq!(clean["aadhaar"], "234123412346");
    // A district without a known list takes a typed tehsil.
    assert_eq!(clean["tehsil"], "Karahal");
}

#[test]
fn a_shown_question_left_empty_is_a_problem() {
    let form = sample();
    let at_hospital = answers(&[
        ("name", "रमेश"),
        ("aadhaar", "234123412346"),
        ("place", "hospital"),
    ]);
    let problems = check_step(&form, &form.steps[0], &at_hospital, today(), &book()).unwrap_err();
    assert_eq!(
        problems,
        vec![FieldProblem {
            field: "hospital".into(),
            error: FieldError::Required
        }]
    );
    assert_eq!(
        first_unfinished_step(&form, &at_hospital, today(), &book()),
        Some(0)
    );
}

#[test]
fn places_must_be_known_where_the_list_is() {
    let form = sample();
    let wrong = answers(&[("district", "bhopal"), ("tehsil", "nowhere")]);
    let problems = check_step(&form, &form.steps[1], &wrong, today(), &book()).unwrap_err();
    assert_eq!(problems[0].error, FieldError::UnknownTehsil);
    let unknown = answers(&[("district", "atlantis")]);
    let problems = check_step(&form, &form.steps[1], &unknown, today(), &book()).unwrap_err();
    assert_eq!(problems[0].error, FieldError::UnknownDistrict);
}

#[test]
fn drafts_keep_what_is_valid_and_refuse_what_is_not() {
    let form = sample();
    let half = answers(&[("name", "रमेश"), ("place", "")]);
    assert_eq!(
        check_draft(&form, &half, today(), &book()).unwrap(),
        answers(&[("name", "रमेश")])
    );
    let stranger = answers(&[("password", "x")]);
    assert!(check_draft(&form, &stranger, today(), &book()).is_err());
    let bad = answers(&[("aadhaar", "123412341234")]);
    assert!(check_draft(&form, &bad, today(), &book()).is_err());
}

#[test]
fn aadhaar_is_split_out_and_masked() {
    let form = sample();
    let (open, secret) = split_sensitive(
        &form,
        &answers(&[("name", "रमेश"), ("aadhaar", "234123412346")]),
    );
    assert_eq!(open["aadhaar"], "XXXX XXXX 2346");
    assert_eq!(secret["aadhaar"], "234123412346");
    assert!(!open.values().any(|v| v.contains("234123412346")));
    assert_eq!(applicant_name(&form, &open), "रमेश");
}

#[test]
fn answers_are_shown_masked_labelled_and_grouped() {
    let form = sample();
    let aadhaar = form.field("aadhaar").unwrap();
    for typed in ["234123412346", "2341 2341 2346", "XXXX XXXX 2346"] {
        assert_eq!(
            shown_answer(aadhaar, typed, &book()),
            AnswerValue::Text("XXXX XXXX 2346".into()),
            "{typed}"
        );
    }
    let place = form.field("place").unwrap();
    assert_eq!(
        shown_answer(place, "home", &book()),
        AnswerValue::Choice(BilingualText::new("home", "home"))
    );
    let district = form.field("district").unwrap();
    assert_eq!(
        shown_answer(district, "bhopal", &book()),
        AnswerValue::Choice(BilingualText::new("भोपाल", "Bhopal"))
    );
    let tehsil = form.field("tehsil").unwrap();
    assert_eq!(
        shown_answer(tehsil, "huzur", &book()),
        AnswerValue::Choice(BilingualText::new("हुज़ूर", "Huzur"))
    );
    assert_eq!(
        shown_answer(place, "gone", &book()),
        AnswerValue::Text("gone".into()),
        "a choice since removed reads as stored"
    );
}
