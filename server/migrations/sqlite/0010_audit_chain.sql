-- Each audit line carries its place in the chain and an HMAC of the line before's value and its
-- own content, so a changed, removed or inserted line shows (`server admin audit-verify`).
-- Lines written before this migration have no place and stand outside the chain.
ALTER TABLE audit_log ADD COLUMN seq INTEGER;
ALTER TABLE audit_log ADD COLUMN chain TEXT;
CREATE UNIQUE INDEX audit_by_seq ON audit_log (seq);
