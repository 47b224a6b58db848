use super::*;
use app::domain::form::{Field, FieldKind};

/// The services that must have a form of their own.
const OWN_FORMS: [&str; 8] = [
    "income-certificate",
    "domicile-certificate",
    "permanent-caste-certificate",
    "birth-certificate",
    "khasra-b1-copy",
    "undisputed-mutation",
    "character-verification",
    "trade-licence",
];

fn builtin() -> Forms {
    Forms::builtin().expect("the built-in forms load")
}

/// Every built-in definition, the generic one included.
fn all_forms() -> Vec<Arc<FormDefinition>> {
    let forms = builtin();
    let mut all: Vec<_> = forms.by_service.values().cloned().collect();
    all.push(forms.generic());
    all
}

fn has_devanagari(text: &str) -> bool {
    text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c))
}

#[test]
fn every_builtin_form_parses_and_keeps_the_rules() {
    for (file, text) in BUILTIN_FORMS {
        let form = parse_form(file, text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(format!("{}.toml", form.service_id), *file);
    }
    let forms = builtin();
    assert_eq!(forms.generic().service_id, GENERIC);
    assert_eq!(forms.by_service.len() + 1, BUILTIN_FORMS.len());
}

#[test]
fn every_form_file_in_the_folder_is_built_in() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/forms");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    on_disk.sort();
    let mut built_in: Vec<String> = BUILTIN_FORMS.iter().map(|(f, _)| f.to_string()).collect();
    built_in.sort();
    assert_eq!(on_disk, built_in, "list new form files in BUILTIN_FORMS");
}

#[test]
fn the_folder_loads_like_the_builtin_forms() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/forms");
    let loaded = Forms::load_dir(&dir).expect("the forms folder loads");
    let builtin = builtin();
    assert_eq!(loaded.own_forms(), builtin.own_forms());
    // The folder holds no tehsil list, so every tehsil answer there is free text.
    assert!(loaded.all_tehsils().is_empty());
}

#[test]
fn the_eight_services_have_their_own_forms() {
    let forms = builtin();
    for id in OWN_FORMS {
        assert!(forms.has_own_form(id), "{id} has no form of its own");
        assert_eq!(forms.for_service(id).service_id, id);
    }
    assert_eq!(forms.own_forms().len(), OWN_FORMS.len());
}

#[test]
fn every_form_is_for_a_catalogued_service() {
    let catalogue: toml::Table = toml::from_str(crate::seed::SAMPLE_SERVICES).unwrap();
    let ids: Vec<&str> = catalogue["service"]
        .as_array()
        .unwrap()
        .iter()
        .map(|service| service["id"].as_str().unwrap())
        .collect();
    for id in builtin().own_forms() {
        assert!(ids.contains(&id), "form for unknown service {id}");
    }
}

#[test]
fn other_services_get_the_generic_form_under_their_own_id() {
    let forms = builtin();
    let form = forms.for_service("tap-water-connection");
    assert_eq!(form.service_id, "tap-water-connection");
    assert_eq!(form.steps, forms.generic().steps);
    assert_eq!(form.declaration, forms.generic().declaration);
    assert!(!forms.has_own_form("tap-water-connection"));
    // The shared form itself keeps its id.
    assert_eq!(forms.generic().service_id, GENERIC);
}

#[test]
fn every_form_ends_with_a_documents_page_with_a_required_file() {
    for form in all_forms() {
        let last = form.steps.last().unwrap();
        assert_eq!(
            last.id, "documents",
            "{}: documents come last",
            form.service_id
        );
        assert!(
            last.fields
                .iter()
                .any(|f| f.kind == FieldKind::File && f.required && f.show_if.is_none()),
            "{}: the documents page needs a file every applicant must attach",
            form.service_id
        );
        for field in form.fields() {
            let on_documents = last.fields.iter().any(|f| f.id == field.id);
            assert_eq!(
                field.kind == FieldKind::File,
                on_documents,
                "{}: `{}`: files, and only files, go on the documents page",
                form.service_id,
                field.id
            );
        }
    }
}

#[test]
fn every_form_has_three_to_five_pages() {
    for form in all_forms() {
        assert!(
            (3..=5).contains(&form.steps.len()),
            "{}: {} pages",
            form.service_id,
            form.steps.len()
        );
    }
}

#[test]
fn every_condition_names_a_real_answer_of_an_earlier_question() {
    for form in all_forms() {
        let mut earlier: Vec<&Field> = Vec::new();
        for field in form.fields() {
            if let Some(condition) = &field.show_if {
                let source = earlier
                    .iter()
                    .find(|f| f.id == condition.field)
                    .unwrap_or_else(|| {
                        panic!(
                            "{}: `{}` depends on a later or unknown question",
                            form.service_id, field.id
                        )
                    });
                assert!(!condition.any_of.is_empty());
                for value in &condition.any_of {
                    let real = match source.kind {
                        FieldKind::Checkbox => value == "yes",
                        _ => source.options.iter().any(|choice| &choice.value == value),
                    };
                    assert!(
                        real,
                        "{}: `{}` waits for `{value}`, which `{}` cannot answer",
                        form.service_id, field.id, source.id
                    );
                }
                if source.kind == FieldKind::Checkbox {
                    assert!(
                        !source.required,
                        "{}: `{}` is required, so it is always ticked and `{}` always shows",
                        form.service_id, source.id, field.id
                    );
                }
            }
            earlier.push(field);
        }
    }
}

