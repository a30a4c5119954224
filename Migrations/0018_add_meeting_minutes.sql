-- The minutes of a network meeting (seed 001: the leader «sørger for at all informasjon/data/
-- referat videreformidles til alle deltakerne»), read by the same members as the meeting plan.
ALTER TABLE nettverksmote ADD COLUMN minutes TEXT NOT NULL DEFAULT '' CHECK (length(minutes) <= 4000);
