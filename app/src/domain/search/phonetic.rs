//! A loose phonetic key, the same for Hindi written in Devanagari and Hindi typed in Latin
//! letters in the spellings people really use, so that आय प्रमाण पत्र, "aay praman patra" and
//! "aay pramaan patr" meet without a hand-kept list of spellings for each service.
//!
//! Both scripts are first written as plain Latin letters; then the differences people do not hear
//! or do not type are removed:
//! - the vowel a, short or long (aa/a, the inherent vowel, a doubled or dropped final a: jaati/jati,
//!   janam/janm);
//! - long and short i and u (ee/i, oo/u), ai/e, au/o;
//! - aspiration (kh/k, bh/b; people drop the h), sh/s, ph/f, w/v, z/j, q/k, x/ks, c/k;
//! - doubled letters, and m or n before a consonant (anusvara, सम्बल / संबल / sambal).

/// The phonetic key of one folded word (see the module's notes). Digits are kept.
pub fn key(word: &str) -> String {
    let latin = if word.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)) {
        from_devanagari(word)
    } else {
        from_latin(word)
    };
    simplify(&latin)
}

fn consonant_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'क' => "k",
        'ख' => "kh",
        'ग' => "g",
        'घ' => "gh",
        'ङ' | 'ञ' | 'ण' | 'न' => "n",
        'च' => "c",
        'छ' => "ch",
        'ज' => "j",
        'झ' => "jh",
        'ट' | 'त' => "t",
        'ठ' | 'थ' => "th",
        'ड' | 'द' => "d",
        'ढ' | 'ध' => "dh",
        'प' => "p",
        'फ' => "f",
        'ब' => "b",
        'भ' => "bh",
        'म' => "m",
        'य' => "y",
        'र' => "r",
        'ल' | 'ळ' => "l",
        'व' => "v",
        'श' | 'ष' | 'स' => "s",
        'ह' => "h",
        _ => return None,
    })
}

fn vowel_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'अ' | 'आ' | 'ा' => "a",
        'इ' | 'ई' | 'ि' | 'ी' => "i",
        'उ' | 'ऊ' | 'ु' | 'ू' => "u",
        'ऋ' | 'ृ' => "ri",
        'ए' | 'ऐ' | 'े' | 'ै' => "e",
        'ओ' | 'औ' | 'ो' | 'ौ' | 'ऑ' | 'ॉ' => "o",
        'ं' | 'ँ' => "n",
        _ => return None,
    })
}

/// Devanagari written as plain Latin letters. The inherent vowel is not written: the key drops
/// every a anyway.
fn from_devanagari(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if let Some(latin) = consonant_latin(c).or_else(|| vowel_latin(c)) {
            out.push_str(latin);
        } else if let Some(digit) = c.to_digit(10) {
            out.push(char::from_digit(digit, 10).unwrap_or('0'));
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        }
        // Virama, visarga, nukta and other signs add nothing to the key.
    }
    out
}

/// Latin letters with the spellings people use for the same Hindi sound made one.
fn from_latin(word: &str) -> String {
    const RULES: &[(&str, &str)] = &[
        ("ksh", "ks"),
        ("x", "ks"),
        ("chh", "c"),
        ("ch", "c"),
        ("sh", "s"),
        ("ph", "f"),
        ("ck", "k"),
        ("c", "k"),
        ("w", "v"),
        ("z", "j"),
        ("q", "k"),
        ("ee", "i"),
        ("oo", "u"),
        ("ai", "e"),
        ("au", "o"),
        ("ou", "u"),
    ];
    let mut text: String = word
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    for (from, to) in RULES {
        if text.contains(from) {
            // "ch" became "c" above; a later "c" → "k" must not touch it, so mark it first.
            text = text.replace(
                from,
                if *from == "ch" || *from == "chh" {
                    "\u{1}"
                } else {
                    to
                },
            );
        }
    }
    text.replace('\u{1}', "c")
}

fn is_consonant(c: char) -> bool {
    c.is_ascii_lowercase() && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Drops aspiration, the vowel a and doubled letters; m and n before a consonant become n.
fn simplify(latin: &str) -> String {
    let mut no_aspiration = String::with_capacity(latin.len());
    let mut previous: Option<char> = None;
    for c in latin.chars() {
        if c == 'h' && previous.is_some_and(|p| is_consonant(p) && p != 'h') {
            previous = Some(c);
            continue;
        }
        no_aspiration.push(c);
        previous = Some(c);
    }
    let letters: Vec<char> = no_aspiration.chars().filter(|&c| c != 'a').collect();
    let mut out = String::with_capacity(letters.len());
    for (i, &c) in letters.iter().enumerate() {
        let c = if c == 'm'
            && letters
                .get(i + 1)
                .is_some_and(|&next| is_consonant(next) && next != 'h')
        {
            'n'
        } else {
            c
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::key;
    use crate::domain::search::normalize::fold_word;

    fn same(devanagari: &str, latin: &[&str]) {
        let expected = key(&fold_word(devanagari));
        for typed in latin {
            assert_eq!(
                key(&fold_word(typed)),
                expected,
                "{typed} should sound like {devanagari}"
            );
        }
    }

    #[test]
    fn hindi_typed_in_latin_letters_meets_devanagari() {
        same("आय", &["aay", "aaya", "aay"]);
        same("प्रमाण", &["praman", "pramaan", "parman"]);
        same("पत्र", &["patra", "patr", "pattra"]);
        same("जाति", &["jati", "jaati", "jaatee"]);
        same("जन्म", &["janm", "janam", "janma"]);
        same("मूल", &["mool", "mul"]);
        same("निवासी", &["niwasi", "nivasi", "niwaasee"]);
        same("नामांतरण", &["namantaran", "naamaantaran", "namantran"]);
        same("नामान्तरण", &["namantaran"]);
        same("खसरा", &["khasra", "khasara", "kasra"]);
        same("लक्ष्मी", &["laxmi", "lakshmi", "laxmee"]);
        same("फ़ोटो", &["photo", "foto"]);
        same("ज़मीन", &["zameen", "jamin"]);
        same("शिक्षा", &["shiksha", "siksha"]);
        same("चालक", &["chalak", "chaalak"]);
    }

    #[test]
    fn different_words_keep_different_keys() {
        assert_ne!(key("आय"), key(&fold_word("आयु")));
        assert_ne!(key(&fold_word("जाति")), key(&fold_word("जन्म")));
        assert_ne!(key("income"), key("pension"));
    }
}
