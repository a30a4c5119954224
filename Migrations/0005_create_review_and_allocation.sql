-- Review and allocation (issue 6): the network's handling of its delivered behovsmeldinger,
-- the fagutvalg's assessments, the innstilling with its versions, the forum's comments and
-- approvals, and the vedtak.

-- One per network, round and ordning: the priority order, the joint tiltak and the forwarding.
CREATE TABLE nettverk_behandling (
    id INTEGER PRIMARY KEY,
    kompetansenettverk_id INTEGER NOT NULL REFERENCES kompetansenettverk(id) ON DELETE RESTRICT,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (ordning IN ('rekom', 'dekom', 'kompetanseloftet')),
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    forwarded_at TEXT,
    forwarded_by TEXT,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    UNIQUE (kompetansenettverk_id, runde_id, ordning)
);

-- The network's priority order (1 first).
CREATE TABLE nettverk_prioritet (
    behandling_id INTEGER NOT NULL REFERENCES nettverk_behandling(id) ON DELETE CASCADE,
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    PRIMARY KEY (behandling_id, behovsmelding_id)
);

-- Tiltak that could be done jointly across owners: a group with a note, and its members
-- named by behovsmelding and tiltak number (delivered behovsmeldinger no longer change).
CREATE TABLE felles_tiltak (
    id INTEGER PRIMARY KEY,
    behandling_id INTEGER NOT NULL REFERENCES nettverk_behandling(id) ON DELETE CASCADE,
    note TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 2000)
);

CREATE TABLE felles_tiltak_medlem (
    felles_tiltak_id INTEGER NOT NULL REFERENCES felles_tiltak(id) ON DELETE CASCADE,
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE CASCADE,
    tiltak_nummer INTEGER NOT NULL CHECK (tiltak_nummer >= 1),
    PRIMARY KEY (felles_tiltak_id, behovsmelding_id, tiltak_nummer)
);

-- Every assessment saved by a fagutvalg member; the newest per behovsmelding is the
-- committee's agreed one, the older ones are its history.
CREATE TABLE vurdering (
    id INTEGER PRIMARY KEY,
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES user(id) ON DELETE SET NULL,
    user_name TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    forankring_oppfylt INTEGER NOT NULL CHECK (forankring_oppfylt IN (0, 1)),
    forankring_begrunnelse TEXT NOT NULL DEFAULT '' CHECK (length(forankring_begrunnelse) <= 2000),
    kollektive_oppfylt INTEGER NOT NULL CHECK (kollektive_oppfylt IN (0, 1)),
    kollektive_begrunnelse TEXT NOT NULL DEFAULT '' CHECK (length(kollektive_begrunnelse) <= 2000),
    partnerskap_oppfylt INTEGER NOT NULL CHECK (partnerskap_oppfylt IN (0, 1)),
    partnerskap_begrunnelse TEXT NOT NULL DEFAULT '' CHECK (length(partnerskap_begrunnelse) <= 2000),
    prioritet INTEGER CHECK (prioritet IS NULL OR prioritet BETWEEN 1 AND 5),
    kommentar TEXT NOT NULL DEFAULT '' CHECK (length(kommentar) <= 4000),
    oppfolging_samsvar INTEGER NOT NULL DEFAULT 0 CHECK (oppfolging_samsvar IN (0, 1))
);
CREATE INDEX vurdering_behovsmelding ON vurdering(behovsmelding_id, id);

-- The fagutvalg's recommended amount per tiltak (round's year), optional.
CREATE TABLE vurdering_anbefaling (
    vurdering_id INTEGER NOT NULL REFERENCES vurdering(id) ON DELETE CASCADE,
    tiltak_nummer INTEGER NOT NULL CHECK (tiltak_nummer >= 1),
    belop INTEGER NOT NULL CHECK (belop >= 0),
    PRIMARY KEY (vurdering_id, tiltak_nummer)
);

-- One innstilling per round, ordning and version number. The lines (one per tiltak) are
-- stored whole with what was requested and what is proposed, so a vedtatt version keeps the
-- figures it was decided on.
CREATE TABLE innstilling (
    id INTEGER PRIMARY KEY,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (ordning IN ('rekom', 'dekom', 'kompetanseloftet')),
    nummer INTEGER NOT NULL CHECK (nummer >= 1),
    status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'forelopig', 'vedtatt')),
    lines_json TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    vedtak_date TEXT,
    UNIQUE (runde_id, ordning, nummer)
);

-- Samarbeidsforum members' comments and approvals of a foreløpig innstilling.
CREATE TABLE innstilling_forum (
    id INTEGER PRIMARY KEY,
    innstilling_id INTEGER NOT NULL REFERENCES innstilling(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES user(id) ON DELETE SET NULL,
    user_name TEXT NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('kommentar', 'godkjent')),
    text TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 2000)
);
CREATE INDEX innstilling_forum_innstilling ON innstilling_forum(innstilling_id, id);
