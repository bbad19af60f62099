#include "dashboardcompute.h"

#include "database.h"
#include "surveysums.h"

namespace servqa {

DashboardData computeDashboardPart(const QString &path, const SurveyFilter &filter, const ScoreTrendFilter &scoreFilter,
                                   Granularity granularity, int minimum, DashboardsPage::Part part)
{
    DashboardData data;
    data.part = part;
    auto db = Database::open(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly); // reading never needs the write lock
    if (!db) {
        data.error = db.error();
        return data;
    }
    switch (part) {
    case DashboardsPage::SurveyPart: {
        // The customer gap's trend and the whole period's tables from one reading of the survey
        // sums: whole weeks or months from their rows (or every answer when a bound falls inside
        // a day).
        const auto sides = servqualSides(**db, filter, granularity);
        if (!sides) {
            data.error = sides.error();
            return data;
        }
        const ServqualAccumulator &customers = sides->customers, &managers = sides->managers;
        data.all = customers.result(minimum);
        data.knowledge = knowledgeGap(managers.dimensionExpectations(), customers.dimensionExpectations(), minimum);
        for (auto it = sides->periods.cbegin(); it != sides->periods.cend(); ++it)
            data.trend.push_back({it.key(), it->result(minimum)});
        break;
    }
    case DashboardsPage::ScoresPart:
        // What inspections observed, per dimension, from the stored scores (the delivery gap's data).
        if (const auto scores = evaluationScoreTrend(**db, scoreFilter, granularity, minimum))
            data.scores = *scores;
        else
            data.error = scores.error();
        break;
    case DashboardsPage::FivePart:
        // The five gaps, the whole period and its trend from one reading of the data.
        if (const auto five = fiveGapsWithTrend(**db, filter, granularity, minimum)) {
            data.five = five->first;
            data.fiveTrend = five->second;
        } else {
            data.error = five.error();
        }
        break;
    case DashboardsPage::AllParts: // one part per worker
        break;
    }
    return data;
}

} // namespace servqa
