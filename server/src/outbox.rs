//! The notification outbox: every message to a citizen is a row here first, then a sender
//! delivers it. The development sender writes messages to the server's log; an SMS provider
//! plugs in as another `SmsSender`, chosen by `SMS_SENDER`.

use crate::clock::Clock;
use crate::db::Database;
use crate::db::notifications::{self, NewNotification, Written};
use crate::vault::random_hex;
use app::domain::language::Language;
use app::domain::messages::Sms;
use app::domain::sms::{SmsEncoding, sms_length};
use std::sync::Arc;
use std::time::Duration;

/// Delivers one SMS.
#[async_trait::async_trait]
pub trait SmsSender: Send + Sync {
    /// Sends `body` to the 10-digit `mobile`; the error text is logged.
    async fn send(&self, mobile: &str, body: &str) -> Result<(), String>;
}

/// Writes each message to the log instead of sending it: for development and tests. One-time
/// codes are masked unless `show_codes` (the `SMS_LOG_CODES` development setting) is on.
#[derive(Debug, Default)]
pub struct LogSender {
    /// Whether codes are written in clear.
    pub show_codes: bool,
}

/// `body` with every run of exactly six digits (a one-time code) written as `******`.
pub fn mask_codes(body: &str) -> String {
    let mut masked = String::with_capacity(body.len());
    let mut digits = String::new();
    let flush = |digits: &mut String, masked: &mut String| {
        if digits.chars().count() == 6 {
            masked.push_str("******");
        } else {
            masked.push_str(digits);
        }
        digits.clear();
    };
    for c in body.chars() {
        if c.is_ascii_digit() || ('\u{0966}'..='\u{096F}').contains(&c) {
            digits.push(c);
        } else {
            flush(&mut digits, &mut masked);
            masked.push(c);
        }
    }
    flush(&mut digits, &mut masked);
    masked
}

#[async_trait::async_trait]
impl SmsSender for LogSender {
    async fn send(&self, mobile: &str, body: &str) -> Result<(), String> {
        let length = sms_length(body);
        let shown = if self.show_codes {
            body.to_string()
        } else {
            mask_codes(body)
        };
        tracing::info!(
            target: "sms",
            to = mobile,
            body = shown,
            segments = length.segments,
            "sms (development sender)"
        );
        Ok(())
    }
}

/// The sender `SMS_SENDER` names; `show_codes` is the `SMS_LOG_CODES` development setting.
pub fn sender_named(name: &str, show_codes: bool) -> Result<Arc<dyn SmsSender>, String> {
    match name {
        "" | "log" => Ok(Arc::new(LogSender { show_codes })),
        other => Err(format!(
            "SMS_SENDER `{other}` is not known: `log` is built in; a provider is added as an SmsSender"
        )),
    }
}

/// A message for the outbox.
pub struct Message<'a> {
    /// The 10-digit mobile number.
    pub mobile: &'a str,
    /// Which message this is (`otp`, `application_received`, …).
    pub template: &'a str,
    /// The text, as sent.
    pub body: &'a str,
}

fn encoding_name(encoding: SmsEncoding) -> &'static str {
    match encoding {
        SmsEncoding::Gsm7 => "gsm7",
        SmsEncoding::Ucs2 => "ucs2",
    }
}

/// Adds a message to the outbox inside the caller's transaction, so it is queued exactly when
/// the change it reports is committed.
pub async fn queue(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    message: &Message<'_>,
    now: i64,
) -> crate::error::ServerResult<()> {
    let length = sms_length(message.body);
    let new = NewNotification {
        id: &random_hex(16),
        mobile: message.mobile,
        template: message.template,
        body: message.body,
        encoding: encoding_name(length.encoding),
        segments: length.segments as i64,
        created_at: now,
    };
    notifications::insert(&mut **tx, &new, Written::Queued).await?;
    Ok(())
}

/// Queues `sms` to `mobile` in Hindi, the language every message goes in, inside the caller's
/// transaction (see [`queue`]).
pub async fn queue_sms(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    mobile: &str,
    sms: &Sms<'_>,
    now: i64,
) -> crate::error::ServerResult<()> {
    let body = sms.text(Language::Hi);
    let message = Message {
        mobile,
        template: sms.template(),
        body: &body,
    };
    queue(tx, &message, now).await
}

/// Sends a message at once and records it as sent with `recorded_body` in place of the text: for
/// one-time codes, whose text must not be stored.
pub async fn send_now(
    db: &Database,
    sender: &dyn SmsSender,
    message: &Message<'_>,
    recorded_body: &str,
    now: i64,
) -> Result<(), String> {
    let result = sender.send(message.mobile, message.body).await;
    let length = sms_length(message.body);
    let written = if result.is_ok() {
        Written::Sent
    } else {
        Written::Failed
    };
    let new = NewNotification {
        id: &random_hex(16),
        mobile: message.mobile,
        template: message.template,
        body: recorded_body,
        encoding: encoding_name(length.encoding),
        segments: length.segments as i64,
        created_at: now,
    };
    notifications::insert(db.pool(), &new, written)
        .await
        .map_err(|e| e.to_string())?;
    result
}

/// How long a sender holds a message it is sending before another may take it.
pub const CLAIM_SECS: i64 = 60;

/// Most attempts at a queued message before it is marked failed.
pub const MAX_ATTEMPTS: i64 = 5;

/// Sends what is queued, oldest first; returns how many were sent.
pub async fn drain(
    db: &Database,
    sender: &dyn SmsSender,
    clock: &dyn Clock,
) -> crate::error::ServerResult<usize> {
    let queued = notifications::queued(db.pool(), 50, clock.now()).await?;
    let mut sent = 0;
    for message in queued {
        // Another instance draining the same outbox may have taken it since it was read.
        let now = clock.now();
        if !notifications::claim(db.pool(), &message.id, now, now + CLAIM_SECS).await? {
            continue;
        }
        let (status, sent_at) = match sender.send(&message.mobile, &message.body).await {
            Ok(()) => {
                sent += 1;
                ("sent", Some(clock.now()))
            }
            Err(error) => {
                tracing::warn!(%error, "an SMS could not be sent");
                let status = if message.attempts + 1 >= MAX_ATTEMPTS {
                    "failed"
                } else {
                    "queued"
                };
                (status, None)
            }
        };
        notifications::record_attempt(db.pool(), &message.id, status, sent_at).await?;
    }
    Ok(sent)
}

/// Drains the outbox every two seconds for as long as the server runs.
pub fn spawn_worker(db: Database, sender: Arc<dyn SmsSender>, clock: Arc<dyn Clock>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(2));
        loop {
            tick.tick().await;
            if let Err(error) = drain(&db, sender.as_ref(), clock.as_ref()).await {
                tracing::warn!(%error, "the outbox could not be drained");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_keeps_no_code_unless_told() {
        let body = "जन सेवा: आपका कोड 482913 है। 10 मिनट तक मान्य। आवेदन MP26-1555-3988-8";
        let masked = mask_codes(body);
        assert!(!masked.contains("482913"), "{masked}");
        assert!(masked.contains("****** है"), "{masked}");
        assert!(masked.contains("10 मिनट") && masked.contains("MP26-1555-3988-8"));
        assert_eq!(mask_codes("कोड ४८२९१३"), "कोड ******");
        assert_eq!(mask_codes("1234567"), "1234567");
    }
}
