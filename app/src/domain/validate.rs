//! Checking one answer of a form and bringing it to the one form the portal stores: the same
//! rules run in the browser (to say what is wrong as the citizen types) and on the server (which
//! trusts nothing the browser sends).
//!
//! Citizens type the way they are used to: Devanagari digits, spaces inside numbers, `+91` in
//! front of a mobile number, `₹1,20,000/-`. All of that is accepted and normalised; what is stored
//! is plain: `9876543210`, `120000`, `05-03-2026`.

pub mod verhoeff;

pub use verhoeff::{verhoeff_check_digit, verhoeff_is_valid};

use crate::domain::date::{Date, DateParseError};
use crate::domain::form::{Field, FieldKind};
use serde::{Deserialize, Serialize};

/// What is wrong with an answer. The browser shows a message for each; the server sends `code`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldError {
    /// A required answer is missing.
    Required,
    /// Fewer characters than allowed.
    TooShort {
        /// The fewest characters allowed.
        min: u32,
    },
    /// More characters than allowed.
    TooLong {
        /// The most characters allowed.
        max: u32,
    },
    /// A Hindi name with something other than Devanagari letters.
    NotDevanagari,
    /// A name with something other than letters, spaces, dots, apostrophes and hyphens.
    NotAName,
    /// An Aadhaar number that is not 12 digits.
    AadhaarLength,
    /// An Aadhaar number starting with 0 or 1 (none is issued so).
    AadhaarFirstDigit,
    /// An Aadhaar number whose check digit is wrong: a digit was mistyped.
    AadhaarChecksum,
    /// Not a 10-digit Indian mobile number starting 6–9.
    MobileFormat,
    /// Not a 6-digit PIN code.
    PinFormat,
    /// Not a 9-digit Samagra member ID.
    SamagraFormat,
    /// Not a date written DD-MM-YYYY.
    DateFormat,
    /// No such day (30-02-2024).
    DateNotReal,
    /// After today, where that cannot be.
    DateInFuture,
    /// Before today, where that cannot be.
    DateInPast,
    /// Not a whole number of rupees.
    RupeesFormat,
    /// More rupees than allowed.
    RupeesTooLarge {
        /// The largest amount allowed.
        max: u64,
    },
    /// Not one of the question's choices.
    NotAnOption,
    /// A required tick box is not ticked.
    NotTicked,
    /// A required document is not uploaded.
    FileMissing,
    /// Not a district id.
    UnknownDistrict,
    /// Not a tehsil id.
    UnknownTehsil,
}

impl FieldError {
    /// The error's name in snake_case, as sent to the browser: `aadhaar_checksum`.
    pub fn code(self) -> &'static str {
        match self {
            FieldError::Required => "required",
            FieldError::TooShort { .. } => "too_short",
            FieldError::TooLong { .. } => "too_long",
            FieldError::NotDevanagari => "not_devanagari",
            FieldError::NotAName => "not_a_name",
            FieldError::AadhaarLength => "aadhaar_length",
            FieldError::AadhaarFirstDigit => "aadhaar_first_digit",
            FieldError::AadhaarChecksum => "aadhaar_checksum",
            FieldError::MobileFormat => "mobile_format",
            FieldError::PinFormat => "pin_format",
            FieldError::SamagraFormat => "samagra_format",
            FieldError::DateFormat => "date_format",
            FieldError::DateNotReal => "date_not_real",
            FieldError::DateInFuture => "date_in_future",
            FieldError::DateInPast => "date_in_past",
            FieldError::RupeesFormat => "rupees_format",
            FieldError::RupeesTooLarge { .. } => "rupees_too_large",
            FieldError::NotAnOption => "not_an_option",
            FieldError::NotTicked => "not_ticked",
            FieldError::FileMissing => "file_missing",
            FieldError::UnknownDistrict => "unknown_district",
            FieldError::UnknownTehsil => "unknown_tehsil",
        }
    }
}

/// Longest one-line text, unless the form says otherwise.
pub const TEXT_MAX_LEN: u32 = 200;
/// Longest multi-line text, unless the form says otherwise.
pub const LONG_TEXT_MAX_LEN: u32 = 1000;
/// Longest name, unless the form says otherwise.
pub const NAME_MAX_LEN: u32 = 100;
/// Shortest Hindi name, unless the form says otherwise.
pub const HINDI_NAME_MIN_LEN: u32 = 2;
/// Longest district or tehsil id.
pub const SLUG_MAX_LEN: usize = 60;

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';

