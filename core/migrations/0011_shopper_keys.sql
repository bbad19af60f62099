-- Schema 11: each mystery shopper's own key for signing filled visit packages
-- (docs/mystery-shopping.md). It is made when a visit is first assigned to the shopper, given
-- to them once by the QA lead by hand, and never written into a package: a package taken back
-- proves it was filled in by someone holding that shopper's key.
CREATE TABLE shopper_keys (
    user_id    {{bigint}} PRIMARY KEY REFERENCES users (id),
    secret     TEXT NOT NULL,
    created_at {{bigint}} NOT NULL
);
