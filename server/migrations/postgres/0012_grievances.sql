-- CM Helpline (181) grievances. Times are Unix seconds (UTC); dates are ISO text.

-- The categories, synced from server/data/grievances/categories.toml like the catalogue. Posts
-- and subcategories are JSON.
CREATE TABLE grievance_categories (
    id TEXT PRIMARY KEY,
    department_id TEXT NOT NULL,
    name_hi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    place TEXT NOT NULL CHECK (place IN ('district', 'tehsil', 'centre')),
    keywords TEXT NOT NULL,
    posts TEXT NOT NULL,
    subcategories TEXT NOT NULL,
    position BIGINT NOT NULL
);

-- One row a grievance: where it stands now. `level_due` is the current level's last day (none
-- above L3); `version` rises with every change, so the escalation job of two portal instances
-- cannot both move the same grievance.
CREATE TABLE grievances (
    number TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('complaint', 'demand', 'information')),
    category_id TEXT NOT NULL REFERENCES grievance_categories (id),
    subcategory_id TEXT,
    mobile TEXT NOT NULL,
    district_id TEXT NOT NULL,
    tehsil TEXT,
    centre_id TEXT,
    description TEXT NOT NULL,
    filed_by TEXT NOT NULL,
    filed_at BIGINT NOT NULL,
    filed_on TEXT NOT NULL,
    status TEXT NOT NULL,
    level BIGINT NOT NULL CHECK (level BETWEEN 1 AND 5),
    level_since TEXT NOT NULL,
    level_due TEXT,
    resolved_on TEXT,
    version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX grievances_by_due ON grievances (status, level_due);
CREATE INDEX grievances_by_mobile ON grievances (mobile, filed_at);
CREATE INDEX grievances_by_desk ON grievances (district_id, level, status);

-- Every action on a grievance, in order: who (a login, `citizen` or `system`), with the post they
-- signed with, what, and the status and level before and after.
CREATE TABLE grievance_events (
    id TEXT PRIMARY KEY,
    grievance_number TEXT NOT NULL REFERENCES grievances (number),
    seq BIGINT NOT NULL,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    post_hi TEXT,
    post_en TEXT,
    action TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    from_level BIGINT,
    to_level BIGINT NOT NULL,
    note TEXT,
    UNIQUE (grievance_number, seq)
);
