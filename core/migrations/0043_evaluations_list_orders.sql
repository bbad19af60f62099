-- ServQA schema version 43: the Evaluations list sorted by any of its columns reads its page from
-- an index. Schema 42 gave score, site, agent and form theirs; the other columns sorted every
-- evaluation of the list (0.3-1.6 s on the 1 M workspace, docs/PERFORMANCE.md). Each order keeps
-- the list's meaning: the column, then (as by site or agent) the time, or (as by score) the id.
--
-- By inspector: the users' names as the outer loop, each one's evaluations by time, then id. The
-- index by (inspector, status) it replaces served the list filtered by inspector and its count; this
-- one still holds the status for that count (a draft is not counted), and gives the filtered list
-- its order by time without a sort (0.26 s on a million before). A draft is found by its
-- interaction (evaluations_interaction).
DROP INDEX IF EXISTS evaluations_inspector;
CREATE INDEX IF NOT EXISTS evaluations_inspector_time ON evaluations (inspector_id, occurred_at, id, status);
CREATE INDEX IF NOT EXISTS users_name ON users (name);
-- By status or result (passed or failed), then by time. The result's index holds the status too,
-- so the failed evaluations are counted (drafts left out) in it alone, not looked up one by one.
CREATE INDEX IF NOT EXISTS evaluations_status_time ON evaluations (status, occurred_at);
CREATE INDEX IF NOT EXISTS evaluations_passed_time ON evaluations (passed, occurred_at, id, status);
-- By one SERVQUAL dimension's score, then by id, as by the overall score.
CREATE INDEX IF NOT EXISTS evaluations_tangibles ON evaluations (score_tangibles, id);
CREATE INDEX IF NOT EXISTS evaluations_reliability ON evaluations (score_reliability, id);
CREATE INDEX IF NOT EXISTS evaluations_responsiveness ON evaluations (score_responsiveness, id);
CREATE INDEX IF NOT EXISTS evaluations_assurance ON evaluations (score_assurance, id);
CREATE INDEX IF NOT EXISTS evaluations_empathy ON evaluations (score_empathy, id);
