//! Every message the portal sends a citizen, in one place: each kind of SMS with its Hindi and
//! English text and the number of segments it may take. The server picks the kind and fills in
//! the facts; the words live here, where a translator and the segment test find all of them.
//!
//! Hindi goes as UCS-2 (70 characters in one segment, 67 in each of several), so the Hindi texts
//! are short; links are the short `/t/{number}` and `/c/{number}` addresses.

use super::date::Date;
use super::grievance::level::Level;
use super::language::Language;
use super::sms::sms_length;
use super::status::Status;

/// One message to a citizen, with the facts it carries.
#[derive(Clone, Copy, Debug)]
pub enum Sms<'a> {
    /// A one-time code for the mobile number.
    Code {
        /// The code, or `******` in the copy the outbox keeps.
        code: &'a str,
        /// Minutes it stays valid.
        minutes: i64,
    },
    /// An application was received.
    Received {
        /// The application number.
        number: &'a str,
        /// The service's name in the message's language.
        service: &'a str,
        /// The last day the law allows for a decision.
        due_on: Date,
    },
    /// An application's status changed.
    StatusChanged {
        /// The application number.
        number: &'a str,
        /// The new status.
        status: Status,
        /// The last day for a decision, when the clock is running.
        due_on: Option<Date>,
        /// The last day to appeal a refusal.
        appeal_by: Option<Date>,
        /// The short link to the application's tracking page.
        track: &'a str,
        /// The short link to its certificate.
        certificate: &'a str,
    },
    /// A grievance was filed.
    GrievanceFiled {
        /// The grievance number.
        number: &'a str,
        /// The post that has it, in the message's language.
        post: &'a str,
        /// L1's last day.
        due_on: Date,
        /// The short link to its tracking page.
        track: &'a str,
    },
    /// A grievance's level's days ran out and it moved up on its own.
    GrievanceEscalated {
        /// The grievance number.
        number: &'a str,
        /// The level it is at now.
        level: Level,
        /// The new level's last day, where it has one.
        due_on: Option<Date>,
        /// The short link to its tracking page.
        track: &'a str,
    },
}

impl Sms<'_> {
    /// The outbox's name for this kind of message.
    pub fn template(&self) -> &'static str {
        match self {
            Sms::Code { .. } => "otp",
            Sms::Received { .. } => "application_received",
            Sms::StatusChanged { .. } => "status_changed",
            Sms::GrievanceFiled { .. } => "grievance_filed",
            Sms::GrievanceEscalated { .. } => "grievance_escalated",
        }
    }

    /// The most segments this kind may take in either language: a code must arrive whole and
    /// fast, so it takes at most two; an acknowledgement carries the service's name (up to 52
    /// letters in the catalogue) and a status change its link, so they take up to three.
    pub fn segment_limit(&self) -> usize {
        match self {
            Sms::Code { .. } => 2,
            Sms::Received { .. }
            | Sms::StatusChanged { .. }
            | Sms::GrievanceFiled { .. }
            | Sms::GrievanceEscalated { .. } => 3,
        }
    }

    /// The text as sent, in `language`.
    pub fn text(&self, language: Language) -> String {
        let hindi = language == Language::Hi;
        match *self {
            Sms::Code { code, minutes } if hindi => format!(
                "जन सेवा पोर्टल: आपका सत्यापन कोड {code} है। यह {minutes} मिनट तक मान्य है। इसे किसी को न बताएँ।"
            ),
            Sms::Code { code, minutes } => format!(
                "Jan Seva Portal: your verification code is {code}. It is valid for {minutes} minutes. Do not share it with anyone."
            ),
            Sms::Received {
                number,
                service,
                due_on,
            } if hindi => format!(
                "जन सेवा पोर्टल: आपका आवेदन {number} ({service}) प्राप्त हुआ। निराकरण की अंतिम तारीख {}।",
                due_on.format_dmy()
            ),
            Sms::Received {
                number,
                service,
                due_on,
            } => format!(
                "Jan Seva Portal: your application {number} ({service}) has been received. Last date for a decision: {}.",
                due_on.format_dmy()
            ),
            Sms::StatusChanged {
                number,
                status,
                due_on,
                appeal_by,
                track,
                certificate,
            } => status_text(hindi, number, status, due_on, appeal_by, track, certificate),
            Sms::GrievanceFiled {
                number,
                post,
                due_on,
                track,
            } if hindi => format!(
                "सीएम हेल्पलाइन: आपकी शिकायत {number} दर्ज हुई। यह {post} के पास है, अंतिम तारीख {}। देखें: {track}",
                due_on.format_dmy()
            ),
            Sms::GrievanceFiled {
                number,
                post,
                due_on,
                track,
            } => format!(
                "CM Helpline: your grievance {number} is registered. It is with the {post}, last date {}. See: {track}",
                due_on.format_dmy()
            ),
            Sms::GrievanceEscalated {
                number,
                level,
                due_on,
                track,
            } => {
                let level = level.as_str();
                match (hindi, due_on.map(Date::format_dmy)) {
                    (true, Some(due)) => format!(
                        "सीएम हेल्पलाइन: शिकायत {number} अब स्तर {level} पर है। अंतिम तारीख {due}। देखें: {track}"
                    ),
                    (true, None) => {
                        format!("सीएम हेल्पलाइन: शिकायत {number} अब स्तर {level} पर है। देखें: {track}")
                    }
                    (false, Some(due)) => format!(
                        "CM Helpline: grievance {number} is now at level {level}. Last date {due}. See: {track}"
                    ),
                    (false, None) => {
                        format!(
                            "CM Helpline: grievance {number} is now at level {level}. See: {track}"
                        )
                    }
                }
            }
        }
    }
}

