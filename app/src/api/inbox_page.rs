//! One page of an officer's inbox: the applications matching a search by number or name, counted
//! by urgency, a page at a time, saying how many there are in all. A pure rule over the rows the
//! jurisdiction holds, run by the server; and which one to open after a decision.

use crate::api::case_types::{Inbox, InboxItem, Urgency, UrgencyCounts};

/// Applications on one page.
pub const INBOX_PAGE_SIZE: usize = 50;

/// Whether an application matches what the officer typed: part of its number (hyphens and case
/// ignored), or part of the applicant's name (case ignored). An empty search matches all.
pub fn matches_search(item: &InboxItem, search: &str) -> bool {
    let typed = search.trim();
    if typed.is_empty() {
        return true;
    }
    let plain = |text: &str| -> String {
        text.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_uppercase)
            .collect()
    };
    let number = plain(typed);
    (!number.is_empty() && plain(&item.number).contains(&number))
        || item
            .applicant_name
            .to_lowercase()
            .contains(&typed.to_lowercase())
}

/// The page `page` (from 1; past the last is the last) of the items matching `search`, with the
/// total and the counts by urgency over all of them. `capped` says the jurisdiction held more
/// rows than were read.
pub fn page_of(items: Vec<InboxItem>, search: &str, page: usize, capped: bool) -> Inbox {
    let matching: Vec<InboxItem> = items
        .into_iter()
        .filter(|item| matches_search(item, search))
        .collect();
    let mut counts = UrgencyCounts::default();
    for item in &matching {
        match item.urgency {
            Urgency::Overdue { .. } => counts.overdue += 1,
            Urgency::DueSoon => counts.due_soon += 1,
            Urgency::OnTime => counts.on_time += 1,
            Urgency::Waiting => counts.waiting += 1,
            Urgency::Done => counts.done += 1,
        }
    }
    let total = matching.len();
    let pages = total.div_ceil(INBOX_PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let items = matching
        .into_iter()
        .skip((page - 1) * INBOX_PAGE_SIZE)
        .take(INBOX_PAGE_SIZE)
        .collect();
    Inbox {
        items,
        total,
        page,
        pages,
        counts,
        capped,
    }
}

/// The application to open after deciding `after`: the first in the inbox's order that is still
/// to be decided, other than `after` itself.
pub fn next_to_decide<'a>(items: &'a [InboxItem], after: &str) -> Option<&'a InboxItem> {
    items.iter().find(|item| {
        item.number != after
            && matches!(
                item.urgency,
                Urgency::Overdue { .. } | Urgency::DueSoon | Urgency::OnTime
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::Date;
    use crate::domain::status::Status;

    fn item(number: &str, name: &str, urgency: Urgency) -> InboxItem {
        InboxItem {
            number: number.into(),
            service_id: "income-certificate".into(),
            applicant_name: name.into(),
            district_id: "bhopal".into(),
            status: Status::Received,
            received_on: Date::from_ymd(2026, 12, 1).unwrap(),
            due_on: None,
            urgency,
        }
    }

    #[test]
    fn a_search_finds_by_part_of_the_number_or_the_name() {
        let ramesh = item("MP26-4821-7735-2", "रमेश कुमार", Urgency::OnTime);
        assert!(matches_search(&ramesh, ""));
        assert!(matches_search(&ramesh, "4821-77"));
        assert!(matches_search(&ramesh, "mp2648217735"));
        assert!(matches_search(&ramesh, "रमेश"));
        assert!(!matches_search(&ramesh, "सुनीता"));
        let sunita = item("MP26-1111-2222-3", "Sunita Bai", Urgency::OnTime);
        assert!(matches_search(&sunita, "sunita"));
    }

    #[test]
    fn pages_hold_fifty_and_say_the_total_and_the_urgencies() {
        let items: Vec<InboxItem> = (0..120)
            .map(|i| {
                let urgency = match i % 3 {
                    0 => Urgency::Overdue { days: 2 },
                    1 => Urgency::DueSoon,
                    _ => Urgency::Waiting,
                };
                item(&format!("MP26-0000-{i:04}-0"), "नाम", urgency)
            })
            .collect();
        let first = page_of(items.clone(), "", 1, false);
        assert_eq!(first.items.len(), 50);
        assert_eq!((first.total, first.page, first.pages), (120, 1, 3));
        assert_eq!(first.counts.overdue, 40);
        assert_eq!(first.counts.due_soon, 40);
        assert_eq!(first.counts.waiting, 40);
        let last = page_of(items.clone(), "", 9, true);
        assert_eq!((last.page, last.items.len()), (3, 20));
        assert!(last.capped);
        let found = page_of(items, "0000-0007", 1, false);
        assert_eq!(found.total, 1);
        assert_eq!(
            found.counts.overdue + found.counts.due_soon + found.counts.waiting,
            1
        );
        let none = page_of(Vec::new(), "", 1, false);
        assert_eq!((none.total, none.page, none.pages), (0, 1, 1));
    }

    #[test]
    fn the_next_application_is_the_first_still_to_decide_other_than_this_one() {
        let items = vec![
            item("MP26-0000-0001-0", "क", Urgency::Overdue { days: 3 }),
            item("MP26-0000-0002-0", "ख", Urgency::DueSoon),
            item("MP26-0000-0003-0", "ग", Urgency::Waiting),
            item("MP26-0000-0004-0", "घ", Urgency::OnTime),
        ];
        let next = |after: &str| next_to_decide(&items, after).map(|i| i.number.as_str());
        assert_eq!(next("MP26-0000-0001-0"), Some("MP26-0000-0002-0"));
        assert_eq!(next("MP26-0000-0002-0"), Some("MP26-0000-0001-0"));
        let done = vec![
            item("MP26-0000-0001-0", "क", Urgency::Done),
            item("MP26-0000-0003-0", "ग", Urgency::Waiting),
        ];
        assert!(next_to_decide(&done, "MP26-0000-0009-0").is_none());
        assert!(next_to_decide(&items[..1], "MP26-0000-0001-0").is_none());
    }
}
