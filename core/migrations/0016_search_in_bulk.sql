-- ServQA schema version 16: schema 15's search index written in bulk by imports. Its triggers
-- indexed each new interaction as it was written, and FTS5 writes a segment for every statement
-- inside a transaction: an import of 200,000 interactions took 13 s instead of 5. The triggers now
-- leave out the rows an import (or the demo) writes after the id it notes in servqa_meta
-- ('interactions_search_after', in its own transaction), and it indexes them in one statement
-- before it commits (core/interactionrepository.cpp, flush()). Other writers are indexed row by
-- row as before.
{{text_search_triggers:interactions:customer_ref,external_id,transcript}}
