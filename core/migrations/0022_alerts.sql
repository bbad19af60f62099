-- ServQA schema version 22: alerts (预警, docs/indicators.md). An indicator past its warning or
-- alarm level in a month, or a control chart's signal in a week, raised when the data that causes
-- it is imported or submitted; acknowledged once, with a note, by a named user, and kept.
CREATE TABLE alerts (
    id              {{id}},
    kind            TEXT NOT NULL CHECK (kind IN ('level', 'signal')),
    indicator       TEXT NOT NULL,
    site_id         {{bigint}} REFERENCES sites (id) ON DELETE CASCADE,
    region          TEXT NOT NULL DEFAULT '',
    channel         TEXT NOT NULL DEFAULT '',
    period_from     TEXT NOT NULL, -- local days, yyyy-MM-dd
    period_to       TEXT NOT NULL,
    severity        TEXT NOT NULL CHECK (severity IN ('warning', 'alarm')),
    rule            INTEGER NOT NULL DEFAULT 0, -- the run rule of a signal; 0 for a level
    value           {{real}},
    threshold       {{real}}, -- the level crossed, or the control limit
    n               INTEGER NOT NULL DEFAULT 0,
    raised_at       {{bigint}} NOT NULL,
    acknowledged_at {{bigint}},
    acknowledged_by {{bigint}} REFERENCES users (id),
    note            TEXT NOT NULL DEFAULT '',
    CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL))
);
CREATE UNIQUE INDEX alerts_once ON alerts (kind, indicator, COALESCE(site_id, 0), region, channel, period_from, severity, rule);
CREATE INDEX alerts_raised ON alerts (raised_at);

-- The baseline (phase I) of a site's control chart of an indicator, when a user has set one; the
-- limits computed from it stay frozen until it is set again. Without one, the first 20 of the
-- chart's 26 weeks.
CREATE TABLE spc_baselines (
    indicator TEXT NOT NULL,
    site_id   {{bigint}} NOT NULL DEFAULT 0, -- 0: every site
    from_day  TEXT NOT NULL,
    to_day    TEXT NOT NULL,
    set_at    {{bigint}} NOT NULL,
    set_by    {{bigint}} REFERENCES users (id),
    PRIMARY KEY (indicator, site_id)
);
