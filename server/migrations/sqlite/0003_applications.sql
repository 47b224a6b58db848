-- Applying online: sessions, one-time passwords, the notification outbox, drafts kept on the
-- server, uploaded documents, and applications. Times are Unix seconds (UTC); dates are ISO text.

-- Sessions (tower-sessions records). The id is the cookie's value; a logged-out or expired
-- session has no row, so a replayed cookie finds nothing.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- One-time passwords. Only a keyed hash of the code is kept.
CREATE TABLE otp_challenges (
    id TEXT PRIMARY KEY,
    purpose TEXT NOT NULL,
    mobile TEXT NOT NULL,
    client_ip TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    consumed_at INTEGER
);
CREATE INDEX otp_by_mobile ON otp_challenges (mobile, created_at);
CREATE INDEX otp_by_ip ON otp_challenges (client_ip, created_at);

-- Every message to a citizen goes through here; a sender drains it.
CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    mobile TEXT NOT NULL,
    template TEXT NOT NULL,
    body TEXT NOT NULL,
    encoding TEXT NOT NULL,
    segments INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX notifications_queue ON notifications (status, created_at);

-- A draft on the server, once the mobile is verified: resumable elsewhere by its code.
-- Aadhaar numbers are never in `answers`; they are in `sealed`, encrypted.
CREATE TABLE drafts (
    resume_code TEXT PRIMARY KEY,
    mobile TEXT NOT NULL,
    service_id TEXT NOT NULL REFERENCES services (id),
    answers TEXT NOT NULL,
    sealed TEXT,
    step TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    UNIQUE (mobile, service_id)
);

-- Applications: one per idempotency key, numbered for reading out over the phone.
CREATE TABLE applications (
    number TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    service_id TEXT NOT NULL REFERENCES services (id),
    mobile TEXT NOT NULL,
    applicant_name TEXT NOT NULL,
    answers TEXT NOT NULL,
    sealed TEXT,
    status TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('online', 'centre')),
    fee_rupees INTEGER,
    received_at INTEGER NOT NULL,
    received_on TEXT NOT NULL,
    due_on TEXT NOT NULL
);
CREATE INDEX applications_by_mobile ON applications (mobile);

-- What happened to an application, in order. Rows are only ever added.
CREATE TABLE application_events (
    id TEXT PRIMARY KEY,
    application_number TEXT NOT NULL REFERENCES applications (number),
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    note TEXT
);
CREATE INDEX application_events_by_number ON application_events (application_number, at);

-- Uploaded files. The bytes live outside the web root under `storage_key`.
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    mobile TEXT NOT NULL,
    service_id TEXT NOT NULL,
    field_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    storage_key TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    application_number TEXT REFERENCES applications (number)
);
CREATE INDEX documents_by_mobile ON documents (mobile, service_id);
