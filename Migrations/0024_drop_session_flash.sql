-- The message a redirect leaves for the next page travels in a cookie of its own (bm_melding):
-- in the session row it cost two writes per save (setting it, and clearing it when shown).
ALTER TABLE session DROP COLUMN flash;
