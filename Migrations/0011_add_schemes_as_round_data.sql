-- The schemes become round data (issue 17): a round's runde_ordning rows say what each scheme
-- is (name, short name, fagutvalg sectors, target groups, the network kinds that receive it,
-- the partner kinds that count as knowledge partner, reporting, order), so a round may run the
-- 2026 forskrift's one scheme as well as the 2021 guidelines' three. The three codes stay as
-- they were, so every URL and export keeps working. Organisations gain the kinds fagskole and
-- nasjonalt senter. SQLite cannot drop a CHECK constraint, so the tables whose `ordning` was
-- limited to the three codes are rebuilt with the same columns, rows, keys and indexes.
-- Foreign keys are off while a migration runs and are checked before it commits.

CREATE TABLE organisation_new (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('kommune', 'fylkeskommune', 'privat_eier', 'uh', 'fagskole', 'nasjonalt_senter', 'statsforvalter')),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    orgnr TEXT NOT NULL UNIQUE CHECK (length(orgnr) = 9 AND orgnr NOT GLOB '*[^0-9]*'),
    kommunenummer TEXT CHECK (kommunenummer IS NULL OR (length(kommunenummer) = 4 AND kommunenummer NOT GLOB '*[^0-9]*')),
    region_id INTEGER REFERENCES region(id) ON DELETE RESTRICT,
    saerlige_utfordringer INTEGER NOT NULL DEFAULT 0 CHECK (saerlige_utfordringer IN (0, 1)),
    oppfolgingsordningen INTEGER NOT NULL DEFAULT 0 CHECK (oppfolgingsordningen IN (0, 1)),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
);
INSERT INTO organisation_new SELECT id, kind, name, orgnr, kommunenummer, region_id, saerlige_utfordringer, oppfolgingsordningen, is_demo
    FROM organisation;
DROP TABLE organisation;
ALTER TABLE organisation_new RENAME TO organisation;
CREATE INDEX organisation_region ON organisation(region_id);

-- A scheme's code: 2–30 of a–z, 0–9 and '-', beginning with a letter (used in URLs).
CREATE TABLE runde_ordning_new (
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE CASCADE,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30 AND ordning NOT GLOB '*[^a-z0-9-]*' AND ordning GLOB '[a-z]*'),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    short_name TEXT NOT NULL CHECK (length(short_name) BETWEEN 1 AND 40),
    -- Comma-separated codes, each list in the order the form shows them.
    sectors TEXT NOT NULL CHECK (length(sectors) BETWEEN 1 AND 200),
    target_groups TEXT NOT NULL CHECK (length(target_groups) BETWEEN 1 AND 200),
    network_kinds TEXT NOT NULL CHECK (length(network_kinds) BETWEEN 1 AND 200),
    partner_kinds TEXT NOT NULL CHECK (length(partner_kinds) BETWEEN 1 AND 200),
    report INTEGER NOT NULL DEFAULT 1 CHECK (report IN (0, 1)),
    position INTEGER NOT NULL CHECK (position >= 1),
    budget INTEGER NOT NULL CHECK (budget >= 0),
    max_tiltak INTEGER NOT NULL CHECK (max_tiltak >= 1),
    coordinator_max_bp INTEGER NOT NULL CHECK (coordinator_max_bp BETWEEN 0 AND 10000),
    coordinator_min_kommuner INTEGER NOT NULL CHECK (coordinator_min_kommuner >= 1),
    max_years INTEGER NOT NULL CHECK (max_years >= 1),
    multi_year_max_bp INTEGER NOT NULL CHECK (multi_year_max_bp BETWEEN 0 AND 10000),
    via_behovsmelding_bp INTEGER NOT NULL CHECK (via_behovsmelding_bp BETWEEN 0 AND 10000),
    egenandel_bp INTEGER NOT NULL CHECK (egenandel_bp BETWEEN 0 AND 10000),
    PRIMARY KEY (runde_id, ordning)
);
-- The three schemes as the 2021 guidelines define them (the same as the code defined them
-- until this migration).
INSERT INTO runde_ordning_new
SELECT runde_id, ordning,
       CASE ordning
           WHEN 'rekom' THEN 'Regional ordning for kompetanseutvikling i barnehage'
           WHEN 'dekom' THEN 'Desentralisert ordning for kompetanseutvikling i skolen'
           ELSE 'Kompetanseløftet for spesialpedagogikk og inkluderende praksis' END,
       CASE ordning WHEN 'rekom' THEN 'Rekom' WHEN 'dekom' THEN 'Dekom' ELSE 'Kompetanseløftet' END,
       CASE ordning WHEN 'rekom' THEN 'barnehage' WHEN 'dekom' THEN 'grunnskole,videregaende'
           ELSE 'barnehage,grunnskole,videregaende' END,
       CASE ordning WHEN 'rekom' THEN 'barnehage' WHEN 'dekom' THEN 'grunnskole,videregaende'
           ELSE 'barnehage,grunnskole,ppt,videregaende' END,
       CASE ordning WHEN 'rekom' THEN 'barnehage' WHEN 'dekom' THEN 'skole' ELSE 'barnehage,skole' END,
       'uh', 1,
       CASE ordning WHEN 'rekom' THEN 1 WHEN 'dekom' THEN 2 ELSE 3 END,
       budget, max_tiltak, coordinator_max_bp, coordinator_min_kommuner, max_years, multi_year_max_bp,
       via_behovsmelding_bp, egenandel_bp
