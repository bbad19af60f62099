-- ServQA schema version 20: calibration sessions (校准会, docs/calibration.md). Several inspectors
-- score the same interactions on one form version; their answers live here, apart from the
-- evaluations of real work, so that no scorecard, rollup, ranking, sample or list of real work can
-- count them. The lead closes scoring and sets a consensus answer per item.
CREATE TABLE calibration_sessions (
    id              {{id}},
    name            TEXT NOT NULL,
    form_version_id {{bigint}} NOT NULL REFERENCES form_versions (id),
    lead_id         {{bigint}} NOT NULL REFERENCES users (id),
    blind           INTEGER NOT NULL DEFAULT 1,
    deadline        TEXT NOT NULL DEFAULT '', -- local date, yyyy-MM-dd; '' none
    status          TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    created_at      {{bigint}} NOT NULL,
    closed_at       {{bigint}}
);

-- The interactions scored, in the order the lead gave them.
CREATE TABLE calibration_interactions (
    session_id     {{bigint}} NOT NULL REFERENCES calibration_sessions (id),
    interaction_id {{bigint}} NOT NULL REFERENCES interactions (id),
    position       INTEGER NOT NULL,
    PRIMARY KEY (session_id, interaction_id)
);

CREATE TABLE calibration_participants (
    session_id   {{bigint}} NOT NULL REFERENCES calibration_sessions (id),
    inspector_id {{bigint}} NOT NULL REFERENCES users (id),
    PRIMARY KEY (session_id, inspector_id)
);

-- One inspector's scoring of one interaction: the comment, the stored score (as an evaluation
-- stores it) and when it was handed in (NULL while a draft).
CREATE TABLE calibration_scores (
    session_id           {{bigint}} NOT NULL,
    interaction_id       {{bigint}} NOT NULL,
    inspector_id         {{bigint}} NOT NULL,
    comment              TEXT NOT NULL DEFAULT '',
    score                {{real}},
    passed               INTEGER,
    auto_failed          INTEGER NOT NULL DEFAULT 0,
    score_tangibles      {{real}},
    score_reliability    {{real}},
    score_responsiveness {{real}},
    score_assurance      {{real}},
    score_empathy        {{real}},
    updated_at           {{bigint}} NOT NULL,
    submitted_at         {{bigint}},
    PRIMARY KEY (session_id, interaction_id, inspector_id),
    FOREIGN KEY (session_id, interaction_id) REFERENCES calibration_interactions (session_id, interaction_id),
    FOREIGN KEY (session_id, inspector_id) REFERENCES calibration_participants (session_id, inspector_id)
);

CREATE TABLE calibration_answers (
    session_id     {{bigint}} NOT NULL,
    interaction_id {{bigint}} NOT NULL,
    inspector_id   {{bigint}} NOT NULL,
    item_id        {{bigint}} NOT NULL REFERENCES form_items (id),
    value          {{real}},
    is_na          INTEGER NOT NULL DEFAULT 0,
    text_value     TEXT,
    comment        TEXT NOT NULL DEFAULT '',
    measured       {{real}},
    PRIMARY KEY (session_id, interaction_id, inspector_id, item_id),
    FOREIGN KEY (session_id, interaction_id, inspector_id)
        REFERENCES calibration_scores (session_id, interaction_id, inspector_id) ON DELETE CASCADE
);

-- The lead's consensus answer per interaction and item: proposed when scoring closes (the mode of
-- a choice, the median of a rating), changed with a reason.
CREATE TABLE calibration_consensus (
    session_id     {{bigint}} NOT NULL,
    interaction_id {{bigint}} NOT NULL,
    item_id        {{bigint}} NOT NULL REFERENCES form_items (id),
    value          {{real}},
    is_na          INTEGER NOT NULL DEFAULT 0,
    proposed       INTEGER NOT NULL, -- 1 as proposed, 0 set by the lead
    reason         TEXT NOT NULL DEFAULT '',
    set_by         {{bigint}} REFERENCES users (id),
    set_at         {{bigint}} NOT NULL,
    PRIMARY KEY (session_id, interaction_id, item_id),
    FOREIGN KEY (session_id, interaction_id) REFERENCES calibration_interactions (session_id, interaction_id)
);

-- Every step of a session, append-only like the audit trail of evaluations and forms.
CREATE TABLE calibration_log (
    id             {{id}},
    at             {{bigint}} NOT NULL,
    user_id        {{bigint}} REFERENCES users (id),
    session_id     {{bigint}} NOT NULL REFERENCES calibration_sessions (id),
    action         TEXT NOT NULL,
    interaction_id {{bigint}},
    item_id        {{bigint}},
    old_value      TEXT,
    new_value      TEXT,
    note           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX calibration_log_session ON calibration_log (session_id, id);
{{append_only:calibration_log}}

-- The workspace's tolerance for an inspector's deviation from consensus, in score points.
INSERT INTO servqa_meta (key, value) VALUES ('calibration_tolerance', '5');
