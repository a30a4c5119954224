-- A multi-year tiltak the Statsforvalter stops in a later round: what its vedtak promised from
-- `from_year` on is freed (R7), with the reason. One stop per tiltak of a vedtak.
CREATE TABLE stopped_commitment (
    decision_year INTEGER NOT NULL,
    ordning TEXT NOT NULL CHECK (ordning IN ('rekom', 'dekom', 'kompetanseloftet')),
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE RESTRICT,
    tiltak_nummer INTEGER NOT NULL CHECK (tiltak_nummer >= 1),
    from_year INTEGER NOT NULL CHECK (from_year > decision_year),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    stopped_at TEXT NOT NULL,
    PRIMARY KEY (decision_year, ordning, behovsmelding_id, tiltak_nummer)
);
