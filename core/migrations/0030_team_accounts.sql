-- ServQA schema version 30: accounts for team mode (docs/team-mode.md). On a server each user is a
-- PostgreSQL login role of the same name as users.login; the server's row-level security reads
-- these two tables to know whose work and which sites an account may see.

-- A disabled user keeps their name on the work they did but may not sign in (on a server the
-- login role loses LOGIN) and is offered no new work.
ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1;

-- The stores and teams a manager answers for, besides users.site_id; a site's teams and stores
-- below it (sites.parent_id) come with it.
CREATE TABLE user_sites (
    user_id {{bigint}} NOT NULL REFERENCES users (id),
    site_id {{bigint}} NOT NULL REFERENCES sites (id),
    PRIMARY KEY (user_id, site_id)
);