fn status_text(
    hindi: bool,
    number: &str,
    status: Status,
    due_on: Option<Date>,
    appeal_by: Option<Date>,
    track: &str,
    certificate: &str,
) -> String {
    let head = if hindi {
        format!("जन सेवा पोर्टल: आवेदन {number}")
    } else {
        format!("Jan Seva Portal: Application {number}")
    };
    let due = due_on.map(|due| due.format_dmy());
    let appeal_by = appeal_by.map(|last| last.format_dmy());
    let what = match (status, hindi) {
        (Status::Received, true) => "प्राप्त हुआ।".to_string(),
        (Status::Received, false) => "is received.".to_string(),
        (Status::UnderReview, true) => match due {
            Some(due) => format!("जाँच में है। अंतिम तारीख {due}।"),
            None => "जाँच में है।".to_string(),
        },
        (Status::UnderReview, false) => match due {
            Some(due) => format!("is under review. Last date {due}."),
            None => "is under review.".to_string(),
        },
        (Status::InfoRequested, true) => {
            format!("के लिए और जानकारी चाहिए। देखें और जवाब दें: {track}")
        }
        (Status::InfoRequested, false) => format!("needs more information. See and reply: {track}"),
        (Status::Issued, true) => {
            format!("स्वीकृत हुआ, प्रमाण पत्र जारी हो गया है। प्रमाण पत्र: {certificate}")
        }
        (Status::Issued, false) => {
            format!("is approved and its certificate issued. Certificate: {certificate}")
        }
        (Status::Rejected, true) => match appeal_by {
            Some(last) => format!("अस्वीकृत हुआ। कारण देखें और {last} तक अपील करें: {track}"),
            None => "अस्वीकृत हुआ। कारण पोर्टल पर देखें।".to_string(),
        },
        (Status::Rejected, false) => match appeal_by {
            Some(last) => format!("is rejected. See the reasons and appeal by {last}: {track}"),
            None => "is rejected. See the reasons on the portal.".to_string(),
        },
        (Status::AppealDismissed, true) => match appeal_by {
            Some(last) => {
                format!("की अपील खारिज हुई। कारण देखें और {last} तक अपील करें: {track}")
            }
            None => "की अपील खारिज हुई। कारण पोर्टल पर देखें।".to_string(),
        },
        (Status::AppealDismissed, false) => match appeal_by {
            Some(last) => {
                format!("has its appeal dismissed. See the reasons and appeal by {last}: {track}")
            }
            None => "has its appeal dismissed. See the reasons on the portal.".to_string(),
        },
        (Status::FirstAppeal, true) => "पर प्रथम अपील दर्ज हुई।".to_string(),
        (Status::FirstAppeal, false) => "has a first appeal filed.".to_string(),
        (Status::SecondAppeal, true) => "पर द्वितीय अपील दर्ज हुई।".to_string(),
        (Status::SecondAppeal, false) => "has a second appeal filed.".to_string(),
    };
    format!("{head} {what}")
}

/// Whether `text` fits in `limit` segments.
pub fn fits(text: &str, limit: usize) -> bool {
    sms_length(text).segments <= limit
}

#[cfg(test)]
mod tests;
