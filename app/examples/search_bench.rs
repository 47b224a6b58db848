//! How fast the search answers over a large catalogue: builds the 5,000-service generated
//! catalogue's index (timed), then runs a mix of queries of every kind citizens type, derived
//! from the generated names (whole names in both scripts, prefixes as typed, Hindi typed in
//! Latin letters in people's spellings, English words, typos, keywords, and several words with
//! filler words), each several times, and prints p50/p95/p99/max per query in microseconds,
//! overall and per kind, and queries per second. The search is called as `browse` calls it
//! (limit = every service).
//!
//! Prints figures; asserts nothing. `cargo run --release -p app --example search_bench`
//! (options: `-- --services 5000 --queries-per-kind 60 --runs 10 --seed 2010`).

#[path = "support/generated_catalogue.rs"]
mod generated_catalogue;

use app::domain::browse::{CatalogueEntry, CatalogueIndex};
use app::domain::search::SearchIndex;
use generated_catalogue::{Rng, generated_catalogue};
use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Instant;

/// The goal for one query, at the 95th percentile.
const GOAL_P95_US: f64 = 1_000.0;

// ---------------------------------------------------------------------------------------------
// Hindi typed in Latin letters, the way people spell it.

/// One person's habits: whether long vowels are doubled (aa, ee, oo), व is w, क्ष is x, and a
/// word's final inherent a is written after a conjunct (पत्र: patra or patr) and after a single
/// consonant (प्रमाण: praman, rarely pramana).
struct Style {
    double_long: bool,
    w_for_v: bool,
    x_for_ksh: bool,
    final_a: bool,
    final_a_plain: bool,
}

impl Style {
    fn random(rng: &mut Rng) -> Style {
        Style {
            double_long: rng.chance(0.5),
            w_for_v: rng.chance(0.4),
            x_for_ksh: rng.chance(0.3),
            final_a: rng.chance(0.6),
            final_a_plain: rng.chance(0.1),
        }
    }
}

fn consonant(c: char, style: &Style) -> Option<&'static str> {
    Some(match c {
        'क' | '\u{0958}' => "k",
        'ख' | '\u{0959}' => "kh",
        'ग' | '\u{095A}' => "g",
        'घ' => "gh",
        'ङ' | 'ञ' | 'ण' | 'न' | '\u{0929}' => "n",
        'च' => "ch",
        'छ' => "chh",
        'ज' => "j",
        '\u{095B}' => "z",
        'झ' => "jh",
        'ट' | 'त' => "t",
        'ठ' | 'थ' => "th",
        'ड' | 'द' => "d",
        '\u{095C}' => "r",
        'ढ' | 'ध' => "dh",
        '\u{095D}' => "rh",
        'प' => "p",
        'फ' => "ph",
        '\u{095E}' => "f",
        'ब' => "b",
        'भ' => "bh",
        'म' => "m",
        'य' | '\u{095F}' => "y",
        'र' | '\u{0931}' => "r",
        'ल' | 'ळ' => "l",
        'व' => {
            if style.w_for_v {
                "w"
            } else {
                "v"
            }
        }
        'श' | 'ष' => "sh",
        'स' => "s",
        'ह' => "h",
        _ => return None,
    })
}

fn vowel(c: char, style: &Style) -> Option<&'static str> {
    let long = style.double_long;
    Some(match c {
        'अ' => "a",
        'आ' | 'ा' => {
            if long {
                "aa"
            } else {
                "a"
            }
        }
        'इ' | 'ि' => "i",
        'ई' | 'ी' => {
            if long {
                "ee"
            } else {
                "i"
            }
        }
        'उ' | 'ु' => "u",
        'ऊ' | 'ू' => {
            if long {
                "oo"
            } else {
                "u"
            }
        }
        'ऋ' | 'ृ' => "ri",
        'ए' | 'े' | 'ॅ' => "e",
        'ऐ' | 'ै' => "ai",
        'ओ' | 'ो' | 'ऑ' | 'ॉ' => "o",
        'औ' | 'ौ' => "au",
        _ => return None,
    })
}

fn is_matra(c: char) -> bool {
    ('\u{093E}'..='\u{094C}').contains(&c)
}

