-- ServQA schema version 1.
-- Portable SQL: {{id}}, {{real}} and {{bigint}} are expanded by SqlDialect for SQLite or
-- PostgreSQL; everything else is written once for both. Times are UTC seconds since the epoch.

CREATE TABLE servqa_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Stores and contact-centre teams. A site may sit under a parent (e.g. a centre above teams).
CREATE TABLE sites (
    id        {{id}},
    code      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('store', 'team')),
    region    TEXT NOT NULL DEFAULT '',
    parent_id {{bigint}} REFERENCES sites (id)
);
CREATE INDEX sites_region ON sites (region);

-- Agents and store employees: the people whose service is evaluated.
CREATE TABLE staff (
    id      {{id}},
    code    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    site_id {{bigint}} NOT NULL REFERENCES sites (id),
    role    TEXT NOT NULL DEFAULT 'agent',
    active  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX staff_site ON staff (site_id);

-- People who use ServQA.
CREATE TABLE users (
    id      {{id}},
    login   TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    role    TEXT NOT NULL CHECK (role IN ('inspector', 'shopper', 'manager', 'lead', 'admin')),
    site_id {{bigint}} REFERENCES sites (id)
);

-- Customer interactions: calls, chats, emails, store visits, social messages.
CREATE TABLE interactions (
    id               {{id}},
    source           TEXT NOT NULL,
    external_id      TEXT NOT NULL,
    channel          TEXT NOT NULL CHECK (channel IN ('call', 'chat', 'email', 'visit', 'social')),
    site_id          {{bigint}} NOT NULL REFERENCES sites (id),
    staff_id         {{bigint}} REFERENCES staff (id),
    customer_ref     TEXT NOT NULL DEFAULT '',
    started_at       {{bigint}} NOT NULL,
    duration_s       INTEGER,
    first_response_s INTEGER,
    resolved         INTEGER,
    recording_path   TEXT,
    transcript       TEXT,
    UNIQUE (source, external_id)
);
-- The list and dashboards filter by time, by site and time, by staff and time.
CREATE INDEX interactions_time ON interactions (started_at);
CREATE INDEX interactions_site_time ON interactions (site_id, started_at);
CREATE INDEX interactions_staff_time ON interactions (staff_id, started_at);

-- Scorecards and mystery-shop checklists. A form has versions; a version that has
-- evaluations is never edited in place.
CREATE TABLE forms (
    id   {{id}},
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('scorecard', 'checklist')),
    name TEXT NOT NULL
);

CREATE TABLE form_versions (
    id          {{id}},
    form_id     {{bigint}} NOT NULL REFERENCES forms (id),
    version     INTEGER NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('draft', 'active', 'retired')),
    pass_mark   {{real}} NOT NULL,
    bonus_cap   INTEGER NOT NULL DEFAULT 1,
    description TEXT NOT NULL DEFAULT '',
    created_at  {{bigint}} NOT NULL,
    UNIQUE (form_id, version)
);

CREATE TABLE form_sections (
    id              {{id}},
    form_version_id {{bigint}} NOT NULL REFERENCES form_versions (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    key             TEXT NOT NULL,
    title           TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('standard', 'bonus', 'critical')),
    weight          {{real}} NOT NULL,
    UNIQUE (form_version_id, key)
);

CREATE TABLE form_items (
    id          {{id}},
    section_id  {{bigint}} NOT NULL REFERENCES form_sections (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    key         TEXT NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('yesno', 'yesno_na', 'rating5', 'rating7',
                                               'scale10', 'numeric', 'elapsed', 'text')),
    weight      {{real}} NOT NULL,
    dimension   TEXT NOT NULL CHECK (dimension IN ('tangibles', 'reliability', 'responsiveness',
                                                   'assurance', 'empathy')),
    critical    INTEGER NOT NULL DEFAULT 0,
    allow_na    INTEGER NOT NULL DEFAULT 0,
    required    INTEGER NOT NULL DEFAULT 1,
    help        TEXT NOT NULL DEFAULT '',
    target_min  {{real}},
    target_max  {{real}},
    sla_seconds {{real}}
);
CREATE INDEX form_items_section ON form_items (section_id);

-- Evaluations keep the score they were given: total, pass/fail, auto-fail and one stored
-- percentage per SERVQUAL dimension, so dashboards never recompute history.
-- site_id, staff_id and occurred_at are copied from the interaction for indexed queries.
CREATE TABLE evaluations (
    id                   {{id}},
    form_version_id      {{bigint}} NOT NULL REFERENCES form_versions (id),
    interaction_id       {{bigint}} REFERENCES interactions (id),
    inspector_id         {{bigint}} REFERENCES users (id),
    site_id              {{bigint}} NOT NULL REFERENCES sites (id),
    staff_id             {{bigint}} REFERENCES staff (id),
    occurred_at          {{bigint}} NOT NULL,
    status               TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'acknowledged',
                                                         'disputed', 'resolved')),
    created_at           {{bigint}} NOT NULL,
    updated_at           {{bigint}} NOT NULL,
    submitted_at         {{bigint}},
    comment              TEXT NOT NULL DEFAULT '',
    points_earned        {{real}},
    points_possible      {{real}},
    bonus_points         {{real}},
    score                {{real}},
    passed               INTEGER,
    auto_failed          INTEGER NOT NULL DEFAULT 0,
    score_tangibles      {{real}},
    score_reliability    {{real}},
    score_responsiveness {{real}},
    score_assurance      {{real}},
    score_empathy        {{real}}
);
CREATE INDEX evaluations_time ON evaluations (occurred_at);
CREATE INDEX evaluations_site_time ON evaluations (site_id, occurred_at);
CREATE INDEX evaluations_staff_time ON evaluations (staff_id, occurred_at);
CREATE INDEX evaluations_interaction ON evaluations (interaction_id);
-- Which versions of a form are in use (and may no longer change), and the form filter.
CREATE INDEX evaluations_form_version ON evaluations (form_version_id, occurred_at);
CREATE INDEX evaluations_inspector ON evaluations (inspector_id, status);

-- One row per answered item. N/A is its own flag, never a zero value.
CREATE TABLE evaluation_answers (
    evaluation_id {{bigint}} NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
    item_id       {{bigint}} NOT NULL REFERENCES form_items (id),
    value         {{real}},
    is_na         INTEGER NOT NULL DEFAULT 0,
    text_value    TEXT,
    comment       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (evaluation_id, item_id)
);
