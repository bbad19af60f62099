-- ServQA schema version 17: the rollups' local days in a time zone with summer time. Schema 8
-- counted days at one offset from UTC (servqa_meta 'day_offset_s', the machine's offset when the
-- workspace was made): in a zone with summer time, half the year's midnights fell inside the
-- rollups' days, and every period bounded by them was read from the rows. The workspace now keeps
-- its zone's name (servqa_meta 'day_zone') and the offsets from UTC the zone has from each
-- moment on (day_offsets: one row per change of clocks, 1970–2100); every row's day is its time
-- plus the offset in force then (core/localdays.cpp). The upgrade takes the machine's zone and
-- sums the rollups again when a stored time falls on another day than before (core/migrations.cpp).
CREATE TABLE day_offsets (
    start_s {{bigint}} NOT NULL PRIMARY KEY,
    offset_s INTEGER NOT NULL
) {{without_rowid}};
INSERT INTO servqa_meta (key, value) VALUES ('day_zone', '');
