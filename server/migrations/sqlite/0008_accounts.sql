-- The officer a session belongs to, so replacing an officer's password or deactivating the
-- account ends every session the officer has open.
ALTER TABLE sessions ADD COLUMN officer_login TEXT;
CREATE INDEX sessions_by_officer ON sessions (officer_login);
-- What an audit line was about when it is not an application (an officer account, a document).
ALTER TABLE audit_log ADD COLUMN target TEXT;
