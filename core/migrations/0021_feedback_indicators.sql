-- ServQA schema version 21: customer feedback after a contact and service indicators against
-- targets (服务标准指标, docs/indicators.md).

-- A post-contact survey: its CSAT question's scale (1–5 by default, 1–7 or 1–10 settable).
CREATE TABLE feedback_surveys (
    id         {{id}},
    name       TEXT NOT NULL UNIQUE,
    csat_scale INTEGER NOT NULL DEFAULT 5 CHECK (csat_scale IN (5, 7, 10))
);

-- One customer's answers after a contact: CSAT (1…the survey's scale), NPS (0–10), CES (1–7,
-- "the company made it easy for me", higher is better), any of them. Tied to the interaction
-- when the survey system knows it, else to a site and a time; the site and channel are then the
-- interaction's. Identified by the survey system's own response id, so re-importing a file updates.
CREATE TABLE feedback (
    id             {{id}},
    survey_id      {{bigint}} NOT NULL REFERENCES feedback_surveys (id),
    source         TEXT NOT NULL,
    external_id    TEXT NOT NULL,
    interaction_id {{bigint}} REFERENCES interactions (id),
    site_id        {{bigint}} NOT NULL REFERENCES sites (id),
    channel        TEXT CHECK (channel IN ('call', 'chat', 'email', 'visit', 'social')),
    responded_at   {{bigint}} NOT NULL,
    csat           INTEGER CHECK (csat BETWEEN 1 AND 10),
    nps            INTEGER CHECK (nps BETWEEN 0 AND 10),
    ces            INTEGER CHECK (ces BETWEEN 1 AND 7),
    comment        TEXT NOT NULL DEFAULT '',
    UNIQUE (source, external_id),
    CHECK (csat IS NOT NULL OR nps IS NOT NULL OR ces IS NOT NULL)
);
CREATE INDEX feedback_time ON feedback (responded_at);
CREATE INDEX feedback_site_time ON feedback (site_id, responded_at);
CREATE INDEX feedback_interaction ON feedback (interaction_id);

-- Seconds from the start of a contact until the customer's matter was resolved (imported;
-- none while it is open or when the source system does not say).
ALTER TABLE interactions ADD COLUMN resolution_s INTEGER;

-- A target per indicator: for every channel ('') or one, for every site, a region or one site
-- (the most specific wins). Higher is better for every indicator; below `warning` an indicator
-- warns, below `alarm` it alarms. Time indicators (first response, resolution time) are the share
-- of contacts within `threshold_s`.
CREATE TABLE indicator_targets (
    id          {{id}},
    indicator   TEXT NOT NULL CHECK (indicator IN ('csat', 'csat_mean', 'nps', 'ces', 'fcr', 'first_response',
                                                   'resolution_time', 'resolution_rate', 'evaluation_pass',
                                                   'mystery_shop')),
    channel     TEXT NOT NULL DEFAULT '' CHECK (channel IN ('', 'call', 'chat', 'email', 'visit', 'social')),
    region      TEXT NOT NULL DEFAULT '',
    site_id     {{bigint}} REFERENCES sites (id) ON DELETE CASCADE,
    threshold_s INTEGER CHECK (threshold_s IS NULL OR threshold_s > 0),
    target      {{real}} NOT NULL,
    warning     {{real}} NOT NULL,
    alarm       {{real}} NOT NULL,
    CHECK (target >= warning AND warning >= alarm),
    CHECK (site_id IS NULL OR region = ''),
    CHECK ((indicator IN ('first_response', 'resolution_time')) = (threshold_s IS NOT NULL))
);
CREATE UNIQUE INDEX indicator_targets_scope ON indicator_targets (indicator, channel, region, COALESCE(site_id, 0));

-- The starting targets (Settings ▸ Indicators edits them and offers industry presets): the
-- first-response thresholds of each channel as response_targets has them, 80 % within.
INSERT INTO indicator_targets (indicator, target, warning, alarm) VALUES ('csat', 90, 85, 80);
INSERT INTO indicator_targets (indicator, target, warning, alarm) VALUES ('csat_mean', 4.5, 4.2, 4.0);
INSERT INTO indicator_targets (indicator, target, warning, alarm) VALUES ('nps', 30, 20, 10);
INSERT INTO indicator_targets (indicator, target, warning, alarm) VALUES ('ces', 5.5, 5.0, 4.5);
INSERT INTO indicator_targets (indicator, target, warning, alarm) VALUES ('fcr', 75, 70, 65);
INSERT INTO indicator_targets (indicator, channel, threshold_s, target, warning, alarm)
    SELECT 'first_response', channel, first_response_s, 80, 75, 70 FROM response_targets;
INSERT INTO indicator_targets (indicator, threshold_s, target, warning, alarm) VALUES ('resolution_time', 172800, 90, 85, 80);
INSERT INTO indicator_targets (indicator, target, warning, alarm) VALUES ('resolution_rate', 95, 92, 90);
INSERT INTO indicator_targets (indicator, target, warning, alarm) VALUES ('evaluation_pass', 90, 85, 80);
INSERT INTO indicator_targets (indicator, target, warning, alarm) VALUES ('mystery_shop', 90, 85, 80);
