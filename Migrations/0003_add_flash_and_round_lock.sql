-- A one-time message shown after a redirect ("Organisasjonen er lagret."), kept with the
-- session so it survives the POST → redirect → GET step.
ALTER TABLE session ADD COLUMN flash TEXT;

-- Set in the same transaction as the first submitted behovsmelding of a round: from then on
-- the round's deadlines and rule parameters cannot change.
ALTER TABLE runde ADD COLUMN rules_locked_at TEXT;

-- The audit reader filters by user and by time.
CREATE INDEX audit_log_user ON audit_log(user_id, at);
