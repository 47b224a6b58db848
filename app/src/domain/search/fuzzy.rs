//! Typo tolerance: edit distance, allowed in proportion to the word's length.

/// How many typos a word of `len` characters may carry and still match: none in short words,
/// where one changed letter makes another word, and more as words grow.
pub fn allowed_typos(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=6 => 1,
        7..=10 => 2,
        _ => 3,
    }
}

/// The longest words compared; longer ones never match with typos.
const MAX_LEN: usize = 48;

/// The optimal-string-alignment distance between `a` and `b` (insertions, deletions,
/// substitutions and swaps of two neighbouring letters each cost one), or `None` when it is more
/// than `max`. Works on any units: phonetic keys are bytes, Devanagari is compared by character.
pub fn distance_within<T: PartialEq>(a: &[T], b: &[T], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max || a.len() > MAX_LEN || b.len() > MAX_LEN {
        return None;
    }
    let width = b.len() + 1;
    // Three rows on the stack: this runs for many words on every keystroke.
    let mut rows = [[0usize; MAX_LEN + 1]; 3];
    for (j, cell) in rows[1].iter_mut().enumerate().take(width) {
        *cell = j;
    }
    let (mut before, mut previous, mut current) = (0, 1, 2);
    for i in 1..=a.len() {
        rows[current][0] = i;
        let mut row_min = i;
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut value = (rows[previous][j] + 1)
                .min(rows[current][j - 1] + 1)
                .min(rows[previous][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(rows[before][j - 2] + 1);
            }
            rows[current][j] = value;
            row_min = row_min.min(value);
        }
        if row_min > max {
            return None;
        }
        (before, previous, current) = (previous, current, before);
    }
    let distance = rows[previous][b.len()];
    (distance <= max).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str, max: usize) -> Option<usize> {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        distance_within(&a, &b, max)
    }

    #[test]
    fn counts_each_kind_of_typo_once() {
        assert_eq!(d("certifcate", "certificate", 2), Some(1));
        assert_eq!(d("licnese", "license", 2), Some(1), "a swap is one typo");
        assert_eq!(d("incme", "income", 1), Some(1));
        assert_eq!(d("domicle", "domicile", 2), Some(1));
        assert_eq!(
            d("परमाण", "प्रमाण", 2),
            Some(1),
            "a missing virama is one typo"
        );
    }

    #[test]
    fn gives_up_beyond_the_allowance() {
        assert_eq!(d("pension", "passport", 2), None);
        assert_eq!(d("a", "abcdef", 2), None);
    }

    #[test]
    fn short_words_allow_no_typos_long_words_allow_more() {
        assert_eq!(allowed_typos(3), 0);
        assert_eq!(allowed_typos(5), 1);
        assert_eq!(allowed_typos(9), 2);
        assert_eq!(allowed_typos(14), 3);
    }
}
