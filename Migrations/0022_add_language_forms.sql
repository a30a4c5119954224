-- Bokmål and nynorsk (språklova §§ 14–15): the screen language a user last chose, and the
-- målform an organisation has adopted, which every letter to it is written in.

ALTER TABLE user ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('bokmal', 'nynorsk'));

ALTER TABLE organisation ADD COLUMN malform TEXT NOT NULL DEFAULT 'noytral'
    CHECK (malform IN ('bokmal', 'nynorsk', 'noytral'));
