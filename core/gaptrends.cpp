#include "gaptrends.h"

#include "database.h"
#include "sqlwhere.h"
#include "timeutil.h"

#include <QMap>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <boost/math/distributions/students_t.hpp>

#include <cmath>

namespace servqa {

Result<QVector<TrendPoint>> evaluationScoreTrend(Database &db, const ScoreTrendFilter &filter, Granularity granularity,
                                                 int minEvaluations)
{
    SqlWhere where;
    where.add("e.status <> ?", QStringLiteral("draft"));
    if (filter.from)
        where.add("e.occurred_at >= ?", toStored(*filter.from));
    if (filter.to)
        where.add("e.occurred_at < ?", toStored(*filter.to));
    if (filter.siteId)
        where.add("e.site_id = ?", *filter.siteId);
    if (filter.region)
        where.add("e.site_id IN (SELECT id FROM sites WHERE region = ?)", *filter.region);
    if (filter.formId)
        where.add("e.form_version_id IN (SELECT id FROM form_versions WHERE form_id = ?)", *filter.formId);
    if (filter.staffId)
        where.add("e.staff_id = ?", *filter.staffId);
    if (filter.channel)
        where.add("e.interaction_id IN (SELECT id FROM interactions WHERE channel = ?)", *filter.channel);
    // Local days: the zone's current offset from UTC (no daylight saving in China; elsewhere a
    // day boundary can be an hour off around a change).
    const qint64 offset = QDateTime::currentDateTime().offsetFromUtc();
    QString sums;
    for (const char *column : {"score_tangibles", "score_reliability", "score_responsiveness", "score_assurance", "score_empathy"}) {
        const QString c = QString::fromLatin1(column);
        sums += QStringLiteral(", COUNT(e.%1), SUM(e.%1), SUM(e.%1 * e.%1)").arg(c);
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT (e.occurred_at + ?) / 86400 AS day") + sums + QStringLiteral(" FROM evaluations e")
              + where.sql() + QStringLiteral(" GROUP BY day ORDER BY day"));
    q.addBindValue(offset);
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    struct Sums
    {
        std::array<double, DimensionCount> n{}, sum{}, squares{};
    };
    QMap<QDate, Sums> periods;
    while (q.next()) {
        const QDate day = QDate(1970, 1, 1).addDays(q.value(0).toLongLong());
        Sums &s = periods[periodStart(day, granularity)];
        for (int d = 0; d < DimensionCount; ++d) {
            s.n[d] += q.value(1 + 3 * d).toDouble();
            s.sum[d] += q.value(2 + 3 * d).toDouble();
            s.squares[d] += q.value(3 + 3 * d).toDouble();
        }
    }
    QVector<TrendPoint> points;
    for (auto it = periods.cbegin(); it != periods.cend(); ++it) {
        TrendPoint p{it.key(), {}};
        for (int d = 0; d < DimensionCount; ++d)
            p.values[d] = estimateFromSums(it->n[d], it->sum[d], it->squares[d], std::max(1, minEvaluations));
        points << p;
    }
    return points;
}

Result<QVector<GapPoint>> customerGapTrend(Database &db, const SurveyFilter &filter, Granularity granularity,
                                           int minRespondents)
{
    SurveyFilter customers = filter;
    customers.kind = SurveyKind::Customer;
    const auto periods = SurveyRepository(db).responsesByPeriod(customers, granularity);
    if (!periods)
        return Error{periods.error()};
    QVector<GapPoint> points;
    for (auto it = periods->cbegin(); it != periods->cend(); ++it) {
        auto result = computeServqual(*it, minRespondents);
        if (!result)
            return Error{result.error()};
        points.push_back({it.key(), *result});
    }
    return points;
}

} // namespace servqa
