//! Finding a service the way citizens type: Hindi in Devanagari, Hindi in Latin letters, English,
//! with typos and everyday words. Pure and synchronous: the browser runs it on every keystroke
//! over the whole catalogue, and the server and the tests run the very same code.
//!
//! Ranking, best first: the whole name typed exactly, then the start of a name, then one of the
//! service's everyday words (its keywords), then any other match, scored by how many of the typed
//! words it explains. Ties go to services that can be applied for online, then to the more
//! common service: the catalogue lists the most requested services first.

pub mod fuzzy;
pub mod normalize;
pub mod phonetic;
pub mod places;

use fuzzy::{allowed_typos, distance_within};
use normalize::words;
use std::collections::HashMap;
use std::sync::Mutex;

/// The most words of a query that count; the rest are ignored.
pub const MAX_QUERY_WORDS: usize = 8;

/// Words that carry no meaning for finding a service ("का", "ki", "for", "apply"): a query's
/// other words decide. Folded forms, in both scripts and as typed in Latin letters.
const FILLER_WORDS: &[&str] = &[
    "का",
    "की",
    "के",
    "को",
    "में",
    "मे",
    "से",
    "और",
    "लिए",
    "लिये",
    "है",
    "हेतु",
    "एवं",
    "या",
    "मेरा",
    "मेरी",
    "करना",
    "कराना",
    "करें",
    "कैसे",
    "आवेदन",
    "ka",
    "ki",
    "ke",
    "ko",
    "mein",
    "me",
    "se",
    "aur",
    "liye",
    "hai",
    "hetu",
    "mera",
    "meri",
    "karna",
    "karana",
    "kaise",
    "kare",
    "avedan",
    "aavedan",
    "for",
    "of",
    "the",
    "a",
    "an",
    "to",
    "in",
    "my",
    "apply",
    "application",
    "how",
    "get",
    "online",
    "new",
    "form",
];

/// What a service offers to search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchDoc {
    /// The Hindi name.
    pub name_hi: String,
    /// The English name.
    pub name_en: String,
    /// Everyday words for the service, in any script.
    pub keywords: Vec<String>,
    /// Whether it can be applied for online (wins ties).
    pub online: bool,
}

/// How well a service matched, weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    /// Some of the typed words matched, exactly, by sound, by prefix or with typos.
    Partial,
    /// One of the service's keywords, whole or its start.
    Keyword,
    /// The start of the service's name.
    NamePrefix,
    /// The service's whole name.
    ExactName,
}

/// Which text of a service matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchedText {
    /// The Hindi name.
    NameHi,
    /// The English name.
    NameEn,
    /// The keyword at this index.
    Keyword(usize),
}

/// One result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    /// Index of the service in the documents the index was built from.
    pub doc: usize,
    /// How it matched.
    pub kind: MatchKind,
    /// The text that matched best.
    pub text: MatchedText,
    /// Byte ranges of the matched words in that text, for highlighting.
    pub highlights: Vec<(usize, usize)>,
}

struct Term {
    word: String,
    /// For a joined pair of words, the length in characters of the first; 0 for a single word.
    first_len: usize,
    key: String,
    key_mask: u64,
}

#[derive(Clone, Copy)]
struct Posting {
    field: u32,
    position: u8,
    span: u8,
}

struct Field {
    doc: u32,
    text: MatchedText,
    ranges: Vec<(u32, u32)>,
    concat_word: String,
    concat_key: String,
}

/// The searchable form of a catalogue, built once.
pub struct SearchIndex {
    terms: Vec<Term>,
    by_word: HashMap<String, u32>,
    by_key: HashMap<String, Vec<u32>>,
    sorted_words: Vec<u32>,
    sorted_keys: Vec<u32>,
    by_key_len: Vec<Vec<u32>>,
    postings: Vec<Vec<Posting>>,
    fields: Vec<Field>,
    online: Vec<bool>,
    /// Reused between searches: for each field, its accumulator's place plus one (0: untouched).
    scratch: Mutex<Scratch>,
}

struct Scratch {
    field_slots: Vec<u32>,
}

/// The most words of one text that are indexed.
const MAX_FIELD_WORDS: usize = 64;

