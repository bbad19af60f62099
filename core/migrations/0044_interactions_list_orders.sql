-- ServQA schema version 44: the Interactions list sorted by any of its columns reads its page from
-- an index, as the Evaluations list has since schema 43. Time, site, agent and customer had theirs;
-- channel, duration, first response, resolved and external id sorted every interaction of the list
-- (0.5-4.3 s on the 1 M workspace's 1.5 M interactions, docs/PERFORMANCE.md). By channel or
-- resolved, then by time (as by site or agent); by a duration or the external id, then by id (as
-- by a score). The list reads the interactions with no duration (a visit in progress) or no
-- resolution after the others, in either direction, in a second read of the same index.
CREATE INDEX IF NOT EXISTS interactions_channel_time ON interactions (channel, started_at, id);
CREATE INDEX IF NOT EXISTS interactions_resolved_time ON interactions (resolved, started_at, id);
CREATE INDEX IF NOT EXISTS interactions_duration ON interactions (duration_s, id);
CREATE INDEX IF NOT EXISTS interactions_first_response ON interactions (first_response_s, id);
CREATE INDEX IF NOT EXISTS interactions_external_id ON interactions (external_id, id);
