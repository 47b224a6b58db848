-- A queued message is claimed before it is sent (until `claimed_until`), so two portal
-- instances draining one outbox never send it twice; a claim left by a stopped instance lapses
-- and the message is sent again.
ALTER TABLE notifications ADD COLUMN claimed_until INTEGER;
