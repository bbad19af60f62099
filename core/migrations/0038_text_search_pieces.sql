-- ServQA schema version 38: text of one or two characters found through the index. The
-- interactions' substring index (schema 15) pieced every text in threes (FTS5's trigram
-- tokenizer), so a Chinese word of two characters (退款, 投诉) was matched with LIKE over every
-- row: 4.3 s on 1.5 M interactions. ServQA's own tokenizer (core/textsearch.h) gives each Chinese,
-- Japanese or Korean character the pair it starts and every other character the three it starts,
-- so an order number is still found by its rare threes, not by pairs such as "00". Made again
-- here from every interaction (about a minute on 1.5 M; docs/PERFORMANCE.md). PostgreSQL keeps
-- pg_trgm (schema 36): nothing changes there.
{{text_search_rebuilt:interactions:customer_ref,external_id,transcript}}
