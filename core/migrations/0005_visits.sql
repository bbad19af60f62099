-- ServQA schema version 5: mystery-shop visits, their evidence, and who may not visit where.

-- A planned store visit. Its checklist answers live in an evaluation (a draft until a QA lead
-- validates the visit, so only validated visits count), made against an interaction of
-- channel 'visit' created when the shopper starts.
CREATE TABLE visits (
    id               {{id}},
    site_id          {{bigint}} NOT NULL REFERENCES sites (id),
    form_id          {{bigint}} NOT NULL REFERENCES forms (id),
    scenario         TEXT NOT NULL DEFAULT '',
    window_from      TEXT NOT NULL, -- local dates, yyyy-MM-dd, both included
    window_to        TEXT NOT NULL,
    shopper_id       {{bigint}} REFERENCES users (id),
    status           TEXT NOT NULL CHECK (status IN ('planned', 'assigned', 'in_progress', 'submitted',
                                                     'validated', 'rejected')),
    interaction_id   {{bigint}} REFERENCES interactions (id),
    evaluation_id    {{bigint}} REFERENCES evaluations (id),
    started_at       {{bigint}},
    ended_at         {{bigint}},
    review_reason    TEXT NOT NULL DEFAULT '',
    reviewed_by      {{bigint}} REFERENCES users (id),
    reviewed_at      {{bigint}},
    package_secret   TEXT,      -- the key of the package last exported for this visit
    package_applied  INTEGER NOT NULL DEFAULT 0,
    created_at       {{bigint}} NOT NULL,
    CHECK (window_from <= window_to)
);
CREATE INDEX visits_site ON visits (site_id, window_from);
CREATE INDEX visits_shopper ON visits (shopper_id, window_from);

-- When each checklist item was (last) answered during the visit.
CREATE TABLE visit_answer_times (
    visit_id    {{bigint}} NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    item_key    TEXT NOT NULL,
    answered_at {{bigint}} NOT NULL,
    PRIMARY KEY (visit_id, item_key)
);

-- Photos, receipts and audio kept inside the workspace (not links to paths that may vanish),
-- with what proves them: SHA-256, size, original name and capture time (EXIF where present).
CREATE TABLE visit_evidence (
    id            {{id}},
    visit_id      {{bigint}} NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    item_key      TEXT NOT NULL DEFAULT '',
    sha256        TEXT NOT NULL,
    size          {{bigint}} NOT NULL,
    original_name TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('photo', 'receipt', 'audio', 'other')),
    captured_at   {{bigint}},
    added_at      {{bigint}} NOT NULL,
    data          {{blob}} NOT NULL,
    UNIQUE (visit_id, sha256)
);
CREATE INDEX visit_evidence_hash ON visit_evidence (sha256);

-- A shopper the staff of a store would recognise (a former employee, a relative) is never
-- sent there.
CREATE TABLE shopper_exclusions (
    shopper_id {{bigint}} NOT NULL REFERENCES users (id),
    site_id    {{bigint}} NOT NULL REFERENCES sites (id),
    reason     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (shopper_id, site_id)
);
