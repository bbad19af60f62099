#include "gaptrends.h"

#include "database.h"
#include "localdays.h"
#include "rollups.h"
#include "sqlwhere.h"
#include "timeutil.h"

#include <QMap>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <map>

namespace servqa {

namespace {

const char *const DimensionColumns[DimensionCount] = {"tangibles", "reliability", "responsiveness", "assurance", "empathy"};

// The stored scores per period from the daily sums of score_rollup: one indexed scan of a few
// thousand rows instead of every evaluation.
Result<QVector<TrendPoint>> scoreTrendFromRollup(Database &db, const ScoreTrendFilter &filter, Granularity granularity,
                                                 int minEvaluations, const LocalDays &days)
{
    SqlWhere where;
    if (filter.staffId) {
        // One agent's whole weeks or months from their rows (schema 19), the days at either end
        // from day rows.
        where.add("staff_id = ?", *filter.staffId);
        rollups::addSpanRange(where, rollups::dayBound(filter.from, days), rollups::dayBound(filter.to, days), granularity);
    } else {
        rollups::addDayRange(where, filter.from, filter.to, days);
    }
    where.addSites(QStringLiteral("site_id"), filter.siteId, filter.region);
    if (filter.formId)
        where.add("form_id = ?", *filter.formId);
    if (filter.channel)
        where.add("channel = ?", *filter.channel);
    QString sums;
    for (const char *column : DimensionColumns)
        sums += QStringLiteral(", SUM(n_%1), SUM(s_%1), SUM(q_%1)").arg(QLatin1String(column));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // One staff member's from their own rollup (a few dozen rows).
    const QString table = filter.staffId ? QStringLiteral(" FROM staff_score_rollup") : QStringLiteral(" FROM score_rollup");
    q.prepare(QStringLiteral("SELECT day") + sums + table + where.sql()
              + QStringLiteral(" GROUP BY day ORDER BY day"));
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    std::map<QDate, std::array<double, 3 * DimensionCount>> periods;
    while (q.next()) {
        auto &sums = periods[periodStart(QDate(1970, 1, 1).addDays(q.value(0).toLongLong()), granularity)];
        for (int k = 0; k < 3 * DimensionCount; ++k)
            sums[k] += q.value(1 + k).toDouble();
    }
    QVector<TrendPoint> points;
    for (const auto &[period, sums] : periods) {
        TrendPoint p{period, {}};
        for (int d = 0; d < DimensionCount; ++d)
            p.values[d] = estimateFromSums(sums[3 * d], sums[3 * d + 1], sums[3 * d + 2], std::max(1, minEvaluations));
        // A period whose evaluations were all withdrawn (sums back to zero) is no period.
        if (std::any_of(p.values.begin(), p.values.end(), [](const Estimate &e) { return e.n > 0; }))
            points << p;
    }
    return points;
}

} // namespace

Result<QVector<TrendPoint>> evaluationScoreTrend(Database &db, const ScoreTrendFilter &filter, Granularity granularity,
                                                 int minEvaluations)
{
    const auto days = LocalDays::load(db);
    if (!days)
        return Error{days.error()};
    if (rollups::onDayBounds(filter.from, filter.to, *days))
        return scoreTrendFromRollup(db, filter, granularity, minEvaluations, *days);
    SqlWhere where;
    where.add("e.status <> ?", QStringLiteral("draft"));
    if (filter.from)
        where.add("e.occurred_at >= ?", toStored(*filter.from));
    if (filter.to)
        where.add("e.occurred_at < ?", toStored(*filter.to));
    where.addSites(QStringLiteral("e.site_id"), filter.siteId, filter.region);
    if (filter.formId)
        where.add("e.form_version_id IN (SELECT id FROM form_versions WHERE form_id = ?)", *filter.formId);
    if (filter.staffId)
        where.add("e.staff_id = ?", *filter.staffId);
    if (filter.channel)
        where.add("e.interaction_id IN (SELECT id FROM interactions WHERE channel = ?)", *filter.channel);
    // Local days of the workspace (LocalDays), the same days as the rollup's.
    QString sums;
    for (const char *column : {"score_tangibles", "score_reliability", "score_responsiveness", "score_assurance", "score_empathy"}) {
        const QString c = QString::fromLatin1(column);
        sums += QStringLiteral(", COUNT(e.%1), SUM(e.%1), SUM(e.%1 * e.%1)").arg(c);
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + localDaySql(QStringLiteral("e.occurred_at")) + QStringLiteral(" AS day") + sums
              + QStringLiteral(" FROM evaluations e") + where.sql() + QStringLiteral(" GROUP BY day ORDER BY day"));
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

Result<QVector<GapPoint>> customerGapDimensionTrend(Database &db, const SurveyFilter &filter, Granularity granularity,
                                                    int minRespondents)
{
    const auto days = LocalDays::load(db);
    if (!days)
        return Error{days.error()};
    if (!rollups::onDayBounds(filter.from, filter.to, *days))
        return customerGapTrend(db, filter, granularity, minRespondents);
    SqlWhere where;
    rollups::addDayRange(where, filter.from, filter.to, *days);
    where.add("wave_id IN (SELECT id FROM survey_waves WHERE kind = ?)",
              filter.kind == SurveyKind::Management ? QStringLiteral("management") : QStringLiteral("customer"));
    if (filter.waveId)
        where.add("wave_id = ?", *filter.waveId);
    where.addSites(QStringLiteral("site_id"), filter.siteId, filter.region);
    QString sums = QStringLiteral(", SUM(respondents)");
    for (const char *column : DimensionColumns)
        sums += QStringLiteral(", SUM(n_g_%1), SUM(s_g_%1), SUM(q_g_%1)").arg(QLatin1String(column));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day") + sums + QStringLiteral(" FROM survey_rollup") + where.sql()
              + QStringLiteral(" GROUP BY day ORDER BY day"));
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    std::map<QDate, std::array<double, 1 + 3 * DimensionCount>> periods;
    while (q.next()) {
        auto &sums = periods[periodStart(QDate(1970, 1, 1).addDays(q.value(0).toLongLong()), granularity)];
        for (int k = 0; k < 1 + 3 * DimensionCount; ++k)
            sums[k] += q.value(1 + k).toDouble();
    }
    QVector<GapPoint> points;
    for (const auto &[period, sums] : periods) {
        if (sums[0] <= 0)
            continue; // every respondent of the period answered again elsewhere
        GapPoint p;
        p.period = period;
        p.result.respondents = int(sums[0]);
        for (int d = 0; d < DimensionCount; ++d)
            p.result.dimensions[d].gap = estimateFromSums(sums[1 + 3 * d], sums[2 + 3 * d], sums[3 + 3 * d], minRespondents);
        points << p;
    }
    return points;
}

} // namespace servqa
