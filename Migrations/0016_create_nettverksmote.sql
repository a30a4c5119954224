-- A network's meeting plan (seed 003's table: når, hva, ansvar, form — digital or in person —
-- and sted; issue 22). The leader keeps it; the members see the coming meetings.
CREATE TABLE nettverksmote (
    id INTEGER PRIMARY KEY,
    kompetansenettverk_id INTEGER NOT NULL REFERENCES kompetansenettverk(id) ON DELETE RESTRICT,
    date TEXT NOT NULL CHECK (date(date) = date),
    time_text TEXT NOT NULL DEFAULT '' CHECK (length(time_text) <= 200),
    what TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 2000),
    responsible TEXT NOT NULL CHECK (length(responsible) BETWEEN 1 AND 200),
    form TEXT NOT NULL CHECK (form IN ('digital', 'fysisk')),
    place TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 200),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX nettverksmote_nettverk ON nettverksmote(kompetansenettverk_id, date);
