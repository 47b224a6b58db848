//! The time, from one place, so tests (and the test-only `CLOCK_OFFSET_SECS` setting) can move it.

use std::sync::atomic::{AtomicI64, Ordering};

/// Tells the time in Unix seconds (UTC).
pub trait Clock: Send + Sync {
    /// Now.
    fn now(&self) -> i64;
}

/// The system's clock, shifted by a fixed offset (zero in production).
#[derive(Debug, Default)]
pub struct SystemClock {
    offset_secs: i64,
}

impl SystemClock {
    /// The system clock moved `offset_secs` ahead: a test setting, never set in production.
    pub fn with_offset(offset_secs: i64) -> SystemClock {
        SystemClock { offset_secs }
    }
}

impl Clock for SystemClock {
    fn now(&self) -> i64 {
        let since_epoch = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or_default();
        since_epoch + self.offset_secs
    }
}

/// A clock that tests set and advance.
#[derive(Debug)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    /// A clock stopped at `now`.
    pub fn at(now: i64) -> ManualClock {
        ManualClock(AtomicI64::new(now))
    }

    /// Moves the clock forward.
    pub fn advance(&self, secs: i64) {
        self.0.fetch_add(secs, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}
