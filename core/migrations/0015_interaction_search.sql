-- ServQA schema version 15: the Interactions list at a million rows (docs/PERFORMANCE.md,
-- "Interactions list on 1.5 M interactions").
--
-- Text search: a substring index over the customer reference, the external id and the
-- transcript. On SQLite an FTS5 table with the trigram tokenizer (core/sqldialect.cpp): any
-- substring of three characters or more, Chinese or not, is found through the index instead of
-- reading every row; shorter ones are still matched with LIKE. Built here from every interaction
-- (about a minute on 1.5 M), then kept in step by triggers in the writer's transaction.
{{text_search:interactions:customer_ref,external_id,transcript}}

-- Sorting the list by customer, site or agent: each read in the order of an index, so the
-- first page of a million rows is read, not sorted (core/interactionquery.cpp gives the order
-- that matches: the name, then the site or person, then the time).
CREATE INDEX interactions_customer ON interactions (customer_ref);
CREATE INDEX sites_name ON sites (name);
CREATE INDEX staff_name ON staff (name);
