-- The Rekom 30 % round (R10, seed 003): an owner's application, one line per person or
-- measure it asks for (only what the ranking needs), and the Statsforvalter's allocation of
-- the pool with the samarbeidsforum's answers. One application per owner and round; one
-- allocation per round.
CREATE TABLE rekom30_soknad (
    id INTEGER PRIMARY KEY,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'sendt')),
    dispensasjoner_kommune INTEGER NOT NULL DEFAULT 0 CHECK (dispensasjoner_kommune BETWEEN 0 AND 10000),
    kontaktperson TEXT NOT NULL DEFAULT '' CHECK (length(kontaktperson) <= 200),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    UNIQUE (runde_id, organisation_id)
);

CREATE TABLE rekom30_linje (
    soknad_id INTEGER NOT NULL REFERENCES rekom30_soknad(id) ON DELETE CASCADE,
    nummer INTEGER NOT NULL CHECK (nummer BETWEEN 1 AND 20),
    formal TEXT NOT NULL CHECK (formal IN ('ablu', 'fagbrev', 'assistenter', 'veiledning', 'tilrettelegging')),
    barnehage TEXT NOT NULL DEFAULT '' CHECK (length(barnehage) <= 200),
    person TEXT NOT NULL DEFAULT '' CHECK (length(person) <= 200),
    studium TEXT NOT NULL DEFAULT '' CHECK (length(studium) <= 200),
    semester INTEGER NOT NULL DEFAULT 0 CHECK (semester BETWEEN 0 AND 10000),
    semestre INTEGER NOT NULL DEFAULT 0 CHECK (semestre BETWEEN 0 AND 10000),
    dispensasjoner_barnehage INTEGER NOT NULL DEFAULT 0 CHECK (dispensasjoner_barnehage BETWEEN 0 AND 10000),
    belop INTEGER NOT NULL DEFAULT 0 CHECK (belop >= 0),
    PRIMARY KEY (soknad_id, nummer)
);

CREATE TABLE rekom30_fordeling (
    runde_id INTEGER PRIMARY KEY REFERENCES runde(id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'forelopig', 'vedtatt')),
    tillegg INTEGER NOT NULL DEFAULT 0 CHECK (tillegg >= 0),
    choices_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(choices_json)),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    vedtak_date TEXT
);

CREATE TABLE rekom30_forum (
    id INTEGER PRIMARY KEY,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    user_id INTEGER REFERENCES user(id) ON DELETE SET NULL,
    user_name TEXT NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('kommentar', 'godkjent')),
    text TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 2000)
);
CREATE INDEX rekom30_forum_runde ON rekom30_forum(runde_id, id);
