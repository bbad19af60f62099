-- ServQA schema version 32: an evaluation's draft open at two desks (or in two windows) of the same
-- inspector. Each save of an evaluation counts here; a draft saved from an older count is refused
-- and the inspector chooses which copy to keep, so neither is silently overwritten.
ALTER TABLE evaluations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
