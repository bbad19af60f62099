-- ServQA schema version 7: the written service standards (gaps 2 and 3) and the promises made
-- to customers (gap 4), docs/gap-model.md.

-- A written standard: what it says ("answer the phone within 20 s"), the SERVQUAL dimension it
-- serves, the level it commits to on the customers' 1–7 expectation scale (gap 2), and the
-- share of observations that must meet it (gap 3).
CREATE TABLE service_standards (
    id                {{id}},
    code              TEXT NOT NULL UNIQUE,
    title             TEXT NOT NULL,
    dimension         TEXT NOT NULL CHECK (dimension IN ('tangibles', 'reliability', 'responsiveness',
                                                         'assurance', 'empathy')),
    target            TEXT NOT NULL DEFAULT '',
    level             INTEGER NOT NULL CHECK (level BETWEEN 1 AND 7),
    compliance_target {{real}} NOT NULL CHECK (compliance_target > 0 AND compliance_target <= 100)
);

-- The SERVQUAL items (1–22) whose expectations the standard answers.
CREATE TABLE standard_survey_items (
    standard_id {{bigint}} NOT NULL REFERENCES service_standards (id) ON DELETE CASCADE,
    item        INTEGER NOT NULL CHECK (item BETWEEN 1 AND 22),
    PRIMARY KEY (standard_id, item)
);

-- The scorecard and checklist items that check the standard, by form and item key, so a link
-- holds for every version of the form.
CREATE TABLE standard_form_items (
    standard_id {{bigint}} NOT NULL REFERENCES service_standards (id) ON DELETE CASCADE,
    form_id     {{bigint}} NOT NULL REFERENCES forms (id),
    item_key    TEXT NOT NULL,
    PRIMARY KEY (standard_id, form_id, item_key)
);
CREATE INDEX standard_form_items_item ON standard_form_items (form_id, item_key);

-- A promise made to customers and the measure that checks it: the first response within a
-- number of seconds, resolution at first contact, or a standard's compliance; the share of
-- cases promised (100 for a guarantee).
CREATE TABLE external_promises (
    id            {{id}},
    code          TEXT NOT NULL UNIQUE,
    text          TEXT NOT NULL,
    dimension     TEXT NOT NULL CHECK (dimension IN ('tangibles', 'reliability', 'responsiveness',
                                                     'assurance', 'empathy')),
    channel       TEXT CHECK (channel IN ('call', 'chat', 'email', 'visit', 'social')),
    measure       TEXT NOT NULL CHECK (measure IN ('first_response', 'resolution', 'standard')),
    threshold_s   INTEGER CHECK (threshold_s > 0),
    standard_id   {{bigint}} REFERENCES service_standards (id),
    promised_rate {{real}} NOT NULL CHECK (promised_rate > 0 AND promised_rate <= 100),
    CHECK (measure <> 'first_response' OR threshold_s IS NOT NULL),
    CHECK (measure <> 'standard' OR standard_id IS NOT NULL)
);
