#pragma once

#include "dashboardspage.h"
#include "fivegaps.h"
#include "gaptrends.h"

#include <QString>
#include <QVector>

#include <array>

namespace servqa {

// One part of what the Dashboards page shows (DashboardsPage::Part).
struct DashboardData
{
    DashboardsPage::Part part = DashboardsPage::SurveyPart;
    QString error;
    QVector<GapPoint> trend;
    ServqualResult all;
    std::array<Estimate, DimensionCount> knowledge;
    QVector<TrendPoint> scores;
    FiveGaps five;
    QVector<FiveGapsPoint> fiveTrend;
};

// Computes `part` on the calling thread (a worker's) with a read-only connection of its own to the
// workspace at `path`; an error goes into the result.
DashboardData computeDashboardPart(const QString &path, const SurveyFilter &filter, const ScoreTrendFilter &scoreFilter,
                                   Granularity granularity, int minimum, DashboardsPage::Part part);

} // namespace servqa
