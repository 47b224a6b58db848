//! What a refused answer's message says, in the reader's language: what is wrong and what to do.

use crate::domain::form::{Field, FieldKind};
use crate::domain::validate::FieldError;
use crate::i18n::*;
use crate::preferences::language_of;

/// The message for `error` on `field`, in the current language.
pub fn field_error_text(
    i18n: leptos_i18n::I18nContext<Locale>,
    field: &Field,
    error: FieldError,
) -> String {
    let label = field.label.get(language_of(i18n.get_locale())).to_string();
    let choice = matches!(
        field.kind,
        FieldKind::Radio | FieldKind::Select | FieldKind::District | FieldKind::Tehsil
    );
    // A question ("वे आपके क्या लगते हैं?") is answered; a name ("लिंग") is chosen or filled.
    let question = label.trim_end().ends_with('?');
    match error {
        FieldError::Required if question && choice => {
            t_string!(i18n, apply.error.choose_answer, label = label).to_string()
        }
        FieldError::Required if question => {
            t_string!(i18n, apply.error.write_answer, label = label).to_string()
        }
        FieldError::Required if choice => {
            t_string!(i18n, apply.error.choose, label = label).to_string()
        }
        FieldError::Required => t_string!(i18n, apply.error.required, label = label).to_string(),
        FieldError::TooShort { min } => {
            t_string!(i18n, apply.error.too_short, min = min).to_string()
        }
        FieldError::TooLong { max } => t_string!(i18n, apply.error.too_long, max = max).to_string(),
        FieldError::NotDevanagari => t_string!(i18n, apply.error.not_devanagari).to_string(),
        FieldError::NotAName => t_string!(i18n, apply.error.not_a_name).to_string(),
        FieldError::AadhaarLength => t_string!(i18n, apply.error.aadhaar_length).to_string(),
        FieldError::AadhaarFirstDigit => {
            t_string!(i18n, apply.error.aadhaar_first_digit).to_string()
        }
        FieldError::AadhaarChecksum => t_string!(i18n, apply.error.aadhaar_checksum).to_string(),
        FieldError::MobileFormat => t_string!(i18n, apply.error.mobile_format).to_string(),
        FieldError::PinFormat => t_string!(i18n, apply.error.pin_format).to_string(),
        FieldError::SamagraFormat => t_string!(i18n, apply.error.samagra_format).to_string(),
        FieldError::DateFormat => t_string!(i18n, apply.error.date_format).to_string(),
        FieldError::DateNotReal => t_string!(i18n, apply.error.date_not_real).to_string(),
        FieldError::DateInFuture => t_string!(i18n, apply.error.date_in_future).to_string(),
        FieldError::DateInPast => t_string!(i18n, apply.error.date_in_past).to_string(),
        FieldError::RupeesFormat => t_string!(i18n, apply.error.rupees_format).to_string(),
        FieldError::RupeesTooLarge { max } => {
            t_string!(i18n, apply.error.rupees_too_large, max = max).to_string()
        }
        FieldError::NotAnOption => t_string!(i18n, apply.error.not_an_option).to_string(),
        FieldError::NotTicked => t_string!(i18n, apply.error.not_ticked, label = label).to_string(),
        FieldError::FileMissing => {
            t_string!(i18n, apply.error.file_missing, label = label).to_string()
        }
        FieldError::UnknownDistrict => t_string!(i18n, apply.error.unknown_district).to_string(),
        FieldError::UnknownTehsil => t_string!(i18n, apply.error.unknown_tehsil).to_string(),
    }
}
