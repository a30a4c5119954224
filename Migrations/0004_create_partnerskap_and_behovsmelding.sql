-- Partnerships with their parties and written agreement (R2, R8), and their behovsmeldinger
-- with tiltak and amounts per year (R1–R9, R12). Text bounds match Domain's Tekstgrense:
-- 200 (names, titles), 2000 (lists, comments), 4000 (answers, descriptions, the agreement).
-- `version` counts saves, so a second editor's save is refused instead of overwriting.

CREATE TABLE partnerskap (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    region_id INTEGER NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
    avtale_hvem TEXT NOT NULL DEFAULT '' CHECK (length(avtale_hvem) <= 4000),
    avtale_hva TEXT NOT NULL DEFAULT '' CHECK (length(avtale_hva) <= 4000),
    avtale_naar TEXT NOT NULL DEFAULT '' CHECK (length(avtale_naar) <= 4000),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- One row per owner or UH in a partnership; the creating owner has position 0.
CREATE TABLE partnerskap_part (
    partnerskap_id INTEGER NOT NULL REFERENCES partnerskap(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    side TEXT NOT NULL CHECK (side IN ('eier', 'uh')),
    position INTEGER NOT NULL CHECK (position >= 0),
    -- R8: signed the current agreement text; cleared when the text or the parties change.
    signed_at TEXT,
    signed_by_user_id INTEGER REFERENCES user(id) ON DELETE SET NULL,
    -- The latest reminder to sign, shown on this party's home page until it signs.
    reminded_at TEXT,
    PRIMARY KEY (partnerskap_id, organisation_id)
);
CREATE INDEX partnerskap_part_organisation ON partnerskap_part(organisation_id);

CREATE TABLE behovsmelding (
    id INTEGER PRIMARY KEY,
    partnerskap_id INTEGER NOT NULL REFERENCES partnerskap(id) ON DELETE RESTRICT,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (ordning IN ('rekom', 'dekom', 'kompetanseloftet')),
    status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'til_uh', 'levert')),
    forankring TEXT NOT NULL DEFAULT '' CHECK (length(forankring) <= 4000),
    kollektive_prosesser TEXT NOT NULL DEFAULT '' CHECK (length(kollektive_prosesser) <= 4000),
    partnerskap_svar TEXT NOT NULL DEFAULT '' CHECK (length(partnerskap_svar) <= 4000),
    uh_laererutdanning TEXT NOT NULL DEFAULT '' CHECK (length(uh_laererutdanning) <= 4000),
    enheter TEXT NOT NULL DEFAULT '' CHECK (length(enheter) <= 2000),
    kontaktperson TEXT NOT NULL DEFAULT '' CHECK (length(kontaktperson) <= 200),
    -- The UH's comment when it last returned the behovsmelding to the owner.
    return_comment TEXT CHECK (return_comment IS NULL OR length(return_comment) <= 2000),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    delivered_at TEXT,
    -- R2: one per partnership, ordning and round.
    UNIQUE (partnerskap_id, runde_id, ordning)
);
CREATE INDEX behovsmelding_runde ON behovsmelding(runde_id, ordning, status);

-- R1 c: each UH of the partnership co-signs; the last signature delivers.
CREATE TABLE behovsmelding_uh_signatur (
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    signed_at TEXT NOT NULL,
    signed_by_user_id INTEGER REFERENCES user(id) ON DELETE SET NULL,
    PRIMARY KEY (behovsmelding_id, organisation_id)
);

CREATE TABLE tiltak (
    id INTEGER PRIMARY KEY,
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE CASCADE,
    nummer INTEGER NOT NULL CHECK (nummer BETWEEN 1 AND 50),
    title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
    fase TEXT CHECK (fase IS NULL OR fase IN ('vurdering', 'planlegging', 'gjennomforing')),
    hva_skal_gjores TEXT NOT NULL DEFAULT '' CHECK (length(hva_skal_gjores) <= 4000),
    hvem_gjor_hva TEXT NOT NULL DEFAULT '' CHECK (length(hvem_gjor_hva) <= 4000),
    deltakere TEXT NOT NULL DEFAULT '' CHECK (length(deltakere) <= 2000),
    varighet_aar INTEGER NOT NULL DEFAULT 1 CHECK (varighet_aar BETWEEN 1 AND 10),
    koordinator INTEGER NOT NULL DEFAULT 0 CHECK (koordinator >= 0),
    koordinator_begrunnelse TEXT NOT NULL DEFAULT '' CHECK (length(koordinator_begrunnelse) <= 2000),
    UNIQUE (behovsmelding_id, nummer)
);

-- R5, R7: a tiltak's amount for each year; year 1 is the round's year.
CREATE TABLE tiltak_aar (
    tiltak_id INTEGER NOT NULL REFERENCES tiltak(id) ON DELETE CASCADE,
    aar INTEGER NOT NULL CHECK (aar BETWEEN 1 AND 10),
    eier INTEGER NOT NULL DEFAULT 0 CHECK (eier >= 0),
    uh INTEGER NOT NULL DEFAULT 0 CHECK (uh >= 0),
    PRIMARY KEY (tiltak_id, aar)
);