impl SearchIndex {
    /// Indexes the documents; hits refer to them by position.
    pub fn new(docs: &[SearchDoc]) -> SearchIndex {
        let mut index = SearchIndex {
            terms: Vec::new(),
            by_word: HashMap::new(),
            by_key: HashMap::new(),
            sorted_words: Vec::new(),
            sorted_keys: Vec::new(),
            by_key_len: Vec::new(),
            postings: Vec::new(),
            fields: Vec::new(),
            online: docs.iter().map(|d| d.online).collect(),
            scratch: Mutex::new(Scratch {
                field_slots: Vec::new(),
            }),
        };
        for (doc, d) in docs.iter().enumerate() {
            index.add_field(doc, MatchedText::NameHi, &d.name_hi);
            index.add_field(doc, MatchedText::NameEn, &d.name_en);
            for (k, keyword) in d.keywords.iter().enumerate() {
                index.add_field(doc, MatchedText::Keyword(k), keyword);
            }
        }
        index.scratch = Mutex::new(Scratch {
            field_slots: vec![0; index.fields.len()],
        });
        let mut sorted: Vec<u32> = (0..index.terms.len() as u32).collect();
        sorted.sort_unstable_by(|a, b| {
            index.terms[*a as usize]
                .word
                .cmp(&index.terms[*b as usize].word)
        });
        index.sorted_words = sorted.clone();
        sorted.sort_unstable_by(|a, b| {
            index.terms[*a as usize]
                .key
                .cmp(&index.terms[*b as usize].key)
        });
        index.sorted_keys = sorted;
        index
    }

    fn add_field(&mut self, doc: usize, text: MatchedText, content: &str) {
        let found = words(content);
        let found = &found[..found.len().min(MAX_FIELD_WORDS)];
        if found.is_empty() {
            return;
        }
        let field = self.fields.len() as u32;
        let concat_word: String = found.iter().map(|w| w.folded.as_str()).collect();
        for (position, word) in found.iter().enumerate() {
            let term = self.term(&word.folded, 0);
            self.postings[term as usize].push(Posting {
                field,
                position: position as u8,
                span: 1,
            });
            // Words written apart are also indexed joined (प्रमाण पत्र → प्रमाणपत्र), so a
            // citizen who writes them together still matches both.
            if let Some(next) = found.get(position + 1) {
                let joined = format!("{}{}", word.folded, next.folded);
                let term = self.term(&joined, word.folded.chars().count());
                self.postings[term as usize].push(Posting {
                    field,
                    position: position as u8,
                    span: 2,
                });
            }
        }
        self.fields.push(Field {
            doc: doc as u32,
            text,
            ranges: found
                .iter()
                .map(|w| (w.start as u32, w.end as u32))
                .collect(),
            concat_key: phonetic::key(&concat_word),
            concat_word,
        });
    }

    fn term(&mut self, word: &str, first_len: usize) -> u32 {
        if let Some(&id) = self.by_word.get(word) {
            return id;
        }
        let id = self.terms.len() as u32;
        let key = phonetic::key(word);
        if self.by_key_len.len() <= key.len() {
            self.by_key_len.resize(key.len() + 1, Vec::new());
        }
        self.by_key_len[key.len()].push(id);
        self.by_key.entry(key.clone()).or_default().push(id);
        self.by_word.insert(word.to_string(), id);
        let key_mask = letter_mask(key.as_bytes());
        self.terms.push(Term {
            word: word.to_string(),
            first_len,
            key,
            key_mask,
        });
        self.postings.push(Vec::new());
        id
    }

