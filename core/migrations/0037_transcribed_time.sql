-- ServQA schema version 37: the interactions that have a transcript, by time. The Interactions list
-- pages a common text found only in transcripts newest first along this index, so interactions
-- without one (imported without a transcript, store visits) are never walked past: on a workspace
-- whose newest 730,000 interactions have none, 83 → 24 ms for the page (docs/PERFORMANCE.md).
CREATE INDEX interactions_time_transcribed ON interactions (started_at) WHERE transcript IS NOT NULL AND transcript <> '';
