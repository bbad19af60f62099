-- ServQA schema version 45: the lists filtered by what their indexes do not hold (docs/PERFORMANCE.md,
-- "Sorted by any other column").
--
-- The Interactions list filtered and sorted by a column the filter's own index does not order: the
-- page is the filters' rows sorted, and the list reads their ids and sort keys alone, then the
-- page's 200 rows.
--
-- A site's rows: its index holds the duration too, as it holds the channel, first response and
-- resolution (schema 23), so a site's interactions are sorted by any of them without reading the
-- rows (176,306 of one site by duration, with their count: 221 ms, now 31 ms on the 1 M demo).
DROP INDEX IF EXISTS interactions_site_time;
CREATE INDEX interactions_site_time ON interactions (site_id, started_at, channel, first_response_s, resolved, resolution_s, duration_s);
-- The rows a set of ids selects (a text's matches, a risk, a rule): their keys from a narrow index
-- in id order, each a few dozen bytes, not from the rows with their transcripts (129,000 matches of
-- one text by duration, with their count: 215 ms read from the rows, 89 ms from here). Written at the end, as ids
-- grow.
CREATE INDEX IF NOT EXISTS interactions_list_keys ON interactions (id, started_at, site_id, staff_id, channel, duration_s, first_response_s, resolved);
-- The Evaluations list filtered by a range of scores: its count reads the score's index alone,
-- which now holds the status (drafts are not listed), not the million rows (114 ms for a score of
-- 60 or less, now 16).
DROP INDEX IF EXISTS evaluations_score;
CREATE INDEX evaluations_score ON evaluations (score, id, status);
