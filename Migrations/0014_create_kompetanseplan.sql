-- A kompetansenettverk's long-term competence plan (seed 001, issue 22): every publication is
-- a version that stays; the current plan is the highest version. The parts are the seed's:
-- the owners' analysis of needs, the goals (one per line), the competence measures, the ways
-- of working and cooperating, the use of the funds, and the time frames.
CREATE TABLE kompetanseplan (
    kompetansenettverk_id INTEGER NOT NULL REFERENCES kompetansenettverk(id) ON DELETE RESTRICT,
    version INTEGER NOT NULL CHECK (version >= 1),
    basis TEXT NOT NULL CHECK (length(basis) BETWEEN 1 AND 4000),
    goals TEXT NOT NULL CHECK (length(goals) BETWEEN 1 AND 4000),
    measures TEXT NOT NULL CHECK (length(measures) BETWEEN 1 AND 4000),
    ways_of_working TEXT NOT NULL CHECK (length(ways_of_working) BETWEEN 1 AND 4000),
    funds TEXT NOT NULL CHECK (length(funds) BETWEEN 1 AND 4000),
    timeframe TEXT NOT NULL CHECK (length(timeframe) BETWEEN 1 AND 4000),
    -- What changed from the version before; empty for the first.
    change_note TEXT NOT NULL DEFAULT '' CHECK (length(change_note) <= 2000),
    published_by TEXT NOT NULL CHECK (length(published_by) BETWEEN 1 AND 200),
    published_at TEXT NOT NULL,
    PRIMARY KEY (kompetansenettverk_id, version)
);
