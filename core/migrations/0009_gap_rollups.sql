-- ServQA schema version 9: rollups that make the whole period's SERVQUAL table and the five
-- gaps instant on millions of answers (docs/PERFORMANCE.md), kept in step by the writers in
-- their own transaction like schema 8's.

-- Per local day, site and wave, what the respondents contribute to the SERVQUAL table and to
-- gaps 1, 2 and 5: a list of sums (count, sum, sum of squares of every mean ServQA reports,
-- and of Cronbach's alpha's items and totals) laid out by core/surveysums.cpp. Gap 2 depends on
-- the register of standards, so the list is built for one register: servqa_meta 'survey_sums'
-- names it, and the first reader after a change to the standards rebuilds the table (empty
-- here: the first reader builds it).
CREATE TABLE survey_sums (
    day     INTEGER NOT NULL,
    site_id {{bigint}} NOT NULL,
    wave_id {{bigint}} NOT NULL,
    sums    {{blob}} NOT NULL,
    PRIMARY KEY (day, site_id, wave_id)
);
CREATE INDEX survey_sums_site ON survey_sums (site_id, day);
INSERT INTO servqa_meta (key, value) VALUES ('survey_sums', '');

-- Gap 3: per form, item key, local day and site, the scoring answers of submitted evaluations
-- and validated visits, and how many met their item (earned at least half its points: the
-- same test as itemFraction() ≥ 0.5 in core/scoreengine.cpp; tst_rollups checks they agree).
CREATE TABLE compliance_rollup (
    form_id  {{bigint}} NOT NULL,
    item_key TEXT NOT NULL,
    day      INTEGER NOT NULL,
    site_id  {{bigint}} NOT NULL,
    answers  INTEGER NOT NULL,
    met      INTEGER NOT NULL,
    PRIMARY KEY (form_id, item_key, day, site_id)
);
CREATE INDEX compliance_rollup_site ON compliance_rollup (site_id, form_id, item_key, day);

INSERT INTO compliance_rollup
SELECT v.form_id, i.key, (e.occurred_at + {{utc_offset}}) / 86400, e.site_id, COUNT(*),
       SUM(CASE WHEN (i.type IN ('yesno', 'yesno_na') AND a.value >= 1) OR (i.type = 'rating5' AND a.value >= 3)
                  OR (i.type = 'rating7' AND a.value >= 4) OR (i.type = 'scale10' AND a.value >= 5)
                  OR (i.type = 'numeric' AND (i.target_min IS NULL OR a.value >= i.target_min)
                      AND (i.target_max IS NULL OR a.value <= i.target_max))
                  OR (i.type = 'elapsed' AND (i.sla_seconds IS NULL OR a.value <= i.sla_seconds)) THEN 1 ELSE 0 END)
FROM evaluations e JOIN form_versions v ON v.id = e.form_version_id
     JOIN evaluation_answers a ON a.evaluation_id = e.id JOIN form_items i ON i.id = a.item_id
WHERE e.status <> 'draft' AND a.is_na = 0 AND a.value IS NOT NULL AND i.type <> 'text'
GROUP BY v.form_id, i.key, (e.occurred_at + {{utc_offset}}) / 86400, e.site_id;

-- Gap 4: per promise measured on the interactions (first response within its threshold, or
-- resolved at first contact), local day and site, the cases and those that kept it. Built for
-- one register of promises (servqa_meta 'promise_rollup'); the first reader after a change
-- rebuilds it.
CREATE TABLE promise_rollup (
    promise_id {{bigint}} NOT NULL,
    day        INTEGER NOT NULL,
    site_id    {{bigint}} NOT NULL,
    cases      INTEGER NOT NULL,
    kept       INTEGER NOT NULL,
    PRIMARY KEY (promise_id, day, site_id)
);
CREATE INDEX promise_rollup_site ON promise_rollup (site_id, day);
INSERT INTO servqa_meta (key, value) VALUES ('promise_rollup', '');


-- The store and agent scorecards from the rollups too: schema 8's score_rollup gains the overall
-- score (count, sum, sum of squares), passes and automatic fails, and is summed again.
ALTER TABLE score_rollup ADD COLUMN n_score INTEGER NOT NULL DEFAULT 0;
ALTER TABLE score_rollup ADD COLUMN s_score {{real}} NOT NULL DEFAULT 0;
ALTER TABLE score_rollup ADD COLUMN q_score {{real}} NOT NULL DEFAULT 0;
ALTER TABLE score_rollup ADD COLUMN passed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE score_rollup ADD COLUMN auto_failed INTEGER NOT NULL DEFAULT 0;
DELETE FROM score_rollup;
INSERT INTO score_rollup (day, site_id, form_id, channel, evaluations, n_score, s_score, q_score, passed, auto_failed, n_tangibles, s_tangibles, q_tangibles, n_reliability, s_reliability, q_reliability, n_responsiveness, s_responsiveness, q_responsiveness, n_assurance, s_assurance, q_assurance, n_empathy, s_empathy, q_empathy)
SELECT (e.occurred_at + {{utc_offset}}) / 86400, e.site_id, v.form_id, COALESCE(i.channel, ''),
       COUNT(*), COUNT(e.score), COALESCE(SUM(e.score), 0), COALESCE(SUM(e.score * e.score), 0), COALESCE(SUM(e.passed), 0), SUM(e.auto_failed),
       COUNT(e.score_tangibles), COALESCE(SUM(e.score_tangibles), 0), COALESCE(SUM(e.score_tangibles * e.score_tangibles), 0),
       COUNT(e.score_reliability), COALESCE(SUM(e.score_reliability), 0), COALESCE(SUM(e.score_reliability * e.score_reliability), 0),
       COUNT(e.score_responsiveness), COALESCE(SUM(e.score_responsiveness), 0), COALESCE(SUM(e.score_responsiveness * e.score_responsiveness), 0),
       COUNT(e.score_assurance), COALESCE(SUM(e.score_assurance), 0), COALESCE(SUM(e.score_assurance * e.score_assurance), 0),
       COUNT(e.score_empathy), COALESCE(SUM(e.score_empathy), 0), COALESCE(SUM(e.score_empathy * e.score_empathy), 0)
