//! Application numbers that are easy to read out over the phone and hard to mistype unnoticed:
//! `MP26-4821-7735-2` is the state, the two-digit year, eight random digits in two groups of four
//! and a Verhoeff check digit over the ten digits, which catches any one digit misheard and any
//! two neighbouring digits swapped.

use crate::domain::validate::{normalise_digits, verhoeff_check_digit, verhoeff_is_valid};
use serde::{Deserialize, Serialize};

/// An application number, held in its display form `MP26-4821-7735-2`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct ApplicationNumber(String);

/// Why text is not an application number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    /// Not shaped like `MP26-4821-7735-2`.
    #[error("not an application number like MP26-4821-7735-2")]
    Format,
    /// Shaped right, but the check digit does not match: a digit is wrong or two are swapped.
    #[error("the application number's check digit does not match")]
    CheckDigit,
}

/// How many random digits a number carries.
const RANDOM_DIGITS: u32 = 8;

/// The state's prefix.
const PREFIX: &str = "MP";

/// The ten digits of a number issued in `year` from a random value: the year's last two digits,
/// then the random value's last eight.
pub fn reference_digits(year: i32, random: u64) -> String {
    format!(
        "{:02}{:08}",
        year.rem_euclid(100),
        random % 10u64.pow(RANDOM_DIGITS)
    )
}

/// Ten digits (the year's two, eight random) in the display form `{prefix}26-4821-7735-2`, with
/// the Verhoeff check digit last. Grievance numbers share the shape with their own prefix.
pub fn display_reference(prefix: &str, ten: &str) -> String {
    debug_assert!(ten.len() == 10 && ten.bytes().all(|b| b.is_ascii_digit()));
    let check = verhoeff_check_digit(ten).unwrap_or(0);
    format!(
        "{prefix}{}-{}-{}-{check}",
        &ten[..2],
        &ten[2..6],
        &ten[6..10]
    )
}

/// The ten digits of a number with this prefix as typed or read out: any case, with or without
/// the prefix, with spaces, hyphens or neither between the groups, ASCII or Devanagari digits.
pub fn parse_reference(text: &str, prefix: &str) -> Result<String, NumberError> {
    let compact: String = normalise_digits(text)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let digits = strip_prefix_ignore_case(&compact, prefix).unwrap_or(&compact);
    if digits.len() != 11 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NumberError::Format);
    }
    if !verhoeff_is_valid(digits) {
        return Err(NumberError::CheckDigit);
    }
    Ok(digits[..10].to_string())
}

impl ApplicationNumber {
    /// The number for an application made in `year`, from a random value (only its last eight
    /// decimal digits are used).
    pub fn generate(year: i32, random: u64) -> ApplicationNumber {
        ApplicationNumber::from_digits(&reference_digits(year, random))
    }

    /// Reads a number as typed or read out: any case, with or without the `MP`, with spaces,
    /// hyphens or neither between the groups, ASCII or Devanagari digits:
    /// `mp26 4821 7735 2`, `MP26-4821-7735-2`, `२६४८२१७७३५२`.
    pub fn parse(text: &str) -> Result<ApplicationNumber, NumberError> {
        parse_reference(text, PREFIX).map(|ten| ApplicationNumber::from_digits(&ten))
    }

    /// The display form from the year's two digits and the eight random digits.
    fn from_digits(ten: &str) -> ApplicationNumber {
        ApplicationNumber(display_reference(PREFIX, ten))
    }

