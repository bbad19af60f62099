-- ServQA schema version 28: who changed the complaint loop's settings — a category, a time limit —
-- when, and from what to what. Nothing may change or delete a row.
CREATE TABLE settings_log (
    id        {{id}},
    at        {{bigint}} NOT NULL,
    user_id   {{bigint}} REFERENCES users (id),
    setting   TEXT NOT NULL CHECK (setting IN ('complaint_category', 'complaint_time_limit')),
    item      TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX settings_log_setting ON settings_log (setting, id);
{{append_only:settings_log}}
