-- The catalogue of notified services, its departments and the state's districts.
CREATE TABLE departments (
    id TEXT PRIMARY KEY,
    position BIGINT NOT NULL,
    name_hi TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE districts (
    id TEXT PRIMARY KEY,
    position BIGINT NOT NULL,
    name_hi TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE services (
    id TEXT PRIMARY KEY,
    position BIGINT NOT NULL,
    department_id TEXT NOT NULL REFERENCES departments (id),
    name_hi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    time_limit_days BIGINT NOT NULL CHECK (time_limit_days >= 0),
    working_days BIGINT NOT NULL CHECK (working_days IN (0, 1)),
    time_limit_confirmed BIGINT NOT NULL CHECK (time_limit_confirmed IN (0, 1)),
    designated_officer_hi TEXT,
    designated_officer_en TEXT,
    first_appeal_hi TEXT,
    first_appeal_en TEXT,
    second_appeal_hi TEXT,
    second_appeal_en TEXT,
    samadhan_ek_din BIGINT NOT NULL CHECK (samadhan_ek_din IN (0, 1)),
    channel TEXT NOT NULL CHECK (channel IN ('online', 'centre')),
    source TEXT NOT NULL
);

CREATE INDEX services_by_department ON services (department_id, position);

CREATE TABLE service_keywords (
    service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    keyword TEXT NOT NULL,
    PRIMARY KEY (service_id, position)
);
