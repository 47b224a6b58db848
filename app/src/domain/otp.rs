//! The rules for one-time passwords sent by SMS (OWASP ASVS level 2): how long a code lives, how
//! many guesses it allows, how often one may be sent to a number or from an address. Pure: the
//! caller passes the time (`now`, Unix seconds) and what it has recorded, and stores the outcome.

use crate::domain::validate::normalise_digits;
use serde::{Deserialize, Serialize};

/// Seconds in the rolling window of the hourly caps.
pub const HOUR_SECS: i64 = 3600;

/// Digits in a code.
pub const CODE_DIGITS: usize = 6;

/// The limits on sending and checking codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtpPolicy {
    /// How long a code is valid, in seconds (10 minutes).
    pub ttl_secs: i64,
    /// Guesses allowed for one code (5).
    pub max_attempts: u32,
    /// Seconds before another code may be sent to the same number (30).
    pub resend_after_secs: i64,
    /// Codes sent to one number in any rolling hour (5).
    pub per_number_per_hour: u32,
    /// Codes requested from one IP address in any rolling hour (20).
    pub per_ip_per_hour: u32,
}

impl Default for OtpPolicy {
    fn default() -> Self {
        OtpPolicy {
            ttl_secs: 600,
            max_attempts: 5,
            resend_after_secs: 30,
            per_number_per_hour: 5,
            per_ip_per_hour: 20,
        }
    }
}

/// What a code is for. A code sent for one purpose never proves another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OtpPurpose {
    /// Confirming the applicant's mobile number before submitting.
    VerifyMobile,
    /// Opening a saved draft from another device.
    ResumeDraft,
    /// Seeing an application's status and details.
    TrackApplication,
}

impl OtpPurpose {
    /// The stored spelling: `verify_mobile`.
    pub fn as_str(self) -> &'static str {
        match self {
            OtpPurpose::VerifyMobile => "verify_mobile",
            OtpPurpose::ResumeDraft => "resume_draft",
            OtpPurpose::TrackApplication => "track_application",
        }
    }

    /// Reads the stored spelling.
    pub fn parse(text: &str) -> Option<OtpPurpose> {
        [
            OtpPurpose::VerifyMobile,
            OtpPurpose::ResumeDraft,
            OtpPurpose::TrackApplication,
        ]
        .into_iter()
        .find(|purpose| purpose.as_str() == text)
    }
}

/// Whether a code may be sent now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SendDecision {
    /// Send it.
    Allowed,
    /// Not yet: try again after this many seconds.
    Wait {
        /// Seconds until a send would be allowed.
        seconds: i64,
    },
}

/// A code that was sent, as the server records it (the code itself is stored hashed, elsewhere).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Challenge {
    /// When it was sent, in Unix seconds.
    pub created_at: i64,
    /// Wrong guesses so far.
    pub attempts: u32,
    /// Whether it has already been used successfully.
    pub consumed: bool,
    /// What it was sent for.
    pub purpose: OtpPurpose,
}

/// The result of checking a guess.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerifyOutcome {
    /// Right: the caller marks the challenge consumed.
    Verified,
    /// Wrong: the caller adds one to the challenge's attempts.
    Wrong {
        /// Guesses left after this one.
        attempts_left: u32,
    },
    /// No guesses left: a new code is needed.
    TooManyAttempts,
    /// The code is too old: a new code is needed.
    Expired,
    /// The code was already used.
    AlreadyUsed,
    /// The code was sent for something else.
    WrongPurpose,
}

impl OtpPolicy {
    /// Whether a code may be sent to a number now, given when the last one was sent to it and the
    /// send times (Unix seconds) to the number and from the requesting IP address over the last
    /// hour (older times are ignored). When not, the wait is the longest of: until the resend gap
    /// has passed, and, for each hourly cap that is reached, until enough sends have left the
    /// rolling hour.
    pub fn may_send(
        &self,
        now: i64,
        last_sent_to_number: Option<i64>,
        sends_to_number_last_hour: &[i64],
        sends_from_ip_last_hour: &[i64],
    ) -> SendDecision {
        let gap = last_sent_to_number.map_or(0, |sent| sent + self.resend_after_secs - now);
        let number = wait_for_cap(now, sends_to_number_last_hour, self.per_number_per_hour);
        let ip = wait_for_cap(now, sends_from_ip_last_hour, self.per_ip_per_hour);
        let seconds = gap.max(number).max(ip);
        if seconds > 0 {
            SendDecision::Wait { seconds }
        } else {
            SendDecision::Allowed
        }
    }

    /// Checks a guess against a challenge, in this order: already used, sent for another purpose,
    /// expired (`now >= created_at + ttl_secs`), out of guesses, then right or wrong. On `Wrong`
    /// the caller must add one to `attempts`; once the guesses are used up the next check gives
    /// `TooManyAttempts` even for the right code.
    pub fn verify(
        &self,
        challenge: &Challenge,
        purpose: OtpPurpose,
        now: i64,
        code_matches: bool,
    ) -> VerifyOutcome {
        if challenge.consumed {
            VerifyOutcome::AlreadyUsed
        } else if challenge.purpose != purpose {
            VerifyOutcome::WrongPurpose
        } else if now >= challenge.created_at.saturating_add(self.ttl_secs) {
            VerifyOutcome::Expired
        } else if challenge.attempts >= self.max_attempts {
            VerifyOutcome::TooManyAttempts
        } else if code_matches {
            VerifyOutcome::Verified
        } else {
            VerifyOutcome::Wrong {
                attempts_left: self
                    .max_attempts
                    .saturating_sub(challenge.attempts.saturating_add(1)),
            }
        }
    }
}

/// Seconds until fewer than `cap` of the sends fall in the rolling hour (0 when already so). A cap
/// of 0 allows no sends: the wait is always a full hour.
fn wait_for_cap(now: i64, sends: &[i64], cap: u32) -> i64 {
    if cap == 0 {
        return HOUR_SECS;
    }
    let mut recent: Vec<i64> = sends
        .iter()
        .copied()
        .filter(|&sent| now - sent < HOUR_SECS)
        .collect();
    let cap = cap as usize;
    if recent.len() < cap {
        return 0;
    }
    recent.sort_unstable();
    // Once the oldest `len - cap + 1` sends have left the hour, `cap - 1` remain and one more fits.
    recent[recent.len() - cap] + HOUR_SECS - now
}

/// The code as typed, if it is exactly six digits (ASCII or Devanagari) with nothing else but
/// spaces around: the ASCII digits.
pub fn normalise_code(text: &str) -> Option<String> {
    let code = normalise_digits(text.trim());
    (code.len() == CODE_DIGITS && code.bytes().all(|b| b.is_ascii_digit())).then_some(code)
}

/// Whether typed text is a well-formed code: six digits, ASCII or Devanagari, spaces around.
pub fn is_well_formed_code(text: &str) -> bool {
    normalise_code(text).is_some()
}

#[cfg(test)]
mod tests;
