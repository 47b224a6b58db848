//! The wasm size probe with the search: the same as `wasm_probe_base`, plus building a
//! `SearchIndex` over the services and searching them, reporting the hits. Its optimised,
//! brotli-compressed size less the base's is what the search code adds to a wasm binary.
//!
//! That difference is an upper bound for the app: it counts every piece of std the search pulls
//! in (hashbrown's HashMap and its random state, sorting, the Unicode tables of `to_lowercase`
//! and `is_alphanumeric`, `format!`), and the app's wasm already links much of it for Leptos and
//! its own code, so adding the search to the app costs at most this, likely less.

#[path = "support/probe_host.rs"]
mod probe_host;

use app::domain::search::SearchIndex;

fn main() {
    let (query, docs) = probe_host::read_input();
    let index = SearchIndex::new(&docs);
    let hits = index.search(&query, 10);
    let found = hits.iter().fold(hits.len() as u32, |sum, h| {
        sum.wrapping_mul(31)
            .wrapping_add(h.doc as u32)
            .wrapping_add(h.highlights.len() as u32)
    });
    probe_host::report(
        probe_host::checksum(&docs)
            .wrapping_add(query.len() as u32)
            .wrapping_add(found),
    );
}
