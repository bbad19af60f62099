-- ServQA schema version 33: a regional manager answers for a region by name (sites.region), so a
-- store opened in the region later is theirs without anyone listing it (team mode: the server's
-- row-level security reads this with user_sites, core/server/security.sql).
CREATE TABLE user_regions (
    user_id {{bigint}} NOT NULL REFERENCES users (id),
    region  TEXT NOT NULL,
    PRIMARY KEY (user_id, region)
);
