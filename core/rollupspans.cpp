// The rollups' weeks and months (schemas 14, 18, 19): which rows make up a period, the calendar
// through which the writers sum a day's week and month in SQL, and the upgrade that sums the week
// and month rows of a table from its day rows.

#include "rollups.h"

#include "database.h"
#include "sqlwhere.h"
#include "surveyrepository.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace servqa::rollups {

qint64 dayNumber(const QDate &d)
{
    return QDate(1970, 1, 1).daysTo(d);
}

QDate dateOfDay(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

std::array<std::pair<int, qint64>, 3> spansOf(qint64 day)
{
    const QDate d = dateOfDay(day);
    return {{{DaySpan, day},
             {WeekSpan, dayNumber(periodStart(d, Granularity::Week))},
             {MonthSpan, dayNumber(periodStart(d, Granularity::Month))}}};
}

QVector<SpanRows> spanRanges(std::optional<qint64> from, std::optional<qint64> to, std::optional<Granularity> granularity)
{
    const Granularity level = granularity == Granularity::Week ? Granularity::Week : Granularity::Month;
    const int span = level == Granularity::Week ? WeekSpan : MonthSpan;
    const auto startOf = [level](qint64 day) { return dayNumber(periodStart(dateOfDay(day), level)); };
    const auto next = [level](qint64 start) {
        return level == Granularity::Week ? start + 7 : dayNumber(dateOfDay(start).addMonths(1));
    };
    QVector<SpanRows> ranges;
    const auto days = [&](qint64 lo, qint64 hi) {
        if (lo < hi)
            ranges.push_back({DaySpan, lo, hi});
    };
    // Days of one month outside its whole months: its whole weeks from their rows (each inside the
    // month, so in the month's period), the rest from day rows. Weeks of a trend by week are whole.
    const auto ends = [&](qint64 lo, qint64 hi) {
        if (level == Granularity::Week)
            return days(lo, hi);
        const qint64 monday = dayNumber(periodStart(dateOfDay(lo), Granularity::Week));
        const qint64 w0 = monday == lo ? lo : monday + 7;
        const qint64 w1 = dayNumber(periodStart(dateOfDay(hi), Granularity::Week));
        if (w0 >= w1)
            return days(lo, hi);
        days(lo, w0);
        ranges.push_back({WeekSpan, w0, w1});
        days(w1, hi);
    };
    // The whole periods: [a, b).
    std::optional<qint64> a, b;
    if (from)
        a = startOf(*from) == *from ? *from : next(startOf(*from));
    if (to)
        b = startOf(*to);
    if (a && b && *a >= *b) { // none: the days of at most two months
        const qint64 split = std::max(*from, startOf(*to));
        ends(*from, split);
        ends(split, *to);
    } else {
        ranges.push_back({span, a, b});
        if (from)
            ends(*from, *a);
        if (to)
            ends(*b, *to);
    }
    return ranges;
}

QString spanRowsSql(const SpanRows &rows, QVariantList &values)
{
    QString sql = QStringLiteral("span = ?");
    values << rows.span;
    if (rows.from) {
        sql += QStringLiteral(" AND day >= ?");
        values << *rows.from;
    }
    if (rows.to) {
        sql += QStringLiteral(" AND day < ?");
        values << *rows.to;
    }
    return sql;
}

void addSpanRange(SqlWhere &where, std::optional<qint64> from, std::optional<qint64> to, std::optional<Granularity> granularity)
{
    QStringList parts;
    QVariantList values;
    for (const SpanRows &rows : spanRanges(from, to, granularity))
        parts << QLatin1Char('(') + spanRowsSql(rows, values) + QLatin1Char(')');
    if (parts.isEmpty()) // an empty range
        parts << QStringLiteral("1 = 0");
    where.add(QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values);
}


namespace {

// Adds the week and month rows of a rollup with spans from its day rows, unless it has some: the
// key's columns besides span and day, and the sums.
Status sumSpansFromDays(Database &db, const QString &table, const QStringList &keys, const QStringList &sums)
{
    QStringList keyed, summed;
    for (const QString &k : keys)
        keyed << QStringLiteral("g.") + k;
    for (const QString &v : sums)
        summed << QStringLiteral("SUM(g.%1)").arg(v);
    const QString spanDay = QStringLiteral("CASE s.span WHEN 7 THEN c.week ELSE c.month END");
    return db.exec(QStringLiteral("INSERT INTO %1 (span, day, %2, %3) SELECT s.span, %4, %5, %6 "
                                  "FROM %1 g JOIN calendar c ON c.day = g.day CROSS JOIN (SELECT 7 AS span UNION ALL SELECT 31) s "
                                  "WHERE g.span = 1 AND NOT EXISTS (SELECT 1 FROM %1 o WHERE o.span <> 1) "
                                  "GROUP BY s.span, %4, %5")
                       .arg(table, keys.join(QStringLiteral(", ")), sums.join(QStringLiteral(", ")), spanDay,
                            keyed.join(QStringLiteral(", ")), summed.join(QStringLiteral(", "))));
}

} // namespace

Status sumClusterSpans(Database &db)
{
    return sumSpansFromDays(db, QStringLiteral("gap_clusters"),
                            {QStringLiteral("standard_id"), QStringLiteral("dimension"), QStringLiteral("site_id")},
                            {QStringLiteral("evaluations"), QStringLiteral("answers"), QStringLiteral("met"), QStringLiteral("answers_sq"),
                             QStringLiteral("met_sq"), QStringLiteral("met_answers")});
}

Status sumStaffScoreSpans(Database &db)
{
    QStringList sums{QStringLiteral("evaluations"), QStringLiteral("n_score"), QStringLiteral("s_score"), QStringLiteral("q_score"),
                     QStringLiteral("passed"), QStringLiteral("auto_failed")};
    for (const char *d : {"tangibles", "reliability", "responsiveness", "assurance", "empathy"}) {
        for (const char *m : {"n_", "s_", "q_"})
            sums << QLatin1String(m) + QLatin1String(d);
    }
    return sumSpansFromDays(db, QStringLiteral("staff_score_rollup"),
                            {QStringLiteral("staff_id"), QStringLiteral("site_id"), QStringLiteral("form_id"), QStringLiteral("channel")}, sums);
}

Status fillCalendar(Database &db)
{
    const qint64 last = dayNumber(QDate(2100, 12, 31));
    QSqlQuery count(db.connection());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM calendar"));
    const auto stored = execScalar(count, db);
    if (!stored)
        return Error{stored.error()};
    if (*stored == last + 1)
        return success();
    if (const Status s = db.exec(QStringLiteral("DELETE FROM calendar")); !s)
        return s;
    // 500 days a statement: 96 statements instead of 47,847.
    constexpr int PerStatement = 500;
    QStringList rows;
    for (int k = 0; k < PerStatement; ++k)
        rows << QStringLiteral("(?, ?, ?)");
    const QString full = QStringLiteral("INSERT INTO calendar (day, week, month) VALUES ") + rows.join(QStringLiteral(", "));
    QSqlQuery insert(db.connection());
    for (qint64 first = 0; first <= last; first += PerStatement) {
        const qint64 n = std::min<qint64>(PerStatement, last + 1 - first);
        if (n == PerStatement) {
            if (first == 0 && !insert.prepare(full))
                return Error{db.describeError(insert)};
        } else if (!insert.prepare(QStringLiteral("INSERT INTO calendar (day, week, month) VALUES ") + rows.mid(0, int(n)).join(QStringLiteral(", ")))) {
            return Error{db.describeError(insert)};
        }
        for (qint64 day = first; day < first + n; ++day) {
            const auto spans = spansOf(day);
            insert.addBindValue(day);
            insert.addBindValue(spans[1].second);
            insert.addBindValue(spans[2].second);
        }
        if (const Status s = execQuery(insert, db); !s)
            return s;
    }
    return success();
}

} // namespace servqa::rollups
