//! Text as citizens type it, folded so that spellings of the same word compare equal.
//!
//! Devanagari: nukta forms fold to their base letters (ड़ → ड, ज़ → ज, and the precomposed
//! U+0958–U+095F; this also makes NFC and NFD spellings equal), chandrabindu folds to anusvara,
//! a nasal consonant with virama before another consonant folds to anusvara (नामान्तरण →
//! नामांतरण), candra O folds to O (ऑनलाइन → ओनलाइन), and ZWJ/ZWNJ are dropped.
//! Latin: lower case, British and US spellings folded (licence → license), plural -s dropped.

/// A word of the text: where it is (byte offsets into the original) and its folded form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Byte offset of the word's first character in the original text.
    pub start: usize,
    /// Byte offset just past the word's last character.
    pub end: usize,
    /// The folded word.
    pub folded: String,
}

const VIRAMA: char = '\u{094D}';
const ANUSVARA: char = '\u{0902}';

/// Whether a character belongs to a word: letters, digits and Devanagari signs (but not the
/// danda, which ends a sentence).
fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric()
        || ('\u{0900}'..='\u{097F}').contains(&c)
        || c == '\u{200C}'
        || c == '\u{200D}')
        && c != '\u{0964}'
        && c != '\u{0965}'
}

/// Whether a character is a Devanagari consonant (क to ह, including nukta forms).
fn is_devanagari_consonant(c: char) -> bool {
    ('\u{0915}'..='\u{0939}').contains(&c) || ('\u{0958}'..='\u{095F}').contains(&c)
}

fn is_nasal(c: char) -> bool {
    matches!(
        c,
        '\u{0919}' | '\u{091E}' | '\u{0923}' | '\u{0928}' | '\u{092E}'
    )
}

/// One Devanagari character folded: nukta forms to their base, chandrabindu to anusvara, candra
/// O to O; `None` for characters that are dropped (nukta, ZWJ, ZWNJ).
fn fold_devanagari_char(c: char) -> Option<char> {
    Some(match c {
        '\u{0958}' => 'क',
        '\u{0959}' => 'ख',
        '\u{095A}' => 'ग',
        '\u{095B}' => 'ज',
        '\u{095C}' => 'ड',
        '\u{095D}' => 'ढ',
        '\u{095E}' => 'फ',
        '\u{095F}' => 'य',
        '\u{0929}' => 'न',
        '\u{0931}' => 'र',
        '\u{0934}' => 'ळ',
        '\u{0901}' => ANUSVARA,
        '\u{0949}' => '\u{094B}',
        '\u{0911}' => '\u{0913}',
        '\u{093C}' | '\u{200C}' | '\u{200D}' => return None,
        other => other,
    })
}

/// Folds a Devanagari word (see the module's notes).
fn fold_devanagari(word: &str) -> String {
    let chars: Vec<char> = word.chars().filter_map(fold_devanagari_char).collect();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_nasal(c)
            && chars.get(i + 1) == Some(&VIRAMA)
            && chars
                .get(i + 2)
                .is_some_and(|&next| is_devanagari_consonant(next))
        {
            out.push(ANUSVARA);
            i += 2;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// British and US spellings, and common variants, folded to one form.
const SPELLINGS: &[(&str, &str)] = &[
    ("licence", "license"),
    ("centre", "center"),
    ("enrolment", "enrollment"),
    ("programme", "program"),
    ("colour", "color"),
    ("judgement", "judgment"),
    ("aadhar", "aadhaar"),
    ("adhar", "aadhaar"),
];

/// Folds a Latin word: lower case, one spelling for British and US forms, no plural -s. Only
/// ASCII letters change case: the portal's Latin text is English and Hindi typed in Latin letters,
/// and full Unicode case tables would add kilobytes to every phone's download.
fn fold_latin(word: &str) -> String {
    let mut word = word.to_ascii_lowercase();
    if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") {
        word.pop();
    }
    if let Some((_, us)) = SPELLINGS.iter().find(|(uk, _)| *uk == word) {
        return (*us).to_string();
    }
    word
}

/// Whether the text holds any Devanagari.
pub fn is_devanagari(text: &str) -> bool {
    text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c))
}

/// Folds one word in whichever script it is written.
pub fn fold_word(word: &str) -> String {
    if is_devanagari(word) {
        fold_devanagari(word)
    } else {
        fold_latin(word)
    }
}

/// Splits text into words (on spaces, punctuation and script changes) and folds each.
pub fn words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut start: Option<(usize, bool)> = None;
    for (index, c) in text.char_indices() {
        let devanagari = ('\u{0900}'..='\u{097F}').contains(&c);
        match start {
            Some((from, script))
                if !is_word_char(c) || (devanagari != script && c.is_alphanumeric()) =>
            {
                push_word(text, from, index, &mut words);
                start = is_word_char(c).then_some((index, devanagari));
            }
            None if is_word_char(c) => start = Some((index, devanagari)),
            _ => {}
        }
    }
    if let Some((from, _)) = start {
        push_word(text, from, text.len(), &mut words);
    }
    words
}

fn push_word(text: &str, start: usize, end: usize, words: &mut Vec<Word>) {
    let folded = fold_word(&text[start..end]);
    if !folded.is_empty() {
        words.push(Word { start, end, folded });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.folded).collect()
    }

    #[test]
    fn nukta_forms_fold_to_their_base_letters_in_both_encodings() {
        // Precomposed ड़ (U+095C) and decomposed ड + nukta (U+0921 U+093C).
        assert_eq!(fold_word("\u{095C}"), fold_word("\u{0921}\u{093C}"));
        assert_eq!(fold_word("ज़मीन"), fold_word("जमीन"));
        assert_eq!(fold_word("पड़ताल"), "पडताल");
    }

    #[test]
    fn half_nasals_chandrabindu_and_joiners_fold_to_one_spelling() {
        assert_eq!(fold_word("नामान्तरण"), fold_word("नामांतरण"));
        assert_eq!(fold_word("सम्बल"), fold_word("संबल"));
        assert_eq!(fold_word("सेवाएँ"), fold_word("सेवाएं"));
        assert_eq!(fold_word("क्\u{200D}ष"), fold_word("क्ष"));
        assert_eq!(fold_word("ऑनलाइन"), fold_word("ओनलाइन"));
    }

    #[test]
    fn latin_words_fold_case_spelling_and_plurals() {
        assert_eq!(
            folded("Driving LICENCE Renewals"),
            vec!["driving", "license", "renewal"]
        );
        assert_eq!(folded("centres"), vec!["center"]);
        assert_eq!(folded("address status"), vec!["address", "status"]);
    }

    #[test]
    fn words_split_on_punctuation_and_keep_their_place() {
        let text = "स्थानीय/मूल निवासी प्रमाण पत्र। (SC/ST)";
        let found = words(text);
        let shown: Vec<&str> = found.iter().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(
            shown,
            vec!["स्थानीय", "मूल", "निवासी", "प्रमाण", "पत्र", "SC", "ST"]
        );
    }

    #[test]
    fn mixed_scripts_split_into_separate_words() {
        assert_eq!(folded("B-1 की नकल"), vec!["b", "1", "की", "नकल"]);
        assert_eq!(folded("बी1"), vec!["बी", "1"]);
    }
}
