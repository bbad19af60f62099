-- ServQA schema version 6: a checklist item may require evidence (a photo, a receipt) before
-- the visit can be handed in.
ALTER TABLE form_items ADD COLUMN requires_evidence INTEGER NOT NULL DEFAULT 0;
