//! Browsing and searching the whole catalogue in the browser: the compact payload the client
//! loads once, the filters that live in the address, and how they combine with the search.

use crate::domain::catalogue::{Channel, Department};
use crate::domain::life_event::LifeEvent;
use crate::domain::search::{SearchDoc, SearchHit, SearchIndex};
use serde::{Deserialize, Serialize};

fn is_false(value: &bool) -> bool {
    !*value
}

/// One service as the browser needs it to list, filter and search: short field names keep the
/// payload for the whole catalogue small for a phone on a slow connection.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueEntry {
    /// Stable slug.
    #[serde(rename = "i")]
    pub id: String,
    /// Index of its department in [`CatalogueIndex::departments`].
    #[serde(rename = "d")]
    pub department: u16,
    /// Hindi name.
    #[serde(rename = "h")]
    pub name_hi: String,
    /// English name.
    #[serde(rename = "e")]
    pub name_en: String,
    /// Everyday words for it.
    #[serde(rename = "k", default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Time limit in days.
    #[serde(rename = "t")]
    pub days: u32,
    /// Working days (true) or calendar days.
    #[serde(rename = "w", default, skip_serializing_if = "is_false")]
    pub working_days: bool,
    /// Only at a centre.
    #[serde(rename = "c", default, skip_serializing_if = "is_false")]
    pub centre_only: bool,
    /// Same-day service at centres.
    #[serde(rename = "s", default, skip_serializing_if = "is_false")]
    pub samadhan_ek_din: bool,
    /// Life events it belongs to.
    #[serde(rename = "l", default, skip_serializing_if = "Vec::is_empty")]
    pub life_events: Vec<LifeEvent>,
}

impl CatalogueEntry {
    /// How the service applies: online or at a centre only.
    pub fn channel(&self) -> Channel {
        if self.centre_only {
            Channel::Centre
        } else {
            Channel::Online
        }
    }

    /// What the search indexes of it.
    pub fn search_doc(&self) -> SearchDoc {
        SearchDoc {
            name_hi: self.name_hi.clone(),
            name_en: self.name_en.clone(),
            keywords: self.keywords.clone(),
            online: !self.centre_only,
        }
    }
}

/// The whole catalogue for browsing, in catalogue order (the most requested services first).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueIndex {
    /// Departments, in catalogue order.
    pub departments: Vec<Department>,
    /// Services, in catalogue order.
    pub services: Vec<CatalogueEntry>,
}

impl CatalogueIndex {
    /// The search index over these services.
    pub fn search_index(&self) -> SearchIndex {
        let docs: Vec<SearchDoc> = self
            .services
            .iter()
            .map(CatalogueEntry::search_doc)
            .collect();
        SearchIndex::new(&docs)
    }
}

/// What the citizen asked for on `/services`: a query and filters, all kept in the address so
/// a result can be shared and Back works.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BrowseFilter {
    /// Typed text (`q`).
    pub query: String,
    /// A life event (`event`).
    pub event: Option<LifeEvent>,
    /// A department id (`department`).
    pub department: Option<String>,
    /// Samadhan Ek Din services only (`same_day=1`).
    pub same_day: bool,
    /// Online or centre-only services only (`channel`).
    pub channel: Option<Channel>,
}

/// The longest query kept; the rest of a pasted text is dropped.
pub const MAX_QUERY_CHARS: usize = 200;

impl BrowseFilter {
    /// Reads the filter from the address's query parameters. Unknown values are ignored rather
    /// than refused: a mistyped link still shows services.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> BrowseFilter {
        BrowseFilter {
            query: get("q")
                .unwrap_or_default()
                .trim()
                .chars()
                .take(MAX_QUERY_CHARS)
                .collect(),
            event: get("event").as_deref().and_then(LifeEvent::from_key),
            department: get("department").filter(|d| is_department_id(d)),
            same_day: get("same_day").as_deref() == Some("1"),
            channel: get("channel").as_deref().and_then(Channel::parse),
        }
    }

    /// The address of `/services` with this filter.
    pub fn to_url(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.query.is_empty() {
            pairs.push(("q", self.query.clone()));
        }
        if let Some(event) = self.event {
            pairs.push(("event", event.key().into()));
        }
        if let Some(department) = &self.department {
            pairs.push(("department", department.clone()));
        }
        if self.same_day {
            pairs.push(("same_day", "1".into()));
        }
        if let Some(channel) = self.channel {
            pairs.push(("channel", channel.as_str().into()));
        }
        let query: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode_component(v)))
            .collect();
        if query.is_empty() {
            "/services".into()
        } else {
            format!("/services?{}", query.join("&"))
        }
    }

    /// Whether any filter (other than the query) is set.
    pub fn has_filters(&self) -> bool {
        self.filters_set() > 0
    }

    /// How many filters are set (the search text is not one): the phone's filter button says it.
    pub fn filters_set(&self) -> usize {
        [
            self.event.is_some(),
            self.department.is_some(),
            self.same_day,
            self.channel.is_some(),
        ]
        .into_iter()
        .filter(|set| *set)
        .count()
    }

    fn admits(&self, index: &CatalogueIndex, entry: &CatalogueEntry) -> bool {
        self.event
            .is_none_or(|event| entry.life_events.contains(&event))
            && self.department.as_ref().is_none_or(|department| {
                index
                    .departments
                    .get(entry.department as usize)
                    .is_some_and(|d| &d.id == department)
            })
            && (!self.same_day || entry.samadhan_ek_din)
            && self
                .channel
                .is_none_or(|channel| entry.channel() == channel)
    }
}

/// A service shown as a result: its position in the catalogue, and how it matched the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrowseResult {
    /// Index into [`CatalogueIndex::services`].
    pub service: usize,
    /// The match, when there was a query.
    pub hit: Option<SearchHit>,
}

/// The services the filter admits: ranked by the search when there is a query, else in
/// catalogue order.
pub fn browse(
    index: &CatalogueIndex,
    search: &SearchIndex,
    filter: &BrowseFilter,
) -> Vec<BrowseResult> {
    if filter.query.is_empty() {
        return (0..index.services.len())
            .filter(|&i| filter.admits(index, &index.services[i]))
            .map(|service| BrowseResult { service, hit: None })
            .collect();
    }
    search
        .search(&filter.query, index.services.len())
        .into_iter()
        .filter(|hit| filter.admits(index, &index.services[hit.doc]))
        .map(|hit| BrowseResult {
            service: hit.doc,
            hit: Some(hit),
        })
        .collect()
}

/// Whether text can be a department id: lowercase ASCII letters, digits, `_` and `-`
/// (`housing_env`), at most 64 characters.
fn is_department_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// Percent-encodes text for a query parameter (everything but unreserved characters).
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests;
