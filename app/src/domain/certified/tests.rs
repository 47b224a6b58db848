use super::*;
use crate::domain::form::{Choice, Condition, Field, Step};

struct NoPlaces;

impl Places for NoPlaces {
    fn is_district(&self, _: &str) -> bool {
        false
    }
    fn tehsils(&self, _: &str) -> Option<&[Choice]> {
        None
    }
    fn district_name(&self, _: &str) -> Option<&BilingualText> {
        None
    }
    fn all_tehsils(&self) -> Box<dyn Iterator<Item = &[Choice]> + '_> {
        Box::new(std::iter::empty())
    }
}

fn field(id: &str, kind: FieldKind) -> Field {
    Field::new(id, kind, BilingualText::new(format!("{id} हि"), id))
}

fn income_form() -> FormDefinition {
    let mut source = field("income_source", FieldKind::Radio);
    source.options = vec![
        Choice {
            value: "farming".into(),
            label: BilingualText::new("खेती-किसानी", "Farming"),
        },
        Choice {
            value: "other".into(),
            label: BilingualText::new("अन्य", "Other"),
        },
    ];
    let mut other = field("income_source_other", FieldKind::Text);
    other.show_if = Some(Condition {
        field: "income_source".into(),
        any_of: vec!["other".into()],
    });
    FormDefinition {
        service_id: "income-certificate".into(),
        steps: vec![Step {
            id: "income".into(),
            title: BilingualText::new("आय", "Income"),
            intro: None,
            fields: vec![
                field("father_name", FieldKind::HindiName),
                field("aadhaar", FieldKind::Aadhaar),
                source,
                other,
                field("annual_income", FieldKind::Rupees),
                field("financial_year", FieldKind::Text),
                field("photo", FieldKind::File),
            ],
        }],
        declaration: BilingualText::new("घोषणा", "Declaration"),
        certificate: None,
    }
}

fn fact(id: &str, public: bool) -> FactSpec {
    FactSpec {
        field: id.into(),
        label: None,
        public,
    }
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
        .collect()
}

#[test]
fn the_certificate_states_the_amount_the_year_and_the_parent_under_their_labels() {
    let spec = CertificateSpec {
        facts: vec![
            fact("father_name", false),
            fact("income_source", true),
            fact("income_source_other", true),
            FactSpec {
                field: "annual_income".into(),
                label: Some(BilingualText::new(
                    "परिवार की वार्षिक आय",
                    "Family's yearly income",
                )),
                public: true,
            },
            fact("financial_year", true),
        ],
        ..CertificateSpec::default()
    };
    let form = income_form();
    assert_eq!(spec.check(&form), Ok(()));
    let given = answers(&[
        ("father_name", "रामलाल शर्मा"),
        ("income_source", "farming"),
        ("income_source_other", "left over from an earlier choice"),
        ("annual_income", "84000"),
        ("financial_year", "2025-26"),
    ]);
    let facts = spec.facts(&form, &given, &NoPlaces);
    let shown: Vec<(&str, &str, &str, bool)> = facts
        .iter()
        .map(|f| {
            (
                f.label.en.as_str(),
                f.value.hi.as_str(),
                f.value.en.as_str(),
                f.public,
            )
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            ("father_name", "रामलाल शर्मा", "रामलाल शर्मा", false),
            ("income_source", "खेती-किसानी", "Farming", true),
            ("Family's yearly income", "₹84,000", "₹84,000", true),
            ("financial_year", "2025-26", "2025-26", true),
        ],
        "a hidden question's stale answer is not certified"
    );
}

#[test]
fn an_unanswered_fact_is_left_out() {
    let spec = CertificateSpec {
        facts: vec![fact("father_name", false), fact("financial_year", true)],
        ..CertificateSpec::default()
    };
    let facts = spec.facts(
        &income_form(),
        &answers(&[("financial_year", "2025-26"), ("father_name", "  ")]),
        &NoPlaces,
    );
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0].label.en, "financial_year");
}

#[test]
fn a_certificate_never_states_a_secret_or_a_document_or_an_unknown_question() {
    let form = income_form();
    for bad in [
        vec![fact("aadhaar", false)],
        vec![fact("photo", false)],
        vec![fact("no_such_question", true)],
        vec![fact("financial_year", true), fact("financial_year", false)],
    ] {
        let spec = CertificateSpec {
            facts: bad.clone(),
            ..CertificateSpec::default()
        };
        assert!(spec.check(&form).is_err(), "{bad:?}");
    }
    let both = CertificateSpec {
        valid_months: Some(12),
        valid_for_life: true,
        ..CertificateSpec::default()
    };
    assert!(both.check(&form).is_err());
}

#[test]
fn validity_runs_to_the_day_before_the_same_date_months_later() {
    let issued = Date::from_ymd(2026, 12, 1).unwrap();
    let three_years = CertificateSpec {
        valid_months: Some(36),
        ..CertificateSpec::default()
    };
    assert_eq!(
        three_years.validity(issued),
        Some(Validity::Until(Date::from_ymd(2029, 11, 30).unwrap()))
    );
    let for_life = CertificateSpec {
        valid_for_life: true,
        ..CertificateSpec::default()
    };
    assert_eq!(for_life.validity(issued), Some(Validity::ForLife));
    assert_eq!(CertificateSpec::default().validity(issued), None);
}

#[test]
fn months_are_added_on_the_calendar() {
    let d = |y, m, day| Date::from_ymd(y, m, day).unwrap();
    assert_eq!(add_months(d(2025, 1, 31), 1), d(2025, 2, 28));
    assert_eq!(add_months(d(2024, 2, 29), 12), d(2025, 2, 28));
    assert_eq!(add_months(d(2026, 11, 15), 2), d(2027, 1, 15));
    assert_eq!(add_months(d(2026, 12, 1), 36), d(2029, 12, 1));
}

#[test]
fn rupees_are_grouped_as_india_writes_them() {
    use crate::domain::answers::format_rupees;
    assert_eq!(format_rupees(0), "₹0");
    assert_eq!(format_rupees(999), "₹999");
    assert_eq!(format_rupees(84_000), "₹84,000");
    assert_eq!(format_rupees(120_000), "₹1,20,000");
    assert_eq!(format_rupees(10_000_000), "₹1,00,00,000");
}
