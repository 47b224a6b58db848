//! Grievance numbers, shaped as application numbers are and for the same reasons (read out over
//! the phone at 181, hard to mistype unnoticed): `CM26-4821-7735-2` is the helpline, the
//! two-digit year, eight random digits and a Verhoeff check digit over the ten digits.

use crate::domain::application_number::{
    NumberError, display_reference, parse_reference, reference_digits, reference_traits,
};
use serde::{Deserialize, Serialize};

/// The helpline's prefix.
const PREFIX: &str = "CM";

/// A grievance number, held in its display form `CM26-4821-7735-2`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct GrievanceNumber(String);

impl GrievanceNumber {
    /// The number for a grievance filed in `year`, from a random value (its last eight digits).
    pub fn generate(year: i32, random: u64) -> GrievanceNumber {
        GrievanceNumber(display_reference(PREFIX, &reference_digits(year, random)))
    }

    /// Reads a number as typed or read out: any case, with or without the `CM`, with or without
    /// spaces or hyphens, ASCII or Devanagari digits.
    pub fn parse(text: &str) -> Result<GrievanceNumber, NumberError> {
        parse_reference(text, PREFIX).map(|ten| GrievanceNumber(display_reference(PREFIX, &ten)))
    }

    /// The display form.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

reference_traits!(GrievanceNumber);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_carry_the_helplines_prefix_and_a_check_digit() {
        let number = GrievanceNumber::generate(2026, 48_217_735);
        assert!(number.as_str().starts_with("CM26-4821-7735-"), "{number}");
        assert_eq!(GrievanceNumber::parse(number.as_str()), Ok(number.clone()));
        let spoken = number.as_str().replace('-', " ").to_lowercase();
        assert_eq!(GrievanceNumber::parse(&spoken), Ok(number));
    }

    #[test]
    fn a_misheard_digit_or_an_application_number_is_refused() {
        let number = GrievanceNumber::generate(2026, 48_217_735);
        let text = number.as_str();
        let last = text.chars().last().unwrap().to_digit(10).unwrap();
        let wrong = format!("{}{}", &text[..text.len() - 1], (last + 1) % 10);
        assert_eq!(GrievanceNumber::parse(&wrong), Err(NumberError::CheckDigit));
        let application = text.replacen("CM", "MP", 1);
        assert_eq!(
            GrievanceNumber::parse(&application),
            Err(NumberError::Format)
        );
    }
}
