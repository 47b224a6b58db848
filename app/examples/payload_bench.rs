//! How big the catalogue is on the wire: the `CatalogueIndex` that the server function
//! `load_catalogue` sends, serialised exactly as it is sent (`serde_json::to_vec`), raw, gzip
//! (level 9) and brotli (quality 11, window 22, as a static precompressor or a CDN would), for the
//! real sample (36 services), the state's ~532 notified services and a 5,000-service catalogue.
//!
//! Prints figures; asserts nothing. `cargo run --release -p app --example payload_bench`
//! (KB = 1,024 bytes, as in scripts/size-report.mjs). `-- --sample 20` also prints 20 generated
//! services picked at random from the 5,000, to judge how real they look.

#[path = "support/generated_catalogue.rs"]
mod generated_catalogue;

use app::domain::browse::CatalogueIndex;
use generated_catalogue::{Rng, generated_catalogue, vocabulary_capacity};
use std::io::Write;

/// The goal for the ~532 notified services, brotli.
const GOAL_KB_532: f64 = 30.0;
const SEED: u64 = 2010;

fn gzip(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("gzip in memory");
    encoder.finish().expect("gzip in memory").len()
}

fn brotli(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer.write_all(bytes).expect("brotli in memory");
    }
    out.len()
}

fn kb(bytes: usize) -> f64 {
    bytes as f64 / 1024.0
}

struct Sizes {
    raw: usize,
    gzip: usize,
    brotli: usize,
}

fn sizes(index: &CatalogueIndex) -> Sizes {
    let json = serde_json::to_vec(index).expect("the catalogue serialises");
    Sizes {
        raw: json.len(),
        gzip: gzip(&json),
        brotli: brotli(&json),
    }
}

fn describe(index: &CatalogueIndex) -> String {
    let n = index.services.len().max(1) as f64;
    let keywords: usize = index.services.iter().map(|s| s.keywords.len()).sum();
    let centre = index.services.iter().filter(|s| s.centre_only).count();
    let same_day = index.services.iter().filter(|s| s.samadhan_ek_din).count();
    format!(
        "{} departments, {:.1} keywords/service, {:.0}% centre-only, {:.0}% Samadhan Ek Din",
        index.departments.len(),
        keywords as f64 / n,
        100.0 * centre as f64 / n,
        100.0 * same_day as f64 / n
    )
}

fn print_sample(index: &CatalogueIndex, count: usize) {
    let mut rng = Rng::new(7);
    for _ in 0..count {
        let s = &index.services[36 + rng.below(index.services.len() - 36)];
        let department = &index.departments[s.department as usize].name.en;
        println!(
            "  {} | {} | {} | {} days | keywords: {}",
            s.name_hi,
            s.name_en,
            department,
            s.days,
            s.keywords.join("; ")
        );
        println!(
            "    id {} centre_only {} same_day {} events {:?}",
            s.id, s.centre_only, s.samadhan_ek_din, s.life_events
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let sample = args
        .iter()
        .position(|a| a == "--sample")
        .map(|i| args.get(i + 1).and_then(|n| n.parse().ok()).unwrap_or(20));
    println!("payload of load_catalogue (serde_json::to_vec of CatalogueIndex), KB = 1024 bytes");
    println!(
        "{:>9} {:>10} {:>10} {:>10} {:>12}  catalogue",
        "services", "raw KB", "gzip KB", "br-11 KB", "br B/service"
    );
    let mut at_532 = None;
    for count in [36usize, 532, 5_000] {
        let index = generated_catalogue(count, SEED);
        let s = sizes(&index);
        println!(
            "{:>9} {:>10.1} {:>10.1} {:>10.1} {:>12.1}  {}",
            index.services.len(),
            kb(s.raw),
            kb(s.gzip),
            kb(s.brotli),
            s.brotli as f64 / index.services.len() as f64,
            describe(&index)
        );
        if let (5_000, Some(n)) = (count, sample) {
            print_sample(&index, n);
        }
        if count == 532 {
            at_532 = Some((index, s));
        }
    }

    // What the brotli bytes at 532 are made of: each field emptied in turn, the difference is
    // what it costs on the wire.
    let (index, total) = at_532.expect("measured above");
    println!();
    println!(
        "at 532 services, brotli cost of each part (the payload with it emptied, subtracted):"
    );
    type Strip = fn(&mut CatalogueIndex);
    let parts: [(&str, Strip); 6] = [
        ("ids (i)", |x| {
            x.services.iter_mut().for_each(|s| s.id.clear())
        }),
        ("Hindi names (h)", |x| {
            x.services.iter_mut().for_each(|s| s.name_hi.clear())
        }),
        ("English names (e)", |x| {
            x.services.iter_mut().for_each(|s| s.name_en.clear())
        }),
        ("keywords (k)", |x| {
            x.services.iter_mut().for_each(|s| s.keywords.clear())
        }),
        ("life events (l)", |x| {
            x.services.iter_mut().for_each(|s| s.life_events.clear())
        }),
        ("departments", |x| {
            x.departments.iter_mut().for_each(|d| {
                d.name.hi.clear();
                d.name.en.clear()
            })
        }),
    ];
    for (label, strip) in parts {
        let mut stripped = index.clone();
        strip(&mut stripped);
        let without = sizes(&stripped);
        println!(
            "  {:<20} {:>6.1} KB brotli ({:>4.1}%), {:>6.1} KB raw",
            label,
            kb(total.brotli.saturating_sub(without.brotli)),
            100.0 * total.brotli.saturating_sub(without.brotli) as f64 / total.brotli as f64,
            kb(total.raw.saturating_sub(without.raw)),
        );
    }
    println!(
        "(generated services: the real 36, then names drawn from {} combinations of the vocabulary)",
        vocabulary_capacity()
    );
    let verdict = if kb(total.brotli) <= GOAL_KB_532 {
        "within"
    } else {
        "OVER"
    };
    println!();
    println!(
        "goal: <= {GOAL_KB_532:.0} KB brotli at 532 services: {:.1} KB, {verdict} ({:+.1} KB)",
        kb(total.brotli),
        kb(total.brotli) - GOAL_KB_532
    );
}
