-- ServQA schema version 14: the rollups stored in their readers' order, whatever the order of
-- the writes (docs/PERFORMANCE.md, "Rollups in their readers' order"). Until now they were tables
-- with a rowid: a row sat where it was first written, so one store's or one agent's days were
-- spread over the whole table when the evaluations came in any order (the demo, imports of old
-- data, daily use) and a reader of one store fetched a page per row. On SQLite each rollup is now
-- a WITHOUT ROWID table, its rows the B-tree of its primary key, and the key is the order in
-- which its readers sum it: a trend of all sites groups by day, so its rows come day by day and
-- SQLite sums them as they come (no sort); one agent's (or one standard's) rows come together.
-- Where a reader asks for one store, an index (site_id, day) finds its rows: a few hundred key
-- lookups in a table of a few megabytes. The rows are copied in key order, so an upgraded
-- workspace and a new one are laid out alike. Measured on a 200,000-evaluation demo (written in
-- random day order) against schema 13: docs/PERFORMANCE.md. On PostgreSQL the same keys are
-- B-tree indexes (a heap has no clustered order).
--
-- survey_sums keeps its rowid: each row is a ~2.6 KB list of sums, a page of its own whatever
-- the order, and a table without rowid stores such rows worse. What costs is how many rows a
-- reader touches, so it gains weeks and months: `span` 1 is a day as before, 7 the week from its
-- Monday, 31 the calendar month from its first day (core/surveysums.cpp). Its key is what its
-- readers ask for: a span, the waves of one kind (customers, or managers), sites, days. Empty
-- here and marked stale: this upgrade's C++ step rebuilds it from the answers.

-- Evaluation scores: the trend of all sites by day; a store's trend and scorecard through the index.
CREATE TABLE score_rollup_new (
    day         INTEGER NOT NULL,
    site_id     {{bigint}} NOT NULL,
    form_id     {{bigint}} NOT NULL,
    channel     TEXT NOT NULL,
    evaluations INTEGER NOT NULL,
    n_score INTEGER NOT NULL, s_score {{real}} NOT NULL, q_score {{real}} NOT NULL,
    passed INTEGER NOT NULL, auto_failed INTEGER NOT NULL,
    n_tangibles INTEGER NOT NULL, s_tangibles {{real}} NOT NULL, q_tangibles {{real}} NOT NULL,
    n_reliability INTEGER NOT NULL, s_reliability {{real}} NOT NULL, q_reliability {{real}} NOT NULL,
    n_responsiveness INTEGER NOT NULL, s_responsiveness {{real}} NOT NULL, q_responsiveness {{real}} NOT NULL,
    n_assurance INTEGER NOT NULL, s_assurance {{real}} NOT NULL, q_assurance {{real}} NOT NULL,
    n_empathy INTEGER NOT NULL, s_empathy {{real}} NOT NULL, q_empathy {{real}} NOT NULL,
    PRIMARY KEY (day, site_id, form_id, channel)
) {{without_rowid}};
INSERT INTO score_rollup_new (site_id, day, form_id, channel, evaluations, n_score, s_score, q_score, passed, auto_failed, n_tangibles, s_tangibles, q_tangibles, n_reliability, s_reliability, q_reliability, n_responsiveness, s_responsiveness, q_responsiveness, n_assurance, s_assurance, q_assurance, n_empathy, s_empathy, q_empathy) SELECT site_id, day, form_id, channel, evaluations, n_score, s_score, q_score, passed, auto_failed, n_tangibles, s_tangibles, q_tangibles, n_reliability, s_reliability, q_reliability, n_responsiveness, s_responsiveness, q_responsiveness, n_assurance, s_assurance, q_assurance, n_empathy, s_empathy, q_empathy FROM score_rollup ORDER BY day, site_id, form_id, channel;
DROP TABLE score_rollup;
ALTER TABLE score_rollup_new RENAME TO score_rollup;
CREATE INDEX score_rollup_site ON score_rollup (site_id, day);

