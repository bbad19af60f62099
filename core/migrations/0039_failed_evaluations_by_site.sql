-- ServQA schema version 39: what the store scorecard lists found without reading the month's
-- evaluations. Its critical failures come from the evaluations that failed automatically (about
-- one in seventy), its open disputes from the disputes not decided yet; both were found by reading
-- every evaluation of the store's month through its index by time, rows spread over the whole
-- file: on the 1 M workspace 58-66 ms and then 45 ms of the Results page's wait, against a few
-- milliseconds through these indexes (docs/PERFORMANCE.md). The queries name `auto_failed = 1`
-- and `outcome IS NULL` as written here, so SQLite can use the partial indexes.
CREATE INDEX evaluations_site_auto_failed ON evaluations (site_id, occurred_at) WHERE auto_failed = 1;
CREATE INDEX disputes_open ON disputes (evaluation_id) WHERE outcome IS NULL;
