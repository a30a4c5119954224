-- R9: a later deadline the Statsforvalter gives one behovsmelding, with the reason shown to
-- the partnership and the network. Both set or both empty.
ALTER TABLE behovsmelding ADD COLUMN deadline_extended_to TEXT CHECK (deadline_extended_to IS NULL OR date(deadline_extended_to) = deadline_extended_to);
ALTER TABLE behovsmelding ADD COLUMN deadline_extension_reason TEXT CHECK (deadline_extension_reason IS NULL OR length(deadline_extension_reason) BETWEEN 1 AND 2000);