#[test]
fn every_question_has_labels_and_a_hint_in_both_languages() {
    for form in all_forms() {
        assert!(has_devanagari(&form.declaration.hi));
        for step in &form.steps {
            assert!(has_devanagari(&step.title.hi) && !step.title.en.trim().is_empty());
        }
        for field in form.fields() {
            let hint = field
                .hint
                .as_ref()
                .unwrap_or_else(|| panic!("{}: `{}` has no hint", form.service_id, field.id));
            for text in [&field.label, hint] {
                assert!(
                    has_devanagari(&text.hi) && !text.en.trim().is_empty(),
                    "{}: `{}` needs Hindi and English",
                    form.service_id,
                    field.id
                );
            }
            for choice in &field.options {
                assert!(
                    is_form_value(&choice.value),
                    "{}: `{}`: option value `{}` is not an ASCII slug",
                    form.service_id,
                    field.id,
                    choice.value
                );
                assert!(has_devanagari(&choice.label.hi) && !choice.label.en.trim().is_empty());
            }
            if !field.required {
                let says_so = ["यदि", "अगर"].iter().any(|w| field.label.hi.contains(w))
                    || field.kind == FieldKind::Checkbox
                    || field.show_if.is_some();
                assert!(
                    says_so,
                    "{}: optional `{}` should say so in its label",
                    form.service_id, field.id
                );
            }
        }
    }
}

fn is_form_value(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

#[test]
fn past_events_cannot_be_dated_in_the_future() {
    for form in all_forms() {
        for field in form.fields().filter(|f| f.kind == FieldKind::Date) {
            let past = ["birth", "death", "deed", "since"]
                .iter()
                .any(|word| field.id.contains(word));
            if past {
                assert!(
                    field.rules.not_future,
                    "{}: `{}`",
                    form.service_id, field.id
                );
            }
        }
        for field in form.fields().filter(|f| f.kind == FieldKind::Rupees) {
            assert!(
                field.rules.max_rupees.is_some(),
                "{}: `{}`",
                form.service_id,
                field.id
            );
        }
    }
}

#[test]
fn no_form_asks_for_the_applicants_mobile() {
    // The wizard verifies the applicant's own number with a code; a question would duplicate it.
    for form in all_forms() {
        for field in form.fields() {
            assert!(
                field.kind != FieldKind::Mobile && !field.id.contains("mobile"),
                "{}: `{}` asks for a mobile number",
                form.service_id,
                field.id
            );
        }
    }
}

/// A misspelt key (`requred`, `show-if`) is refused where the form is read, at start, naming
/// the file and the key: the form types deny unknown fields, so a deployment's own form folder
/// is checked as strictly as the built-in one.
#[test]
fn a_misspelt_key_at_any_level_is_refused_naming_it() {
    let (file, text) = BUILTIN_FORMS
        .iter()
        .find(|(file, _)| *file == "income-certificate.toml")
        .expect("the income certificate's form");
    let generic = BUILTIN_FORMS
        .iter()
        .copied()
        .find(|(file, _)| *file == "generic.toml")
        .expect("the generic form");
    for (from, to, named) in [
        ("service_id =", "service-id =", "service-id"),
        (
            "id = \"applicant\"\ntitle",
            "id = \"applicant\"\nheading",
            "heading",
        ),
        (
            "kind = \"radio\"",
            "kind = \"radio\"\nrequred = true",
            "requred",
        ),
        ("show_if = {", "show-if = {", "show-if"),
        ("any_of", "anyof", "anyof"),
        ("rules = { max_len", "rules = { max_length", "max_length"),
        ("value = \"self\"", "val = \"self\"", "val"),
        ("declaration = { hi", "declaration = { hindi", "hindi"),
        ("validity_source", "validity_sauce", "validity_sauce"),
    ] {
        assert!(text.contains(from), "the form no longer has `{from}`");
        let misspelt = text.replacen(from, to, 1);
        match Forms::parse([generic, (*file, misspelt.as_str())], TEHSILS_HEADER) {
            Err(error) => {
                let message = error.to_string();
                assert!(message.contains(file), "{message}");
                assert!(message.contains(named), "`{named}` not named: {message}");
            }
            Ok(_) => panic!("`{to}` was accepted"),
        }
    }
}

fn district_ids() -> Vec<String> {
    crate::seed::SAMPLE_DISTRICTS
        .lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.split('\t').next().unwrap().to_string())
        .collect()
}

