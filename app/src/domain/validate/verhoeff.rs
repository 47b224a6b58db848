//! The Verhoeff check digit (dihedral group D5), as used by Aadhaar numbers and the portal's
//! application numbers. It catches every single-digit error and every swap of two adjacent digits.

/// The multiplication table of D5.
const MULTIPLY: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];

/// The permutation applied to a digit according to its position: row `i` is row 1 applied `i`
/// times.
const PERMUTE: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/// The inverse of each element of D5.
const INVERSE: [u8; 10] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/// Runs the checksum over the digits, the rightmost at position `first_position`.
fn checksum(digits: &str, first_position: usize) -> Option<u8> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut check = 0u8;
    for (position, byte) in digits.bytes().rev().enumerate() {
        let digit = usize::from(byte - b'0');
        let permuted = PERMUTE[(position + first_position) % 8][digit];
        check = MULTIPLY[usize::from(check)][usize::from(permuted)];
    }
    Some(check)
}

/// The check digit to append to `digits` (ASCII digits only); `None` for empty or non-digit text.
pub fn verhoeff_check_digit(digits: &str) -> Option<u8> {
    checksum(digits, 1).map(|check| INVERSE[usize::from(check)])
}

/// Whether `digits` (ASCII digits, ending in the check digit) pass the Verhoeff check. Text of
/// fewer than two digits or with anything but digits never passes.
pub fn verhoeff_is_valid(digits: &str) -> bool {
    digits.len() >= 2 && checksum(digits, 0) == Some(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_textbook_verhoeff_example() {
        assert_eq!(verhoeff_check_digit("236"), Some(3));
        assert!(verhoeff_is_valid("2363"));
        assert!(!verhoeff_is_valid("2364"));
        assert_eq!(verhoeff_check_digit("12345"), Some(1));
        assert!(verhoeff_is_valid("123451"));
        assert_eq!(verhoeff_check_digit(""), None);
        assert_eq!(verhoeff_check_digit("12a"), None);
        assert!(!verhoeff_is_valid("0"));
        assert!(!verhoeff_is_valid(""));
        assert!(!verhoeff_is_valid("23 63"));
    }

    #[test]
    fn verhoeff_catches_every_single_digit_error_and_adjacent_swap() {
        for base in ["23412341234", "98765432109", "50000000000", "77777777777"] {
            let number = format!("{base}{}", verhoeff_check_digit(base).unwrap());
            assert!(verhoeff_is_valid(&number), "{number}");
            let digits: Vec<u8> = number.bytes().collect();
            for position in 0..digits.len() {
                for replacement in b'0'..=b'9' {
                    if replacement == digits[position] {
                        continue;
                    }
                    let mut changed = digits.clone();
                    changed[position] = replacement;
                    let changed = String::from_utf8(changed).unwrap();
                    assert!(!verhoeff_is_valid(&changed), "{number} → {changed}");
                }
                if position + 1 < digits.len() && digits[position] != digits[position + 1] {
                    let mut swapped = digits.clone();
                    swapped.swap(position, position + 1);
                    let swapped = String::from_utf8(swapped).unwrap();
                    assert!(!verhoeff_is_valid(&swapped), "{number} → {swapped}");
                }
            }
        }
    }

    #[test]
    fn every_adjacent_swap_of_two_different_digits_is_caught_at_every_position() {
        // Whether a swap is caught depends only on the two digits and where they stand.
        for position in 0..10 {
            for a in b'0'..=b'9' {
                for b in (b'0'..=b'9').filter(|&b| b != a) {
                    let mut digits = vec![b'5'; 11];
                    digits[position] = a;
                    digits[position + 1] = b;
                    let base = String::from_utf8(digits.clone()).unwrap();
                    digits.push(b'0' + verhoeff_check_digit(&base).unwrap());
                    digits.swap(position, position + 1);
                    let swapped = String::from_utf8(digits).unwrap();
                    assert!(!verhoeff_is_valid(&swapped), "{base}: {swapped}");
                }
            }
        }
    }

    #[test]
    fn each_permutation_row_is_the_next_power_of_the_first() {
        for row in 1..PERMUTE.len() {
            let next = PERMUTE[(row + 1) % PERMUTE.len()];
            for digit in 0..10 {
                let applied = PERMUTE[1][usize::from(PERMUTE[row][digit])];
                assert_eq!(applied, next[digit], "row {row}, digit {digit}");
            }
        }
    }

    #[test]
    fn each_inverse_undoes_its_element() {
        for element in 0..10 {
            let inverse = INVERSE[element];
            assert_eq!(MULTIPLY[element][usize::from(inverse)], 0);
        }
    }
}
