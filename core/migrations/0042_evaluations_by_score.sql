-- ServQA schema version 42: the Evaluations list sorted by score reads its page from an index.
-- Without one, the first page of a million evaluations sorted every row by score (0.5-1.1 s on
-- the 1 M workspace, docs/PERFORMANCE.md); with the key the list orders by (score, then id), the
-- page is the index's first entries in either direction. On PostgreSQL the id is part of the key
-- for the same order among equal scores. IF NOT EXISTS: a workspace set back to an older format
-- (the tests' way of making one) keeps its newer indexes.
CREATE INDEX IF NOT EXISTS evaluations_score ON evaluations (score, id);
