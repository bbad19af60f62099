-- ServQA schema version 3: SERVQUAL survey waves and responses (the customer gap, gap 5, and
-- the managers' estimate of expectations, gap 1).

-- A survey wave: customers rating the service, or managers answering the expectation items
-- as they believe customers would.
CREATE TABLE survey_waves (
    id   {{id}},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('customer', 'management'))
);

-- One respondent of a wave, at one site, with optional importance points per dimension
-- (100 in total).
CREATE TABLE survey_responses (
    id             {{id}},
    wave_id        {{bigint}} NOT NULL REFERENCES survey_waves (id),
    respondent_ref TEXT NOT NULL,
    site_id        {{bigint}} NOT NULL REFERENCES sites (id),
    responded_at   {{bigint}} NOT NULL,
    imp_tangibles      {{real}},
    imp_reliability    {{real}},
    imp_responsiveness {{real}},
    imp_assurance      {{real}},
    imp_empathy        {{real}},
    UNIQUE (wave_id, respondent_ref)
);
CREATE INDEX survey_responses_time ON survey_responses (responded_at);
CREATE INDEX survey_responses_site_time ON survey_responses (site_id, responded_at);

-- The 22 items, expectation and perception on 1–7; a missing answer is NULL, never 0.
CREATE TABLE survey_answers (
    response_id {{bigint}} NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
    item        INTEGER NOT NULL CHECK (item BETWEEN 1 AND 22),
    expectation INTEGER CHECK (expectation BETWEEN 1 AND 7),
    perception  INTEGER CHECK (perception BETWEEN 1 AND 7),
    PRIMARY KEY (response_id, item)
);
