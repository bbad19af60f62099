-- ServQA schema version 26: the service FMEA (服务失效模式与效应分析, docs/closed-loop.md). A register of
-- the steps of a service process and how each can fail, rated for severity, occurrence and
-- detection (1–10) before and after the actions taken on it. Each change is a row of fmea_log,
-- which nothing may change or delete.

CREATE TABLE fmea_modes (
    id                {{id}},
    process           TEXT NOT NULL,          -- the service process: "门店暗访流程 Store visit flow"
    step              TEXT NOT NULL,          -- its step: "greeting"
    position          INTEGER NOT NULL DEFAULT 0,
    failure_mode      TEXT NOT NULL,          -- "customer not greeted within 30 s"
    effect            TEXT NOT NULL DEFAULT '',
    cause             TEXT NOT NULL DEFAULT '',
    controls          TEXT NOT NULL DEFAULT '', -- what prevents or detects it today
    severity          INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 10),
    occurrence        INTEGER NOT NULL CHECK (occurrence BETWEEN 1 AND 10),
    detection         INTEGER NOT NULL CHECK (detection BETWEEN 1 AND 10),
    form_id           {{bigint}} REFERENCES forms (id), -- the scorecard or checklist item that measures it
    item_key          TEXT NOT NULL DEFAULT '',
    action_id         {{bigint}} REFERENCES actions (id), -- the recommended action, as a corrective action
    severity_after    INTEGER CHECK (severity_after BETWEEN 1 AND 10), -- rated again after the action
    occurrence_after  INTEGER CHECK (occurrence_after BETWEEN 1 AND 10),
    detection_after   INTEGER CHECK (detection_after BETWEEN 1 AND 10),
    version           INTEGER NOT NULL DEFAULT 1,
    CHECK ((severity_after IS NULL) = (occurrence_after IS NULL) AND (occurrence_after IS NULL) = (detection_after IS NULL))
);
CREATE INDEX fmea_modes_process ON fmea_modes (process, position, id);

CREATE TABLE fmea_log (
    id       {{id}},
    mode_id  {{bigint}} NOT NULL REFERENCES fmea_modes (id),
    at       {{bigint}} NOT NULL,
    user_id  {{bigint}} REFERENCES users (id),
    action   TEXT NOT NULL CHECK (action IN ('added', 'changed', 'rated_after', 'action_linked')),
    note     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fmea_log_mode ON fmea_log (mode_id, id);
{{append_only:fmea_log}}
