use super::*;

fn text(id: &str) -> Field {
    Field::new(id, FieldKind::Text, BilingualText::new("नाम", "Name"))
}

fn radio(id: &str, values: &[&str]) -> Field {
    Field {
        kind: FieldKind::Radio,
        options: values
            .iter()
            .map(|v| Choice {
                value: (*v).into(),
                label: BilingualText::new(*v, *v),
            })
            .collect(),
        ..text(id)
    }
}

fn form(fields: Vec<Field>) -> FormDefinition {
    FormDefinition {
        service_id: "test".into(),
        steps: vec![Step {
            id: "one".into(),
            title: BilingualText::new("एक", "One"),
            intro: None,
            fields,
        }],
        declaration: BilingualText::new("घोषणा", "Declaration"),
        certificate: None,
    }
}

#[test]
fn a_well_formed_form_passes() {
    let mut place = radio("place", &["hospital", "home"]);
    place.id = "place".into();
    let mut hospital = text("hospital");
    hospital.show_if = Some(Condition {
        field: "place".into(),
        any_of: vec!["hospital".into()],
    });
    assert_eq!(form(vec![place, hospital]).check(), Ok(()));
}

#[test]
fn repeated_ids_and_reserved_steps_fail() {
    assert!(form(vec![text("a"), text("a")]).check().is_err());
    let mut reserved = form(vec![text("a")]);
    reserved.steps[0].id = "check".into();
    assert!(reserved.check().is_err());
    assert!(form(vec![text("Bad-Id")]).check().is_err());
}

#[test]
fn conditions_must_point_back_to_real_choices() {
    let mut later = text("later");
    later.show_if = Some(Condition {
        field: "choice".into(),
        any_of: vec!["yes".into()],
    });
    // The choice comes after the question it controls.
    assert!(
        form(vec![later.clone(), radio("choice", &["yes", "no"])])
            .check()
            .is_err()
    );
    // A value the choice does not offer.
    let mut unknown = later.clone();
    unknown.show_if.as_mut().unwrap().any_of = vec!["maybe".into()];
    assert!(
        form(vec![radio("choice", &["yes", "no"]), unknown])
            .check()
            .is_err()
    );
    assert_eq!(
        form(vec![radio("choice", &["yes", "no"]), later]).check(),
        Ok(())
    );
}

#[test]
fn choices_belong_to_choice_questions_and_tehsils_follow_a_district() {
    assert!(form(vec![radio("r", &[])]).check().is_err());
    let mut with_options = radio("t", &["a"]);
    with_options.kind = FieldKind::Text;
    assert!(form(vec![with_options]).check().is_err());
    let mut tehsil = text("tehsil");
    tehsil.kind = FieldKind::Tehsil;
    tehsil.district_field = Some("district".into());
    assert!(form(vec![tehsil.clone()]).check().is_err());
    let mut district = text("district");
    district.kind = FieldKind::District;
    assert_eq!(form(vec![district, tehsil]).check(), Ok(()));
}

#[test]
fn only_aadhaar_is_sensitive() {
    assert!(FieldKind::Aadhaar.is_sensitive());
    assert!(!FieldKind::Mobile.is_sensitive());
    assert_eq!(applicant_mobile_field().kind, FieldKind::Mobile);
}
