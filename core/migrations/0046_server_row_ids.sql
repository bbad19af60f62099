-- ServQA schema version 46: the lists' indexes on a server hold each row's id, as they do in a file.
-- Every SQLite index ends with its row's id, so an index on (site_id, occurred_at) gives a site's
-- evaluations in the list's order (time, then id) and the keyset page after a row ((time, id) past
-- that row's) in one range. PostgreSQL's indexes hold only their columns: it sorted the ties itself,
-- or read the table instead. On the 1 M demo copied to a server, scrolled past row 900,000 by status
-- the Evaluations list read the whole table (723-1,047 ms), by site or form 157-260 ms; one site's
-- interactions by duration were read from the table to learn their ids (docs/PERFORMANCE.md, "The
-- lists on the server"). Here the same indexes are made again on a server with the id in their key
-- (the site's index keeps its other columns after it, for the dashboards' counts). Nothing on SQLite.
{{server_only}}DROP INDEX IF EXISTS evaluations_time;
{{server_only}}CREATE INDEX evaluations_time ON evaluations (occurred_at, id);
{{server_only}}DROP INDEX IF EXISTS evaluations_site_time;
{{server_only}}CREATE INDEX evaluations_site_time ON evaluations (site_id, occurred_at, id);
{{server_only}}DROP INDEX IF EXISTS evaluations_staff_time;
{{server_only}}CREATE INDEX evaluations_staff_time ON evaluations (staff_id, occurred_at, id);
{{server_only}}DROP INDEX IF EXISTS evaluations_form_version;
{{server_only}}CREATE INDEX evaluations_form_version ON evaluations (form_version_id, occurred_at, id);
{{server_only}}DROP INDEX IF EXISTS evaluations_status_time;
{{server_only}}CREATE INDEX evaluations_status_time ON evaluations (status, occurred_at, id);
{{server_only}}DROP INDEX IF EXISTS interactions_time;
{{server_only}}CREATE INDEX interactions_time ON interactions (started_at, id);
{{server_only}}DROP INDEX IF EXISTS interactions_staff_time;
{{server_only}}CREATE INDEX interactions_staff_time ON interactions (staff_id, started_at, id);
{{server_only}}DROP INDEX IF EXISTS interactions_site_time;
{{server_only}}CREATE INDEX interactions_site_time ON interactions (site_id, started_at, id) INCLUDE (channel, first_response_s, resolved, resolution_s, duration_s);
{{server_only}}DROP INDEX IF EXISTS interactions_customer;
{{server_only}}CREATE INDEX interactions_customer ON interactions (customer_ref, id);
-- A store scorecard whose month is not whole days of the workspace's zone (opened on a machine in
-- another zone) reads that month's evaluations of the site with their answers. PostgreSQL's sample
-- of the answers counts a quarter of the evaluations they belong to (258,165 of 1,000,017 on the 1 M
-- demo: an evaluation's answers lie together, so the sample finds them together) and judges each
-- evaluation to have 64 answers where it has 16. It then read every evaluation in parallel rather
-- than the month's 838 through their site's index (that statement 127 ms against 22; the scorecard
-- 167-181 ms against 105). Told here that an evaluation has about twenty answers, as a scorecard of
-- 10-30 items makes.
{{server_only}}ALTER TABLE evaluation_answers ALTER COLUMN evaluation_id SET (n_distinct = -0.05);
{{server_only}}ANALYZE evaluation_answers;
