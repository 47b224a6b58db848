//! Input and output of the wasm size probes (`wasm_probe_base`, `wasm_probe_search`): in wasm the
//! host supplies the text through imported functions, so the optimiser cannot know it and keeps
//! every step that depends on it; natively (so that `cargo test` and clippy build the examples)
//! the text is the first argument or standard input and the result is printed.
//!
//! The text: the query on the first line, then one service per line as
//! `name_hi<TAB>name_en<TAB>keyword|keyword<TAB>1` (1: online).

use app::domain::search::SearchDoc;

#[cfg(target_arch = "wasm32")]
mod host {
    #[link(wasm_import_module = "probe")]
    unsafe extern "C" {
        fn input_len() -> usize;
        fn input_read(into: *mut u8);
        fn output(value: u32);
    }

    pub fn input() -> Vec<u8> {
        // SAFETY: the host writes exactly `input_len()` bytes into the buffer it is given.
        unsafe {
            let mut bytes = vec![0u8; input_len()];
            input_read(bytes.as_mut_ptr());
            bytes
        }
    }

    pub fn report(value: u32) {
        // SAFETY: a plain number handed to the host.
        unsafe { output(value) }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    pub fn input() -> Vec<u8> {
        match std::env::args().nth(1) {
            Some(text) => text.into_bytes(),
            None => {
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).unwrap_or_default();
                bytes
            }
        }
    }

    pub fn report(value: u32) {
        println!("{value}");
    }
}

pub use host::report;

/// The query and the services of the host's text.
pub fn read_input() -> (String, Vec<SearchDoc>) {
    let bytes = host::input();
    let text = String::from_utf8_lossy(&bytes);
    let mut lines = text.lines();
    let query = lines.next().unwrap_or_default().to_string();
    let docs = lines
        .map(|line| {
            let mut fields = line.split('\t');
            let name_hi = fields.next().unwrap_or_default().to_string();
            let name_en = fields.next().unwrap_or_default().to_string();
            let keywords = fields
                .next()
                .unwrap_or_default()
                .split('|')
                .filter(|k| !k.is_empty())
                .map(str::to_string)
                .collect();
            let online = fields.next() == Some("1");
            SearchDoc {
                name_hi,
                name_en,
                keywords,
                online,
            }
        })
        .collect();
    (query, docs)
}

/// A number that depends on every field of every service, so that none is optimised away.
pub fn checksum(docs: &[SearchDoc]) -> u32 {
    docs.iter().fold(0u32, |sum, d| {
        let keywords: usize = d.keywords.iter().map(String::len).sum();
        sum.wrapping_mul(31)
            .wrapping_add((d.name_hi.len() + d.name_en.len() + keywords) as u32)
            .wrapping_add(u32::from(d.online))
    })
}
