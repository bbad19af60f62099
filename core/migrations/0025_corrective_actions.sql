-- ServQA schema version 25: corrective and preventive actions (纠正预防措施, docs/closed-loop.md).
-- An action is raised from what showed the problem (a failed item, an evaluation, a store visit, a
-- complaint, an alert, a gap of the gap model, or by hand), gets a root cause (5 whys and a
-- fishbone by 人机料法环测), an owner and a due date, and is verified effective only when the
-- measure it was meant to move has moved, tested before against after. Each step is a row of
-- action_log, which nothing may change or delete.

CREATE TABLE actions (
    id             {{id}},
    reference      TEXT NOT NULL UNIQUE, -- CA-yyyyMMdd-NNNN
    kind           TEXT NOT NULL CHECK (kind IN ('corrective', 'preventive')),
    title          TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    source_kind    TEXT NOT NULL CHECK (source_kind IN ('manual', 'item', 'evaluation', 'visit', 'complaint', 'alert', 'gap')),
    source_id      {{bigint}},           -- the evaluation, visit, complaint or alert; an item's form; a gap's number
    source_key     TEXT NOT NULL DEFAULT '', -- an item's key
    source_text    TEXT NOT NULL DEFAULT '', -- what the source was, in words, when the action was raised
    site_id        {{bigint}} REFERENCES sites (id), -- none: every site (or a region's, below)
    region         TEXT NOT NULL DEFAULT '',
    owner_id       {{bigint}} NOT NULL REFERENCES users (id),
    due_on         TEXT NOT NULL,        -- a local date, yyyy-MM-dd
    status         TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'effective', 'not_effective')),
    -- The measure the action is meant to move, and the periods compared.
    measure_kind   TEXT NOT NULL DEFAULT 'none' CHECK (measure_kind IN ('none', 'item', 'score', 'indicator')),
    measure_form   {{bigint}} REFERENCES forms (id), -- an item's form; a score's form (none: every form)
    measure_key    TEXT NOT NULL DEFAULT '', -- an item's key, a dimension's key ('' the overall score), an indicator's key
    before_from    TEXT, before_to TEXT, after_from TEXT, after_to TEXT,
    -- The last verification: the measure in each period, the test and its p value.
    verified_at    {{bigint}},
    verified_by    {{bigint}} REFERENCES users (id),
    before_value   {{real}}, before_n {{real}},
    after_value    {{real}}, after_n {{real}},
    test           TEXT,
    statistic      {{real}},
    p_value        {{real}},
    created_at     {{bigint}} NOT NULL,
    created_by     {{bigint}} REFERENCES users (id),
    done_at        {{bigint}},
    version        INTEGER NOT NULL DEFAULT 1, -- a save checks it: two people cannot overwrite each other
    CHECK ((status IN ('done', 'effective', 'not_effective')) = (done_at IS NOT NULL)),
    CHECK ((status IN ('effective', 'not_effective')) = (verified_at IS NOT NULL))
);
CREATE INDEX actions_site ON actions (site_id, status);
CREATE INDEX actions_source ON actions (source_kind, source_id);
CREATE INDEX actions_owner ON actions (owner_id, status);

-- The 5 whys: each answer asks the next why; the last is the root cause.
CREATE TABLE action_whys (
    action_id {{bigint}} NOT NULL REFERENCES actions (id),
    step      INTEGER NOT NULL CHECK (step BETWEEN 1 AND 5),
    answer    TEXT NOT NULL,
    PRIMARY KEY (action_id, step)
);

-- The fishbone (Ishikawa) diagram: causes by the six categories of Chinese quality practice,
-- 人 people, 机 equipment, 料 materials, 法 methods, 环 environment, 测 measurement.
CREATE TABLE action_causes (
    id        {{id}},
    action_id {{bigint}} NOT NULL REFERENCES actions (id),
    category  TEXT NOT NULL CHECK (category IN ('people', 'equipment', 'materials', 'methods', 'environment', 'measurement')),
    cause     TEXT NOT NULL,
    is_root   INTEGER NOT NULL DEFAULT 0 CHECK (is_root IN (0, 1))
);
CREATE INDEX action_causes_action ON action_causes (action_id, id);

-- Every step of every action: who, when, what, and the note (a root cause's or a verification's
-- words are written into it, so the log alone tells the story).
CREATE TABLE action_log (
    id        {{id}},
    action_id {{bigint}} NOT NULL REFERENCES actions (id),
    at        {{bigint}} NOT NULL,
    user_id   {{bigint}} REFERENCES users (id),
    action    TEXT NOT NULL CHECK (action IN ('raised', 'edited', 'root_cause', 'started', 'note', 'done', 'verified_effective',
                                              'verified_not_effective', 'reopened')),
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_log_action ON action_log (action_id, id);
{{append_only:action_log}}
