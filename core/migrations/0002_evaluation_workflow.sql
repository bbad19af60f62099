-- ServQA schema version 2: the inspector's work queue, samples, disputes and the audit trail.

-- A reproducible random draw of interactions per agent per period (see core/sampler.h).
CREATE TABLE samples (
    id          {{id}},
    created_at  {{bigint}} NOT NULL,
    created_by  {{bigint}} REFERENCES users (id),
    period_from {{bigint}} NOT NULL,
    period_to   {{bigint}} NOT NULL,
    per_agent   INTEGER,
    percent     {{real}},
    seed        {{bigint}} NOT NULL,
    form_id     {{bigint}} NOT NULL REFERENCES forms (id),
    site_id     {{bigint}} REFERENCES sites (id),
    channel     TEXT
);

-- Interactions waiting for an inspector. evaluation_id is set once the inspector starts.
CREATE TABLE assignments (
    id             {{id}},
    interaction_id {{bigint}} NOT NULL REFERENCES interactions (id),
    inspector_id   {{bigint}} NOT NULL REFERENCES users (id),
    form_id        {{bigint}} NOT NULL REFERENCES forms (id),
    sample_id      {{bigint}} REFERENCES samples (id),
    assigned_at    {{bigint}} NOT NULL,
    evaluation_id  {{bigint}} REFERENCES evaluations (id),
    UNIQUE (interaction_id, form_id)
);
CREATE INDEX assignments_inspector ON assignments (inspector_id, assigned_at);

-- A disputed item of a submitted evaluation and, once a QA lead has decided, the outcome.
-- The answer before the dispute is kept, so the history shows every step.
CREATE TABLE disputes (
    id                {{id}},
    evaluation_id     {{bigint}} NOT NULL REFERENCES evaluations (id),
    item_id           {{bigint}} NOT NULL REFERENCES form_items (id),
    reason            TEXT NOT NULL,
    raised_by         {{bigint}} REFERENCES users (id),
    raised_at         {{bigint}} NOT NULL,
    old_value         {{real}},
    old_is_na         INTEGER NOT NULL DEFAULT 0,
    outcome           TEXT CHECK (outcome IN ('kept', 'changed')),
    new_value         {{real}},
    new_is_na         INTEGER NOT NULL DEFAULT 0,
    resolution_reason TEXT,
    resolved_by       {{bigint}} REFERENCES users (id),
    resolved_at       {{bigint}}
);
CREATE INDEX disputes_evaluation ON disputes (evaluation_id);

-- Who did what and when to evaluations and forms, with old and new values. Append-only:
-- the database itself refuses to change or delete a row.
CREATE TABLE audit_log (
    id        {{id}},
    at        {{bigint}} NOT NULL,
    user_id   {{bigint}} REFERENCES users (id),
    entity    TEXT NOT NULL CHECK (entity IN ('evaluation', 'form')),
    entity_id {{bigint}} NOT NULL,
    action    TEXT NOT NULL,
    field     TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT,
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);
{{append_only:audit_log}}
