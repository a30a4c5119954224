-- The allocatable budget the Statsforvalter expects for each later year of an innstilling
-- (R7: later years' commitments are checked against it), as JSON {"2028": 7620200, …}. Kept
-- with the innstilling version, so a vedtak keeps the expectations it was made on.
ALTER TABLE innstilling ADD COLUMN expected_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(expected_json));