FROM evaluations e JOIN form_versions v ON v.id = e.form_version_id LEFT JOIN interactions i ON i.id = e.interaction_id
WHERE e.status <> 'draft'
GROUP BY (e.occurred_at + {{utc_offset}}) / 86400, e.site_id, v.form_id, COALESCE(i.channel, '');

-- Schema 8's score_rollup per staff member too: one agent's trend from a few hundred rows.
CREATE TABLE staff_score_rollup (
    staff_id    {{bigint}} NOT NULL,
    day         INTEGER NOT NULL,
    site_id     {{bigint}} NOT NULL,
    form_id     {{bigint}} NOT NULL,
    channel     TEXT NOT NULL,
    evaluations INTEGER NOT NULL,
    n_score     INTEGER NOT NULL, s_score {{real}} NOT NULL, q_score {{real}} NOT NULL,
    passed      INTEGER NOT NULL, auto_failed INTEGER NOT NULL,
    n_tangibles INTEGER NOT NULL, s_tangibles {{real}} NOT NULL, q_tangibles {{real}} NOT NULL,
    n_reliability INTEGER NOT NULL, s_reliability {{real}} NOT NULL, q_reliability {{real}} NOT NULL,
    n_responsiveness INTEGER NOT NULL, s_responsiveness {{real}} NOT NULL, q_responsiveness {{real}} NOT NULL,
    n_assurance INTEGER NOT NULL, s_assurance {{real}} NOT NULL, q_assurance {{real}} NOT NULL,
    n_empathy INTEGER NOT NULL, s_empathy {{real}} NOT NULL, q_empathy {{real}} NOT NULL,
    PRIMARY KEY (staff_id, day, site_id, form_id, channel)
);

INSERT INTO staff_score_rollup (staff_id, day, site_id, form_id, channel, evaluations, n_score, s_score, q_score, passed, auto_failed, n_tangibles, s_tangibles, q_tangibles, n_reliability, s_reliability, q_reliability, n_responsiveness, s_responsiveness, q_responsiveness, n_assurance, s_assurance, q_assurance, n_empathy, s_empathy, q_empathy)
SELECT e.staff_id, (e.occurred_at + {{utc_offset}}) / 86400, e.site_id, v.form_id, COALESCE(i.channel, ''),
       COUNT(*), COUNT(e.score), COALESCE(SUM(e.score), 0), COALESCE(SUM(e.score * e.score), 0), COALESCE(SUM(e.passed), 0), SUM(e.auto_failed),
       COUNT(e.score_tangibles), COALESCE(SUM(e.score_tangibles), 0), COALESCE(SUM(e.score_tangibles * e.score_tangibles), 0),
       COUNT(e.score_reliability), COALESCE(SUM(e.score_reliability), 0), COALESCE(SUM(e.score_reliability * e.score_reliability), 0),
       COUNT(e.score_responsiveness), COALESCE(SUM(e.score_responsiveness), 0), COALESCE(SUM(e.score_responsiveness * e.score_responsiveness), 0),
       COUNT(e.score_assurance), COALESCE(SUM(e.score_assurance), 0), COALESCE(SUM(e.score_assurance * e.score_assurance), 0),
       COUNT(e.score_empathy), COALESCE(SUM(e.score_empathy), 0), COALESCE(SUM(e.score_empathy * e.score_empathy), 0)
FROM evaluations e JOIN form_versions v ON v.id = e.form_version_id LEFT JOIN interactions i ON i.id = e.interaction_id
WHERE e.status <> 'draft' AND e.staff_id IS NOT NULL
GROUP BY e.staff_id, (e.occurred_at + {{utc_offset}}) / 86400, e.site_id, v.form_id, COALESCE(i.channel, '');

-- Interactions per local day, site and channel: the Interactions list's total without counting
-- 1.5 M rows (any filter of period, site and channel; agent and text filters count the rows).
CREATE TABLE interaction_rollup (
    day          INTEGER NOT NULL,
    site_id      {{bigint}} NOT NULL,
    channel      TEXT NOT NULL,
    interactions INTEGER NOT NULL,
    PRIMARY KEY (day, site_id, channel)
);
CREATE INDEX interaction_rollup_site ON interaction_rollup (site_id, day);
INSERT INTO interaction_rollup
SELECT (started_at + {{utc_offset}}) / 86400, site_id, channel, COUNT(*) FROM interactions
GROUP BY (started_at + {{utc_offset}}) / 86400, site_id, channel;
