#include "gaptrends.h"

namespace servqa {

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
