//! Hindi typed in Latin letters, written in Devanagari: "sunita bai" → "सुनीता बाई". For the
//! Hindi-name questions, on phones and kiosks that have only Latin keys. It runs offline, in the
//! browser, and only ever suggests: the citizen accepts the spelling or edits it.
//!
//! Each Latin word is first spelt out letter by letter by the rules people type by (`spelt`):
//! "sh" is श, "aa" is ा, a final "a" is ा and a final "i" is ी (सीता, देवी), an n or m before
//! a consonant is the anusvara (संजय), and a final consonant keeps its inherent vowel unwritten
//! (राम, not रामअ). Then, if the word sounds like a name in the list of names (`names.txt`) by
//! the search's own phonetic key (`search::phonetic::key`: the same key that lets "aay praman
//! patra" find आय प्रमाण पत्र), that name's spelling is used, the closest one to the spelt-out
//! form when several sound alike. So "sunita", "suneeta" and "sunitaa" all become सुनीता, and a
//! name not in the list is still written out sound by sound.

use crate::domain::search::normalize::fold_word;
use crate::domain::search::phonetic::key;
use std::sync::OnceLock;

const VIRAMA: &str = "\u{094D}";
const ANUSVARA: &str = "\u{0902}";

/// The names, each with its phonetic key. `names.txt` holds names as they are written in Madhya
/// Pradesh, one per line, the more common first where two sound alike (राम before रमा). It has
/// no comments: it is compiled into the wizard's download.
fn names() -> &'static [(String, &'static str)] {
    static NAMES: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        include_str!("devanagari/names.txt")
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(|name| (key(&fold_word(name)), name))
            .collect()
    })
}

/// Words whose usual spelling the sound rules cannot reach (the key of "singh" keeps the g).
const SPELLINGS: &[(&str, &str)] = &[("singh", "सिंह"), ("gyan", "ज्ञान"), ("md", "मोहम्मद")];

/// Consonants, longest spelling first.
const CONSONANTS: &[(&str, &str)] = &[
    ("ksh", "क्ष"),
    ("chh", "छ"),
    ("kh", "ख"),
    ("gh", "घ"),
    ("ch", "च"),
    ("jh", "झ"),
    ("th", "थ"),
    ("dh", "ध"),
    ("ph", "फ"),
    ("bh", "भ"),
    ("sh", "श"),
    ("k", "क"),
    ("g", "ग"),
    ("c", "क"),
    ("j", "ज"),
    ("t", "त"),
    ("d", "द"),
    ("n", "न"),
    ("p", "प"),
    ("f", "फ़"),
    ("b", "ब"),
    ("m", "म"),
    ("y", "य"),
    ("r", "र"),
    ("l", "ल"),
    ("v", "व"),
    ("w", "व"),
    ("s", "स"),
    ("h", "ह"),
    ("z", "ज़"),
    ("q", "क"),
    ("x", "क्स"),
];

/// Vowels, longest spelling first: the letter at a word's start or after a vowel, and the sign
/// after a consonant (none for the short a, which a consonant carries).
const VOWELS: &[(&str, &str, &str)] = &[
    ("aa", "आ", "ा"),
    ("ai", "ऐ", "ै"),
    ("au", "औ", "ौ"),
    ("ee", "ई", "ी"),
    ("ii", "ई", "ी"),
    ("oo", "ऊ", "ू"),
    ("uu", "ऊ", "ू"),
    ("a", "अ", ""),
    ("i", "इ", "ि"),
    ("u", "उ", "ु"),
    ("e", "ए", "े"),
    ("o", "ओ", "ो"),
];

