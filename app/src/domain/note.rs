//! Free text officers and citizens write on an application (reasons, requests, replies, appeals),
//! and the new deadline an appeal officer sets: checked the same in the browser and the server.

use crate::domain::date::{Date, DateParseError};
use crate::domain::validate::FieldError;

/// Longest note, in characters.
pub const MAX_NOTE_CHARS: u32 = 2000;

/// Fewest characters in reasons, a request or an appeal: a word or two is not a reason.
pub const MIN_REASON_CHARS: u32 = 10;

/// Fewest characters in a reply to a request sent without documents (with documents, the reply
/// may be empty).
pub const MIN_BARE_REPLY_CHARS: u32 = 2;

/// The most documents one reply may carry.
pub const MAX_REPLY_DOCUMENTS: usize = 5;

/// Days ahead an appeal officer may set a new deadline, at most.
pub const MAX_NEW_DEADLINE_DAYS: i64 = 90;

/// The note trimmed, or why it is refused. `min` is the fewest characters (0: may be empty).
pub fn check_note(text: &str, min: u32) -> Result<String, FieldError> {
    let trimmed = text.trim();
    let chars = trimmed.chars().count() as u32;
    if chars == 0 && min > 0 {
        Err(FieldError::Required)
    } else if chars < min {
        Err(FieldError::TooShort { min })
    } else if chars > MAX_NOTE_CHARS {
        Err(FieldError::TooLong {
            max: MAX_NOTE_CHARS,
        })
    } else {
        Ok(trimmed.to_string())
    }
}

/// A new deadline typed `DD-MM-YYYY`: a real day from today to [`MAX_NEW_DEADLINE_DAYS`] ahead.
pub fn check_new_deadline(text: &str, today: Date) -> Result<Date, FieldError> {
    if text.trim().is_empty() {
        return Err(FieldError::Required);
    }
    let date = Date::parse_dmy(text).map_err(|e| match e {
        DateParseError::NotReal => FieldError::DateNotReal,
        _ => FieldError::DateFormat,
    })?;
    if date < today {
        Err(FieldError::DateInPast)
    } else if date > today.add_days(MAX_NEW_DEADLINE_DAYS) {
        Err(FieldError::DateNotReal)
    } else {
        Ok(date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_trimmed_and_bounded() {
        assert_eq!(check_note("  ", 10), Err(FieldError::Required));
        assert_eq!(
            check_note("छोटा", 10),
            Err(FieldError::TooShort { min: 10 })
        );
        assert_eq!(check_note("", 0), Ok(String::new()));
        assert_eq!(
            check_note(" आय का प्रमाण संलग्न नहीं है ", 10).as_deref(),
            Ok("आय का प्रमाण संलग्न नहीं है")
        );
        let long = "क".repeat(2001);
        assert_eq!(check_note(&long, 0), Err(FieldError::TooLong { max: 2000 }));
    }

    #[test]
    fn a_new_deadline_is_a_real_day_ahead() {
        let today = Date::from_ymd(2026, 12, 1).unwrap();
        assert_eq!(check_new_deadline("", today), Err(FieldError::Required));
        assert_eq!(
            check_new_deadline("31-02-2027", today),
            Err(FieldError::DateNotReal)
        );
        assert_eq!(
            check_new_deadline("1/1", today),
            Err(FieldError::DateFormat)
        );
        assert_eq!(
            check_new_deadline("30-11-2026", today),
            Err(FieldError::DateInPast)
        );
        assert_eq!(
            check_new_deadline("15-12-2026", today),
            Ok(Date::from_ymd(2026, 12, 15).unwrap())
        );
    }
}
