-- What a certificate certifies, fixed on the day it is issued: the answers its form names, with
-- their labels and whether a public check may show them (JSON, `domain::certified::CertifiedFact`),
-- and how long it is valid (`domain::certified::Validity` as JSON; NULL where the service sets
-- no limit).
ALTER TABLE certificates ADD COLUMN facts TEXT NOT NULL DEFAULT '[]';
ALTER TABLE certificates ADD COLUMN validity TEXT;
