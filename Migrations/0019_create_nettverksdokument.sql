-- A network's shared documents (seed 001: «all informasjon/data/referat videreformidles til
-- alle deltakerne»; issue 22): a PDF with a title and who may read it, kept in the database
-- (outside Public/, in the same backups and transactions as everything else).
CREATE TABLE nettverksdokument (
    id INTEGER PRIMARY KEY,
    kompetansenettverk_id INTEGER NOT NULL REFERENCES kompetansenettverk(id) ON DELETE RESTRICT,
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 5 AND 104),
    readers TEXT NOT NULL CHECK (readers IN ('alle', 'medlemmer')),
    content BLOB NOT NULL CHECK (length(content) BETWEEN 5 AND 5242880 AND substr(content, 1, 5) = CAST('%PDF-' AS BLOB)),
    uploaded_by TEXT NOT NULL CHECK (length(uploaded_by) BETWEEN 1 AND 200),
    uploaded_at TEXT NOT NULL
);
CREATE INDEX nettverksdokument_nettverk ON nettverksdokument(kompetansenettverk_id);
