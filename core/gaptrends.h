#pragma once

#include "result.h"
#include "servqual.h"
#include "surveyrepository.h"

#include <QDate>
#include <QVector>

namespace servqa {

class Database;

// One period of a trend: its first day and the SERVQUAL result of the responses given in it.
struct GapPoint
{
    QDate period;
    ServqualResult result;
};

// The customer gap (gap 5) per period, oldest first: every SERVQUAL number of
// computeServqual() for each week, month or quarter that has responses. A period with fewer
// than `minRespondents` carries n and "too few" instead of numbers.
Result<QVector<GapPoint>> customerGapTrend(Database &db, const SurveyFilter &filter, Granularity granularity,
                                           int minRespondents = 5);

} // namespace servqa
