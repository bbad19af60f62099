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

// A running count, mean and sum of squared deviations (Welford), so a mean, its interval and a
// variance come from a stream of values without keeping them.
struct Moments
{
    double n = 0;
    double mean = 0;
    double m2 = 0;
    void add(double x)
    {
        n += 1;
        const double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
    }
    void merge(const Moments &o);
    // As sums that add and subtract (count, sum, sum of squares): what the rollups store.
    void appendSums(QVector<double> &out) const;
    static Moments fromSums(const double *sums); // reads three
    double variance() const { return n > 1 ? m2 / (n - 1) : 0; } // sample variance
    Estimate estimate(int minN) const;                          // as estimate() of the values
};

// computeServqual() one respondent at a time, keeping sums only (memory does not grow with the
// respondents): what the dashboards use on millions of answers. add() checks the answers and
// importance points as computeServqual() does, naming the respondent by their number in the
// stream.
class ServqualAccumulator
{
public:
    Status add(const SurveyResponse &response);
    void merge(const ServqualAccumulator &other);
    ServqualResult result(int minRespondents) const;
    int respondents() const { return m_respondents; }
    // The state as sums that add and subtract (Moments::appendSums, in a fixed order), so that
    // sums per day can be stored, added up over any period and a respondent taken out again.
    static constexpr int SumCount = 1 + 3 * (ServqualItemCount + 3 * DimensionCount + 2 * DimensionCount * 6 + 2);
    void appendSums(QVector<double> &out) const;
    static ServqualAccumulator fromSums(const double *sums); // reads SumCount
    // Each respondent's mean E per dimension (over the items they answered): gap 1's side.
    const std::array<Moments, DimensionCount> &dimensionExpectations() const { return m_dimensionE; }

private:
    struct Alpha
    {
        std::array<Moments, 5> items; // a dimension has at most five items
        Moments total;
    };
    int m_respondents = 0;
    std::array<Moments, ServqualItemCount> m_itemGaps;
    std::array<Moments, DimensionCount> m_dimensionGaps, m_dimensionE, m_dimensionP;
    std::array<Alpha, DimensionCount> m_alphaE, m_alphaP;
    Moments m_unweighted, m_weighted;

    // Every Moments of the state, always in the same order (the sums' layout).
    template <typename Self, typename Visit> static void visitMoments(Self &self, Visit &&visit);
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
// The same from each side's per-respondent dimension E (ServqualAccumulator::dimensionExpectations()).
std::array<Estimate, DimensionCount> knowledgeGap(const std::array<Moments, DimensionCount> &managers,
                                                  const std::array<Moments, DimensionCount> &customers, int minRespondents = 5);

} // namespace servqa
