-- Notifications (issue 21): a notice per person and event, written in the same transaction as
-- the change that causes it; the e-mails that carry them (one notice, or a day's digest); each
-- person's choice of how to hear; and the secret of their private calendar feed.
CREATE TABLE varsel (
    id INTEGER PRIMARY KEY,
    -- The event, unique per person: a change's notice is written once, a reminder once per
    -- deadline and person however often the reminders are looked for.
    event_key TEXT NOT NULL CHECK (length(event_key) BETWEEN 1 AND 200),
    user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    -- What the text needs (names, ids), as a JSON object of strings.
    params_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    -- 'venter' until it is put into an e-mail ('epost'), or left out by the person's choice ('ingen').
    state TEXT NOT NULL DEFAULT 'venter' CHECK (state IN ('venter', 'epost', 'ingen')),
    epost_id INTEGER REFERENCES epost(id) ON DELETE SET NULL,
    UNIQUE (event_key, user_id)
);
CREATE INDEX varsel_waiting ON varsel(state, user_id) WHERE state = 'venter';
CREATE INDEX varsel_user ON varsel(user_id, created_at);

CREATE TABLE epost (
    id INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES user(id) ON DELETE SET NULL,
    to_address TEXT NOT NULL CHECK (length(to_address) BETWEEN 3 AND 254),
    to_name TEXT NOT NULL,
    subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    body TEXT NOT NULL,
    -- Stable across retries, so a receiver can tell a second delivery of the same message.
    message_id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    -- 'venter': to be sent at next_attempt_at; 'sendt'; 'holdt': no mail server configured,
    -- kept for the «Sendt e-post» page.
    state TEXT NOT NULL DEFAULT 'venter' CHECK (state IN ('venter', 'sendt', 'holdt')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT NOT NULL,
    sent_at TEXT,
    last_error TEXT
);
CREATE INDEX epost_due ON epost(state, next_attempt_at) WHERE state = 'venter';
CREATE INDEX epost_created ON epost(created_at);

CREATE TABLE varsel_valg (
    user_id INTEGER PRIMARY KEY REFERENCES user(id) ON DELETE CASCADE,
    choice TEXT NOT NULL CHECK (choice IN ('straks', 'daglig', 'paminnelser', 'av')),
    updated_at TEXT NOT NULL
);

-- Only the SHA-256 of the secret in the feed's address is kept; renewing replaces it.
CREATE TABLE kalender_nokkel (
    user_id INTEGER PRIMARY KEY REFERENCES user(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
