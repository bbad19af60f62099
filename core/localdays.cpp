#include "localdays.h"

#include "database.h"
#include "rollups.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace servqa {

namespace {

// Before any time ServQA stores, and still far from overflowing when an offset is added.
constexpr qint64 Beginning = std::numeric_limits<qint64>::min() / 4;
constexpr qint64 Day = 86400;

qint64 floorDay(qint64 localSeconds)
{
    return localSeconds >= 0 ? localSeconds / Day : (localSeconds - (Day - 1)) / Day;
}

struct Stored
{
    QString zone;
    std::optional<qint64> fixedOffset; // before schema 17
};

Result<Stored> storedZone(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT key, value FROM servqa_meta WHERE key IN ('day_zone', 'day_offset_s')"));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    Stored stored;
    qint64 offset = 0;
    bool zoned = false;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("day_zone")) {
            stored.zone = q.value(1).toString();
            zoned = !stored.zone.isEmpty();
        } else {
            offset = q.value(1).toLongLong();
        }
    }
    if (!zoned)
        stored.fixedOffset = offset;
    return stored;
}

// The time columns every rollup sums by day.
const char *const TimeColumns[][2] = {{"evaluations", "occurred_at"}, {"survey_responses", "responded_at"}, {"interactions", "started_at"}};

} // namespace

LocalDays::LocalDays(int fixedOffset) : m_spans{{Beginning, fixedOffset}} {}

LocalDays LocalDays::ofZone(const QTimeZone &zone)
{
    LocalDays days;
    days.m_zone = zone.id();
    const QDateTime first(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime last(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    days.m_spans = {{Beginning, zone.offsetFromUtc(first)}};
    for (const QTimeZone::OffsetData &t : zone.transitions(first, last)) {
        if (t.offsetFromUtc == days.m_spans.constLast().offset)
            continue; // a change of name or of standard time alone
        days.m_spans.push_back({t.atUtc.toSecsSinceEpoch(), t.offsetFromUtc});
    }
    return days;
}

Result<LocalDays> LocalDays::load(Database &db)
{
    const auto stored = storedZone(db);
    if (!stored)
        return Error{stored.error()};
    if (stored->fixedOffset)
        return LocalDays(int(*stored->fixedOffset));
    thread_local QHash<QString, LocalDays> cache; // by workspace and zone: setDayZone() renames it
    const QString key = db.path() + QLatin1Char('\n') + stored->zone;
    if (const auto hit = cache.constFind(key); hit != cache.constEnd())
        return *hit;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT start_s, offset_s FROM day_offsets ORDER BY start_s"));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    LocalDays days;
    days.m_zone = stored->zone.toUtf8();
    days.m_spans.clear();
    while (q.next())
        days.m_spans.push_back({q.value(0).toLongLong(), q.value(1).toInt()});
    if (days.m_spans.isEmpty() || days.m_spans.constFirst().start > Beginning)
        return Error{QCoreApplication::translate("LocalDays", "%1: the workspace's time zone %2 has no offsets from UTC stored.")
                         .arg(db.path(), stored->zone)};
    cache.insert(key, days);
    return days;
}

int LocalDays::offsetAt(qint64 utcSeconds) const
{
    const auto after = std::upper_bound(m_spans.cbegin(), m_spans.cend(), utcSeconds,
                                        [](qint64 t, const Span &span) { return t < span.start; });
    return after == m_spans.cbegin() ? m_spans.constFirst().offset : std::prev(after)->offset;
}

qint64 LocalDays::dayOf(qint64 utcSeconds) const
{
    return floorDay(utcSeconds + offsetAt(utcSeconds));
}

std::optional<qint64> LocalDays::dayStartingAt(qint64 utcSeconds) const
{
    const qint64 day = dayOf(utcSeconds);
    if (dayOf(utcSeconds - 1) != day - 1)
        return std::nullopt;
    // A change of clocks near the bound that sets the day back would put moments on the wrong
    // side of it (none does in the zones of ServQA's users; the rows are read then).
    for (const Span &span : m_spans) {
        if (span.start > Beginning && std::abs(span.start - utcSeconds) <= 2 * Day && dayOf(span.start) < dayOf(span.start - 1))
            return std::nullopt;
    }
    return day;
}

bool LocalDays::sameOffsets(const LocalDays &other, qint64 from, qint64 to) const
{
    if (offsetAt(from) != other.offsetAt(from))
        return false;
    for (const LocalDays *days : {this, &other}) {
        for (const Span &span : days->m_spans) {
            if (span.start > from && span.start <= to && offsetAt(span.start) != other.offsetAt(span.start))
                return false;
        }
    }
    return true;
}

QString localDaySql(const QString &time)
{
    return QStringLiteral("((%1 + (SELECT o.offset_s FROM day_offsets o WHERE o.start_s <= %1 ORDER BY o.start_s DESC LIMIT 1)) / 86400)")
        .arg(time);
}

Status setDayZone(Database &db, const QTimeZone &zone)
{
    if (!zone.isValid())
        return Error{QCoreApplication::translate("LocalDays", "%1 is not a time zone this machine knows.").arg(QString::fromUtf8(zone.id()))};
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const auto before = LocalDays::load(db);
    if (!before)
        return Error{before.error()};
    const LocalDays after = LocalDays::ofZone(zone);

    if (const Status s = db.exec(QStringLiteral("DELETE FROM day_offsets")); !s)
        return s;
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO day_offsets (start_s, offset_s) VALUES (?, ?)"));
    for (const LocalDays::Span &span : after.spans()) {
        insert.addBindValue(span.start);
        insert.addBindValue(span.offset);
        if (const Status s = execQuery(insert, db); !s)
            return s;
    }
    QSqlQuery meta(db.connection());
    meta.prepare(QStringLiteral("UPDATE servqa_meta SET value = ? WHERE key = 'day_zone'"));
    meta.addBindValue(QString::fromUtf8(zone.id()));
    if (const Status s = execQuery(meta, db); !s)
        return s;

    // The rollups stand as they are when no stored time changes its day.
    bool moved = false;
    for (const auto &[table, column] : TimeColumns) {
        QSqlQuery range(db.connection());
        range.prepare(QStringLiteral("SELECT MIN(%2), MAX(%2) FROM %1").arg(QLatin1String(table), QLatin1String(column)));
        if (const Status s = execQuery(range, db); !s)
            return s;
        if (range.next() && !range.value(0).isNull()
            && !before->sameOffsets(after, range.value(0).toLongLong(), range.value(1).toLongLong()))
            moved = true;
    }
    if (moved) {
        if (const Status s = rollups::rebuildAll(db); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace servqa