FROM runde_ordning;
DROP TABLE runde_ordning;
ALTER TABLE runde_ordning_new RENAME TO runde_ordning;

CREATE TABLE behovsmelding_new (
    id INTEGER PRIMARY KEY,
    partnerskap_id INTEGER NOT NULL REFERENCES partnerskap(id) ON DELETE RESTRICT,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'til_uh', 'levert')),
    forankring TEXT NOT NULL DEFAULT '' CHECK (length(forankring) <= 4000),
    kollektive_prosesser TEXT NOT NULL DEFAULT '' CHECK (length(kollektive_prosesser) <= 4000),
    partnerskap_svar TEXT NOT NULL DEFAULT '' CHECK (length(partnerskap_svar) <= 4000),
    uh_laererutdanning TEXT NOT NULL DEFAULT '' CHECK (length(uh_laererutdanning) <= 4000),
    enheter TEXT NOT NULL DEFAULT '' CHECK (length(enheter) <= 2000),
    kontaktperson TEXT NOT NULL DEFAULT '' CHECK (length(kontaktperson) <= 200),
    -- The partner's comment when it last returned the behovsmelding to the owner.
    return_comment TEXT CHECK (return_comment IS NULL OR length(return_comment) <= 2000),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    delivered_at TEXT,
    deadline_extended_to TEXT CHECK (deadline_extended_to IS NULL OR date(deadline_extended_to) = deadline_extended_to),
    deadline_extension_reason TEXT CHECK (deadline_extension_reason IS NULL OR length(deadline_extension_reason) BETWEEN 1 AND 2000),
    -- R2: one per partnership, ordning and round.
    UNIQUE (partnerskap_id, runde_id, ordning)
);
INSERT INTO behovsmelding_new SELECT id, partnerskap_id, runde_id, ordning, status, forankring, kollektive_prosesser,
    partnerskap_svar, uh_laererutdanning, enheter, kontaktperson, return_comment, version, created_at, updated_at, sent_at,
    delivered_at, deadline_extended_to, deadline_extension_reason
    FROM behovsmelding;
DROP TABLE behovsmelding;
ALTER TABLE behovsmelding_new RENAME TO behovsmelding;
CREATE INDEX behovsmelding_runde ON behovsmelding(runde_id, ordning, status);

CREATE TABLE nettverk_behandling_new (
    id INTEGER PRIMARY KEY,
    kompetansenettverk_id INTEGER NOT NULL REFERENCES kompetansenettverk(id) ON DELETE RESTRICT,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    forwarded_at TEXT,
    forwarded_by TEXT,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    UNIQUE (kompetansenettverk_id, runde_id, ordning)
);
INSERT INTO nettverk_behandling_new SELECT id, kompetansenettverk_id, runde_id, ordning, note, forwarded_at, forwarded_by, version
    FROM nettverk_behandling;
DROP TABLE nettverk_behandling;
ALTER TABLE nettverk_behandling_new RENAME TO nettverk_behandling;

CREATE TABLE innstilling_new (
    id INTEGER PRIMARY KEY,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    nummer INTEGER NOT NULL CHECK (nummer >= 1),
    status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'forelopig', 'vedtatt')),
    lines_json TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    vedtak_date TEXT,
    expected_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(expected_json)),
    UNIQUE (runde_id, ordning, nummer)
);
INSERT INTO innstilling_new SELECT id, runde_id, ordning, nummer, status, lines_json, version, updated_at, sent_at, vedtak_date,
    expected_json FROM innstilling;
DROP TABLE innstilling;
ALTER TABLE innstilling_new RENAME TO innstilling;

CREATE TABLE stopped_commitment_new (
    decision_year INTEGER NOT NULL,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE RESTRICT,
    tiltak_nummer INTEGER NOT NULL CHECK (tiltak_nummer >= 1),
    from_year INTEGER NOT NULL CHECK (from_year > decision_year),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    stopped_at TEXT NOT NULL,
    PRIMARY KEY (decision_year, ordning, behovsmelding_id, tiltak_nummer)
);
INSERT INTO stopped_commitment_new SELECT decision_year, ordning, behovsmelding_id, tiltak_nummer, from_year, reason, stopped_at
    FROM stopped_commitment;
DROP TABLE stopped_commitment;
ALTER TABLE stopped_commitment_new RENAME TO stopped_commitment;

CREATE TABLE commitment_answer_new (
    decision_year INTEGER NOT NULL,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
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
INSERT INTO commitment_answer_new SELECT decision_year, ordning, behovsmelding_id, tiltak_nummer, year, eier, uh, reason, accepted,
    answered_at FROM commitment_answer;
DROP TABLE commitment_answer;
ALTER TABLE commitment_answer_new RENAME TO commitment_answer;
