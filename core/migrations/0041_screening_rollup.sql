-- ServQA schema version 41: what screening found, summed per local day, week and month, kept by
-- the writers like the other rollups (core/screeningrollup.cpp). The Dashboards' Screening tab
-- counted every screened interaction and every hit of its period: 8-11 s on the 1 M workspace
-- (docs/PERFORMANCE.md). The sums are built by the upgrade's last step (rollups::
-- ensureScreeningRollups, servqa_meta 'screening_rollup'); until then readers read the rows.

-- Per span (1 a day, 7 the week under its Monday, 31 the calendar month under its first day),
-- site, channel and rule set: under rule_key '' the interactions the set screened and those it
-- flagged as a risk, per set of rules that could read them (rules_read: a bit per rule's place in
-- the set, as in screened_interactions; an interaction has one of a few such sets, so a reader
-- counts each rule's readable interactions from these rows); under a rule's key (rules_read 0) the
-- interactions it matched. Every interaction counts in screening_rollup; those with an agent also
-- in screening_staff_rollup under the agent. The Screening tab reads a year by week from a few
-- thousand rows, not from every interaction.
CREATE TABLE screening_rollup (
    span        INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    site_id     {{bigint}} NOT NULL,
    channel     TEXT NOT NULL,
    rule_set_id {{bigint}} NOT NULL,
    rules_read  {{bigint}} NOT NULL,
    rule_key    TEXT NOT NULL,
    screened    INTEGER NOT NULL,
    flagged     INTEGER NOT NULL,
    hits        INTEGER NOT NULL,
    PRIMARY KEY (span, day, site_id, channel, rule_set_id, rules_read, rule_key)
) {{without_rowid}};

CREATE TABLE screening_staff_rollup (
    span        INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    staff_id    {{bigint}} NOT NULL,
    site_id     {{bigint}} NOT NULL,
    channel     TEXT NOT NULL,
    rule_set_id {{bigint}} NOT NULL,
    rules_read  {{bigint}} NOT NULL,
    rule_key    TEXT NOT NULL,
    screened    INTEGER NOT NULL,
    flagged     INTEGER NOT NULL,
    hits        INTEGER NOT NULL,
    PRIMARY KEY (span, day, staff_id, site_id, channel, rule_set_id, rules_read, rule_key)
) {{without_rowid}};
-- One agent's screening (the Screening tab of one agent) without the other agents' rows.
CREATE INDEX screening_staff_rollup_staff ON screening_staff_rollup (staff_id, span, day);
INSERT INTO servqa_meta (key, value) VALUES ('screening_rollup', '');
