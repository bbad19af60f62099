-- ServQA schema version 29: the service indicators read rollups kept by the writers, like the
-- trends of scores and gaps (docs/PERFORMANCE.md, "Indicators and alerts"). Until now each
-- indicator summed its rows: raising every alert read every contact, feedback answer and
-- evaluation of 26 weeks (1.6 s on the 1 M workspace). Evaluations passed and mystery-shop
-- scores come from score_rollup, which has them already; these two tables hold the rest, per
-- local day, site and channel, in the trend's key order with an index for one store.

-- Customer feedback: CSAT answers, those in the top two boxes of their survey's scale, and their
-- points above 1 on the 1-5 scale in 36ths ((csat - 1) * 144 / (scale - 1): whole for the scales
-- 5, 7 and 10, so sums added and taken away stay exact); NPS answers, promoters and detractors; CES
-- answers and their sum. An answer tied to a site without a channel counts under channel ''.
CREATE TABLE feedback_rollup (
    day        INTEGER NOT NULL,
    site_id    {{bigint}} NOT NULL,
    channel    TEXT NOT NULL,
    csat_n     INTEGER NOT NULL,
    csat_top   INTEGER NOT NULL,
    csat_points INTEGER NOT NULL,
    nps_n      INTEGER NOT NULL,
    promoters  INTEGER NOT NULL,
    detractors INTEGER NOT NULL,
    ces_n      INTEGER NOT NULL,
    ces_sum    {{real}} NOT NULL,
    PRIMARY KEY (day, site_id, channel)
) {{without_rowid}};
CREATE INDEX feedback_rollup_site ON feedback_rollup (site_id, day);

-- The contacts: with the resolution known and resolved at first contact; with a first response
-- (a resolution time) and a threshold, and those within it; resolved at all. The thresholds are
-- the indicator targets' for the contact's site and channel, which contact_limits holds as they
-- were counted: a change of a target or of a site's region counts that site's contacts again
-- (rollups::refreshContactLimits, in the writer's transaction).
CREATE TABLE contact_rollup (
    day           INTEGER NOT NULL,
    site_id       {{bigint}} NOT NULL,
    channel       TEXT NOT NULL,
    resolved_n    INTEGER NOT NULL,
    resolved_fcr  INTEGER NOT NULL,
    response_n    INTEGER NOT NULL,
    response_kept INTEGER NOT NULL,
    resolution_n  INTEGER NOT NULL,
    resolution_kept INTEGER NOT NULL,
    outcome_n     INTEGER NOT NULL,
    outcome_resolved INTEGER NOT NULL,
    PRIMARY KEY (day, site_id, channel)
) {{without_rowid}};
CREATE INDEX contact_rollup_site ON contact_rollup (site_id, channel, day);

CREATE TABLE contact_limits (
    site_id          {{bigint}} NOT NULL,
    channel          TEXT NOT NULL,
    first_response_s INTEGER,
    resolution_s     INTEGER,
    PRIMARY KEY (site_id, channel)
);

-- Both are summed from the rows by the upgrade's last step (rollups::ensureIndicatorRollups),
-- which stamps them here when done.
INSERT INTO servqa_meta (key, value) VALUES ('indicator_rollups', '');
