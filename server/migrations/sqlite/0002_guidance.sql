-- What a citizen must know before applying, and life events for browsing.
ALTER TABLE services ADD COLUMN who_can_apply_hi TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN who_can_apply_en TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN fee_rupees INTEGER CHECK (fee_rupees >= 0);
ALTER TABLE services ADD COLUMN fee_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (fee_confirmed IN (0, 1));

CREATE TABLE service_documents (
    service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name_hi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    PRIMARY KEY (service_id, position)
);

CREATE TABLE service_life_events (
    service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    life_event TEXT NOT NULL,
    PRIMARY KEY (service_id, life_event)
);
