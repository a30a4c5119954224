-- The partnership's answer, in a later round, about what a multi-year tiltak needs that year:
-- the promised amount confirmed, or more or less with a reason; `accepted` when the
-- Statsforvalter has accepted a change (R7). One answer per tiltak of a vedtak and year.
CREATE TABLE commitment_answer (
    decision_year INTEGER NOT NULL,
    ordning TEXT NOT NULL CHECK (ordning IN ('rekom', 'dekom', 'kompetanseloftet')),
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE RESTRICT,
    tiltak_nummer INTEGER NOT NULL CHECK (tiltak_nummer >= 1),
    year INTEGER NOT NULL CHECK (year > decision_year),
    eier INTEGER NOT NULL CHECK (eier >= 0),
    uh INTEGER NOT NULL CHECK (uh >= 0),
    reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
    accepted INTEGER NOT NULL DEFAULT 0 CHECK (accepted IN (0, 1)),
    answered_at TEXT NOT NULL,
    PRIMARY KEY (decision_year, ordning, behovsmelding_id, tiltak_nummer, year)
);
