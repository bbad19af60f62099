// What a corrective action is verified on (core/actions.h): its measure in the period before and
// the period after, for the action's site, region or every site, and the test between them
// (core/beforeafter.h; docs/closed-loop.md).
#include "actions.h"

#include "database.h"
#include "scoreengine.h"
#include "sqlwhere.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Actions)
};

// Submitted (or later) evaluations and validated visits of the scope that occurred in the period.
SqlWhere evaluationsIn(const DayRange &period, std::optional<qint64> siteId, const QString &region)
{
    SqlWhere where;
    where.add("e.status <> ?", QStringLiteral("draft"));
    where.add("e.occurred_at >= ?", toStored(period.start()));
    where.add("e.occurred_at < ?", toStored(period.end()));
    where.addSites(QStringLiteral("e.site_id"), siteId, region.isEmpty() || siteId ? std::nullopt : std::optional<QString>(region));
    return where;
}

// The evaluations' overall score or one dimension's, %: their count, mean and variance.
Result<MeanSample> scores(Database &db, const ActionMeasure &m, const DayRange &period, std::optional<qint64> siteId, const QString &region)
{
    // The column is one of six fixed names, never the user's text.
    const QString column = m.dimension ? QStringLiteral("e.score_") + dimensionKey(*m.dimension) : QStringLiteral("e.score");
    SqlWhere where = evaluationsIn(period, siteId, region);
    if (m.formId)
        where.add("e.form_version_id IN (SELECT id FROM form_versions WHERE form_id = ?)", *m.formId);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(%1), SUM(%1), SUM(%1 * %1) FROM evaluations e").arg(column) + where.sql());
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    MeanSample sample;
    if (!q.next())
        return sample;
    sample.n = q.value(0).toDouble();
    if (sample.n <= 0)
        return sample;
    const double sum = q.value(1).toDouble(), squares = q.value(2).toDouble();
    sample.mean = sum / sample.n;
    sample.variance = sample.n > 1 ? std::max(0.0, (squares - sum * sum / sample.n) / (sample.n - 1)) : 0.0;
    return sample;
}

Result<IndicatorValue> indicatorIn(Database &db, IndicatorKind kind, const DayRange &period, std::optional<qint64> siteId, const QString &region)
{
    IndicatorScope scope;
    scope.siteId = siteId;
    if (!siteId && !region.isEmpty())
        scope.region = region;
    scope.period = period;
    const auto values = computeIndicators(db, scope);
    if (!values)
        return Error{values.error()};
    for (const IndicatorValue &v : *values) {
        if (v.kind == kind)
            return v;
    }
    return IndicatorValue{};
}

} // namespace

// An item's answers in the period and how many failed (earned less than half its points, as in
// the scorecards' Pareto: answerFails()).
Result<ShareSample> itemFailureCount(Database &db, qint64 formId, const QString &itemKey, const DayRange &period, std::optional<qint64> siteId,
                                 const QString &region)
{
    SqlWhere where = evaluationsIn(period, siteId, region);
    where.add("v.form_id = ?", formId);
    where.add("i.key = ?", itemKey);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.type, i.target_min, i.target_max, i.sla_seconds, a.value FROM evaluations e "
                             "JOIN form_versions v ON v.id = e.form_version_id JOIN evaluation_answers a ON a.evaluation_id = e.id "
                             "JOIN form_items i ON i.id = a.item_id")
              + where.sql() + QStringLiteral(" AND a.is_na = 0 AND a.value IS NOT NULL"));
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    ShareSample sample;
    while (q.next()) {
        FormItem item;
        item.type = itemTypeFromKey(q.value(0).toString()).value_or(ItemType::Text);
        if (!item.isScoring())
            continue;
        if (!q.value(1).isNull())
            item.targetMin = q.value(1).toDouble();
        if (!q.value(2).isNull())
            item.targetMax = q.value(2).toDouble();
        if (!q.value(3).isNull())
            item.slaSeconds = q.value(3).toDouble();
        sample.n += 1;
        if (answerFails(itemFraction(item, q.value(4).toDouble()).value_or(1.0)))
            sample.hits += 1;
    }
    return sample;
}

Result<MeasureChange> ActionStore::measureChange(const ActionMeasure &m, std::optional<qint64> siteId, const QString &region)
{
    MeasureChange change;
    switch (m.kind) {
    case MeasureKind::None:
        return Error{Text::tr("The action has no measure to verify it on.")};
    case MeasureKind::ItemFailure: {
        const auto before = itemFailureCount(m_db, m.formId.value_or(0), m.itemKey, m.before, siteId, region);
        if (!before)
            return Error{before.error()};
        const auto after = itemFailureCount(m_db, m.formId.value_or(0), m.itemKey, m.after, siteId, region);
        if (!after)
            return Error{after.error()};
        change.beforeN = before->n;
        change.afterN = after->n;
        change.test = testShares(*before, *after);
        break;
    }
    case MeasureKind::Score: {
        const auto before = scores(m_db, m, m.before, siteId, region);
        if (!before)
            return Error{before.error()};
        const auto after = scores(m_db, m, m.after, siteId, region);
        if (!after)
            return Error{after.error()};
        change.beforeN = before->n;
        change.afterN = after->n;
        change.test = testMeans(*before, *after);
        break;
    }
    case MeasureKind::Indicator: {
        if (!testableIndicator(m.indicator))
            return Error{Text::tr("%1 is a mean without its spread kept: choose a share or the NPS to verify the action on.").arg(indicatorName(m.indicator))};
        const auto before = indicatorIn(m_db, m.indicator, m.before, siteId, region);
        if (!before)
            return Error{before.error()};
        const auto after = indicatorIn(m_db, m.indicator, m.after, siteId, region);
        if (!after)
            return Error{after.error()};
        change.beforeN = before->n;
        change.afterN = after->n;
        if (m.indicator == IndicatorKind::Nps) {
            if (before->value && after->value && before->standardError && after->standardError)
                change.test = testScores(*before->value, *before->standardError, *after->value, *after->standardError);
        } else {
            change.test = testShares({before->hits, double(before->n)}, {after->hits, double(after->n)});
        }
        break;
    }
    }
    if (change.test) {
        const bool better = m.lowerIsBetter() ? change.test->after < change.test->before : change.test->after > change.test->before;
        change.improved = better && change.test->significant();
    }
    return change;
}

} // namespace servqa
