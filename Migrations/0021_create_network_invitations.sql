-- Organisations a network's leader has invited (seed 001: «inviterte andre»; issue 22): members
-- besides those the region makes members, each with its role in words.
CREATE TABLE nettverk_invitert (
    kompetansenettverk_id INTEGER NOT NULL REFERENCES kompetansenettverk(id) ON DELETE RESTRICT,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    role_text TEXT NOT NULL CHECK (length(role_text) BETWEEN 1 AND 200),
    invited_at TEXT NOT NULL,
    invited_by TEXT NOT NULL CHECK (length(invited_by) BETWEEN 1 AND 200),
    PRIMARY KEY (kompetansenettverk_id, organisation_id)
);
CREATE INDEX nettverk_invitert_organisation ON nettverk_invitert(organisation_id);
