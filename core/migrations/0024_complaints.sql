-- ServQA schema version 24: complaints (投诉闭环, docs/closed-loop.md). A complaint is taken in
-- (接诉), dispatched to a site and an owner (派单), handled (处理: the customer contacted, the
-- outcome) and closed with the customer's word (反馈); it can be reopened. Each step is a row of
-- complaint_log, which nothing may change or delete.

-- The categories a complaint is filed under: a list the workspace keeps, in both languages.
CREATE TABLE complaint_categories (
    key      TEXT PRIMARY KEY,
    name_en  TEXT NOT NULL,
    name_zh  TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    retired  INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);
INSERT INTO complaint_categories (key, name_en, name_zh, position) VALUES
    ('attitude', 'Staff attitude', '服务态度', 1),
    ('waiting', 'Waiting time', '等候时间', 2),
    ('product', 'Product quality', '商品质量', 3),
    ('delivery', 'Delivery and logistics', '配送物流', 4),
    ('billing', 'Prices, billing and refunds', '价格、结算与退款', 5),
    ('after_sales', 'After-sales service and repair', '售后服务与维修', 6),
    ('environment', 'Store environment', '门店环境', 7),
    ('other', 'Other', '其他', 8);

-- How soon a complaint must have its first response and its resolution, per channel ('': any
-- channel) and severity; the most specific row wins. Counted from the time it was received.
CREATE TABLE complaint_time_limits (
    channel            TEXT NOT NULL DEFAULT '',
    severity           TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    first_response_min INTEGER NOT NULL CHECK (first_response_min > 0),
    resolution_min     INTEGER NOT NULL CHECK (resolution_min >= first_response_min),
    PRIMARY KEY (channel, severity)
);
-- Medium is the retail preset of the indicators (responded within 24 h, resolved within 48 h).
INSERT INTO complaint_time_limits (channel, severity, first_response_min, resolution_min) VALUES
    ('', 'low', 1440, 7200),
    ('', 'medium', 1440, 2880),
    ('', 'high', 240, 1440),
    ('', 'critical', 60, 480);

CREATE TABLE complaints (
    id                 {{id}},
    reference          TEXT NOT NULL UNIQUE, -- the complaint's number (工单号), ours or the source's
    customer_ref       TEXT NOT NULL DEFAULT '',
    channel            TEXT NOT NULL,
    site_id            {{bigint}} NOT NULL REFERENCES sites (id),
    interaction_id     {{bigint}} REFERENCES interactions (id) ON DELETE SET NULL,
    category           TEXT NOT NULL REFERENCES complaint_categories (key),
    severity           TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    description        TEXT NOT NULL,
    received_at        {{bigint}} NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('received', 'dispatched', 'responded', 'resolved', 'closed')),
    owner_id           {{bigint}} REFERENCES users (id),
    first_response_due {{bigint}} NOT NULL,
    resolution_due     {{bigint}} NOT NULL,
    first_response_at  {{bigint}},
    resolved_at        {{bigint}},
    closed_at          {{bigint}},
    outcome            TEXT NOT NULL DEFAULT '',
    satisfaction       INTEGER CHECK (satisfaction BETWEEN 1 AND 5), -- the customer's with the handling
    reopened           INTEGER NOT NULL DEFAULT 0,
    version            INTEGER NOT NULL DEFAULT 1, -- a save checks it: two people cannot overwrite each other
    CHECK (status = 'received' OR owner_id IS NOT NULL),
    CHECK ((status IN ('responded', 'resolved', 'closed')) = (first_response_at IS NOT NULL)),
    CHECK ((status IN ('resolved', 'closed')) = (resolved_at IS NOT NULL)),
    CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX complaints_site_received ON complaints (site_id, received_at);
CREATE INDEX complaints_open ON complaints (status, resolution_due);
CREATE INDEX complaints_interaction ON complaints (interaction_id);

-- Every step of every complaint: who, when, what, the site and owner it went to, the customer's
-- satisfaction at closing, the note.
CREATE TABLE complaint_log (
    id           {{id}},
    complaint_id {{bigint}} NOT NULL REFERENCES complaints (id),
    at           {{bigint}} NOT NULL,
    user_id      {{bigint}} REFERENCES users (id),
    action       TEXT NOT NULL CHECK (action IN ('received', 'imported', 'dispatched', 'note', 'responded', 'resolved',
                                                 'closed', 'reopened')),
    site_id      {{bigint}} REFERENCES sites (id),
    owner_id     {{bigint}} REFERENCES users (id),
    satisfaction INTEGER, -- a closing's: the customer's, 1–5, when they said
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX complaint_log_complaint ON complaint_log (complaint_id, id);
{{append_only:complaint_log}}