/// Hindi in Devanagari as a person would type it in Latin letters (आय प्रमाण पत्र → "aay
/// pramaan patra" or "aay praman patr").
fn romanise(text: &str, style: &Style) -> String {
    // A letter with a nukta sign is the precomposed letter (ज + ़ = ज़); joiners are dropped.
    let mut chars: Vec<char> = Vec::new();
    for c in text.chars() {
        match c {
            '\u{093C}' => {
                if let Some(last) = chars.last_mut() {
                    *last = match *last {
                        'क' => '\u{0958}',
                        'ख' => '\u{0959}',
                        'ग' => '\u{095A}',
                        'ज' => '\u{095B}',
                        'ड' => '\u{095C}',
                        'ढ' => '\u{095D}',
                        'फ' => '\u{095E}',
                        'य' => '\u{095F}',
                        other => other,
                    };
                }
            }
            '\u{200C}' | '\u{200D}' => {}
            other => chars.push(other),
        }
    }
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == 'क' && chars.get(i + 1) == Some(&'्') && chars.get(i + 2) == Some(&'ष') {
            out.push_str(if style.x_for_ksh { "x" } else { "ksh" });
            i += 2;
        } else if c == 'ज' && chars.get(i + 1) == Some(&'्') && chars.get(i + 2) == Some(&'ञ')
        {
            out.push_str("gy");
            i += 2;
        } else if let Some(latin) = consonant(c, style) {
            out.push_str(latin);
        } else if let Some(latin) = vowel(c, style) {
            out.push_str(latin);
            i += 1;
            continue;
        } else if c == 'ं' || c == 'ँ' {
            let before_labial = chars
                .get(i + 1)
                .is_some_and(|n| matches!(n, 'प' | 'फ' | 'ब' | 'भ' | 'म'));
            out.push(if before_labial { 'm' } else { 'n' });
            i += 1;
            continue;
        } else if c == 'ः' {
            i += 1;
            continue;
        } else {
            // Spaces, digits, Latin letters and punctuation as they are.
            if c.is_ascii() || c.is_alphanumeric() {
                out.push(c);
            } else {
                out.push(' ');
            }
            i += 1;
            continue;
        }
        // After a consonant: a vowel sign, a virama, or the inherent a.
        match chars.get(i + 1) {
            Some(&next) if is_matra(next) => {
                out.push_str(vowel(next, style).unwrap_or(""));
                i += 2;
            }
            Some('्') => i += 2,
            next => {
                let word_ends =
                    next.is_none_or(|n| !('\u{0900}'..='\u{097F}').contains(n) || *n == '।');
                let conjunct = i >= 1 && chars[i - 1] == '्';
                if !word_ends || (conjunct && style.final_a) || (!conjunct && style.final_a_plain) {
                    out.push('a');
                }
                i += 1;
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------------------------------------
// Queries.

const KINDS: [&str; 8] = [
    "exact-hi", "exact-en", "prefix", "latin", "english", "typo", "keyword", "multi",
];

const STOP: &[&str] = &[
    "of", "a", "an", "the", "for", "in", "on", "to", "and", "or", "up", "rs", "by",
];

struct Query {
    kind: &'static str,
    text: String,
    /// The service it was made from.
    target: usize,
}

/// The name without its qualifiers ("(घरेलू, नगर निगम)"): people rarely type them.
fn without_qualifiers(name: &str) -> &str {
    name.split('(').next().unwrap_or(name).trim()
}

fn english_words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .map(|w| w.trim_matches('-').to_lowercase())
        .filter(|w| w.len() >= 2 && !STOP.contains(&w.as_str()))
        .collect()
}

/// A few consecutive words of a list.
fn some_words(words: &[String], rng: &mut Rng, most: usize) -> String {
    if words.is_empty() {
        return String::new();
    }
    let take = 1 + rng.below(most.min(words.len()));
    let from = rng.below(words.len() - take + 1);
    words[from..from + take].join(" ")
}

/// Latin keys that sit next to each other, for a slipped finger.
const NEIGHBOURS: &[(char, &str)] = &[
    ('a', "sqz"),
    ('b', "vn"),
    ('c', "xv"),
    ('d', "sf"),
    ('e', "wr"),
    ('f', "dg"),
    ('g', "fh"),
    ('h', "gj"),
    ('i', "uo"),
    ('j', "hk"),
    ('k', "jl"),
    ('l', "k"),
    ('m', "n"),
    ('n', "bm"),
    ('o', "ip"),
    ('p', "o"),
    ('r', "et"),
    ('s', "ad"),
    ('t', "ry"),
    ('u', "yi"),
    ('v', "cb"),
    ('w', "qe"),
    ('y', "tu"),
];

/// One typo in one word: a letter dropped, two swapped, or one replaced (a neighbouring key; in
/// Devanagari a short/long vowel sign swapped or the virama dropped).
fn typo(word: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    if chars.len() < 2 {
        return word.to_string();
    }
    let devanagari = chars.iter().any(|c| ('\u{0900}'..='\u{097F}').contains(c));
    match rng.below(3) {
        0 => {
            let at = 1 + rng.below(chars.len() - 1);
            chars.remove(at);
        }
        1 => {
            let at = rng.below(chars.len() - 1);
            chars.swap(at, at + 1);
        }
        _ => {
            if devanagari {
                let swaps = [
                    ('ि', 'ी'),
                    ('ी', 'ि'),
                    ('ु', 'ू'),
                    ('ू', 'ु'),
                    ('े', 'ै'),
                    ('ा', 'ि'),
                ];
                if let Some(at) = chars.iter().position(|&c| c == '्') {
                    chars.remove(at);
                } else if let Some((at, to)) = chars
                    .iter()
                    .enumerate()
                    .find_map(|(i, c)| swaps.iter().find(|(f, _)| f == c).map(|(_, t)| (i, *t)))
                {
                    chars[at] = to;
                } else {
                    let at = 1 + rng.below(chars.len() - 1);
                    chars.remove(at);
                }
            } else {
                let at = rng.below(chars.len());
                let c = chars[at].to_ascii_lowercase();
                let options = NEIGHBOURS
                    .iter()
                    .find(|(k, _)| *k == c)
                    .map(|(_, n)| *n)
                    .unwrap_or("e");
                let replacement: Vec<char> = options.chars().collect();
                chars[at] = *rng.pick(&replacement);
            }
        }
    }
    chars.into_iter().collect()
}

fn make_query(kind: &'static str, target: usize, s: &CatalogueEntry, rng: &mut Rng) -> Query {
    let style = Style::random(rng);
    let hi = if rng.chance(0.7) {
        without_qualifiers(&s.name_hi)
    } else {
        s.name_hi.as_str()
    };
    let text = match kind {
        "exact-hi" => s.name_hi.clone(),
        "exact-en" => s.name_en.clone(),
        "prefix" => {
            let name = if rng.chance(0.5) {
                &s.name_hi
            } else {
                &s.name_en
            };
            let take = 3 + rng.below(6);
            let text: String = name.chars().take(take).collect();
            if rng.chance(0.5) {
                text.to_lowercase()
            } else {
                text
            }
        }
        "latin" => romanise(hi, &style),
        "english" => some_words(&english_words(without_qualifiers(&s.name_en)), rng, 2),
        "typo" => {
            let words: Vec<String> = match rng.below(3) {
                0 => english_words(without_qualifiers(&s.name_en)),
                1 => romanise(hi, &style)
                    .split(' ')
                    .map(str::to_string)
                    .collect(),
                _ => hi.split_whitespace().map(str::to_string).collect(),
            };
            let mut words: Vec<String> = if words.len() > 3 {
                let from = rng.below(words.len() - 2);
                words[from..from + 3].to_vec()
            } else {
                words
            };
            let long: Vec<usize> = (0..words.len())
                .filter(|&i| words[i].chars().count() >= 5)
                .collect();
            if let Some(&at) = (!long.is_empty()).then(|| rng.pick(&long)) {
                words[at] = typo(&words[at], rng);
            } else if let Some(word) = words.first_mut() {
                *word = typo(word, rng);
            }
            words.join(" ")
        }
        "keyword" => {
            if s.keywords.is_empty() {
                s.name_en.to_lowercase()
            } else {
                rng.pick(&s.keywords).clone()
            }
        }
        _ => {
            let en = without_qualifiers(&s.name_en).to_lowercase();
            let latin = romanise(hi, &style);
            match rng.below(6) {
                0 => format!("{latin} kaise banaye"),
                1 => format!("mera {latin} ke liye aavedan"),
                2 => format!("how to apply for {en}"),
                3 => format!("{} online form", some_words(&english_words(&en), rng, 3)),
                4 => format!("{hi} के लिए आवेदन कैसे करें"),
                _ => format!("मेरा {hi} कैसे बनवाएं"),
            }
        }
    };
    Query { kind, text, target }
}

// ---------------------------------------------------------------------------------------------
// Figures.

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[derive(Default)]
struct Tally {
    queries: usize,
    times_us: Vec<f64>,
    /// Each query's fastest run: what it costs when nothing else competes for the CPU.
    best_us: Vec<f64>,
    hits: usize,
    found: usize,
}

/// The median time of one query, in microseconds, and its hit count.
fn time_query(index: &SearchIndex, text: &str, n: usize, runs: usize) -> (f64, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut hits = 0;
    for _ in 0..runs {
        let start = Instant::now();
        hits = black_box(index.search(black_box(text), n)).len();
        times.push(start.elapsed().as_secs_f64() * 1e6);
    }
    times.sort_by(f64::total_cmp);
    (percentile(&times, 50.0), hits)
}

/// Where the time goes, without a profiler: a made-up word that matches nothing costs only the
/// lookups and the typo scan over the indexed words of about its length; the catalogue's most
/// common words cost that plus crediting and ranking every service that holds them.
fn anatomy(catalogue: &CatalogueIndex, index: &SearchIndex, runs: usize) {
    use app::domain::search::normalize::words;
    let n = catalogue.services.len();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for s in &catalogue.services {
        let mut seen = std::collections::HashSet::new();
        for text in [&s.name_hi, &s.name_en]
            .into_iter()
            .chain(s.keywords.iter())
        {
            for word in words(text) {
                if seen.insert(word.folded.clone()) {
                    *counts.entry(word.folded).or_default() += 1;
                }
            }
        }
    }
    let devanagari = counts
        .keys()
        .filter(|w| w.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)))
        .count();
    println!();
    println!(
        "index vocabulary: {} distinct folded words ({} Devanagari, {} Latin), also indexed as joined pairs",
        counts.len(),
        devanagari,
        counts.len() - devanagari
    );
    println!("cost anatomy (median of {runs} runs each):");
    for word in ["bdfg", "bdfgjk", "bdfgjklm", "bdfgjklmnp"] {
        let (us, hits) = time_query(index, word, n, runs);
        println!(
            "  {:>7.0} us {:>5} hits  no match, {:>2} letters: lookups + typo scan only  \"{word}\"",
            us,
            hits,
            word.len()
        );
    }
    let mut common: Vec<(&String, &usize)> = counts.iter().collect();
    common.sort_by(|a, b| b.1.cmp(a.1));
    for (word, services) in common
        .iter()
        .filter(|(w, _)| w.chars().count() >= 4)
        .take(4)
    {
        let (us, hits) = time_query(index, word, n, runs);
        println!(
            "  {:>7.0} us {:>5} hits  common word in {services} services  \"{word}\"",
            us, hits
        );
    }
}

