#pragma once

#include "result.h"
#include "servqual.h"
#include "surveyrepository.h"

#include <QDate>
#include <QDateTime>
#include <QVector>

namespace servqa {

class Database;

// One period of a trend: its first day and the SERVQUAL result of the responses given in it.
struct GapPoint
{
    QDate period;
    ServqualResult result;
};

// One period of a per-dimension trend: each dimension's estimate (mean, 95 % interval, n).
struct TrendPoint
{
    QDate period;
    std::array<Estimate, DimensionCount> values;
};

// Which evaluations a score trend covers: submitted ones (drafts never count), by the time of
// the evaluated interaction.
struct ScoreTrendFilter
{
    std::optional<QDateTime> from; // inclusive
    std::optional<QDateTime> to;   // exclusive
    std::optional<qint64> siteId;
    std::optional<QString> region; // every site of the region
    std::optional<qint64> formId;
    std::optional<qint64> staffId;  // one agent
    std::optional<QString> channel; // "call", "chat", … (the evaluated interaction's)
};

// The stored dimension scores of evaluations per period, oldest first: mean, 95 % interval and
// n per dimension (an evaluation with no applicable item in a dimension does not count for it).
// The database sums per local day (one scan, portable SQL); days are then gathered into weeks,
// months or quarters.
Result<QVector<TrendPoint>> evaluationScoreTrend(Database &db, const ScoreTrendFilter &filter, Granularity granularity,
                                                 int minEvaluations = 5);

// The customer gap (gap 5) per period, oldest first: every SERVQUAL number of
// computeServqual() for each week, month or quarter that has responses. A period with fewer
// than `minRespondents` carries n and "too few" instead of numbers.
Result<QVector<GapPoint>> customerGapTrend(Database &db, const SurveyFilter &filter, Granularity granularity,
                                           int minRespondents = 5);

// The customer gap per dimension and period from the daily rollup (schema 8): the same
// dimension gaps (mean, 95 % interval, n) and respondent counts as customerGapTrend(), in
// milliseconds on millions of answers; the rest of each ServqualResult (items, E and P, alpha,
// weighted) is left empty. Periods that do not start at a local midnight of the workspace's days
// fall back to customerGapTrend().
Result<QVector<GapPoint>> customerGapDimensionTrend(Database &db, const SurveyFilter &filter, Granularity granularity,
                                                    int minRespondents = 5);

} // namespace servqa
