-- Where a service's facts were read, in Hindi, so a Hindi page cites its source in Hindi
-- (`source` stays the English citation). Empty where no Hindi text was written.
ALTER TABLE services ADD COLUMN source_hi TEXT NOT NULL DEFAULT '';
