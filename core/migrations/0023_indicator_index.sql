-- ServQA schema version 23: the indicators of contacts read an index, not the rows. One store's or
-- every store's weeks of contacts were read row by row, each row with its transcript: 2.7 s for
-- a chart of 26 weeks on the 1 M workspace. The site-and-time index now carries what the
-- indicators count (channel, first response, resolution), so they are summed from it alone
-- (0.36 s); it still serves every lookup by site and time it served before.
DROP INDEX interactions_site_time;
CREATE INDEX interactions_site_time ON interactions (site_id, started_at, channel, first_response_s, resolved, resolution_s);
