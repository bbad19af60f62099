-- ServQA schema version 4: response-time targets per channel. Targets differ by industry, so
-- they are data a QA lead edits (Settings), not code; these are the defaults.
CREATE TABLE response_targets (
    channel          TEXT PRIMARY KEY CHECK (channel IN ('call', 'chat', 'email', 'visit', 'social')),
    first_response_s INTEGER NOT NULL CHECK (first_response_s > 0)
);
INSERT INTO response_targets (channel, first_response_s) VALUES ('call', 20);
INSERT INTO response_targets (channel, first_response_s) VALUES ('chat', 30);
INSERT INTO response_targets (channel, first_response_s) VALUES ('email', 7200);
INSERT INTO response_targets (channel, first_response_s) VALUES ('visit', 30);
INSERT INTO response_targets (channel, first_response_s) VALUES ('social', 3600);