-- One agent's days together.
CREATE TABLE staff_score_rollup_new (
    staff_id    {{bigint}} NOT NULL,
    day         INTEGER NOT NULL,
    site_id     {{bigint}} NOT NULL,
    form_id     {{bigint}} NOT NULL,
    channel     TEXT NOT NULL,
    evaluations INTEGER NOT NULL,
    n_score INTEGER NOT NULL, s_score {{real}} NOT NULL, q_score {{real}} NOT NULL,
    passed INTEGER NOT NULL, auto_failed INTEGER NOT NULL,
    n_tangibles INTEGER NOT NULL, s_tangibles {{real}} NOT NULL, q_tangibles {{real}} NOT NULL,
    n_reliability INTEGER NOT NULL, s_reliability {{real}} NOT NULL, q_reliability {{real}} NOT NULL,
    n_responsiveness INTEGER NOT NULL, s_responsiveness {{real}} NOT NULL, q_responsiveness {{real}} NOT NULL,
    n_assurance INTEGER NOT NULL, s_assurance {{real}} NOT NULL, q_assurance {{real}} NOT NULL,
    n_empathy INTEGER NOT NULL, s_empathy {{real}} NOT NULL, q_empathy {{real}} NOT NULL,
    PRIMARY KEY (staff_id, day, site_id, form_id, channel)
) {{without_rowid}};
INSERT INTO staff_score_rollup_new (staff_id, day, site_id, form_id, channel, evaluations, n_score, s_score, q_score, passed, auto_failed, n_tangibles, s_tangibles, q_tangibles, n_reliability, s_reliability, q_reliability, n_responsiveness, s_responsiveness, q_responsiveness, n_assurance, s_assurance, q_assurance, n_empathy, s_empathy, q_empathy) SELECT staff_id, day, site_id, form_id, channel, evaluations, n_score, s_score, q_score, passed, auto_failed, n_tangibles, s_tangibles, q_tangibles, n_reliability, s_reliability, q_reliability, n_responsiveness, s_responsiveness, q_responsiveness, n_assurance, s_assurance, q_assurance, n_empathy, s_empathy, q_empathy FROM staff_score_rollup ORDER BY staff_id, day, site_id, form_id, channel;
DROP TABLE staff_score_rollup;
ALTER TABLE staff_score_rollup_new RENAME TO staff_score_rollup;

