-- ServQA schema version 8: rollups that keep the dashboards' trends instant on millions of rows
-- (docs/PERFORMANCE.md). They hold sums per local day, so any period (week, month, quarter)
-- is a sum of days; ServQA updates them in the same transaction as the rows they sum
-- (EvaluationRepository, SurveyRepository), so nothing is ever stale. Days are local days of
-- the time zone the workspace was upgraded or created in (servqa_meta day_offset_s).
INSERT INTO servqa_meta (key, value) VALUES ('day_offset_s', '{{utc_offset}}');

-- Submitted evaluations (and validated visits) per day, site, form and channel ('' without an
-- interaction): how many, and per dimension the count, sum and sum of squares of the stored
-- dimension scores (a mean and its t interval per period).
CREATE TABLE score_rollup (
    day         INTEGER NOT NULL,
    site_id     {{bigint}} NOT NULL,
    form_id     {{bigint}} NOT NULL,
    channel     TEXT NOT NULL,
    evaluations INTEGER NOT NULL,
    n_tangibles INTEGER NOT NULL, s_tangibles {{real}} NOT NULL, q_tangibles {{real}} NOT NULL,
    n_reliability INTEGER NOT NULL, s_reliability {{real}} NOT NULL, q_reliability {{real}} NOT NULL,
    n_responsiveness INTEGER NOT NULL, s_responsiveness {{real}} NOT NULL, q_responsiveness {{real}} NOT NULL,
    n_assurance INTEGER NOT NULL, s_assurance {{real}} NOT NULL, q_assurance {{real}} NOT NULL,
    n_empathy INTEGER NOT NULL, s_empathy {{real}} NOT NULL, q_empathy {{real}} NOT NULL,
    PRIMARY KEY (day, site_id, form_id, channel)
);
CREATE INDEX score_rollup_site ON score_rollup (site_id, day);

INSERT INTO score_rollup
SELECT (e.occurred_at + {{utc_offset}}) / 86400, e.site_id, v.form_id, COALESCE(i.channel, ''), COUNT(*),
       COUNT(e.score_tangibles), COALESCE(SUM(e.score_tangibles), 0), COALESCE(SUM(e.score_tangibles * e.score_tangibles), 0),
       COUNT(e.score_reliability), COALESCE(SUM(e.score_reliability), 0), COALESCE(SUM(e.score_reliability * e.score_reliability), 0),
       COUNT(e.score_responsiveness), COALESCE(SUM(e.score_responsiveness), 0), COALESCE(SUM(e.score_responsiveness * e.score_responsiveness), 0),
       COUNT(e.score_assurance), COALESCE(SUM(e.score_assurance), 0), COALESCE(SUM(e.score_assurance * e.score_assurance), 0),
       COUNT(e.score_empathy), COALESCE(SUM(e.score_empathy), 0), COALESCE(SUM(e.score_empathy * e.score_empathy), 0)
FROM evaluations e JOIN form_versions v ON v.id = e.form_version_id LEFT JOIN interactions i ON i.id = e.interaction_id
WHERE e.status <> 'draft'
GROUP BY (e.occurred_at + {{utc_offset}}) / 86400, e.site_id, v.form_id, COALESCE(i.channel, '');

-- SERVQUAL respondents per day, site and wave: how many, and per dimension the count, sum and
-- sum of squares of the respondents' dimension gaps (P − E over the items answered both ways),
-- and the count and sum of their dimension E and P.
CREATE TABLE survey_rollup (
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
);
CREATE INDEX survey_rollup_site ON survey_rollup (site_id, day);

INSERT INTO survey_rollup
SELECT day, site_id, wave_id, COUNT(*),
       COUNT(g0), COALESCE(SUM(g0), 0), COALESCE(SUM(g0 * g0), 0), COUNT(e0), COALESCE(SUM(e0), 0), COUNT(p0), COALESCE(SUM(p0), 0),
       COUNT(g1), COALESCE(SUM(g1), 0), COALESCE(SUM(g1 * g1), 0), COUNT(e1), COALESCE(SUM(e1), 0), COUNT(p1), COALESCE(SUM(p1), 0),
       COUNT(g2), COALESCE(SUM(g2), 0), COALESCE(SUM(g2 * g2), 0), COUNT(e2), COALESCE(SUM(e2), 0), COUNT(p2), COALESCE(SUM(p2), 0),
       COUNT(g3), COALESCE(SUM(g3), 0), COALESCE(SUM(g3 * g3), 0), COUNT(e3), COALESCE(SUM(e3), 0), COUNT(p3), COALESCE(SUM(p3), 0),
       COUNT(g4), COALESCE(SUM(g4), 0), COALESCE(SUM(g4 * g4), 0), COUNT(e4), COALESCE(SUM(e4), 0), COUNT(p4), COALESCE(SUM(p4), 0)
FROM (SELECT (r.responded_at + {{utc_offset}}) / 86400 AS day, r.site_id, r.wave_id,
             AVG(CASE WHEN a.item BETWEEN 1 AND 4 THEN a.perception - a.expectation END) AS g0, AVG(CASE WHEN a.item BETWEEN 1 AND 4 THEN a.expectation END) AS e0, AVG(CASE WHEN a.item BETWEEN 1 AND 4 THEN a.perception END) AS p0,
             AVG(CASE WHEN a.item BETWEEN 5 AND 9 THEN a.perception - a.expectation END) AS g1, AVG(CASE WHEN a.item BETWEEN 5 AND 9 THEN a.expectation END) AS e1, AVG(CASE WHEN a.item BETWEEN 5 AND 9 THEN a.perception END) AS p1,
             AVG(CASE WHEN a.item BETWEEN 10 AND 13 THEN a.perception - a.expectation END) AS g2, AVG(CASE WHEN a.item BETWEEN 10 AND 13 THEN a.expectation END) AS e2, AVG(CASE WHEN a.item BETWEEN 10 AND 13 THEN a.perception END) AS p2,
             AVG(CASE WHEN a.item BETWEEN 14 AND 17 THEN a.perception - a.expectation END) AS g3, AVG(CASE WHEN a.item BETWEEN 14 AND 17 THEN a.expectation END) AS e3, AVG(CASE WHEN a.item BETWEEN 14 AND 17 THEN a.perception END) AS p3,
             AVG(CASE WHEN a.item BETWEEN 18 AND 22 THEN a.perception - a.expectation END) AS g4, AVG(CASE WHEN a.item BETWEEN 18 AND 22 THEN a.expectation END) AS e4, AVG(CASE WHEN a.item BETWEEN 18 AND 22 THEN a.perception END) AS p4
      FROM survey_responses r LEFT JOIN survey_answers a ON a.response_id = r.id
      GROUP BY r.id, r.responded_at, r.site_id, r.wave_id) x
GROUP BY day, site_id, wave_id;
