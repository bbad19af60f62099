-- ServQA schema version 19: one agent's scores by week and by month. An agent's trend summed the
-- agent's day rows of staff_score_rollup (~2,000 on the demo's 1 M evaluations: 2-4 ms, a tenth
-- over the performance issue's ratio); like gap_clusters (schema 18) the table now also holds each
-- week's sums (span 7, under its Monday) and each month's (span 31, under its first day), written
-- by the same statement through `calendar`. The upgrade adds the week and month rows from the day
-- rows (core/migrations.cpp).
CREATE TABLE staff_score_rollup_new (
    span        INTEGER NOT NULL,
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
    PRIMARY KEY (span, staff_id, day, site_id, form_id, channel)
) {{without_rowid}};
INSERT INTO staff_score_rollup_new (span, staff_id, day, site_id, form_id, channel, evaluations, n_score, s_score, q_score, passed, auto_failed, n_tangibles, s_tangibles, q_tangibles, n_reliability, s_reliability, q_reliability, n_responsiveness, s_responsiveness, q_responsiveness, n_assurance, s_assurance, q_assurance, n_empathy, s_empathy, q_empathy) SELECT 1, staff_id, day, site_id, form_id, channel, evaluations, n_score, s_score, q_score, passed, auto_failed, n_tangibles, s_tangibles, q_tangibles, n_reliability, s_reliability, q_reliability, n_responsiveness, s_responsiveness, q_responsiveness, n_assurance, s_assurance, q_assurance, n_empathy, s_empathy, q_empathy FROM staff_score_rollup ORDER BY staff_id, day, site_id, form_id, channel;
DROP TABLE staff_score_rollup;
ALTER TABLE staff_score_rollup_new RENAME TO staff_score_rollup;
