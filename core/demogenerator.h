#pragma once

#include "result.h"

#include <QDate>

#include <functional>

namespace servqa {

class Database;

struct DemoOptions
{
    qint64 evaluations = 5000;
    quint64 seed = 1;
    // Data runs for two years up to and including this day (yesterday: nothing in the future).
    QDate endDate = QDate::currentDate().addDays(-1);
    // Customer SERVQUAL answers (one per item and respondent) to write at least; 0: ten
    // respondents per site and month. The benchmark uses 5,000,000.
    qint64 surveyAnswers = 0;
};

struct DemoSummary
{
    int sites = 0;
    int staff = 0;
    int users = 0;
    qint64 interactions = 0;
    qint64 evaluations = 0;
};

// Called with (evaluations done, total); return false to stop. What was written so far stays
// and is consistent (batches of complete evaluations).
using DemoProgress = std::function<bool(qint64 done, qint64 total)>;

// Fills an empty workspace with a realistic bilingual demo: four regions of stores and a
// contact centre with teams, agents and inspectors, a call scorecard and a store-visit
// checklist, and two years of interactions and evaluations with trends and differences
// between sites. The same options always give the same workspace.
Result<DemoSummary> generateDemo(Database &db, const DemoOptions &options,
                                 const DemoProgress &progress = {});

} // namespace servqa