/// Devanagari digits (०–९) as ASCII digits; everything else unchanged.
pub fn normalise_digits(raw: &str) -> String {
    raw.chars()
        .map(|c| match c {
            '\u{0966}'..='\u{096F}' => char::from(b'0' + (c as u32 - 0x0966) as u8),
            other => other,
        })
        .collect()
}

/// Checks one answer to `field` and returns it normalised, as it is to be stored. `today` is the
/// date "future" and "past" are measured from. An empty answer to an optional question is
/// `Ok("")`.
pub fn validate_value(field: &Field, raw: &str, today: Date) -> Result<String, FieldError> {
    let text = raw.trim();
    if text.is_empty() {
        return match (field.required, field.kind) {
            (false, _) => Ok(String::new()),
            (true, FieldKind::Checkbox) => Err(FieldError::NotTicked),
            (true, FieldKind::File) => Err(FieldError::FileMissing),
            (true, _) => Err(FieldError::Required),
        };
    }
    let rules = &field.rules;
    let lengths = |default_min: u32, default_max: u32| {
        (
            rules.min_len.unwrap_or(default_min),
            rules.max_len.unwrap_or(default_max),
        )
    };
    match field.kind {
        FieldKind::Text => within(one_line(text), lengths(0, TEXT_MAX_LEN)),
        FieldKind::LongText => within(multi_line(text), lengths(0, LONG_TEXT_MAX_LEN)),
        FieldKind::HindiName => {
            within(hindi_name(text)?, lengths(HINDI_NAME_MIN_LEN, NAME_MAX_LEN))
        }
        FieldKind::Name => within(any_name(text)?, lengths(0, NAME_MAX_LEN)),
        FieldKind::Date => date(text, field, today),
        FieldKind::Aadhaar => aadhaar(text),
        FieldKind::Mobile => mobile(text),
        FieldKind::Pin => {
            let digits = digits_only(text).ok_or(FieldError::PinFormat)?;
            let first_nonzero = !digits.starts_with('0');
            (digits.len() == 6 && first_nonzero)
                .then_some(digits)
                .ok_or(FieldError::PinFormat)
        }
        FieldKind::SamagraId => {
            let digits = digits_only(text).ok_or(FieldError::SamagraFormat)?;
            (digits.len() == 9)
                .then_some(digits)
                .ok_or(FieldError::SamagraFormat)
        }
        FieldKind::Rupees => rupees(text, rules.max_rupees),
        FieldKind::Radio | FieldKind::Select => field
            .options
            .iter()
            .find(|choice| choice.value == text)
            .map(|choice| choice.value.clone())
            .ok_or(FieldError::NotAnOption),
        FieldKind::Checkbox => (text == "yes")
            .then(|| "yes".to_string())
            .ok_or(FieldError::NotAnOption),
        FieldKind::District => slug(text).ok_or(FieldError::UnknownDistrict),
        FieldKind::Tehsil => slug(text).ok_or(FieldError::UnknownTehsil),
        // Whether the document exists is the server's to check.
        FieldKind::File => Ok(text.to_string()),
    }
}

/// Checks a mobile number asked for on its own (tracking asks for the applicant's): the same rule
/// as [`validate_value`] with the applicant's mobile question, without the rest of the form's
/// rules (the tracking page's chunk then carries none of them).
pub fn validate_mobile(raw: &str) -> Result<String, FieldError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(FieldError::Required);
    }
    mobile(text)
}

/// Applies the length limits, counting characters.
fn within(text: String, (min, max): (u32, u32)) -> Result<String, FieldError> {
    let count = text.chars().count();
    if count < min as usize {
        Err(FieldError::TooShort { min })
    } else if count > max as usize {
        Err(FieldError::TooLong { max })
    } else {
        Ok(text)
    }
}

/// One line: control characters (tabs, stray newlines) become spaces.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Several lines: `\r\n` and `\r` become `\n`; other control characters become spaces.
fn multi_line(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\n' => '\n',
            '\r' => '\n',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// Keeps the characters of a name, collapsing runs of whitespace into one space; `None` if a
/// character is not allowed or there is no letter.
fn name_chars(
    text: &str,
    allowed: impl Fn(char) -> bool,
    letter: impl Fn(char) -> bool,
) -> Option<String> {
    let mut name = String::with_capacity(text.len());
    let mut has_letter = false;
    for word in text.split_whitespace() {
        if !name.is_empty() {
            name.push(' ');
        }
        for c in word.chars() {
            let c = if c == '\u{2019}' { '\'' } else { c };
            if !allowed(c) {
                return None;
            }
            has_letter |= letter(c);
            name.push(c);
        }
    }
    has_letter.then_some(name)
}

fn is_devanagari(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c)
}

