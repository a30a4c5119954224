-- An innstilling's lines, one row each instead of one JSON array in the innstilling's row. A page
-- about one partnership (an owner's home, a grant letter) reads its own lines through the index;
-- with the array SQLite parsed every line of the innstilling to find them, so the page slowed
-- down as other regions and counties grew. Each line is stored as the JSON the array held.
CREATE TABLE innstilling_linje (
    innstilling_id INTEGER NOT NULL REFERENCES innstilling(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    behovsmelding_id INTEGER NOT NULL,
    line_json TEXT NOT NULL CHECK (json_valid(line_json)),
    PRIMARY KEY (innstilling_id, position)
) WITHOUT ROWID;
CREATE INDEX innstilling_linje_behovsmelding ON innstilling_linje(innstilling_id, behovsmelding_id);

INSERT INTO innstilling_linje (innstilling_id, position, behovsmelding_id, line_json)
    SELECT i.id, CAST(j.key AS INTEGER), json_extract(j.value, '$.behovsmeldingId'), j.value
    FROM innstilling i, json_each(i.lines_json) j;

ALTER TABLE innstilling DROP COLUMN lines_json;
