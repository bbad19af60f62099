-- ServQA schema version 18: gap 3's sums by week and by month. The five gaps of all sites summed
-- gap_clusters' day rows (128,000 on the demo's 1 M evaluations, 192,000 a year later: 50-140 ms
-- a read); like survey_sums (schema 14) the table now also holds each week's sums (span 7, under
-- its Monday) and each month's (span 31, under its first day), and a reader takes whole weeks or
-- months from those and only the days at either end from day rows (rollups::addSpanRange).
--
-- The writers sum a row's week and month in SQL through `calendar`: every local day 1970-2100 with
-- its week and month as local day numbers, filled by the upgrade (core/localdays.cpp, in C++:
-- month arithmetic is not portable SQL). The upgrade then adds the week and month rows from the
-- day rows kept so far (core/migrations.cpp).
CREATE TABLE calendar (
    day   INTEGER NOT NULL PRIMARY KEY,
    week  INTEGER NOT NULL,
    month INTEGER NOT NULL
) {{without_rowid}};

CREATE TABLE gap_clusters_new (
    span        INTEGER NOT NULL,
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
    PRIMARY KEY (span, standard_id, dimension, day, site_id)
) {{without_rowid}};
INSERT INTO gap_clusters_new (span, standard_id, dimension, day, site_id, evaluations, answers, met, answers_sq, met_sq, met_answers) SELECT 1, standard_id, dimension, day, site_id, evaluations, answers, met, answers_sq, met_sq, met_answers FROM gap_clusters ORDER BY standard_id, dimension, day, site_id;
DROP TABLE gap_clusters;
ALTER TABLE gap_clusters_new RENAME TO gap_clusters;
CREATE INDEX gap_clusters_site ON gap_clusters (site_id, span, standard_id, dimension, day);
