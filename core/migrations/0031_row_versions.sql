-- ServQA schema version 31: a scorecard's draft edited at two desks at once (team mode). Each save of
-- a draft version in place counts here; a save made from an older count is refused, naming who saved
-- last and when (the form's audit trail), so neither lead's work is silently overwritten.
ALTER TABLE form_versions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