/// A single letter standing alone is an initial, said by its English name: "r k" → "आर के".
const INITIALS: [&str; 26] = [
    "ए",
    "बी",
    "सी",
    "डी",
    "ई",
    "एफ़",
    "जी",
    "एच",
    "आई",
    "जे",
    "के",
    "एल",
    "एम",
    "एन",
    "ओ",
    "पी",
    "क्यू",
    "आर",
    "एस",
    "टी",
    "यू",
    "वी",
    "डब्ल्यू",
    "एक्स",
    "वाई",
    "ज़ेड",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Consonant(&'static str, &'static str),
    Vowel(&'static str, &'static str, &'static str),
}

fn units(word: &str) -> Vec<Unit> {
    let mut rest = word;
    let mut out = Vec::new();
    while !rest.is_empty() {
        if let Some(&(latin, letter, sign)) = VOWELS.iter().find(|(l, ..)| rest.starts_with(l)) {
            out.push(Unit::Vowel(latin, letter, sign));
            rest = &rest[latin.len()..];
        } else if let Some(&(latin, letter)) = CONSONANTS.iter().find(|(l, _)| rest.starts_with(l))
        {
            out.push(Unit::Consonant(latin, letter));
            rest = &rest[latin.len()..];
        } else {
            // Only ASCII letters reach here, and every one is in a table.
            rest = &rest[1..];
        }
    }
    out
}

/// Whether an n or m before this consonant is written as the anusvara (संजय, अंबिका), not as a
/// half letter (कन्या, अन्ना).
fn takes_anusvara(next: &str) -> bool {
    !matches!(next, "n" | "m" | "y" | "r" | "l" | "v" | "w" | "h")
}

/// One lower-case Latin word spelt out by the typing rules (see the module's notes).
fn spelt(word: &str) -> String {
    let units = units(word);
    let mut out = String::new();
    for (i, unit) in units.iter().enumerate() {
        let previous = i.checked_sub(1).map(|p| units[p]);
        let next = units.get(i + 1).copied();
        let last = i + 1 == units.len();
        match *unit {
            Unit::Consonant(latin, letter) => {
                let nasal = matches!(latin, "n" | "m");
                let after_vowel = matches!(previous, Some(Unit::Vowel(..)));
                match next {
                    Some(Unit::Consonant(next, _))
                        if nasal && after_vowel && takes_anusvara(next) =>
                    {
                        out.push_str(ANUSVARA)
                    }
                    Some(Unit::Consonant(..)) => {
                        out.push_str(letter);
                        out.push_str(VIRAMA);
                    }
                    _ => out.push_str(letter),
                }
            }
            Unit::Vowel(latin, letter, sign) => {
                let after_consonant = matches!(previous, Some(Unit::Consonant(..)));
                if !after_consonant {
                    out.push_str(letter);
                    continue;
                }
                out.push_str(match (latin, last) {
                    // A name's last a, i and u are long (सीता, देवी, साहू), and its last ai is
                    // two sounds (बाई, भाई).
                    ("a", true) => "ा",
                    ("i", true) => "ी",
                    ("u", true) => "ू",
                    ("ai", true) => "ाई",
                    _ => sign,
                });
            }
        }
    }
    out
}

/// Edit distance in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// One Latin word in Devanagari.
fn word_in_devanagari(word: &str) -> String {
    let word = word.to_ascii_lowercase();
    if let Some((_, spelling)) = SPELLINGS.iter().find(|(latin, _)| *latin == word) {
        return spelling.to_string();
    }
    if word.len() == 1 {
        let index = usize::from(word.as_bytes()[0] - b'a');
        return INITIALS[index].to_string();
    }
    let spelt = spelt(&word);
    let sound = key(&word);
    let closest = |same: &dyn Fn(&str) -> bool| {
        names()
            .iter()
            .filter(|(name_key, _)| same(name_key))
            .min_by_key(|(_, name)| distance(&spelt, name))
            .map(|(_, name)| name.to_string())
    };
    // Failing the same sounds, an e typed for the short a ("verma" for वर्मा) is tried.
    let without_e = |k: &str| k.replace('e', "");
    closest(&|name_key| name_key == sound)
        .or_else(|| closest(&|name_key| without_e(name_key) == without_e(&sound)))
        .unwrap_or(spelt)
}

/// The text with every word typed in Latin letters written in Devanagari; spaces, dots and
/// Devanagari already typed are kept. `None` when there is no Latin letter to write.
pub fn suggest(text: &str) -> Option<String> {
    if !text.chars().any(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut out = String::with_capacity(text.len() * 3);
    let mut word = String::new();
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            out.push_str(&word_in_devanagari(&word));
            word.clear();
        }
        out.push(c);
    }
    if !word.is_empty() {
        out.push_str(&word_in_devanagari(&word));
    }
    Some(out)
}

#[cfg(test)]
mod tests;
