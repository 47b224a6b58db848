//! How long an SMS is: how it will be encoded and how many segments (billed messages) it takes.
//! Hindi text always goes as UCS-2, 70 characters to a single message, so templates are written
//! to fit.
//!
//! The count follows GSM 03.38 and 3GPP TS 23.040: GSM-7 when every character is in the basic
//! set (the extension characters `^{}\[~]|€` and form feed take two units each), otherwise UCS-2
//! counting UTF-16 code units. One segment holds 160 GSM-7 units or 70 UCS-2 units; a longer
//! message is split into segments of 153 or 67 units, the rest carrying the joining header. (A
//! phone does not split an escape pair or a surrogate pair across segments, so a message right at
//! a boundary may need one unit more than counted here.)

use serde::{Deserialize, Serialize};

/// How an SMS is encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SmsEncoding {
    /// The GSM 7-bit default alphabet: plain English.
    Gsm7,
    /// UTF-16: anything else, Hindi included.
    Ucs2,
}

/// An SMS's encoding and length.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmsLength {
    /// The encoding the text needs.
    pub encoding: SmsEncoding,
    /// Septets for GSM-7, UTF-16 code units for UCS-2.
    pub units: usize,
    /// Messages it is sent (and billed) as; at least 1.
    pub segments: usize,
}

/// Units in a single-segment GSM-7 message.
pub const GSM7_SINGLE: usize = 160;
/// Units in each segment of a multi-segment GSM-7 message.
pub const GSM7_PER_SEGMENT: usize = 153;
/// Units in a single-segment UCS-2 message.
pub const UCS2_SINGLE: usize = 70;
/// Units in each segment of a multi-segment UCS-2 message.
pub const UCS2_PER_SEGMENT: usize = 67;

/// The basic GSM 03.38 characters outside printable ASCII.
const GSM7_BASIC_EXTRA: &str = "£¥èéùìòÇØøÅåΔΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà\n\r";

/// Printable ASCII characters that are not in the basic set.
const ASCII_NOT_BASIC: &str = "`^{}\\[~]|";

/// Characters of the extension table: each is sent as an escape and the character, two units.
const GSM7_EXTENSION: &str = "^{}\\[~]|€\u{000C}";

/// GSM-7 units of a character; `None` when it has no GSM-7 form.
fn gsm7_units(c: char) -> Option<usize> {
    let ascii_basic = (c == ' ' || c.is_ascii_graphic()) && !ASCII_NOT_BASIC.contains(c);
    if ascii_basic || GSM7_BASIC_EXTRA.contains(c) {
        Some(1)
    } else if GSM7_EXTENSION.contains(c) {
        Some(2)
    } else {
        None
    }
}

/// The encoding, units and segments of an SMS. Empty text is 0 units in 1 segment.
pub fn sms_length(text: &str) -> SmsLength {
    let gsm7: Option<usize> = text.chars().map(gsm7_units).sum();
    let (encoding, units, single, per_segment) = match gsm7 {
        Some(units) => (SmsEncoding::Gsm7, units, GSM7_SINGLE, GSM7_PER_SEGMENT),
        None => (
            SmsEncoding::Ucs2,
            text.encode_utf16().count(),
            UCS2_SINGLE,
            UCS2_PER_SEGMENT,
        ),
    };
    let segments = if units <= single {
        1
    } else {
        units.div_ceil(per_segment)
    };
    SmsLength {
        encoding,
        units,
        segments,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_text_is_one_empty_segment() {
        let length = sms_length("");
        assert_eq!(length.encoding, SmsEncoding::Gsm7);
        assert_eq!((length.units, length.segments), (0, 1));
    }

    #[test]
    fn english_fits_160_then_153_a_segment() {
        assert_eq!(sms_length(&"a".repeat(160)).segments, 1);
        let long = sms_length(&"a".repeat(161));
        assert_eq!(
            (long.encoding, long.units, long.segments),
            (SmsEncoding::Gsm7, 161, 2)
        );
        assert_eq!(sms_length(&"a".repeat(306)).segments, 2);
        assert_eq!(sms_length(&"a".repeat(307)).segments, 3);
    }

    #[test]
    fn extension_characters_take_two_units() {
        let length = sms_length("{€}");
        assert_eq!((length.encoding, length.units), (SmsEncoding::Gsm7, 6));
        assert_eq!(sms_length(&format!("{}[", "a".repeat(158))).segments, 1);
        assert_eq!(sms_length(&format!("{}[", "a".repeat(159))).segments, 2);
    }

    #[test]
    fn the_basic_set_beyond_ascii_stays_gsm7() {
        let length = sms_length("£5 @ Café, ¿Ñ? Δ\n");
        assert_eq!(length.encoding, SmsEncoding::Gsm7);
        assert_eq!(length.units, 17);
        assert_eq!(
            sms_length("`").encoding,
            SmsEncoding::Ucs2,
            "a backtick has no GSM-7 form"
        );
        assert_eq!(sms_length("₹").encoding, SmsEncoding::Ucs2);
    }

    #[test]
    fn hindi_fits_70_then_67_a_segment() {
        let seventy = "क".repeat(70);
        let length = sms_length(&seventy);
        assert_eq!(
            (length.encoding, length.units, length.segments),
            (SmsEncoding::Ucs2, 70, 1)
        );
        let seventy_one = sms_length(&"क".repeat(71));
        assert_eq!((seventy_one.units, seventy_one.segments), (71, 2));
        assert_eq!(sms_length(&"क".repeat(134)).segments, 2);
        assert_eq!(sms_length(&"क".repeat(135)).segments, 3);
        let message = sms_length("आपका ओटीपी 482193 है। 10 मिनट तक मान्य।");
        assert_eq!((message.encoding, message.segments), (SmsEncoding::Ucs2, 1));
    }

    #[test]
    fn one_hindi_letter_turns_english_into_ucs2() {
        let mixed = format!("{}क", "a".repeat(69));
        assert_eq!(sms_length(&mixed).encoding, SmsEncoding::Ucs2);
        assert_eq!(sms_length(&mixed).segments, 1);
        assert_eq!(sms_length(&format!("{}क", "a".repeat(70))).segments, 2);
    }

    #[test]
    fn an_emoji_is_two_utf16_units() {
        let length = sms_length("🙏");
        assert_eq!(
            (length.encoding, length.units, length.segments),
            (SmsEncoding::Ucs2, 2, 1)
        );
        assert_eq!(sms_length(&"🙏".repeat(35)).segments, 1);
        assert_eq!(sms_length(&"🙏".repeat(36)).segments, 2);
    }
}
