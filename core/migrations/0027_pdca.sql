-- ServQA schema version 27: PDCA improvement cycles (计划-执行-检查-处理, docs/closed-loop.md). A
-- cycle sets a goal on a measure with its baseline and target (Plan), groups the actions taken for
-- it (Do), reads the measure again against the baseline and the target (Check), and records what
-- was decided — the way of working made a standard, or another cycle (Act). Each step is a row of
-- pdca_log, which nothing may change or delete.

CREATE TABLE pdca_cycles (
    id             {{id}},
    reference      TEXT NOT NULL UNIQUE, -- PDCA-yyyyMMdd-NN
    goal           TEXT NOT NULL,
    site_id        {{bigint}} REFERENCES sites (id),
    region         TEXT NOT NULL DEFAULT '',
    owner_id       {{bigint}} NOT NULL REFERENCES users (id),
    measure_kind   TEXT NOT NULL CHECK (measure_kind IN ('item', 'score', 'indicator')),
    measure_form   {{bigint}} REFERENCES forms (id),
    measure_key    TEXT NOT NULL DEFAULT '',
    baseline_from  TEXT NOT NULL,
    baseline_to    TEXT NOT NULL,
    target         {{real}} NOT NULL,
    stage          TEXT NOT NULL CHECK (stage IN ('plan', 'do', 'check', 'act')),
    check_from     TEXT,
    check_to       TEXT,
    baseline_value {{real}},
    check_value    {{real}},
    p_value        {{real}},
    target_met     INTEGER,
    outcome        TEXT CHECK (outcome IN ('standardised', 'another_cycle')),
    standard_id    {{bigint}} REFERENCES service_standards (id),
    next_cycle_id  {{bigint}} REFERENCES pdca_cycles (id),
    created_at     {{bigint}} NOT NULL,
    created_by     {{bigint}} REFERENCES users (id),
    version        INTEGER NOT NULL DEFAULT 1,
    CHECK ((stage IN ('check', 'act')) = (check_from IS NOT NULL)),
    CHECK ((stage = 'act') = (outcome IS NOT NULL))
);

-- The actions done for a cycle (its Do).
ALTER TABLE actions ADD COLUMN cycle_id {{bigint}} REFERENCES pdca_cycles (id);
CREATE INDEX actions_cycle ON actions (cycle_id);

CREATE TABLE pdca_log (
    id       {{id}},
    cycle_id {{bigint}} NOT NULL REFERENCES pdca_cycles (id),
    at       {{bigint}} NOT NULL,
    user_id  {{bigint}} REFERENCES users (id),
    action   TEXT NOT NULL CHECK (action IN ('planned', 'action_added', 'doing', 'checked', 'standardised', 'another_cycle')),
    note     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pdca_log_cycle ON pdca_log (cycle_id, id);
{{append_only:pdca_log}}
