CREATE INDEX audit_log_at ON audit_log(at);

CREATE INDEX audit_log_object ON audit_log(object_type, object_id);

CREATE INDEX audit_log_user ON audit_log(user_id, at);

CREATE INDEX login_attempt_address ON login_attempt(address, at);

CREATE INDEX login_attempt_email ON login_attempt(email, at);

CREATE INDEX organisation_region ON organisation(region_id);

CREATE UNIQUE INDEX role_grant_unique ON role_grant(user_id, role, ifnull(organisation_id, 0), ifnull(kompetansenettverk_id, 0), ifnull(sector, ''));

CREATE INDEX role_grant_user ON role_grant(user_id);

CREATE INDEX session_expires ON session(expires_at);

CREATE INDEX session_user ON session(user_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER,
    user_name TEXT,
    acting_role TEXT,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT,
    before_json TEXT,
    after_json TEXT
);

CREATE TABLE kompetansenettverk (
    id INTEGER PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
    type TEXT NOT NULL CHECK (type IN ('barnehage', 'skole')),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    UNIQUE (region_id, type)
);

CREATE TABLE login_attempt (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    address TEXT NOT NULL,
    at TEXT NOT NULL,
    succeeded INTEGER NOT NULL CHECK (succeeded IN (0, 1))
);

CREATE TABLE organisation (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('kommune', 'fylkeskommune', 'privat_eier', 'uh', 'statsforvalter')),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    orgnr TEXT NOT NULL UNIQUE CHECK (length(orgnr) = 9 AND orgnr NOT GLOB '*[^0-9]*'),
    kommunenummer TEXT CHECK (kommunenummer IS NULL OR (length(kommunenummer) = 4 AND kommunenummer NOT GLOB '*[^0-9]*')),
    region_id INTEGER REFERENCES region(id) ON DELETE RESTRICT,
    saerlige_utfordringer INTEGER NOT NULL DEFAULT 0 CHECK (saerlige_utfordringer IN (0, 1)),
    oppfolgingsordningen INTEGER NOT NULL DEFAULT 0 CHECK (oppfolgingsordningen IN (0, 1)),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
);

CREATE TABLE password_token (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL,
    used_at TEXT
);

CREATE TABLE region (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    fylke TEXT NOT NULL CHECK (length(fylke) = 2)
);

CREATE TABLE role_grant (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('eier', 'uh', 'nettverksleder', 'fagutvalg', 'statsforvalter', 'samarbeidsforum')),
    organisation_id INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
    kompetansenettverk_id INTEGER REFERENCES kompetansenettverk(id) ON DELETE RESTRICT,
    sector TEXT CHECK (sector IS NULL OR sector IN ('barnehage', 'grunnskole', 'videregaende')),
    CHECK (
        (role IN ('eier', 'uh') AND organisation_id IS NOT NULL AND kompetansenettverk_id IS NULL AND sector IS NULL) OR
        (role = 'nettverksleder' AND kompetansenettverk_id IS NOT NULL AND organisation_id IS NULL AND sector IS NULL) OR
        (role = 'fagutvalg' AND sector IS NOT NULL AND organisation_id IS NULL AND kompetansenettverk_id IS NULL) OR
        (role IN ('statsforvalter', 'samarbeidsforum') AND organisation_id IS NULL AND kompetansenettverk_id IS NULL AND sector IS NULL)
    )
);

CREATE TABLE runde (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2200),
    opens_on TEXT NOT NULL,
    behovsmelding_deadline TEXT NOT NULL,
    nettverk_deadline TEXT NOT NULL,
    fagutvalg_deadline TEXT NOT NULL,
    tildelingsbrev_deadline TEXT NOT NULL,
    rekom30_opens_on TEXT NOT NULL,
    rekom30_deadline TEXT NOT NULL,
    rekom30_allocated_after TEXT NOT NULL,
    report_deadline TEXT NOT NULL
, rules_locked_at TEXT);

CREATE TABLE runde_ordning (
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE CASCADE,
    ordning TEXT NOT NULL CHECK (ordning IN ('rekom', 'dekom', 'kompetanseloftet')),
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

CREATE TABLE session (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    role_grant_id INTEGER REFERENCES role_grant(id) ON DELETE SET NULL,
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
, flash TEXT);

CREATE TABLE user (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email TEXT NOT NULL UNIQUE CHECK (length(email) BETWEEN 3 AND 254 AND email = lower(email)),
    password_hash TEXT,
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at TEXT NOT NULL
);
