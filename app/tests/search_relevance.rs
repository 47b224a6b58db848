//! The relevance test set: realistic queries in every script and kind, each with the service the
//! citizen wants. The right service must be in the top three for at least 95% of them; hit@1
//! and the mean reciprocal rank are printed per kind (`cargo test --test search_relevance --
//! --nocapture`).

use app::domain::search::{SearchDoc, SearchIndex};
use std::collections::BTreeMap;

#[derive(serde::Deserialize)]
struct CatalogueFile {
    service: Vec<ServiceEntry>,
}

#[derive(serde::Deserialize)]
struct ServiceEntry {
    id: String,
    name_hi: String,
    name_en: String,
    channel: String,
    #[serde(default)]
    keywords: Vec<String>,
}

fn sample_catalogue() -> Vec<ServiceEntry> {
    let text = include_str!("../../server/data/catalogue/services.toml");
    toml::from_str::<CatalogueFile>(text)
        .expect("the sample catalogue parses")
        .service
}

#[derive(Default)]
struct Tally {
    queries: usize,
    hit1: usize,
    hit3: usize,
    reciprocal_ranks: f64,
}

#[test]
fn the_right_service_is_in_the_top_three_for_95_percent_of_queries() {
    let services = sample_catalogue();
    let docs: Vec<SearchDoc> = services
        .iter()
        .map(|s| SearchDoc {
            name_hi: s.name_hi.clone(),
            name_en: s.name_en.clone(),
            keywords: s.keywords.clone(),
            online: s.channel == "online",
        })
        .collect();
    let index = SearchIndex::new(&docs);
    let set = include_str!("data/search_relevance.tsv");
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    for line in set.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [query, expected, kind] = fields[..] else {
            panic!("bad line: {line:?}")
        };
        assert!(
            services.iter().any(|s| s.id == expected),
            "unknown service {expected}"
        );
        let ranked: Vec<&str> = index
            .search(query, 10)
            .iter()
            .map(|h| services[h.doc].id.as_str())
            .collect();
        let rank = ranked.iter().position(|id| *id == expected);
        for group in [kind, "all"] {
            let tally = by_kind.entry(group.to_string()).or_default();
            tally.queries += 1;
            tally.hit1 += usize::from(rank == Some(0));
            tally.hit3 += usize::from(rank.is_some_and(|r| r < 3));
            tally.reciprocal_ranks += rank.map_or(0.0, |r| 1.0 / (r as f64 + 1.0));
        }
        if rank.is_none_or(|r| r >= 3) {
            misses.push(format!(
                "  {query:?} wants {expected}, got {:?}",
                &ranked[..ranked.len().min(3)]
            ));
        }
    }
    println!("kind        queries  hit@1   hit@3   MRR");
    for (kind, t) in &by_kind {
        let n = t.queries as f64;
        println!(
            "{kind:<11} {:>7}  {:>5.1}%  {:>5.1}%  {:.3}",
            t.queries,
            100.0 * t.hit1 as f64 / n,
            100.0 * t.hit3 as f64 / n,
            t.reciprocal_ranks / n
        );
    }
    if !misses.is_empty() {
        println!("outside the top three:\n{}", misses.join("\n"));
    }
    let all = &by_kind["all"];
    assert!(
        all.queries >= 60,
        "the set needs at least 60 queries, has {}",
        all.queries
    );
    let hit3 = all.hit3 as f64 / all.queries as f64;
    assert!(hit3 >= 0.95, "hit@3 is {:.1}%, below 95%", 100.0 * hit3);
}
