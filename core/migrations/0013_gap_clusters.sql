-- ServQA schema version 13: gap 3's interval counts the linked answers of one evaluation as one
-- cluster, not as independent observations (docs/gap-model.md, "Intervals"). Per standard,
-- local day and site, the sums over evaluations e of what the cluster-robust variance of the
-- share p = Σy / Σm needs: C evaluations, Σm (linked answers), Σy (those that met), Σm², Σy², Σy·m
-- — Σ(y − p·m)² = Σy² − 2pΣy·m + p²Σm² over any days and sites. Standard 0 holds the same per
-- dimension (its `dimension`), with one evaluation one cluster over all the dimension's standards.
--
-- Kept in step by the writers of evaluations like compliance_rollup (rollups::Writer); it depends
-- on the register of standards (which items check which standard), so servqa_meta 'gap_clusters'
-- names the register it was built for and the register's writers rebuild it in their
-- transaction. Empty here: this upgrade's C++ step builds it (core/migrations.cpp).
--
-- Stored in the reader's order: the register's standards, then the sites, then a run of days
-- (core/fivegaps.cpp), without a rowid on SQLite so the rows are the key's B-tree itself.
CREATE TABLE gap_clusters (
    standard_id {{bigint}} NOT NULL,
    site_id     {{bigint}} NOT NULL,
    day         INTEGER NOT NULL,
    dimension   TEXT NOT NULL,
    evaluations INTEGER NOT NULL,
    answers     INTEGER NOT NULL,
    met         INTEGER NOT NULL,
    answers_sq  INTEGER NOT NULL,
    met_sq      INTEGER NOT NULL,
    met_answers INTEGER NOT NULL,
    PRIMARY KEY (standard_id, site_id, day, dimension)
) {{without_rowid}};
INSERT INTO servqa_meta (key, value) VALUES ('gap_clusters', '');
