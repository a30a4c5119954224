-- Accounts: users with role grants, sessions that survive a restart, login attempts for
-- throttling, and one-time links to set a password.

CREATE TABLE user (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email TEXT NOT NULL UNIQUE CHECK (length(email) BETWEEN 3 AND 254 AND email = lower(email)),
    password_hash TEXT,
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at TEXT NOT NULL
);

-- One row per grant; exactly the column the role needs is set.
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
CREATE INDEX role_grant_user ON role_grant(user_id);
CREATE UNIQUE INDEX role_grant_unique ON role_grant(user_id, role, ifnull(organisation_id, 0), ifnull(kompetansenettverk_id, 0), ifnull(sector, ''));

-- The cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE session (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    role_grant_id INTEGER REFERENCES role_grant(id) ON DELETE SET NULL,
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX session_user ON session(user_id);
CREATE INDEX session_expires ON session(expires_at);

CREATE TABLE login_attempt (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    address TEXT NOT NULL,
    at TEXT NOT NULL,
    succeeded INTEGER NOT NULL CHECK (succeeded IN (0, 1))
);
CREATE INDEX login_attempt_email ON login_attempt(email, at);
CREATE INDEX login_attempt_address ON login_attempt(address, at);

CREATE TABLE password_token (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
