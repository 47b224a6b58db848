//! Services found or browsed: ranked with the matched words marked, or grouped by department.

use crate::catalogue_state::LoadedCatalogue;
use crate::domain::browse::BrowseResult;
use crate::domain::language::Language;
use crate::domain::search::MatchedText;
use crate::i18n::*;
use crate::pages::services::highlighted::Highlighted;
use crate::pages::services::service_badges::ServiceBadges;
use crate::preferences::use_language;
use leptos::prelude::*;
use std::sync::Arc;

/// The results: grouped under department headings when browsing without a query, else one list
/// in rank order.
#[component]
pub fn ServiceResults(
    /// The catalogue the results index into.
    catalogue: Arc<LoadedCatalogue>,
    /// What to show, in order.
    results: Vec<BrowseResult>,
    /// Group under department headings.
    grouped: bool,
) -> impl IntoView {
    let language = use_language();
    if !grouped {
        let items = results
            .into_iter()
            .map(|r| view! { <ResultItem catalogue=catalogue.clone() result=r /> })
            .collect_view();
        return view! { <ul class="app-results">{items}</ul> }.into_any();
    }
    let mut groups: Vec<(usize, Vec<BrowseResult>)> = Vec::new();
    for result in results {
        let department = catalogue.index.services[result.service].department as usize;
        match groups.iter_mut().find(|(d, _)| *d == department) {
            Some((_, members)) => members.push(result),
            None => groups.push((department, vec![result])),
        }
    }
    groups.sort_by_key(|(department, _)| *department);
    groups
        .into_iter()
        .map(|(department, members)| {
            let dept = catalogue.index.departments[department].clone();
            let heading_id = format!("department-{}", dept.id);
            let labelled_by = heading_id.clone();
            let items = members
                .into_iter()
                .map(|r| view! { <ResultItem catalogue=catalogue.clone() result=r /> })
                .collect_view();
            view! {
                <section class="app-results__group" aria-labelledby=labelled_by>
                    <h2 class="app-results__department" id=heading_id>
                        {move || dept.name.get(language.get()).to_string()}
                    </h2>
                    <ul class="app-results">{items}</ul>
                </section>
            }
        })
        .collect_view()
        .into_any()
}

/// One service: its name as a link (matched words marked), its department, and what else
/// matched when the match was not in the name shown.
#[component]
fn ResultItem(catalogue: Arc<LoadedCatalogue>, result: BrowseResult) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let entry = catalogue.index.services[result.service].clone();
    let department = catalogue.index.departments[entry.department as usize]
        .name
        .clone();
    let href = format!("/services/{}", entry.id);
    let hit = result.hit.clone();
    let name_view = {
        let entry = entry.clone();
        let hit = hit.clone();
        move || {
            let language = language.get();
            let (name, shown) = match language {
                Language::Hi => (entry.name_hi.clone(), MatchedText::NameHi),
                Language::En => (entry.name_en.clone(), MatchedText::NameEn),
            };
            let ranges = hit
                .as_ref()
                .filter(|h| h.text == shown)
                .map(|h| h.highlights.clone())
                .unwrap_or_default();
            view! { <Highlighted text=name ranges /> }
        }
    };
    let also_matched = {
        let entry = entry.clone();
        move || {
            let hit = hit.clone()?;
            let (text, lang) = match hit.text {
                MatchedText::NameHi if language.get() == Language::En => {
                    (entry.name_hi.clone(), "hi")
                }
                MatchedText::NameEn if language.get() == Language::Hi => {
                    (entry.name_en.clone(), "en")
                }
                MatchedText::Keyword(k) => {
                    let keyword = entry.keywords.get(k)?.clone();
                    let lang = if crate::domain::search::normalize::is_devanagari(&keyword) {
                        "hi"
                    } else {
                        "en"
                    };
                    (keyword, lang)
                }
                _ => return None,
            };
            Some(view! {
                <span class="app-results__matched">
                    {tr!(i18n, catalogue.search.matched)} ": " <span lang=lang>
                        <Highlighted text ranges=hit.highlights />
                    </span>
                </span>
            })
        }
    };
    view! {
        <li class="app-results__item">
            <a class="app-results__link" href=href>
                <span>{name_view}</span>
            </a>
            <span class="app-results__department-name">
                {move || department.get(language.get()).to_string()}
            </span>
            {also_matched}
            <ServiceBadges samadhan_ek_din=entry.samadhan_ek_din channel=entry.channel() />
        </li>
    }
}
