use super::*;
use crate::domain::language::BilingualText;

fn entry(
    id: &str,
    department: u16,
    name_hi: &str,
    name_en: &str,
    events: &[LifeEvent],
) -> CatalogueEntry {
    CatalogueEntry {
        id: id.into(),
        department,
        name_hi: name_hi.into(),
        name_en: name_en.into(),
        keywords: vec![],
        days: 3,
        working_days: true,
        centre_only: false,
        samadhan_ek_din: false,
        life_events: events.to_vec(),
    }
}

fn index() -> CatalogueIndex {
    let mut ayushman = entry(
        "ayushman-card",
        1,
        "आयुष्मान कार्ड",
        "Ayushman card",
        &[LifeEvent::Health],
    );
    ayushman.centre_only = true;
    let mut income = entry(
        "income-certificate",
        0,
        "आय प्रमाण पत्र",
        "Income certificate",
        &[LifeEvent::Education],
    );
    income.samadhan_ek_din = true;
    CatalogueIndex {
        departments: vec![
            Department {
                id: "gad".into(),
                name: BilingualText::new("सामान्य प्रशासन", "General Administration"),
            },
            Department {
                id: "health".into(),
                name: BilingualText::new("स्वास्थ्य", "Health"),
            },
        ],
        services: vec![
            income,
            entry(
                "birth-certificate",
                0,
                "जन्म प्रमाण पत्र",
                "Birth certificate",
                &[LifeEvent::BirthFamily],
            ),
            ayushman,
        ],
    }
}

fn ids(filter: &BrowseFilter) -> Vec<String> {
    let index = index();
    browse(&index, &index.search_index(), filter)
        .into_iter()
        .map(|r| index.services[r.service].id.clone())
        .collect()
}

#[test]
fn without_a_query_every_admitted_service_shows_in_catalogue_order() {
    assert_eq!(
        ids(&BrowseFilter::default()),
        vec!["income-certificate", "birth-certificate", "ayushman-card"]
    );
    let same_day = BrowseFilter {
        same_day: true,
        ..Default::default()
    };
    assert_eq!(ids(&same_day), vec!["income-certificate"]);
    let centre = BrowseFilter {
        channel: Some(Channel::Centre),
        ..Default::default()
    };
    assert_eq!(ids(&centre), vec!["ayushman-card"]);
    let health = BrowseFilter {
        department: Some("health".into()),
        ..Default::default()
    };
    assert_eq!(ids(&health), vec!["ayushman-card"]);
    let family = BrowseFilter {
        event: Some(LifeEvent::BirthFamily),
        ..Default::default()
    };
    assert_eq!(ids(&family), vec!["birth-certificate"]);
}

#[test]
fn filters_combine_with_the_search() {
    let online_certificates = BrowseFilter {
        query: "certificate".into(),
        channel: Some(Channel::Online),
        ..Default::default()
    };
    assert_eq!(
        ids(&online_certificates),
        vec!["income-certificate", "birth-certificate"]
    );
    let same_day_certificates = BrowseFilter {
        query: "praman patra".into(),
        same_day: true,
        ..Default::default()
    };
    assert_eq!(ids(&same_day_certificates), vec!["income-certificate"]);
}

#[test]
fn the_filter_round_trips_through_the_address() {
    let filter = BrowseFilter {
        query: "आय प्रमाण & more".into(),
        event: Some(LifeEvent::Education),
        department: Some("gad".into()),
        same_day: true,
        channel: Some(Channel::Online),
    };
    let url = filter.to_url();
    assert!(url.starts_with("/services?q=%E0%A4%86%E0%A4%AF"), "{url}");
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let pairs: Vec<(String, String)> = query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (k.to_string(), decode(v)))
        .collect();
    let read = BrowseFilter::from_params(|name| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    });
    assert_eq!(read, filter);
    assert_eq!(BrowseFilter::default().to_url(), "/services");
}

#[test]
fn unknown_filter_values_are_ignored_and_long_queries_cut() {
    let long = "अ".repeat(MAX_QUERY_CHARS + 50);
    let read = BrowseFilter::from_params(|name| match name {
        "event" => Some("weddings".into()),
        "channel" => Some("post".into()),
        "department" => Some("../x".into()),
        "q" => Some(long.clone()),
        _ => None,
    });
    assert_eq!(read.event, None);
    assert_eq!(read.channel, None);
    assert_eq!(read.department, None);
    assert_eq!(read.query.chars().count(), MAX_QUERY_CHARS);
    let underscored =
        BrowseFilter::from_params(|name| (name == "department").then(|| "housing_env".to_string()));
    assert_eq!(
        underscored.department.as_deref(),
        Some("housing_env"),
        "department ids may have underscores"
    );
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).expect("hex"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn the_filters_set_are_counted_without_the_search_text() {
    let mut filter = BrowseFilter {
        query: "aay".into(),
        ..BrowseFilter::default()
    };
    assert_eq!(filter.filters_set(), 0);
    assert!(!filter.has_filters());
    filter.same_day = true;
    filter.department = Some("revenue".into());
    assert_eq!(filter.filters_set(), 2);
    assert!(filter.has_filters());
}
