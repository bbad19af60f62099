-- ServQA schema version 12: items measured by the interaction's own data (issue 16, item 3).
-- An item may be filled from the interaction (first response, handle time, hold time,
-- resolved at first contact) instead of the inspector's typing; the answer keeps the measured
-- value beside the inspector's, so a change of it shows and is audited (docs/scoring.md).
ALTER TABLE form_items ADD COLUMN measure TEXT
    CHECK (measure IS NULL OR measure IN ('first_response', 'handle_time', 'hold_time', 'resolved'));
ALTER TABLE evaluation_answers ADD COLUMN measured {{real}};
-- Seconds the customer was on hold during a call (imported; none for most chats and e-mails).
ALTER TABLE interactions ADD COLUMN hold_s INTEGER;
