//! Checking the audit log's chain: every line's HMAC recomputed from the line before, so a line
//! changed, removed or inserted by someone with the database but not the secret key shows.

use crate::db::Database;
use crate::db::audit::{chain_value, chained_after};

/// How the chain stands.
#[derive(Debug, PartialEq, Eq)]
pub enum ChainCheck {
    /// Every line, this many, follows from the one before.
    Whole(u64),
    /// The first line that does not: its place.
    BrokenAt(i64),
}

/// Walks the chain from its first line.
pub async fn verify(db: &Database) -> Result<ChainCheck, String> {
    let mut previous = String::new();
    let mut expected_seq = 1;
    let mut count = 0;
    loop {
        let lines = chained_after(db.pool(), expected_seq - 1, 1000)
            .await
            .map_err(|e| e.to_string())?;
        if lines.is_empty() {
            return Ok(ChainCheck::Whole(count));
        }
        for line in lines {
            if line.seq != expected_seq
                || chain_value(&previous, line.seq, &line.id, &line) != line.chain
            {
                return Ok(ChainCheck::BrokenAt(expected_seq));
            }
            previous = line.chain;
            expected_seq += 1;
            count += 1;
        }
    }
}
