//! The baseline of the wasm size probe: reads services from the host and reports a checksum of
//! them, without searching. `wasm_probe_search` does the same and searches; the difference of
//! their optimised, brotli-compressed sizes is what the search code adds to a wasm binary.
//! See scripts/bench.sh for the build (`--target wasm32-unknown-unknown --profile wasm-release`,
//! then `wasm-opt -Oz`).

#[path = "support/probe_host.rs"]
mod probe_host;

fn main() {
    let (query, docs) = probe_host::read_input();
    probe_host::report(probe_host::checksum(&docs).wrapping_add(query.len() as u32));
}
