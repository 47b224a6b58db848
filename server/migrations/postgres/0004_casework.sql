-- Casework: where an application is in its life, officers and their jurisdiction, the
-- append-only audit log, and certificates. Times are Unix seconds (UTC); dates are ISO text.

-- The applicant's district decides the jurisdiction; a centre that applied sees its own.
ALTER TABLE applications ADD COLUMN district_id TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN centre_id TEXT;
-- Appeals filed so far (0, 1 or 2).
ALTER TABLE applications ADD COLUMN appeal_level BIGINT NOT NULL DEFAULT 0;
-- The day the current status began (appeal windows count from it).
ALTER TABLE applications ADD COLUMN status_since TEXT;
-- While the citizen is asked for information: the day it was asked (the clock stands still).
ALTER TABLE applications ADD COLUMN paused_on TEXT;
-- The penalty the second appeal authority imposed on the designated officer.
ALTER TABLE applications ADD COLUMN penalty_rupees BIGINT;
-- Raised by every change, so two officers deciding at once cannot both win.
ALTER TABLE applications ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
-- The order of events within an application (several may share a second).
ALTER TABLE application_events ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;
CREATE INDEX applications_by_desk ON applications (district_id, service_id, due_on);
CREATE INDEX applications_by_centre ON applications (centre_id, due_on);

-- Officers. Passwords are argon2id hashes (PHC strings).
CREATE TABLE officers (
    login TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    designation_hi TEXT NOT NULL,
    designation_en TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('designated-officer', 'first-appeal-officer',
        'second-appeal-authority', 'department-admin', 'centre-operator')),
    district_id TEXT,
    centre_id TEXT,
    password_hash TEXT NOT NULL,
    active BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

-- The services each officer handles.
CREATE TABLE officer_services (
    login TEXT NOT NULL REFERENCES officers (login),
    service_id TEXT NOT NULL REFERENCES services (id),
    PRIMARY KEY (login, service_id)
);

-- Every action by anyone: who, what, when, on which application, from which status to which.
-- Rows are only ever added: the triggers refuse changes and deletions.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    application_number TEXT,
    from_status TEXT,
    to_status TEXT,
    client_ip TEXT
);
CREATE INDEX audit_by_application ON audit_log (application_number, at);
CREATE INDEX audit_by_actor ON audit_log (actor, action, at);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER application_events_append_only BEFORE UPDATE OR DELETE ON application_events
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Certificates, found by the unguessable code printed on them.
CREATE TABLE certificates (
    code TEXT PRIMARY KEY,
    application_number TEXT NOT NULL UNIQUE REFERENCES applications (number),
    service_id TEXT NOT NULL,
    holder_name TEXT NOT NULL,
    district_id TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    issued_at BIGINT NOT NULL,
    issued_by_login TEXT NOT NULL,
    issued_by_hi TEXT NOT NULL,
    issued_by_en TEXT NOT NULL,
    revoked_at BIGINT
);