-- SERVQUAL respondents per day (the customer gap's trend), a store's through the index.
CREATE TABLE survey_rollup_new (
    day         INTEGER NOT NULL,
    site_id     {{bigint}} NOT NULL,
    wave_id     {{bigint}} NOT NULL,
    respondents INTEGER NOT NULL,
    n_g_tangibles INTEGER NOT NULL, s_g_tangibles {{real}} NOT NULL, q_g_tangibles {{real}} NOT NULL,
    n_e_tangibles INTEGER NOT NULL, s_e_tangibles {{real}} NOT NULL,
    n_p_tangibles INTEGER NOT NULL, s_p_tangibles {{real}} NOT NULL,
    n_g_reliability INTEGER NOT NULL, s_g_reliability {{real}} NOT NULL, q_g_reliability {{real}} NOT NULL,
    n_e_reliability INTEGER NOT NULL, s_e_reliability {{real}} NOT NULL,
    n_p_reliability INTEGER NOT NULL, s_p_reliability {{real}} NOT NULL,
    n_g_responsiveness INTEGER NOT NULL, s_g_responsiveness {{real}} NOT NULL, q_g_responsiveness {{real}} NOT NULL,
    n_e_responsiveness INTEGER NOT NULL, s_e_responsiveness {{real}} NOT NULL,
    n_p_responsiveness INTEGER NOT NULL, s_p_responsiveness {{real}} NOT NULL,
    n_g_assurance INTEGER NOT NULL, s_g_assurance {{real}} NOT NULL, q_g_assurance {{real}} NOT NULL,
    n_e_assurance INTEGER NOT NULL, s_e_assurance {{real}} NOT NULL,
    n_p_assurance INTEGER NOT NULL, s_p_assurance {{real}} NOT NULL,
    n_g_empathy INTEGER NOT NULL, s_g_empathy {{real}} NOT NULL, q_g_empathy {{real}} NOT NULL,
    n_e_empathy INTEGER NOT NULL, s_e_empathy {{real}} NOT NULL,
    n_p_empathy INTEGER NOT NULL, s_p_empathy {{real}} NOT NULL,
    PRIMARY KEY (day, site_id, wave_id)
) {{without_rowid}};
INSERT INTO survey_rollup_new (site_id, day, wave_id, respondents, n_g_tangibles, s_g_tangibles, q_g_tangibles, n_e_tangibles, s_e_tangibles, n_p_tangibles, s_p_tangibles, n_g_reliability, s_g_reliability, q_g_reliability, n_e_reliability, s_e_reliability, n_p_reliability, s_p_reliability, n_g_responsiveness, s_g_responsiveness, q_g_responsiveness, n_e_responsiveness, s_e_responsiveness, n_p_responsiveness, s_p_responsiveness, n_g_assurance, s_g_assurance, q_g_assurance, n_e_assurance, s_e_assurance, n_p_assurance, s_p_assurance, n_g_empathy, s_g_empathy, q_g_empathy, n_e_empathy, s_e_empathy, n_p_empathy, s_p_empathy) SELECT site_id, day, wave_id, respondents, n_g_tangibles, s_g_tangibles, q_g_tangibles, n_e_tangibles, s_e_tangibles, n_p_tangibles, s_p_tangibles, n_g_reliability, s_g_reliability, q_g_reliability, n_e_reliability, s_e_reliability, n_p_reliability, s_p_reliability, n_g_responsiveness, s_g_responsiveness, q_g_responsiveness, n_e_responsiveness, s_e_responsiveness, n_p_responsiveness, s_p_responsiveness, n_g_assurance, s_g_assurance, q_g_assurance, n_e_assurance, s_e_assurance, n_p_assurance, s_p_assurance, n_g_empathy, s_g_empathy, q_g_empathy, n_e_empathy, s_e_empathy, n_p_empathy, s_p_empathy FROM survey_rollup ORDER BY day, site_id, wave_id;
DROP TABLE survey_rollup;
ALTER TABLE survey_rollup_new RENAME TO survey_rollup;
CREATE INDEX survey_rollup_site ON survey_rollup (site_id, day);

-- A store scorecard's Pareto: one store's days, every item of each.
CREATE TABLE compliance_rollup_new (
    site_id  {{bigint}} NOT NULL,
    day      INTEGER NOT NULL,
    form_id  {{bigint}} NOT NULL,
    item_key TEXT NOT NULL,
    answers  INTEGER NOT NULL,
    met      INTEGER NOT NULL,
    PRIMARY KEY (site_id, day, form_id, item_key)
) {{without_rowid}};
INSERT INTO compliance_rollup_new (site_id, day, form_id, item_key, answers, met) SELECT site_id, day, form_id, item_key, answers, met FROM compliance_rollup ORDER BY site_id, day, form_id, item_key;
DROP TABLE compliance_rollup;
ALTER TABLE compliance_rollup_new RENAME TO compliance_rollup;

-- Gap 4's interaction promises: read per day and promise (GROUP BY day, promise_id).
CREATE TABLE promise_rollup_new (
    day        INTEGER NOT NULL,
    promise_id {{bigint}} NOT NULL,
    site_id    {{bigint}} NOT NULL,
    cases      INTEGER NOT NULL,
    kept       INTEGER NOT NULL,
    PRIMARY KEY (day, promise_id, site_id)
) {{without_rowid}};
INSERT INTO promise_rollup_new (site_id, day, promise_id, cases, kept) SELECT site_id, day, promise_id, cases, kept FROM promise_rollup ORDER BY day, promise_id, site_id;
DROP TABLE promise_rollup;
ALTER TABLE promise_rollup_new RENAME TO promise_rollup;
CREATE INDEX promise_rollup_site ON promise_rollup (site_id, day);

-- The Interactions list's total for a period, all sites or one (the index).
CREATE TABLE interaction_rollup_new (
    day          INTEGER NOT NULL,
    site_id      {{bigint}} NOT NULL,
    channel      TEXT NOT NULL,
    interactions INTEGER NOT NULL,
    PRIMARY KEY (day, site_id, channel)
) {{without_rowid}};
INSERT INTO interaction_rollup_new (site_id, day, channel, interactions) SELECT site_id, day, channel, interactions FROM interaction_rollup ORDER BY day, site_id, channel;
DROP TABLE interaction_rollup;
ALTER TABLE interaction_rollup_new RENAME TO interaction_rollup;
CREATE INDEX interaction_rollup_site ON interaction_rollup (site_id, day);

-- Gap 3's clusters (schema 13) in the order the reader sums them: standard and dimension, then
-- day. Keyed (standard, site, day, dimension) before, the reader's GROUP BY standard, dimension
-- [, day] sorted every row: 89 → 34 ms by day, all sites, on the 200,000-evaluation demo.
CREATE TABLE gap_clusters_new (
    standard_id {{bigint}} NOT NULL,
    dimension   TEXT NOT NULL,
    day         INTEGER NOT NULL,
    site_id     {{bigint}} NOT NULL,
    evaluations INTEGER NOT NULL,
    answers     INTEGER NOT NULL,
    met         INTEGER NOT NULL,
    answers_sq  INTEGER NOT NULL,
    met_sq      INTEGER NOT NULL,
    met_answers INTEGER NOT NULL,
    PRIMARY KEY (standard_id, dimension, day, site_id)
) {{without_rowid}};
INSERT INTO gap_clusters_new (standard_id, dimension, site_id, day, evaluations, answers, met, answers_sq, met_sq, met_answers) SELECT standard_id, dimension, site_id, day, evaluations, answers, met, answers_sq, met_sq, met_answers FROM gap_clusters ORDER BY standard_id, dimension, day, site_id;
DROP TABLE gap_clusters;
ALTER TABLE gap_clusters_new RENAME TO gap_clusters;
CREATE INDEX gap_clusters_site ON gap_clusters (site_id, standard_id, dimension, day);

DROP TABLE survey_sums;
CREATE TABLE survey_sums (
    span    INTEGER NOT NULL,
    wave_id {{bigint}} NOT NULL,
    site_id {{bigint}} NOT NULL,
    day     INTEGER NOT NULL,
    sums    {{blob}} NOT NULL,
    PRIMARY KEY (span, wave_id, site_id, day)
);
UPDATE servqa_meta SET value = '' WHERE key = 'survey_sums';