    /// The terms in `sorted` (ordered by `text`) whose text starts with `prefix`.
    fn starting_with<'a>(
        &'a self,
        sorted: &'a [u32],
        prefix: &'a str,
        text: impl Fn(&Term) -> &String + Copy + 'a,
    ) -> impl Iterator<Item = u32> + 'a {
        let from = sorted.partition_point(|&t| text(&self.terms[t as usize]).as_str() < prefix);
        sorted[from..]
            .iter()
            .copied()
            .take_while(move |&t| text(&self.terms[t as usize]).starts_with(prefix))
    }

    /// The terms one typed word matches, each with a strength out of 100.
    fn matches(&self, word: &str, key: &str) -> Vec<(u32, u8)> {
        let mut found: Vec<(u32, u8)> = Vec::new();
        if let Some(&term) = self.by_word.get(word) {
            found.push((term, 100));
        }
        if !key.is_empty() {
            found.extend(
                self.by_key
                    .get(key)
                    .into_iter()
                    .flatten()
                    .map(|&term| (term, 95)),
            );
        }
        let whole_word_found = !found.is_empty();
        // The start of a word, by spelling or by sound: what is typed so far, or a shortened word.
        let key_bytes = key.as_bytes();
        if word.chars().count() >= 2 {
            found.extend(
                self.starting_with(&self.sorted_words, word, |t| &t.word)
                    .map(|term| (term, 75)),
            );
        }
        if key_bytes.len() >= 2 {
            found.extend(
                self.starting_with(&self.sorted_keys, key, |t| &t.key)
                    .map(|term| (term, 70)),
            );
        }
        // Typos, allowed in proportion to the word's length: the longer of the typed word and the
        // indexed one, since a typo often drops letters; but no typos at all in very short words,
        // and no search for typos when the word itself is known (by spelling or by sound).
        let own = allowed_typos(key_bytes.len());
        if own > 0 && !whole_word_found {
            let mask = letter_mask(key_bytes);
            let widest = own + 1;
            let shortest = key_bytes.len().saturating_sub(widest);
            let longest = (key_bytes.len() + widest).min(self.by_key_len.len().saturating_sub(1));
            for length in shortest..=longest {
                let typos = allowed_typos(length.max(key_bytes.len())).min(widest);
                for &term in &self.by_key_len[length] {
                    let candidate = &self.terms[term as usize];
                    // A joined pair whose first word could be dropped within the typo budget
                    // ("s" + "driving") would match as if it were its second word alone, and
                    // mark a word that was never typed: the second word matches on its own.
                    if candidate.first_len > 0 && candidate.first_len <= typos {
                        continue;
                    }
                    // Each typo changes at most two letters of the set of letters used: a cheap
                    // bound that skips most words before the edit distance is computed.
                    if ((mask ^ candidate.key_mask).count_ones() as usize).div_ceil(2) > typos {
                        continue;
                    }
                    if let Some(distance) =
                        distance_within(key_bytes, candidate.key.as_bytes(), typos)
                        && distance > 0
                    {
                        found.push((term, 60u8.saturating_sub(10 * distance as u8)));
                    }
                }
            }
        }
        // One entry per term, with its strongest match.
        found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        found.dedup_by_key(|entry| entry.0);
        found
    }

    /// The services matching `query`, best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<SearchHit> {
        let mut typed = words(query);
        // Filler words count only when they are all there is.
        if typed
            .iter()
            .any(|w| !FILLER_WORDS.contains(&w.folded.as_str()))
        {
            typed.retain(|w| !FILLER_WORDS.contains(&w.folded.as_str()));
        }
        let typed = &typed[..typed.len().min(MAX_QUERY_WORDS)];
        if typed.is_empty() {
            return Vec::new();
        }
        let count = typed.len();
        let keys: Vec<String> = typed.iter().map(|w| phonetic::key(&w.folded)).collect();
        let concat_word: String = typed.iter().map(|w| w.folded.as_str()).collect();
        let concat_key = phonetic::key(&concat_word);

        // Per field: the strength of each typed word's best match, and the matched positions.
        // `slots` maps a field to its accumulator, so only touched fields cost anything.
        let mut guard = self
            .scratch
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let slots = &mut guard.field_slots;
        let mut touched: Vec<(u32, [u8; MAX_QUERY_WORDS], u64)> = Vec::new();
        // `reach`: how many characters of the term the typed text accounts for; a word that is only
        // the start of a joined pair highlights the first word of the pair, not both.
        let mut credit = |term: u32, covers: &[usize], strength: u8, reach: usize| {
            let first_len = self.terms[term as usize].first_len;
            let span_limit = if first_len > 0 && reach <= first_len {
                1
            } else {
                2
            };
            for posting in &self.postings[term as usize] {
                let slot = &mut slots[posting.field as usize];
                if *slot == 0 {
                    touched.push((posting.field, [0; MAX_QUERY_WORDS], 0));
                    *slot = touched.len() as u32;
                }
                let entry = &mut touched[*slot as usize - 1];
                for &i in covers {
                    entry.1[i] = entry.1[i].max(strength);
                }
                for p in posting.position
                    ..posting
                        .position
                        .saturating_add(posting.span.min(span_limit))
                {
                    entry.2 |= 1u64 << (p as u32).min(63);
                }
            }
        };
        for (i, word) in typed.iter().enumerate() {
            let reach = word.folded.chars().count();
            for (term, strength) in self.matches(&word.folded, &keys[i]) {
                credit(term, &[i], strength, reach);
            }
        }
        // Two typed words that a service writes as one (प्रमाण पत्र → प्रमाणपत्र).
        for i in 1..count {
            let joined = format!("{}{}", typed[i - 1].folded, typed[i].folded);
            let joined_key = phonetic::key(&joined);
            let mut terms: Vec<u32> = self.by_word.get(&joined).copied().into_iter().collect();
            terms.extend(self.by_key.get(&joined_key).into_iter().flatten().copied());
            for term in terms {
                credit(term, &[i - 1, i], 95, usize::MAX);
            }
        }
        for (field, _, _) in &touched {
            slots[*field as usize] = 0;
        }
        drop(guard);

        // The best field of each service: (score, kind, field, matched positions).
        let mut best: HashMap<u32, (u32, MatchKind, u32, u64)> = HashMap::new();
        for (field_id, strengths, positions) in touched {
            // At least half the typed words must match, or one of them well (a whole word, by
            // spelling or by sound): a citizen's extra words ("ghar", "kho gayi") must not hide
            // the service, but a lone weak typo match is noise.
            let matched = strengths[..count].iter().filter(|&&s| s > 0).count();
            let strong = strengths[..count].iter().any(|&s| s >= 95);
            if matched * 2 < count && !strong {
                continue;
            }
            let field = &self.fields[field_id as usize];
            let coverage: u32 = strengths[..count]
                .iter()
                .map(|&s| u32::from(s))
                .sum::<u32>()
                / count as u32;
            let whole = (!concat_key.is_empty() && field.concat_key == concat_key)
                || field.concat_word == concat_word;
            let start = (concat_key.len() >= 2 && field.concat_key.starts_with(&concat_key))
                || (concat_word.chars().count() >= 2
                    && field.concat_word.starts_with(&concat_word));
            let kind = match field.text {
                MatchedText::Keyword(_) if whole || start => MatchKind::Keyword,
                MatchedText::NameHi | MatchedText::NameEn if whole => MatchKind::ExactName,
                MatchedText::NameHi | MatchedText::NameEn if start => MatchKind::NamePrefix,
                _ => MatchKind::Partial,
            };
            // Within a kind: how much of the query matched, and how little of the text is left over.
            let extra_words = field
                .ranges
                .len()
                .saturating_sub(positions.count_ones() as usize)
                as u32;
            let score = (kind as u32) * 10_000 + coverage * 50 - extra_words.min(49);
            let entry = best
                .entry(field.doc)
                .or_insert((score, kind, field_id, positions));
            // Ties between a service's own texts go to the earlier one: Hindi name, English name,
            // then keywords in order.
            if score > entry.0 || (score == entry.0 && field_id < entry.2) {
                *entry = (score, kind, field_id, positions);
            }
        }
        let mut ranked: Vec<(u32, MatchKind, u32, u64)> = best.into_values().collect();
        ranked.sort_unstable_by(|(a_score, _, a_field, _), (b_score, _, b_field, _)| {
            let (a, b) = (
                self.fields[*a_field as usize].doc as usize,
                self.fields[*b_field as usize].doc as usize,
            );
            b_score
                .cmp(a_score)
                .then(self.online[b].cmp(&self.online[a]))
                .then(a.cmp(&b))
        });
        ranked
            .into_iter()
            .take(limit)
            .map(|(_, kind, field_id, positions)| {
                let field = &self.fields[field_id as usize];
                SearchHit {
                    doc: field.doc as usize,
                    kind,
                    text: field.text,
                    highlights: field
                        .ranges
                        .iter()
                        .enumerate()
                        .filter(|(p, _)| positions & (1u64 << (*p as u32).min(63)) != 0)
                        .map(|(_, &(s, e))| (s as usize, e as usize))
                        .collect(),
                }
            })
            .collect()
    }
}

/// The set of letters and digits in a phonetic key, one bit each.
fn letter_mask(key: &[u8]) -> u64 {
    key.iter().fold(0, |mask, &b| {
        mask | match b {
            b'a'..=b'z' => 1 << (b - b'a'),
            b'0'..=b'9' => 1 << (26 + b - b'0'),
            _ => 1 << 63,
        }
    })
}

#[cfg(test)]
mod tests;
