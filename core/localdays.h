#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

class QTimeZone;

namespace servqa {

class Database;

// The local days the rollups count in (schema 17, docs/architecture.md): the days of the
// workspace's time zone (servqa_meta 'day_zone'), summer time included. The zone is kept as the
// offsets from UTC it has from each moment on (table day_offsets: its transitions 1970–2100),
// so SQL gives each row its own day (localDaySql()) and C++ the same day (dayOf()).
class LocalDays
{
public:
    // One offset for all time: a workspace before schema 17 (servqa_meta 'day_offset_s').
    explicit LocalDays(int fixedOffset = 0);
    // The zone's offsets from 1970 to 2100 (its offset in 1970 before that, its last after).
    static LocalDays ofZone(const QTimeZone &zone);
    // The workspace's days as stored, cached per thread while the stored zone is unchanged.
    static Result<LocalDays> load(Database &db);

    const QByteArray &zoneId() const { return m_zone; }
    int offsetAt(qint64 utcSeconds) const;
    // The local day (days since 1970-01-01) of a moment.
    qint64 dayOf(qint64 utcSeconds) const;
    // The day a moment starts, when it is the first second of a local day that every moment
    // before it precedes and every moment from it on does not (no change of clocks moves the day
    // back across it); nullopt otherwise.
    std::optional<qint64> dayStartingAt(qint64 utcSeconds) const;
    // Whether both give every moment in [from, to] the same offset.
    bool sameOffsets(const LocalDays &other, qint64 from, qint64 to) const;

    struct Span
    {
        qint64 start;
        int offset;
    };
    const QVector<Span> &spans() const { return m_spans; }

private:
    QByteArray m_zone;
    QVector<Span> m_spans; // by start; the first starts before any time ServQA stores
};

// The SQL for a time column's local day, row by row through day_offsets (the same in SQLite and
// PostgreSQL). `time` is a column or expression of UTC seconds.
QString localDaySql(const QString &time);

// Makes `zone` the workspace's days: stores its offsets and name, and rebuilds every rollup when a
// stored evaluation, respondent or interaction falls on another day than before. In the caller's
// transaction, or in its own.
Status setDayZone(Database &db, const QTimeZone &zone);

} // namespace servqa
