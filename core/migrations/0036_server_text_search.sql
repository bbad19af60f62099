-- ServQA schema version 36: the Interactions list's text search on a server (team mode). SQLite
-- has had its substring index since schema 15 (FTS5, trigram tokenizer); PostgreSQL gets pg_trgm's
-- GIN index over the same three columns, which ILIKE '%…%' uses by itself (core/sqldialect.cpp).
-- Nothing on SQLite.
{{trigram_index:interactions:customer_ref,external_id,transcript}}
