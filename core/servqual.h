#pragma once

#include "dimension.h"
#include "result.h"

#include <QString>
#include <QVector>

#include <array>
#include <optional>

namespace servqa {

// The 22-item SERVQUAL instrument: items 1–4 tangibles, 5–9 reliability, 10–13
// responsiveness, 14–17 assurance, 18–22 empathy (DESIGN.md). Items are 0-based here.
constexpr int ServqualItemCount = 22;
Dimension servqualItemDimension(int item);
QString servqualItemText(int item); // translated, short

// One respondent: each item's expectation and perception on 1–7 (missing stays missing),
// and optionally 100 importance points across the five dimensions.
struct SurveyResponse
{
    std::array<std::optional<int>, ServqualItemCount> expectation{};
    std::array<std::optional<int>, ServqualItemCount> perception{};
    std::optional<std::array<double, DimensionCount>> importance;
};

// A mean with its 95 % confidence interval (Student's t, n − 1 degrees of freedom). With too
// few respondents the mean is not given at all: `tooFew` says so.
struct Estimate
{
    std::optional<double> mean;
    std::optional<double> low;  // 95 % interval, when n >= 2
    std::optional<double> high;
    int n = 0;
    bool tooFew = false;
};

struct DimensionGaps
{
    Estimate gap;         // P − E
    Estimate expectation; // mean E of the respondent's items in the dimension
    Estimate perception;
    std::optional<double> alphaExpectation; // Cronbach's alpha over the dimension's items
    std::optional<double> alphaPerception;
};

struct ServqualResult
{
    int respondents = 0;
    std::array<Estimate, ServqualItemCount> itemGaps;
    std::array<DimensionGaps, DimensionCount> dimensions;
    Estimate unweighted; // mean of the five dimension gaps
    Estimate weighted;   // importance-weighted, over respondents who gave importance points
};

// SERVQUAL gaps exactly as in docs/gap-model.md. `minRespondents`: fewer than this and an
// estimate is reported as too few, not as a number. Fails, naming the respondent and item, on
// an answer outside 1–7 or importance points that are negative or do not sum to 100.
Result<ServqualResult> computeServqual(const QVector<SurveyResponse> &responses, int minRespondents = 5);

// Cronbach's alpha of k items over the respondents who answered all of them (rows = respondents);
// nullopt with fewer than two items or respondents, or no variance in the total.
std::optional<double> cronbachAlpha(const QVector<QVector<double>> &rows);

// A sample's mean and 95 % t interval.
Estimate estimate(const QVector<double> &values, int minRespondents);
// The same from a sample's count, sum and sum of squares (what SQL aggregates return).
Estimate estimateFromSums(double n, double sum, double squares, int minN);

// The knowledge gap (gap 1) per dimension: the managers' estimate of customers' expectation
// minus the customers' expectation (negative: managers expect less than customers do), each
// side the mean of its respondents' dimension E. The 95 % interval is Welch's (unequal
// variances). Too few when there are fewer than `minRespondents` customers or no manager.
std::array<Estimate, DimensionCount> knowledgeGap(const QVector<SurveyResponse> &managers,
                                                  const QVector<SurveyResponse> &customers, int minRespondents = 5);

} // namespace servqa
