-- ServQA schema version 40: text of one character found as fast as longer text. Schema 38's index
-- keeps each character's piece (a pair for Chinese, Japanese and Korean, three otherwise), so one
-- character (a surname in a customer reference, 您 in transcripts) was every piece it starts, their
-- lists merged at each search: 0.6-0.9 s for 您 on 1.5 M interactions. The index now also keeps
-- the pieces' first characters (FTS5's prefix='1'): made again here from every interaction (about
-- two and a half minutes on 1.5 M; docs/PERFORMANCE.md). PostgreSQL keeps pg_trgm: nothing changes.
{{text_search_rebuilt:interactions:customer_ref,external_id,transcript}}