    /// The display form: `MP26-4821-7735-2`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The two-digit year the number was issued in: `26`.
    pub fn year_two_digits(&self) -> u32 {
        self.0[2..4].parse().unwrap_or(0)
    }
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// The traits a number type held in its display form shares: shown as it is, stored as a
/// string, and read back (checking the digit) from one.
macro_rules! reference_traits {
    ($number:ident) => {
        impl std::fmt::Display for $number {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<$number> for String {
            fn from(number: $number) -> String {
                number.0
            }
        }

        impl TryFrom<String> for $number {
            type Error = $crate::domain::application_number::NumberError;

            fn try_from(text: String) -> Result<$number, Self::Error> {
                $number::parse(&text)
            }
        }

        impl std::str::FromStr for $number {
            type Err = $crate::domain::application_number::NumberError;

            fn from_str(text: &str) -> Result<$number, Self::Err> {
                $number::parse(text)
            }
        }
    };
}
pub(crate) use reference_traits;

reference_traits!(ApplicationNumber);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_numbers_have_the_display_shape() {
        let number = ApplicationNumber::generate(2026, 48_217_735);
        let text = number.as_str();
        assert_eq!(text.len(), 16);
        assert!(text.starts_with("MP26-4821-7735-"), "{text}");
        assert!(verhoeff_is_valid(&text.replace(['M', 'P', '-'], "")));
        assert_eq!(number.year_two_digits(), 26);
        assert_eq!(number.to_string(), text);
    }

    #[test]
    fn the_random_value_is_cut_to_eight_digits_and_padded() {
        let big = ApplicationNumber::generate(2026, 12_348_217_735);
        assert!(big.as_str().starts_with("MP26-4821-7735-"));
        let small = ApplicationNumber::generate(2027, 42);
        assert!(small.as_str().starts_with("MP27-0000-0042-"), "{small}");
        assert!(
            ApplicationNumber::generate(2100, 0)
                .as_str()
                .starts_with("MP00-0000-0000-")
        );
    }

    #[test]
    fn numbers_round_trip_in_every_spelling() {
        for random in [0, 1, 48_217_735, 99_999_999, 10_203_040] {
            let number = ApplicationNumber::generate(2026, random);
            let text = number.as_str();
            let digits = text.replace(['M', 'P', '-'], "");
            let spaced = format!(
                "mp{} {} {} {}",
                &digits[..2],
                &digits[2..6],
                &digits[6..10],
                &digits[10..]
            );
            let devanagari: String = digits
                .chars()
                .map(|c| char::from_u32(0x0966 + c.to_digit(10).unwrap()).unwrap())
                .collect();
            for spelling in [
                text.to_string(),
                digits.clone(),
                spaced,
                devanagari,
                format!(" Mp{digits} "),
            ] {
                assert_eq!(
                    ApplicationNumber::parse(&spelling),
                    Ok(number.clone()),
                    "{spelling}"
                );
            }
        }
    }

    #[test]
    fn a_read_out_number_parses() {
        let number = ApplicationNumber::generate(2026, 48_217_735);
        let check = number.as_str().chars().last().unwrap();
        let read_out = format!("mp26 4821 7735 {check}");
        assert_eq!(ApplicationNumber::parse(&read_out), Ok(number));
    }

    #[test]
    fn every_single_digit_change_and_adjacent_swap_is_caught() {
        for random in [48_217_735, 10_000_001, 98_765_432] {
            let number = ApplicationNumber::generate(2026, random);
            let digits: Vec<u8> = number.as_str().replace(['M', 'P', '-'], "").into_bytes();
            for position in 0..digits.len() {
                for replacement in b'0'..=b'9' {
                    if replacement != digits[position] {
                        let mut changed = digits.clone();
                        changed[position] = replacement;
                        let changed = String::from_utf8(changed).unwrap();
                        assert_eq!(
                            ApplicationNumber::parse(&changed),
                            Err(NumberError::CheckDigit)
                        );
                    }
                }
                if position + 1 < digits.len() && digits[position] != digits[position + 1] {
                    let mut swapped = digits.clone();
                    swapped.swap(position, position + 1);
                    let swapped = String::from_utf8(swapped).unwrap();
                    assert_eq!(
                        ApplicationNumber::parse(&swapped),
                        Err(NumberError::CheckDigit)
                    );
                }
            }
        }
    }

    #[test]
    fn misshapen_text_is_a_format_error() {
        for text in [
            "",
            "MP",
            "MP26-4821-7735",
            "MP26-4821-7735-22",
            "UP26-4821-7735-2",
            "MP26_4821_7735_2",
            "MPx6-4821-7735-2",
        ] {
            assert_eq!(
                ApplicationNumber::parse(text),
                Err(NumberError::Format),
                "{text}"
            );
        }
    }

    #[test]
    fn serde_uses_the_display_form_and_checks_it() {
        let number = ApplicationNumber::generate(2026, 48_217_735);
        let json = serde_json::to_string(&number).unwrap();
        assert_eq!(json, format!("\"{number}\""));
        assert_eq!(
            serde_json::from_str::<ApplicationNumber>(&json).unwrap(),
            number
        );
        let lowercase = json.to_lowercase();
        assert_eq!(
            serde_json::from_str::<ApplicationNumber>(&lowercase).unwrap(),
            number
        );
        let check = number
            .as_str()
            .chars()
            .last()
            .unwrap()
            .to_digit(10)
            .unwrap();
        let wrong = format!("\"MP26-4821-7735-{}\"", (check + 1) % 10);
        assert!(serde_json::from_str::<ApplicationNumber>(&wrong).is_err());
        assert!(serde_json::from_str::<ApplicationNumber>("\"hello\"").is_err());
    }
}