fn hindi_name(text: &str) -> Result<String, FieldError> {
    name_chars(
        text,
        |c| is_devanagari(c) || c == '.' || c == ZWJ || c == ZWNJ,
        |c| is_devanagari(c) && c.is_alphabetic(),
    )
    .ok_or(FieldError::NotDevanagari)
}

fn any_name(text: &str) -> Result<String, FieldError> {
    name_chars(
        text,
        |c| {
            c.is_alphabetic()
                // Devanagari signs that are not letters themselves: virama, nukta, avagraha.
                || (is_devanagari(c) && !c.is_numeric() && c != '\u{0964}' && c != '\u{0965}')
                || matches!(c, '.' | '\'' | '-' | ZWJ | ZWNJ)
        },
        char::is_alphabetic,
    )
    .ok_or(FieldError::NotAName)
}

fn date(text: &str, field: &Field, today: Date) -> Result<String, FieldError> {
    let date = Date::parse_dmy(text).map_err(|error| match error {
        DateParseError::Format => FieldError::DateFormat,
        DateParseError::NotReal => FieldError::DateNotReal,
    })?;
    if field.rules.not_future && date > today {
        return Err(FieldError::DateInFuture);
    }
    if field.rules.not_past && date < today {
        return Err(FieldError::DateInPast);
    }
    Ok(date.format_dmy())
}

/// The digits of a number typed with spaces or hyphens between groups (Devanagari digits too);
/// `None` if anything else is in it.
fn digits_only(text: &str) -> Option<String> {
    let digits: String = normalise_digits(text)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    digits.bytes().all(|b| b.is_ascii_digit()).then_some(digits)
}

fn aadhaar(text: &str) -> Result<String, FieldError> {
    let digits = digits_only(text).ok_or(FieldError::AadhaarLength)?;
    if digits.len() != 12 {
        return Err(FieldError::AadhaarLength);
    }
    if digits.starts_with(['0', '1']) {
        return Err(FieldError::AadhaarFirstDigit);
    }
    if !verhoeff_is_valid(&digits) {
        return Err(FieldError::AadhaarChecksum);
    }
    Ok(digits)
}

fn mobile(text: &str) -> Result<String, FieldError> {
    let text = text.strip_prefix('+').unwrap_or(text);
    let digits = digits_only(text).ok_or(FieldError::MobileFormat)?;
    let national = match digits.len() {
        12 if digits.starts_with("91") => &digits[2..],
        11 if digits.starts_with('0') => &digits[1..],
        _ => &digits,
    };
    if national.len() == 10 && national.starts_with(['6', '7', '8', '9']) {
        Ok(national.to_string())
    } else {
        Err(FieldError::MobileFormat)
    }
}

fn rupees(text: &str, max: Option<u64>) -> Result<String, FieldError> {
    let text = normalise_digits(text);
    let mut rest = text.trim();
    for prefix in ["₹", "INR", "Rs.", "Rs", "रु.", "रु", "रू.", "रू"] {
        if let Some(after) = strip_prefix_ignore_ascii_case(rest, prefix) {
            rest = after.trim_start();
            break;
        }
    }
    for suffix in ["/-", ".00", ".0"] {
        if let Some(before) = rest.strip_suffix(suffix) {
            rest = before.trim_end();
            break;
        }
    }
    let shaped = rest.starts_with(|c: char| c.is_ascii_digit())
        && rest.ends_with(|c: char| c.is_ascii_digit())
        && rest.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && !rest.contains(",,");
    if !shaped {
        return Err(FieldError::RupeesFormat);
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let digits = match digits.trim_start_matches('0') {
        "" => "0",
        significant => significant,
    };
    let limit = max.unwrap_or(u64::MAX);
    match digits.parse::<u64>() {
        Ok(amount) if amount <= limit => Ok(digits.to_string()),
        _ => Err(FieldError::RupeesTooLarge { max: limit }),
    }
}

fn strip_prefix_ignore_ascii_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// A district or tehsil id: lowercase ASCII letters, digits and hyphens, at most 60 characters.
fn slug(text: &str) -> Option<String> {
    let valid = text.len() <= SLUG_MAX_LEN
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    valid.then(|| text.to_string())
}

/// An Aadhaar number for showing: `XXXX XXXX 1234`, only the last four digits kept. Anything not
/// a 12-digit number is masked whole.
pub fn mask_aadhaar(normalised: &str) -> String {
    if normalised.len() == 12 && normalised.bytes().all(|b| b.is_ascii_digit()) {
        format!("XXXX XXXX {}", &normalised[8..])
    } else {
        "XXXX XXXX XXXX".to_string()
    }
}

#[cfg(test)]
mod tests;
