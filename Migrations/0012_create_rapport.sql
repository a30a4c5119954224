-- Reports (R13, seed 003, issue 19): one per grant letter and reporter, the owners together
-- (filed under the first owner) and each UH or other knowledge partner; per tiltak of the
-- letter what was done, who took part, how it went against the plan, what it gave, and the
-- money of the reporter's side. A report that is not started has no row.
CREATE TABLE rapport (
    id INTEGER PRIMARY KEY,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
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
    UNIQUE (runde_id, ordning, partnerskap_id, organisation_id)
);
CREATE INDEX rapport_partnerskap ON rapport(partnerskap_id);

CREATE TABLE rapport_linje (
    rapport_id INTEGER NOT NULL REFERENCES rapport(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE RESTRICT,
    tiltak_nummer INTEGER NOT NULL CHECK (tiltak_nummer >= 1),
    title TEXT NOT NULL CHECK (length(title) <= 200),
    granted INTEGER NOT NULL CHECK (granted >= 0),
    used INTEGER CHECK (used IS NULL OR used >= 0),
    done TEXT NOT NULL DEFAULT '' CHECK (length(done) <= 4000),
    participants TEXT NOT NULL DEFAULT '' CHECK (length(participants) <= 4000),
    against_plan TEXT NOT NULL DEFAULT '' CHECK (length(against_plan) <= 4000),
    outcome TEXT NOT NULL DEFAULT '' CHECK (length(outcome) <= 4000),
    deviation TEXT NOT NULL DEFAULT '' CHECK (length(deviation) <= 4000),
    PRIMARY KEY (rapport_id, position)
);

-- The Statsforvalter's decision on a letter's unused funds, once its reports are in: paid
-- back, or used in the spring after (R7), with the reason and the amount decided on.
CREATE TABLE ubrukte_midler (
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    partnerskap_id INTEGER NOT NULL REFERENCES partnerskap(id) ON DELETE RESTRICT,
    amount INTEGER NOT NULL CHECK (amount >= 0),
    decision TEXT NOT NULL CHECK (decision IN ('tilbakebetales', 'brukes_neste_var')),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    decided_at TEXT NOT NULL,
    PRIMARY KEY (runde_id, ordning, partnerskap_id)
);

-- The Statsforvalter's latest reminder to a reporter whose report is not sent; shown on the
-- reporter's home page.
CREATE TABLE rapport_paminnelse (
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    partnerskap_id INTEGER NOT NULL REFERENCES partnerskap(id) ON DELETE RESTRICT,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    reminded_at TEXT NOT NULL,
    PRIMARY KEY (runde_id, ordning, partnerskap_id, organisation_id)
);
