//! Certificates a citizen can show anyone: the code printed on them, and how much of the holder's
//! name a public check may reveal.

/// Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand is not misread.
/// Certificate codes and draft resume codes are written in it.
pub const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Characters in a verification code: 20 × 5 = 100 random bits, unguessable.
pub const CODE_LENGTH: usize = 20;

/// A code as printed: five groups of four, `7KQ4-93XP-…`.
pub fn format_code(raw: &str) -> String {
    raw.as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// A typed code of `length` Crockford symbols in its plain form (upper case, no spaces or
/// hyphens; O read as 0, I and L as 1), or `None` when it cannot be one.
pub fn plain_crockford(typed: &str, length: usize) -> Option<String> {
    let plain: String = typed
        .chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    (plain.len() == length && plain.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(plain)
}

/// A typed certificate code in its plain form, or `None` when it cannot be one.
pub fn normalise_code(typed: &str) -> Option<String> {
    plain_crockford(typed, CODE_LENGTH)
}

/// A name with all but the first letter of each word hidden: `रमेश कुमार` → `र*** कु***`,
/// `Ramesh Kumar` → `R***** K****`. A Devanagari letter keeps its vowel signs and marks, so the
/// first letter reads as written.
pub fn mask_name(name: &str) -> String {
    name.split_whitespace()
        .map(|word| {
            let mut chars = word.chars();
            let mut shown = String::new();
            if let Some(first) = chars.next() {
                shown.push(first);
            }
            let rest: Vec<char> = chars.collect();
            let marks = rest.iter().take_while(|c| is_combining(**c)).count();
            shown.extend(&rest[..marks]);
            let hidden = rest.len() - marks;
            shown.push_str(&"*".repeat(hidden.max(1)));
            shown
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Devanagari vowel signs, virama, nukta, anusvara, candrabindu and visarga.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}' | '\u{0962}' | '\u{0963}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_only_each_words_first_letter() {
        assert_eq!(mask_name("Ramesh Kumar"), "R***** K****");
        assert_eq!(mask_name("रमेश कुमार"), "र*** कु***");
        assert_eq!(mask_name("  सीता  "), "सी**");
        assert_eq!(mask_name("A"), "A*");
        assert_eq!(mask_name(""), "");
    }

    #[test]
    fn codes_are_read_forgivingly() {
        let raw = "7KQ493XP0ABCDEFGHJKM";
        assert_eq!(format_code(raw), "7KQ4-93XP-0ABC-DEFG-HJKM");
        assert_eq!(
            normalise_code("7kq4-93xp-oabc-defg-hjkm").as_deref(),
            Some(raw)
        );
        assert_eq!(normalise_code("7KQ4"), None);
        assert_eq!(normalise_code("7KQ4-93XP-0ABC-DEFG-HJK!"), None);
        assert_eq!(normalise_code("7KQ4-93XP-0ABC-DEFG-HJKU"), None);
    }
}
