-- ServQA schema version 34: automatic screening (智能质检, docs/screening.md). A rule set is a
-- versioned document of rules (core/screeningrules.h), one active version per code; the active set
-- of an interaction's channel screens it, or the active set for every channel when its channel has
-- none. An interaction screened by a version is remembered with its highest risk flag (0: none,
-- 1 low … 4 critical) and which rules could read it (a bit per rule's place in the set: a rule about
-- what the agent said says nothing where the agent says nothing), and each rule that matched with
-- where: the turn, the place of the matched text in the transcript, the text, and what a timing
-- rule measured.
CREATE TABLE screening_rule_sets (
    id         {{id}},
    code       TEXT NOT NULL,
    version    INTEGER NOT NULL,
    name       TEXT NOT NULL,
    channel    TEXT CHECK (channel IS NULL OR channel IN ('call', 'chat', 'email', 'visit', 'social')),
    status     TEXT NOT NULL CHECK (status IN ('draft', 'active', 'retired')),
    rules      TEXT NOT NULL,
    created_at {{bigint}} NOT NULL,
    UNIQUE (code, version)
);

CREATE TABLE screened_interactions (
    interaction_id {{bigint}} NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    rule_set_id    {{bigint}} NOT NULL REFERENCES screening_rule_sets (id),
    screened_at    {{bigint}} NOT NULL,
    risk           INTEGER NOT NULL DEFAULT 0,
    rules_read     {{bigint}} NOT NULL DEFAULT 0,
    PRIMARY KEY (interaction_id, rule_set_id)
);
CREATE INDEX screened_interactions_set ON screened_interactions (rule_set_id, risk);

CREATE TABLE screening_hits (
    interaction_id {{bigint}} NOT NULL,
    rule_set_id    {{bigint}} NOT NULL,
    rule_key       TEXT NOT NULL,
    turn           INTEGER,
    span_start     INTEGER,
    span_length    INTEGER,
    matched_text   TEXT NOT NULL DEFAULT '',
    measured_s     {{real}},
    PRIMARY KEY (interaction_id, rule_set_id, rule_key),
    FOREIGN KEY (interaction_id, rule_set_id) REFERENCES screened_interactions (interaction_id, rule_set_id) ON DELETE CASCADE
);
CREATE INDEX screening_hits_rule ON screening_hits (rule_set_id, rule_key, interaction_id);

-- A scorecard answer a screening rule filled in (RuleItem): which rule, so that an inspector's
-- change of it is audited as overriding that rule (the value is kept in `measured`, as the
-- interaction's own measures are).
ALTER TABLE evaluation_answers ADD COLUMN measured_by TEXT;