#[test]
fn every_tehsil_list_belongs_to_a_known_district() {
    let districts = district_ids();
    let forms = builtin();
    assert!(!forms.tehsils.is_empty());
    for (district, list) in &forms.tehsils {
        assert!(
            districts.contains(district),
            "tehsils.tsv: unknown district {district}"
        );
        assert!(!list.is_empty());
        for tehsil in list {
            assert!(is_place_id(&tehsil.value));
            assert!(
                has_devanagari(&tehsil.label.hi),
                "{district}/{}",
                tehsil.value
            );
            assert!(tehsil.label.en.is_ascii(), "{district}/{}", tehsil.value);
        }
    }
}

#[test]
fn tehsils_are_looked_up_by_district() {
    let forms = builtin();
    assert!(forms.has_tehsil("bhopal", "huzur"));
    assert!(forms.has_tehsil("indore", "sanwer"));
    assert!(!forms.has_tehsil("bhopal", "sanwer"));
    let bhopal: Vec<&str> = forms
        .tehsils("bhopal")
        .iter()
        .map(|t| t.value.as_str())
        .collect();
    assert_eq!(bhopal, ["huzur", "kolar", "berasia"]);
    // Districts without a list: nothing to choose from, so the answer is typed.
    assert!(forms.tehsils("no-such-district").is_empty());
    assert!(!forms.has_tehsil("no-such-district", "huzur"));
    assert_eq!(forms.all_tehsils().len(), forms.tehsils.len());
}

#[test]
fn a_tehsil_list_is_checked_line_by_line() {
    let ok = "# comment\n\ndistrict_id\tid\tname_hi\tname_en\nbhopal\thuzur\tहुज़ूर\tHuzur\r\n";
    assert_eq!(parse_tehsils(ok).unwrap()["bhopal"].len(), 1);
    let line_of = |tsv: &str| match parse_tehsils(tsv) {
        Err(FormsError::Tehsils { line, .. }) => line,
        other => panic!("expected an error, got {other:?}"),
    };
    assert_eq!(line_of("id\tname\n"), 1);
    assert_eq!(line_of("# only a comment\n"), 1);
    let header = "district_id\tid\tname_hi\tname_en\n";
    assert_eq!(line_of(&format!("{header}bhopal\thuzur\tहुज़ूर\n")), 2);
    assert_eq!(line_of(&format!("{header}Bhopal\thuzur\tहुज़ूर\tHuzur\n")), 2);
    assert_eq!(line_of(&format!("{header}bhopal\thuzur\t\tHuzur\n")), 2);
    let twice = format!("{header}bhopal\thuzur\tहुज़ूर\tHuzur\nbhopal\thuzur\tहुज़ूर\tHuzur\n");
    assert_eq!(line_of(&twice), 3);
}

#[test]
fn a_bad_form_file_is_an_error_naming_the_file() {
    let generic = BUILTIN_FORMS[0];
    assert_eq!(generic.0, "generic.toml");
    let header = "district_id\tid\tname_hi\tname_en\n";

    let broken = Forms::parse([generic, ("trade-licence.toml", "service_id = ")], header);
    assert!(matches!(&broken, Err(FormsError::Parse { file, .. }) if file == "trade-licence.toml"));
    assert!(
        broken
            .unwrap_err()
            .to_string()
            .contains("trade-licence.toml")
    );

    // Parses, but a step id the wizard reserves.
    let reserved = generic.1.replacen("id = \"request\"", "id = \"check\"", 1);
    let invalid = Forms::parse([("generic.toml", reserved.as_str())], header);
    assert!(matches!(&invalid, Err(FormsError::Invalid { file, .. }) if file == "generic.toml"));

    // Named after another service.
    let misnamed = Forms::parse(
        [generic, ("tap-water-connection.toml", BUILTIN_FORMS[1].1)],
        header,
    );
    assert!(
        matches!(&misnamed, Err(FormsError::Misplaced { file, .. }) if file == "tap-water-connection.toml")
    );

    // No generic form.
    let none = Forms::parse([BUILTIN_FORMS[1]], header);
    assert!(matches!(none, Err(FormsError::NoGeneric)));
}

/// A deployment's own folder (`FORMS_DIR`) is read whole at start: the built-in forms copied
/// there load, and one misspelt key anywhere stops the load, naming the file and the key.
#[test]
fn a_deployment_s_form_folder_is_checked_whole_when_it_loads() {
    let dir = std::env::temp_dir().join(format!("jsp-forms-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in BUILTIN_FORMS {
        std::fs::write(dir.join(file), text).unwrap();
    }
    assert!(
        Forms::load_dir(&dir).is_ok(),
        "the built-in forms load from a folder"
    );
    let (file, text) = BUILTIN_FORMS
        .iter()
        .find(|(file, _)| *file == "trade-licence.toml")
        .expect("the trade licence's form");
    std::fs::write(dir.join(file), text.replacen("kind = ", "knd = ", 1)).unwrap();
    let loaded = Forms::load_dir(&dir);
    let Err(error) = loaded else {
        panic!("the misspelt key was accepted");
    };
    let message = error.to_string();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(message.contains(file), "{message}");
    assert!(message.contains("knd"), "{message}");
}
