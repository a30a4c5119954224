-- Half-year reports (R13; seed 003: «halvårsrapportering fra partnerskapet, start høst 2023»):
-- in the autumn of the grant year the same reporters as for the report on the year send a
-- shorter one on the progress so far. A round gains its deadline; a report and a reminder say
-- which of the two they are, so a reporter may have one of each on the same letter.
--
-- SQLite cannot add a NOT NULL column without a default, so the deadline may be NULL in the
-- table; every round is given one here (1 December of its year, as `Runde.standardFrister`)
-- and the application always writes it.
ALTER TABLE runde ADD COLUMN half_year_report_deadline TEXT
    CHECK (half_year_report_deadline IS NULL OR date(half_year_report_deadline) = half_year_report_deadline);
UPDATE runde SET half_year_report_deadline = printf('%04d-12-01', year);

CREATE TABLE rapport_new (
    id INTEGER PRIMARY KEY,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    -- 'aar': the report on the year; 'halvaar': the half-year report.
    kind TEXT NOT NULL CHECK (kind IN ('aar', 'halvaar')),
    partnerskap_id INTEGER NOT NULL REFERENCES partnerskap(id) ON DELETE RESTRICT,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    side TEXT NOT NULL CHECK (side IN ('eier', 'uh')),
    status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'sendt', 'returnert', 'godkjent')),
    -- The Statsforvalter's comment when it last returned the report.
    return_comment TEXT NOT NULL DEFAULT '' CHECK (length(return_comment) <= 2000),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    UNIQUE (runde_id, ordning, kind, partnerskap_id, organisation_id)
);
INSERT INTO rapport_new (id, runde_id, ordning, kind, partnerskap_id, organisation_id, side, status, return_comment, version, created_at,
    updated_at, sent_at)
    SELECT id, runde_id, ordning, 'aar', partnerskap_id, organisation_id, side, status, return_comment, version, created_at, updated_at, sent_at
    FROM rapport;
DROP TABLE rapport;
ALTER TABLE rapport_new RENAME TO rapport;
CREATE INDEX rapport_partnerskap ON rapport(partnerskap_id);

CREATE TABLE rapport_paminnelse_new (
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    kind TEXT NOT NULL CHECK (kind IN ('aar', 'halvaar')),
    partnerskap_id INTEGER NOT NULL REFERENCES partnerskap(id) ON DELETE RESTRICT,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    reminded_at TEXT NOT NULL,
    PRIMARY KEY (runde_id, ordning, kind, partnerskap_id, organisation_id)
);
INSERT INTO rapport_paminnelse_new (runde_id, ordning, kind, partnerskap_id, organisation_id, reminded_at)
    SELECT runde_id, ordning, 'aar', partnerskap_id, organisation_id, reminded_at FROM rapport_paminnelse;
DROP TABLE rapport_paminnelse;
ALTER TABLE rapport_paminnelse_new RENAME TO rapport_paminnelse;