fn arg(args: &[String], name: &str, default: u64) -> u64 {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let services = arg(&args, "--services", 5_000) as usize;
    let per_kind = arg(&args, "--queries-per-kind", 60) as usize;
    let runs = arg(&args, "--runs", 10).max(1) as usize;
    let seed = arg(&args, "--seed", 2010);

    let catalogue: CatalogueIndex = generated_catalogue(services, seed);
    let n = catalogue.services.len();

    // The index, built as the browser builds it once the catalogue has loaded.
    let mut builds = Vec::new();
    let mut index: Option<SearchIndex> = None;
    for _ in 0..5 {
        let start = Instant::now();
        let built = black_box(catalogue.search_index());
        builds.push(start.elapsed().as_secs_f64() * 1e3);
        index = Some(built);
    }
    let index = index.expect("built above");
    builds.sort_by(f64::total_cmp);

    let mut rng = Rng::new(seed ^ 0xBE4C);
    let mut queries: Vec<Query> = Vec::new();
    for kind in KINDS {
        for _ in 0..per_kind {
            let target = rng.below(n);
            let query = make_query(kind, target, &catalogue.services[target], &mut rng);
            if !query.text.trim().is_empty() {
                queries.push(query);
            }
        }
    }

    // Warm up once, then time every run of every query on its own.
    for q in &queries {
        black_box(index.search(&q.text, n));
    }
    let mut by_kind: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut per_query: Vec<(f64, usize, &Query)> = Vec::new();
    let mut all: Vec<f64> = Vec::new();
    let started = Instant::now();
    for q in &queries {
        let mut times = Vec::with_capacity(runs);
        let mut hits = Vec::new();
        for _ in 0..runs {
            let start = Instant::now();
            hits = black_box(index.search(black_box(&q.text), n));
            times.push(start.elapsed().as_secs_f64() * 1e6);
        }
        let found = hits.iter().take(10).any(|h| h.doc == q.target);
        let tally = by_kind.entry(q.kind).or_default();
        tally.queries += 1;
        tally.hits += hits.len();
        tally.found += usize::from(found);
        tally.times_us.extend(&times);
        all.extend(&times);
        times.sort_by(f64::total_cmp);
        tally.best_us.push(times[0]);
        per_query.push((percentile(&times, 50.0), hits.len(), q));
    }
    let wall = started.elapsed().as_secs_f64();

    // Other work on the machine (a build, a browser test) inflates the tail: say how busy it was.
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!(
        "machine: {cpus} CPUs, load average {}",
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!(
        "search over {n} services ({} departments), {} queries x {runs} runs, limit = all (as browse does)",
        catalogue.departments.len(),
        queries.len()
    );
    println!(
        "index build (catalogue.search_index()): median {:.1} ms, min {:.1} ms, max {:.1} ms (5 builds)",
        builds[builds.len() / 2],
        builds[0],
        builds[builds.len() - 1]
    );
    println!();
    println!(
        "{:<10} {:>7} {:>7} {:>9} {:>9} {:>9} {:>9} {:>10} {:>10} {:>10} {:>9}",
        "kind",
        "queries",
        "runs",
        "p50 us",
        "p95 us",
        "p99 us",
        "max us",
        "best p50",
        "best p95",
        "mean hits",
        "found@10"
    );
    let row = |label: &str, tally: &Tally| {
        let mut times = tally.times_us.clone();
        times.sort_by(f64::total_cmp);
        let mut best = tally.best_us.clone();
        best.sort_by(f64::total_cmp);
        println!(
            "{:<10} {:>7} {:>7} {:>9.0} {:>9.0} {:>9.0} {:>9.0} {:>10.0} {:>10.0} {:>10.0} {:>8.0}%",
            label,
            tally.queries,
            times.len(),
            percentile(&times, 50.0),
            percentile(&times, 95.0),
            percentile(&times, 99.0),
            percentile(&times, 100.0),
            percentile(&best, 50.0),
            percentile(&best, 95.0),
            tally.hits as f64 / tally.queries.max(1) as f64,
            100.0 * tally.found as f64 / tally.queries.max(1) as f64
        );
    };
    for kind in KINDS {
        if let Some(tally) = by_kind.get(kind) {
            row(kind, tally);
        }
    }
    let overall = Tally {
        queries: queries.len(),
        times_us: all.clone(),
        best_us: by_kind
            .values()
            .flat_map(|t| t.best_us.iter().copied())
            .collect(),
        hits: by_kind.values().map(|t| t.hits).sum(),
        found: by_kind.values().map(|t| t.found).sum(),
    };
    row("overall", &overall);
    all.sort_by(f64::total_cmp);
    let p95 = percentile(&all, 95.0);
    let mut best_all = overall.best_us.clone();
    best_all.sort_by(f64::total_cmp);
    println!(
        "(p50..max: over every run; best: each query's fastest run, what it costs when nothing"
    );
    println!(
        " else competes for the CPU; found@10: the service the query was made from is in the top 10)"
    );
    println!();
    println!(
        "throughput: {:.0} queries per second (one thread, {:.2} s for {} searches)",
        all.len() as f64 / wall,
        wall,
        all.len()
    );
    let verdict = if p95 <= GOAL_P95_US { "within" } else { "OVER" };
    println!(
        "goal: p95 <= {GOAL_P95_US:.0} us per query: {p95:.0} us, {verdict} ({:+.0} us, {:.1}x); \
         best-run p95 {:.0} us ({:.1}x)",
        p95 - GOAL_P95_US,
        p95 / GOAL_P95_US,
        percentile(&best_all, 95.0),
        percentile(&best_all, 95.0) / GOAL_P95_US
    );

    anatomy(&catalogue, &index, runs.max(20));

    per_query.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!();
    println!("slowest queries (median of {runs} runs):");
    for (median, hits, q) in per_query.iter().take(12) {
        println!(
            "  {:>8.0} us {:>5} hits  {:<9} \"{}\"",
            median, hits, q.kind, q.text
        );
    }
    println!();
    println!("sample queries:");
    for kind in KINDS {
        let texts: Vec<String> = queries
            .iter()
            .filter(|q| q.kind == kind)
            .take(4)
            .map(|q| format!("\"{}\"", q.text))
            .collect();
        println!("  {kind:<9} {}", texts.join(", "));
    }
}
