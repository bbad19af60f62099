#pragma once

#include "result.h"

#include <QVector>

// The Net Promoter Score (Reichheld 2003): the share of promoters (9–10 on the 0–10 question)
// minus the share of detractors (0–6), in points from −100 to +100, with its standard error and
// 95 % interval from the multinomial variance of the difference. Formulas: docs/indicators.md.
namespace servqa {

struct NetPromoter
{
    int responses = 0;
    int promoters = 0;
    int passives = 0;
    int detractors = 0;
    double score = 0;         // points
    double standardError = 0; // points
    double lower = 0;         // the 95 % interval, points
    double upper = 0;
};

// `answers` are whole numbers 0–10; at least one is needed.
Result<NetPromoter> netPromoter(const QVector<int> &answers);

} // namespace servqa
